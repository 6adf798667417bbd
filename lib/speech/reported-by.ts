import type { Range } from '../engine/findings';
import { isOn } from '../engine/rules/switched-off';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import { datelineAt } from '../text/ascii';
import type { Speakers } from './subjects';

/**
 * reported:reported-by — the passive of a news report, its source last: "The meeting was first reported
 * by the Valley Herald." What was reported is the sentence's subject, before "was"; the source is who
 * reported it.
 */

/** Words that may stand between "was" and "reported" ("was first reported"). */
const BEFORE_REPORTED = /^(?:first|initially|originally|previously|earlier|also)$/;
/** The most words the subject (what was reported) holds, and the words between "reported" and "by" ("last week"). */
const SUBJECT_WORDS = 10;
const BEFORE_BY = 3;

/** The span of "…was first reported by X." with "reported" at token v, or null. */
export function reportedBy(
  text: string,
  tokens: Token[],
  sp: Speakers,
  sentence: Sentence,
  first: number,
  v: number,
): { start: number; end: number; cue: Range; subject: Range; rule: 'reported:reported-by' } | null {
  if (!isOn('reported:reported-by') || tokens[v].lower !== 'reported') return null;
  let b = v - 1;
  if (b > first && BEFORE_REPORTED.test(tokens[b].lower)) b--;
  if (b <= first || !/^(?:was|were)$/.test(tokens[b].lower) || b - first > SUBJECT_WORDS) return null;
  let by = v + 1;
  while (by < tokens.length && tokens[by].start < sentence.end && by - v <= BEFORE_BY && tokens[by].lower !== 'by')
    by++;
  if (tokens[by]?.lower !== 'by' || tokens[by].start >= sentence.end) return null;
  // (words joined by spaces from "was" to "by": no clause between them)
  if (/[^\s\p{L}\d]/u.test(text.slice(tokens[b].end, tokens[by].start))) return null;
  // the source: a name right after "by" (or "the"), else its words, to the sentence's end
  const k = tokens[by + 1]?.lower === 'the' ? by + 2 : by + 1;
  const name = sp.startAt.get(k) ?? sp.startAt.get(by + 1);
  if (!name && !tokens[k]?.cap) return null;
  let end = sentence.end;
  while (end > tokens[by].end && /[\s.!?”"’)]/.test(text[end - 1])) end--;
  const subject = name ?? { start: tokens[by + 1].start, end };
  if (!/^[\s.!?”"’)]*$/.test(text.slice(subject.end, sentence.end))) return null;
  // what was reported: the sentence's words before "was", no mark of a clause or quotation in them
  let start = sentence.start;
  const dateline = datelineAt(text.slice(start, tokens[b].start));
  if (dateline) start += dateline[0].length;
  while (start < tokens[b].start && /\s/.test(text[start])) start++;
  const what = text.slice(start, tokens[b - 1].end);
  if (!what || /[,;:“”"()—–]|''/.test(what)) return null;
  return {
    start,
    end: tokens[b - 1].end,
    cue: { start: tokens[b].start, end: tokens[by].end },
    subject,
    rule: 'reported:reported-by',
  };
}
