import type { Range } from '../engine/findings';
import { PRONOUNS, SENTENCE_ADVERBS, SUBJECT_QUANTIFIERS, SUBORDINATORS } from '../words';
import { describedEndingAt } from './reported-described';
import { REPORTING } from './reported-source';
import type { ReportedContext } from './reported';
import type { Subject } from './subjects';

/**
 * reported:relative-subject — a subject that opens the sentence with a relative clause of its own, no
 * commas, before the verb of saying: "Democrats in Iowa who watched the debate said …", "Friends of Ms.
 * Lee who have seen her on the trail say …", "A woman who has accused the mayor said …". The speaker is
 * the head before "who", not the last name of the clause ("the debate").
 */

/** The longest relative clause, in tokens, from "who" to the verb. */
const CLAUSE_TOKENS = 16;
/** The longest head before "who", in tokens ("Friends of Ms. Lee", "Democrats in Iowa"). */
const HEAD_TOKENS = 6;

/** The token the clause opens at: the sentence's first, or the one after an opening conjunction or adverb. */
function clauseFirst(c: ReportedContext): number {
  const { text, tokens, first, last } = c;
  return first + 1 < last &&
    (SENTENCE_ADVERBS.has(tokens[first].lower) || SUBORDINATORS.has(tokens[first].lower)) &&
    /^[\s,]+$/.test(text.slice(tokens[first].end, tokens[first + 1].start))
    ? first + 1
    : first;
}

/** The head before "who" at w, opening the clause at f: a name, a description, or a short phrase opened by a determiner or a capital. */
function headBefore(c: ReportedContext, w: number, f: number): Range | null {
  const { text, tokens, sp } = c;
  if (w - f < 1 || w - f > HEAD_TOKENS) return null;
  const named = sp.endAt.get(w - 1);
  if (named && named.start === tokens[f].start) return named;
  const described = describedEndingAt(text, tokens, w - 1, f);
  if (described && described.range.start === tokens[f].start) return described.range;
  // "Friends of Ms. Lee", "Democrats in Iowa", "A woman": words joined by spaces, opened by a determiner or a capital
  const open = tokens[f];
  if (!(SUBJECT_QUANTIFIERS.has(open.lower) || open.cap) || tokens[w - 1].lower === 'the') return null;
  // (no pronoun opens it: "We're the kind of folks who …")
  if (PRONOUNS.has(open.lower) || /['’]/.test(open.text)) return null;
  if (/[,;:()“”"—–]/.test(text.slice(open.start, tokens[w].start))) return null;
  return { start: open.start, end: tokens[w - 1].end };
}

/** The subject of the verb at v across a relative clause that follows the sentence's opening subject, or null. */
export function relativeClauseSubject(c: ReportedContext, v: number): Subject | null {
  const { text, tokens } = c;
  const f = clauseFirst(c);
  // "who", then at least two words, and no mark, no other verb of saying, up to the verb
  let w = v - 2;
  while (w > f && v - w <= CLAUSE_TOKENS && tokens[w].lower !== 'who') w--;
  if (w <= f || tokens[w].lower !== 'who' || v - w < 3) return null;
  if (/[,;:()“”"—–]/.test(text.slice(tokens[w].start, tokens[v].start))) return null;
  for (let k = w + 1; k < v; k++) if (tokens[k].marks & REPORTING) return null;
  const head = headBefore(c, w, f);
  return head && { range: head, bare: false };
}
