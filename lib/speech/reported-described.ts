import type { Token } from '../text/tokens';
import {
  DESCRIBED_SUBJECT_VERBS,
  NOT_SUBJECT_HEADS,
  OBJECT_PREPOSITIONS,
  SUBJECT_QUANTIFIERS,
  VERB_FILLERS,
} from '../words';
import type { Subject } from './subjects';

/**
 * reported:described-subject — a subject that is no name: "the group said", "a major civil rights group
 * says", "some Democrats said", "Turkish media reported". A determiner or quantifier and at most five
 * words to the verb, or, with none, a plural noun of at most three words opening its clause.
 */

/** A word of a described subject: letters, digits and hyphens, or a possessive ("the company’s"). */
const NP_WORD = /^[\p{L}\d][\p{L}\p{M}\d.’'&-]*$/u;
/** Heads read as plural without an "s": "Turkish media reported", "German police said". */
const PLURAL_HEAD = /(?:[^s]s|media|police|people|staff|press)$/;

/** The described subject ending before the verb at v, or null. */
export function describedBefore(text: string, tokens: Token[], v: number, first: number): Subject | null {
  if (!DESCRIBED_SUBJECT_VERBS.has(tokens[v].lower)) return null;
  let k = v - 1;
  while (k > first && VERB_FILLERS.has(tokens[k].lower) && v - k <= 3) k--;
  if (k < first) return null;
  const head = tokens[k];
  if (head.cap || NOT_SUBJECT_HEADS.has(head.lower) || !NP_WORD.test(head.text) || /ly$/.test(head.lower)) return null;
  // "the 10-year note", "the ten-year note fell": a noun after a measure, not a verb after its subject
  if (/\d|-(?:year|month|week|day|hour|point|page|mile)s?$/.test(head.lower)) return null;
  if (/[,;:()“”"]/.test(text.slice(head.end, tokens[k + 1].start))) return null;
  // "have the final say on …": "say" is a verb after a plural only
  if (tokens[v].lower === 'say' && !PLURAL_HEAD.test(head.lower)) return null;
  for (let j = k; j >= first && k - j <= 5; j--) {
    const t = tokens[j];
    const before = j > first ? text.slice(tokens[j - 1].end, t.start) : ' ';
    if (j < k && SUBJECT_QUANTIFIERS.has(t.lower)) {
      if (j > first && OBJECT_PREPOSITIONS.has(tokens[j - 1].lower) && !/[,;:]/.test(before)) return null;
      return { range: { start: t.start, end: head.end }, bare: false };
    }
    if (!NP_WORD.test(t.text) || NOT_SUBJECT_HEADS.has(t.lower)) return null;
    // no determiner: a plural noun of at most three words opening its clause ("Turkish media reported")
    const opens = j === first || /[,;:—–]\s*$/.test(before);
    if (opens)
      return k - j <= 2 && PLURAL_HEAD.test(head.lower)
        ? { range: { start: t.start, end: head.end }, bare: false }
        : null;
    if (/[,;:()“”"—–]/.test(before)) return null;
  }
  return null;
}
