import type { Range } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { OBJECT_PREPOSITIONS } from '../words';
import type { ReportedContext } from './reported';

/**
 * "Ann Lee, an analyst at Acme Research, said …", "Ann Lee, the chief executive of Acme, which …,
 * said": the subject found is the body inside the apposition; the person before it speaks. (The
 * owner or employer is taken for the employee where the apposition ends in "of", "at", "for" …)
 */

/** How far before the body the apposition's opening comma may be, in characters. */
const APPOSITION_REACH = 120;

/** The person before an apposition that ends with a preposition and the body r; null when there is none. */
export function personBeforeEmployer(c: ReportedContext, r: Range): Range | null {
  const { text, tokens, sp, sentence } = c;
  const b = tokenAt(tokens, r.start);
  let p = b - 1;
  if (p > 0 && tokens[p].lower === 'the') p--;
  if (p <= 0 || !OBJECT_PREPOSITIONS.has(tokens[p].lower)) return null;
  // the apposition's opening comma: no other comma, bracket or quotation between it and the body
  const from = Math.max(sentence.start, r.start - APPOSITION_REACH);
  const comma = text.lastIndexOf(',', r.start);
  if (comma < from || /[()“”"]/.test(text.slice(comma, r.start))) return null;
  // "Ann Lee, …" or "Sen. Ann Lee (R-Ga.), …"
  let before = tokenAt(tokens, comma) - 1;
  if (before >= 0 && tokens[before].end > comma) before--;
  if (before > 0 && /\)\s*$/.test(text.slice(tokens[before].start, comma))) {
    const paren = text.lastIndexOf('(', comma);
    if (paren < comma - 40) return null;
    before = tokenAt(tokens, paren) - 1;
  }
  if (before < 0) return null;
  const person = sp.endAt.get(before);
  // (an apposition opens with a job or a description: lower case, not a list's next name)
  if (!person || !/^,\s*(?:\p{Ll}|\p{Lu}\p{Ll}*\s+\p{Ll})/u.test(text.slice(comma, comma + 24))) return null;
  return person;
}
