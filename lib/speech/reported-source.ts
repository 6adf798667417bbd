import type { Range, ReportedSpan } from '../engine/findings';
import { isOn } from '../engine/rules/switched-off';
import type { Sentence } from '../text/sentences';
import { wordListMark, type Token } from '../text/tokens';
import { datelineAt } from '../text/ascii';
import { splitLength } from '../text/chars';
import {
  alternation,
  ASIDE_AFTER_VERB,
  CALENDAR,
  CLAUSE_AFTER_CUE_WORDS,
  JOB_WORDS,
  NOT_SOURCE_WORDS,
  PRONOUNS,
  REPORTING_VERBS,
  TITLES,
  leadingRuns,
  opensWithRun,
} from '../words';
import type { ReportedContext } from './reported';
import { subjectBefore, type Speakers } from './subjects';
import { describedBefore } from './reported-described';
import { apposedAfter, describedAfter } from './reported-after';
import { WRITER } from './verbs';
import { reportedBy } from './reported-by';
import { circumstanceOnly } from './reported-circumstance';

export { accordingToBetween, accordingToFirst, accordingToLast } from './reported-according';

/**
 * Reported speech whose source stands apart from a verb's clause: the wire style with the source last
 * ("…, the Russian space agency said.") or set in commas inside the words ("The plan, he said, is …");
 * "according to X" in reported-according.ts (re-exported here). Each finds the sentence's words before
 * or after the source.
 */

/** The mark of REPORTING_VERBS on tokens. */
export const REPORTING = wordListMark(REPORTING_VERBS);

/** After a reporting verb, at most three words and a clause of their own ("said Sunday, as …"). */
const CLAUSE_AFTER_CUE_RE = new RegExp(
  String.raw`^(?:\s+[^\s,;:“”"]+){0,3}\s*,\s+(?:${alternation(CLAUSE_AFTER_CUE_WORDS)})\b`,
  'i',
);
const CLAUSE_AFTER_CUE_LEADS = leadingRuns(CLAUSE_AFTER_CUE_WORDS);
/** Its test, run only where the first comma has white space and a word it may open with after it. */
export const CLAUSE_AFTER_CUE = {
  test(s: string): boolean {
    const comma = s.indexOf(',');
    if (comma < 0) return false;
    const word = s.length - s.slice(comma + 1).trimStart().length;
    return word > comma + 1 && opensWithRun(CLAUSE_AFTER_CUE_LEADS, s, word) && CLAUSE_AFTER_CUE_RE.test(s);
  },
};

/** The words between a comma and a trailing source: none, an article, or up to three describing it. */
const SOURCE_LEAD = /,\s*((?:[\p{L}’'-]+\s+){0,4})$/u;
/**
 * SOURCE_LEAD's match, read only where its plain shape is (a Unicode regex not run is not compiled on a page's
 * first run): a comma, then at most four words, each before white space.
 */
export const sourceLead = (s: string) => {
  if (!mayLeadSource(s)) return null;
  // (only the last comma can match: after it, a mark no word or space holds rules a match out, and where
  // the rest is ASCII the ASCII twin answers alike)
  const rest = s.slice(s.lastIndexOf(',') + 1);
  if (/[^\sA-Za-z'\x80-\uffff-]|[“”—–…]/.test(rest)) return null;
  return /^[\x00-\x7f’]*$/.test(rest) ? SOURCE_LEAD_A.exec(s) : SOURCE_LEAD.exec(s);
};
const SOURCE_LEAD_A = /,\s*((?:[A-Za-z’'-]+\s+){0,4})$/;
function mayLeadSource(s: string): boolean {
  const rest = s.slice(s.lastIndexOf(',') + 1);
  const words = rest.trim() === '' ? 0 : rest.trim().split(/\s+/).length;
  return s.includes(',') && words <= 4 && (rest === '' || /\s$/.test(rest));
}

/** A reported span before its sentence is set. */
export type SourceSpan = Omit<ReportedSpan, 'sentence'>;

/**
 * The source of a trailing reporting verb at v, and the comma before it: "…, said Mr Smith." (the
 * name after the verb) or "…, local health officials said" (the subject, right after the comma or
 * after a few words describing it).
 */
function trailingSource(
  text: string,
  tokens: Token[],
  sp: Speakers,
  sentence: Sentence,
  v: number,
  first: number,
): { subject: Range; commaAt: number } | null {
  let inverted =
    sp.startAt.get(v + 1) ??
    (isOn('reported:described-subject') ? describedAfter(text, tokens, v, sentence) : undefined);
  // (a pronoun after the verb is its source only at the sentence's end: "…, said he."; not "…, say they will …")
  if (inverted && PRONOUNS.has(text.slice(inverted.start, inverted.end).toLowerCase()))
    if (/[\p{L}\d]/u.test(text.slice(inverted.end, sentence.end))) inverted = undefined;
  if (inverted && /,\s*$/.test(text.slice(tokens[v - 1].end, tokens[v].start)))
    return { subject: inverted, commaAt: tokens[v - 1].end }; // "…, said Mr Smith."
  const s =
    subjectBefore(tokens, sp, v, first, text) ??
    (isOn('reported:described-subject') ? describedBefore(text, tokens, v, first) : null);
  if (!s || s.bare || WRITER.test(text.slice(s.range.start, s.range.end))) return null;
  // right after the comma, or after a few words describing the source: "…, local health officials said"
  // (not after a quotation's closing mark: "''I hope so,'' Mrs. Clinton said" gives the quote its speaker)
  const before = sourceLead(text.slice(Math.max(sentence.start, s.range.start - 48), s.range.start));
  if (before && /[”"]|''/.test(before[0])) return null;
  if (!before || before[1].split(/\s+/).some((w) => NOT_SOURCE_WORDS.has(w.toLowerCase()))) return null;
  return { subject: s.range, commaAt: text.lastIndexOf(',', s.range.start) };
}

/** How far from the sentence's end a trailing verb of saying may be, with the name and apposition after it. */
const TRAILING_REACH = 30;

/** Most tokens after the verb where they are names and jobs ("said Ohio State University professor Paul Beck."). */
const NAMES_AND_JOBS_MAX = 10;

/**
 * "…, said Eastfield Bank chief economist Ann Lee.": after the verb, to the sentence's end, only words
 * with a capital and at least one job or title in lower case between them (an employer, a job, a name).
 */
function namesAndJobsAfter(tokens: Token[], v: number, last: number): boolean {
  if (last - v > NAMES_AND_JOBS_MAX || !tokens[v + 1]?.cap) return false;
  let jobs = 0;
  for (let k = v + 1; k < last; k++) {
    const t = tokens[k];
    if (t.cap) continue;
    if (JOB_WORDS.has(t.lower) || TITLES.has(t.lower)) jobs++;
    else if (!/^[.!?]+$/.test(t.text)) return false;
  }
  return jobs > 0;
}

/**
 * reported:source-last (and, clauseOnly, reported:source-then-clause) — wire style, the source at the
 * end: "…, the Russian space agency said." / "…, said Mr Smith."; clauseOnly, a clause of its own
 * after the verb: "…, Ukraine's air force said Sunday, as …". The words before the comma are said, at
 * least `minWords` of them.
 */
export function trailingCue(
  text: string,
  tokens: Token[],
  sp: Speakers,
  sentence: Sentence,
  first: number,
  last: number,
  clauseOnly = false,
  minWords = 4,
): SourceSpan | null {
  for (let v = last - 1; v > first && last - v <= (clauseOnly ? Infinity : TRAILING_REACH); v--) {
    if (!(tokens[v].marks & REPORTING)) continue;
    let circumstance = false;
    // "The meeting was first reported by the Valley Herald."
    const by = clauseOnly ? null : reportedBy(text, tokens, sp, sentence, first, v);
    if (by) return by;
    // after the verb only a time or place: "said on Thursday", "said in a statement"; or (clauseOnly)
    // one and a clause of its own: "said Sunday, as President Zelenskyy urged …"; or the name after the
    // verb and its apposition: "…, said Ann Lee, a senior fellow at Acme."
    const after = text.slice(tokens[v].end, sentence.end);
    if (clauseOnly) {
      if (!CLAUSE_AFTER_CUE.test(after)) continue;
    } else if (
      (last - v > 6 || !/^[^,;:“”"]*$/.test(after)) &&
      !namesAndJobsAfter(tokens, v, last) &&
      !apposedAfter(text, tokens, sp, v, sentence) &&
      !(isOn('reported:described-subject') && describedAfter(text, tokens, v, sentence))
    ) {
      // "…, Tom Ray told his closest advisers as he labored over the speech."
      const here = { first, last, end: sentence.end };
      if (!isOn('reported:source-last-circumstance') || !circumstanceOnly(text, tokens, sp, v, here)) return null;
      circumstance = true;
    }
    const source = trailingSource(text, tokens, sp, sentence, v, first);
    if (!source) return null;
    const { subject, commaAt } = source;
    let start = sentence.start;
    // a wire dateline is not what was said: "ISTANBUL, May 16 (Reuters) - …"
    const dateline = datelineAt(text.slice(start, commaAt));
    if (dateline) start += dateline[0].length;
    while (start < commaAt && /[\s“"‘]/.test(text[start])) start++;
    let end = commaAt;
    while (end > start && /[\s,”"’]/.test(text[end - 1])) end--;
    if (
      /^[“"‘]/.test(text.slice(sentence.start, sentence.start + 1)) ||
      splitLength(text, start, end, minWords) < minWords
    )
      return null;
    const rule = circumstance ? 'reported:source-last-circumstance' : 'reported:source-last';
    return { start, end, cue: { start: tokens[v].start, end: tokens[v].end }, subject, rule };
  }
  return null;
}

/** After a reporting verb, at most three words (a time, "privately") and the comma that closes the aside. */
const ASIDE_AFTER = /^(?:\s+[^\s,;:“”"]+){0,3}?\s*,\s*(?=[\p{L}\d$])/u;
/** ASIDE_AFTER's match, run only where its plain start is: up to three words, then a comma. */
export const asideAfter = (s: string) => {
  if (!/^(?:\s+[^\s,;:“”"]+){0,3}?\s*,/.test(s)) return null;
  // (text of ASCII and the common marks has no letter but ASCII ones: the ASCII twin answers alike)
  return /^[\x00-\x7f“”’‘—–]*$/.test(s) ? ASIDE_AFTER_A.exec(s) : ASIDE_AFTER.exec(s);
};
const ASIDE_AFTER_A = /^(?:\s+[^\s,;:“”"]+){0,3}?\s*,\s*(?=[A-Za-z\d$])/;

/**
 * reported:source-between — the source set in commas inside its words: "The plan, he said, is to …",
 * "Within marriages, they said, women now …". The whole sentence is what was said (the source's own
 * words included: a claim is one stretch of text).
 */
export function sourceBetween(c: ReportedContext, v: number, subject: Range): ReportedSpan | null {
  const { text, tokens, sentence } = c;
  const t = tokens[v];
  const aside = asideAfter(text.slice(t.end, Math.min(sentence.end, t.end + 60)));
  if (!aside) return null;
  for (const w of aside[0].split(/[\s,]+/))
    if (w && !ASIDE_AFTER_VERB.has(w.toLowerCase()) && !CALENDAR.has(w.toLowerCase())) return null;
  // the source right after a comma, or after a few words describing it: "…, some Democrats said, …"
  const lead = sourceLead(text.slice(Math.max(sentence.start, subject.start - 48), subject.start));
  if (lead && /[”"]|''/.test(lead[0])) return null;
  if (!lead || lead[1].split(/\s+/).some((w) => NOT_SOURCE_WORDS.has(w.toLowerCase()))) return null;
  const commaAt = text.lastIndexOf(',', subject.start);
  let start = sentence.start;
  const dateline = datelineAt(text.slice(start, commaAt));
  if (dateline) start += dateline[0].length;
  while (start < commaAt && /\s/.test(text[start])) start++;
  let end = sentence.end;
  while (end > start && /[\s.,;:!?”"’]/.test(text[end - 1])) end--;
  // (words in quotation marks there are a quote, found as one; two words before the source at least)
  if (/^[“"‘]/.test(text[start]) || splitLength(text, start, commaAt, 1) < 1) return null;
  const after = t.end + aside[0].length;
  if (after >= end || splitLength(text, after, end, 2) < 2) return null;
  return { start, end, cue: { start: t.start, end: t.end }, subject, sentence: c.si, rule: 'reported:source-between' };
}
