import type { ReportedSpan } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { splitLength } from '../text/chars';
import { QUESTION_OPENERS } from '../words';
import type { ReportedContext } from './reported';
import { contentEnd } from './reported-content';
import { subjectBefore } from './subjects';
import { describedBefore } from './reported-described';
import { isOn } from '../engine/rules/switched-off';
import { negatedBefore, nounUse, PASSIVE_BEFORE, WRITER } from './verbs';

/**
 * reported:asked — "Ann Lee asked the minister whether the plan was legal", "the group asked the court
 * to block the sale": the question or request is the subject's reported words.
 */

/** How many tokens the one asked may take: "asked the court", "asked Democratic leaders in Congress". */
const LISTENER_REACH = 5;

/** The reported span of the verb of asking at v, or null. */
export function askedAt(c: ReportedContext, v: number): ReportedSpan | null {
  const { text, tokens, sp, sentence, first, last } = c;
  const t = tokens[v];
  if (nounUse(text, tokens, v) || PASSIVE_BEFORE.has(tokens[v - 1]?.lower ?? '')) return null;
  const subj =
    subjectBefore(tokens, sp, v, first, text) ??
    (isOn('reported:described-subject') ? describedBefore(text, tokens, v, first) : null);
  if (!subj || subj.bare || WRITER.test(text.slice(subj.range.start, subj.range.end))) return null;
  if (negatedBefore(tokens, v, tokenAt(tokens, subj.range.end))) return null;
  // (a quotation or a colon after the verb: a quote, found as one)
  if (/[:“”"‘,]/.test(text.slice(t.end, tokens[v + 1]?.start ?? t.end))) return null;
  // the one asked (a name, a pronoun, a few words), then the question
  let w = v + 1;
  const listener = sp.startAt.get(w);
  if (listener) w = tokenAt(tokens, listener.end);
  let q = -1;
  for (let k = w; k < Math.min(last, w + LISTENER_REACH); k++) {
    if (QUESTION_OPENERS.has(tokens[k].lower)) {
      q = k;
      break;
    }
    if (/[,;:“”"]/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end))) break;
  }
  // "asked to …" names no one asked: the subject was asked (or wants to be)
  if (q < 0 || (tokens[q].lower === 'to' && q === v + 1)) return null;
  const start = tokens[q].start;
  const end = contentEnd(text, sentence.end, start);
  if (splitLength(text, start, end, 3) < 3) return null;
  return {
    start,
    end,
    cue: { start: t.start, end: t.end },
    subject: subj.range,
    sentence: c.si,
    rule: 'reported:asked',
  };
}
