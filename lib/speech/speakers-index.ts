import type { NameCandidate, Pronoun, Range } from '../engine/findings';
import { tokenAt, type Token } from '../text/tokens';

/**
 * The subjects a verb of saying may have: the names and pronouns outside quotation marks, indexed by the
 * token they start and end at (indexSubjects). Read by subjectBefore (lib/speech/subjects.ts).
 */

/**
 * Ranges by token index: a typed table, cheaper than a map for these small integer keys. The ranges'
 * offsets are kept in typed arrays and a range object is made only when it is asked for (once: the
 * same object after): a page of a hundred thousand subjects made as many objects, and their garbage.
 */
export class ByToken {
  /** token index -> 1 + the range's place; 0 for none */
  private readonly slot: Int32Array;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private count = 0;
  private made: (Range | undefined)[] | null = null;
  constructor(tokenCount: number) {
    this.slot = new Int32Array(tokenCount + 1);
  }
  get(k: number): Range | undefined {
    const s = this.slot[k];
    if (!s) return undefined;
    const made = (this.made ??= new Array<Range | undefined>(this.count).fill(undefined));
    if (s > made.length) made.length = this.count; // set after an earlier get
    let r = made[s - 1];
    if (!r) made[s - 1] = r = { start: this.starts[s - 1], end: this.ends[s - 1] };
    return r;
  }
  set(k: number, r: Range) {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(this.count * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.starts[this.count] = r.start;
    this.ends[this.count] = r.end;
    this.slot[k] = ++this.count;
  }
}

export interface Speakers {
  /** token index of a subject's first token -> its range */
  startAt: ByToken;
  /** token index of a subject's last token -> its range */
  endAt: ByToken;
  /** starts of unnamed-source phrases */
  sources: Set<number>;
}

/** A subject found before a verb; `bare` when it is only a word like "who" that names no one. */
export interface Subject {
  range: Range;
  bare: boolean;
  /** The rule that took the head of a longer subject ("Ann Lee, who met Hale, said"), if one did. */
  head?: string;
}

/** Pronouns that stand for a speaker. */
const SPEAKING_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/** The subjects: names and pronouns outside quotation marks (those inside are passed over, not copied out). */
export function indexSubjects(tokens: Token[], names: NameCandidate[], pronouns: Pronoun[]): Speakers {
  const startAt = new ByToken(tokens.length);
  const endAt = new ByToken(tokens.length);
  const sources = new Set<number>();
  for (const n of names) if (n.kind === 'source' && !n.inQuote) sources.add(n.start);
  const add = (r: Range) => {
    const a = tokenAt(tokens, r.start);
    let b = tokenAt(tokens, r.end) - 1;
    if (b < a) b = a;
    startAt.set(a, r);
    endAt.set(b, r);
  };
  for (const n of names) if (!n.inQuote) add(n);
  for (const p of pronouns) if (!p.inQuote && SPEAKING_PRONOUNS.has(p.form)) add(p);
  return { startAt, endAt, sources };
}
