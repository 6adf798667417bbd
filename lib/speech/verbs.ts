import type { Range } from '../engine/findings';
import { wordListMark, type Token } from '../text/tokens';
import {
  BACK_VERBS,
  JOB_WORDS,
  LISTENER_OBJECTS,
  LISTENER_VERBS,
  MODAL_BEFORE_VERB,
  PHRASE_ENDS,
  SPEECH_NOUNS_AFTER_MODIFIER,
  SUBJECT_DETERMINERS,
  TITLE_MODIFIERS,
  TITLES,
} from '../words';

/**
 * The verb of saying: what the cues and the reported speech read around it (its span, whether it is a
 * noun, a possibility or negated), and the word marks and bounds both passes share.
 */

/** Words before a speech verb that make it a possibility, not a report ("could speak", "to say"). */
export const MODAL_BEFORE = MODAL_BEFORE_VERB;

/** Words before a verb that make it passive or not a report ("is said", "was called"). */
export const PASSIVE_BEFORE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);

/**
 * The words of titles, written in lower case before a name ("press secretary", "foreign minister");
 * not the words that join them ("of", "and": "said Sen. Tom Hale of Ohio" does not run on to Ohio).
 */
export const TITLE_WORD = wordListMark(
  new Set([...TITLES].flatMap((t) => t.split(' ')).filter((w) => !PHRASE_ENDS.has(w))),
);
/** Jobs written in lower case between a body and a person ("Aemet spokesman Rubén del Campo"). */
export const JOB_WORD = wordListMark(JOB_WORDS);
/** Words that widen a title ("former", "deputy"): with TITLE_WORD and JOB_WORD, a description before a name. */
export const TITLE_MODIFIER = wordListMark(TITLE_MODIFIERS);

/**
 * How many tokens before a quotation's opening mark (and after its closing one) a cue is looked for
 * in its sentence. The cues of news prose stand within a score of words of the words they give (18
 * in the test pages); a bound keeps a sentence that never ends, holding thousands of quotes, linear.
 */
export const CUE_WINDOW = 100;

/** The writer's own voice: first-person subjects outside quotation marks. */
export const WRITER = /^(?:I|we|We)$/;

/** Whether text[a, b) matches `allowed` (the gap between two words). */
export const onlyGap = (text: string, a: number, b: number, allowed: RegExp) => allowed.test(text.slice(a, b));

/** Words before a noun: "his claims", "the remarks", "Israel’s demands" are no verbs of saying. */
const DETERMINERS = SUBJECT_DETERMINERS;
const INDEFINITE = /^(?:a|an)$/;
/**
 * Whether the speech verb at v is used as a noun: after a determiner, a possessive ("Israel’s
 * demands") or the indefinite article, which no verb follows ("a call for “…”", "a claim that …");
 * a verb that is also a noun after a determiner and one modifier in the singular ("the upcoming call
 * with …", "his phone call"; "the two senators call the plan …" stays a verb).
 */
export function nounUse(text: string, tokens: Token[], v: number): boolean {
  if (v === 0) return false;
  const before = tokens[v - 1].lower;
  if (DETERMINERS.has(before) || INDEFINITE.test(before)) return true;
  if (/^[’'ʼ]s?\s+$/.test(text.slice(tokens[v - 1].end, tokens[v].start))) return true;
  if (v < 2 || !SPEECH_NOUNS_AFTER_MODIFIER.has(tokens[v].lower)) return false;
  const det = tokens[v - 2].lower;
  return (
    (DETERMINERS.has(det) || INDEFINITE.test(det)) && /^[a-z][a-z-]*$/.test(tokens[v - 1].text) && !before.endsWith('s')
  );
}

/** Whether a negation stands between the subject (ending before token `from`) and the verb at v. */
export function negatedBefore(tokens: Token[], v: number, from: number): boolean {
  for (let k = Math.max(from, v - 4); k < v; k++) {
    const w = tokens[k].lower;
    if (w === 'not' || w === 'never' || w.endsWith('n’t') || w.endsWith("n't")) return true;
  }
  return false;
}

/**
 * The verb's span, with its listener or particle: "told reporters", "went on", "pointed out", "shot back",
 * "wrote back".
 */
export function verbSpan(tokens: Token[], v: number): Range {
  const t = tokens[v];
  const next = tokens[v + 1];
  // "told reporters", "went on", "pointed out", "shot back"
  if (
    next &&
    ((LISTENER_VERBS.has(t.lower) && LISTENER_OBJECTS.has(next.lower)) ||
      (/^(?:on|out)$/.test(next.lower) && /^(?:went|goes|pointed|points)$/.test(t.lower)) ||
      (next.lower === 'back' && (BACK_VERBS.has(t.lower) || /^(?:wrote|writes)$/.test(t.lower))))
  ) {
    const after = tokens[v + 2];
    if (/^(?:the|a|an)$/.test(next.lower) && after && after.cap) return { start: t.start, end: after.end };
    return { start: t.start, end: next.end };
  }
  return { start: t.start, end: t.end };
}
