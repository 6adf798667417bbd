import type { ReportedSpan } from '../engine/findings';
import { tokenAt, type Token } from '../text/tokens';
import { splitLength } from '../text/chars';
import {
  ADVERBS_BEFORE_REPORTING_VERB,
  AS_SOURCE_AFTER_VERB,
  AS_SOURCE_VERBS,
  PRONOUNS,
  SENTENCE_ADVERBS,
  VERB_FILLERS,
} from '../words';
import type { ReportedContext } from './reported';
import { REPORTING } from './reported-source';

/**
 * reported:as-source — "As the Harbor Times reported, the council spent twice its budget.", "But as Lee
 * pointed out, …": a source that opens the sentence with "as" and a verb of saying vouches for the
 * clause after its comma. The source is a name, a role or a pronoun the speakers' index holds; the
 * clause's words run to the sentence's end.
 */

/** AS_SOURCE_VERBS as token sequences: "pointed out" → ["pointed", "out"]. */
const PHRASES: readonly (readonly string[])[] = AS_SOURCE_VERBS.map((p) => p.split(' '));

/** How many tokens from v make a verb of saying here (a reporting verb, or a phrase of AS_SOURCE_VERBS); 0 for none. */
function verbLength(tokens: Token[], v: number, last: number): number {
  if (tokens[v].marks & REPORTING) return 1;
  for (const p of PHRASES) if (v + p.length <= last && p.every((w, i) => tokens[v + i].lower === w)) return p.length;
  return 0;
}

/** The token of "as" opening the sentence, after openers ("But as", "And, as", "Of course, as"); -1 for none. */
function asOpening(tokens: Token[], first: number, last: number): number {
  for (let a = first; a < last && a - first <= 2; a++) {
    const w = tokens[a].lower;
    if (w === 'as') return a;
    if (!(SENTENCE_ADVERBS.has(w) || w === 'of' || w === 'course')) return -1;
  }
  return -1;
}

/**
 * Where the words after the verb (ending at token e) reach the comma: at most a time or a place of a
 * few words ("reported on Tuesday", "noted in a column") and no pronoun (not "As Lee said she would,").
 * The comma's offset; -1 when the verb is not followed so.
 */
function commaAfter(text: string, tokens: Token[], e: number, last: number): number {
  // (a time or a place opens on one of these: not "As Soviet states and neighbors, …", no verb there)
  if (e < last && !/^\s*,/.test(text.slice(tokens[e - 1].end)) && !AS_SOURCE_AFTER_VERB.has(tokens[e].lower)) return -1;
  for (let k = e; k < last && k - e <= 4; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/^\s*,\s*$/.test(gap)) return tokens[k - 1].end + gap.indexOf(',');
    if (!/^\s+$/.test(gap) || PRONOUNS.has(tokens[k].lower) || !/^[\p{L}\d’'-]+$/u.test(tokens[k].text)) return -1;
  }
  return -1;
}

export function asSourceFirst(c: ReportedContext): ReportedSpan | null {
  const { text, tokens, sp, sentence, first, last } = c;
  const a = asOpening(tokens, first, last);
  if (a < 0 || last - a < 6) return null;
  const subject = sp.startAt.get(a + 1) ?? (tokens[a + 1].lower === 'the' ? sp.startAt.get(a + 2) : undefined);
  if (!subject) return null;
  // the verb after the subject, past an auxiliary or an adverb ("has noted", "first reported")
  let v = tokenAt(tokens, subject.end);
  while (v < last && v - tokenAt(tokens, subject.end) < 2) {
    const w = tokens[v].lower;
    if (!(VERB_FILLERS.has(w) || ADVERBS_BEFORE_REPORTING_VERB.has(w) || /ly$/.test(w))) break;
    v++;
  }
  if (v >= last || !/^\s+$/.test(text.slice(tokens[v - 1].end, tokens[v].start))) return null;
  const n = verbLength(tokens, v, last);
  if (!n) return null;
  const comma = commaAfter(text, tokens, v + n, last);
  if (comma < 0) return null;
  let start = comma + 1;
  while (start < sentence.end && /\s/.test(text[start])) start++;
  let end = sentence.end;
  while (end > start && /[\s.,;:!?”"’]/.test(text[end - 1])) end--;
  // (words in quotation marks there are a quote, found as one)
  if (/^[“"‘']/.test(text.slice(start, start + 1)) || splitLength(text, start, end, 4) < 4) return null;
  return {
    start,
    end,
    cue: { start: tokens[v].start, end: tokens[v + n - 1].end },
    subject,
    sentence: c.si,
    rule: 'reported:as-source',
  };
}
