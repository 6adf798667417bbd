/**
 * Known names that open with a figure ("3M said", "the 9th Circuit ruled", "CBS's 60 Minutes"): the name
 * finder reads capitals, so it finds "Circuit" or "Minutes", or nothing. Where the text writes one of the
 * knowledge file's names of this shape, as the file writes it, the whole name is the candidate (rule
 * name:known-figures) and the finder's candidates inside it give way.
 */
import type { NameCandidate, Range } from '../engine/findings';
import type { KnowledgeIndex } from '../knowledge/index';
import { escapeRegExp } from '../words';

/** One regex for the index's figure names, longest first; built once per index (null: none). */
const regexes = new WeakMap<KnowledgeIndex, RegExp | null>();
function figureRegex(index: KnowledgeIndex): RegExp | null {
  let re = regexes.get(index);
  if (re !== undefined) return re;
  const names = [...index.figureNames].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // (not inside a longer word or figure: "13M", "2019th"; a name ends where a word would go on)
  re = names.length ? new RegExp(`(?<![\\p{L}\\p{N}.,-])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  regexes.set(index, re);
  return re;
}

/** Where the text writes a known figure name. */
export function findFigureNames(text: string, index: KnowledgeIndex): Range[] {
  const re = figureRegex(index);
  if (!re) return [];
  const out: Range[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The candidates with the known figure names in: a candidate inside one gives way to it ("Circuit" in
 * "9th Circuit"); a name that a candidate runs across ("9th Circuit Court" where the file knows only "9th
 * Circuit") is left to the candidate. `made` records the new candidates with their rule; `read` tells
 * whether a range is inside a quotation, or a describing word ("3M-based") that is no mention.
 */
export function withFigureNames(
  text: string,
  cands: NameCandidate[],
  index: KnowledgeIndex,
  made: Map<NameCandidate, string>,
  read: { inQuote: (r: Range) => boolean; describing: (r: Range) => boolean },
): NameCandidate[] {
  // ("a 3M-based index": a describing word, as the finder's names are)
  const found = findFigureNames(text, index).filter((r) => !read.describing(r));
  if (!found.length) return cands;
  const inside = new Set<NameCandidate>();
  const added: NameCandidate[] = [];
  // (both in text order, and candidates do not overlap: one walk through the candidates)
  let i = 0;
  for (const r of found) {
    while (i < cands.length && cands[i].end <= r.start) i++;
    let crossed = false;
    const within: NameCandidate[] = [];
    for (let j = i; j < cands.length && cands[j].start < r.end; j++) {
      const c = cands[j];
      if (c.start >= r.start && c.end <= r.end) within.push(c);
      else crossed = true;
    }
    if (crossed) continue;
    for (const c of within) inside.add(c);
    const c = knownNameCandidate(r, read.inQuote(r));
    added.push(c);
    made.set(c, 'name:known-figures');
  }
  if (!added.length) return cands;
  return [...cands.filter((c) => !inside.has(c)), ...added].sort((a, b) => a.start - b.start);
}

/** A candidate for a name the knowledge file knows, found by its spelling rather than by the name finder. */
export function knownNameCandidate(r: Range, inQuote: boolean): NameCandidate {
  return {
    start: r.start,
    end: r.end,
    kind: 'name',
    nameStart: r.start,
    title: null,
    qualifier: null,
    owner: null,
    sentenceStart: false,
    inQuote,
    indefinite: false,
    plural: false,
  };
}
