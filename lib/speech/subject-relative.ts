import type { Token } from '../text/tokens';
import { isPhraseWord } from '../text/ascii';
import { isOn } from '../engine/rules';
import {
  DESCRIBED_SUBJECT_VERBS,
  NOT_SUBJECT_HEADS,
  OBJECT_PREPOSITIONS,
  SPEAKING_PLURALS,
  SPEECH_VERBS,
  SUBJECT_QUANTIFIERS,
} from '../words';
import type { Subject } from './subjects';

/** The rule: a described subject before a relative clause that runs up to the verb of saying. */
export const RELATIVE_THEN_VERB = 'reported:relative-then-verb';

/** How many tokens a relative clause may hold between "who" and the verb. */
const CLAUSE_MAX = 12;
/** Marks that end a clause: none may stand inside the relative clause, nor between the subject and "who". */
const MARK = /[,;:()“”"—–]/;
/** Words that join the modifiers of a subject ("Current and former officials"). */
const JOINERS = new Set(['and', 'or']);
/** Words that may open the clause right before its subject ("But executives who …", "Though friends who …"). */
const OPENERS = new Set(['but', 'and', 'yet', 'while', 'though', 'although', 'whereas']);

/**
 * reported:relative-then-verb — "Current and former officials who spoke with reporters said …",
 * "Executives who run the port say that …", "Friends of the mayor who have seen him say …": the
 * subject before a relative clause on it ("who", no commas, no verb of saying) that runs up to the verb of
 * saying at v; it goes before the name or description right before the verb, which is the clause's
 * object ("who walked to the council said").
 * The subject is a plural noun for people (speaking-plurals.json, people-plurals.json) with at most four
 * words of modifier before it and an "of" complement after it, opening its clause; else null.
 */
export function beforeRelativeClause(text: string, tokens: Token[], v: number, first: number): Subject | null {
  if (!DESCRIBED_SUBJECT_VERBS.has(tokens[v].lower) || !isOn(RELATIVE_THEN_VERB)) return null;
  // the nearest "who" first (a word comparison, on every verb of saying of every page), then the clause
  let who = v - 2;
  while (who > first && v - who <= CLAUSE_MAX + 1 && tokens[who].lower !== 'who') who--;
  if (who <= first || v - who > CLAUSE_MAX + 1) return null;
  for (let w = v - 2; w >= who; w--) {
    if (MARK.test(text.slice(tokens[w].end, tokens[w + 1].start))) return null;
    // ("officials who say the mayor said …": a verb of saying inside the clause reports the rest; not
    // one before a preposition, "who spoke with reporters said")
    if (w > who && SPEECH_VERBS.has(tokens[w].lower) && !OBJECT_PREPOSITIONS.has(tokens[w + 1].lower)) return null;
  }
  if (MARK.test(text.slice(tokens[who - 1].end, tokens[who].start))) return null;
  return subjectEndingAt(text, tokens, who - 1, first);
}

/** The plural subject whose last word is at k (its head, or the end of an "of" complement after it), opening its clause. */
function subjectEndingAt(text: string, tokens: Token[], k: number, first: number): Subject | null {
  let head = k;
  // "Friends of the mayor", "members of Congress": the head before a short "of" complement
  for (let o = k - 1; o > first && k - o <= 3; o--) {
    if (MARK.test(text.slice(tokens[o].end, tokens[o + 1].start))) break;
    if (tokens[o].lower === 'of') {
      head = o - 1;
      break;
    }
  }
  if (!speakingHead(tokens[head], head === first)) return null;
  let j = head;
  while (j - 1 >= first && head - j < 4) {
    const t = tokens[j - 1];
    // (an opener ends the subject; "and" only first in the sentence: "Current and former officials")
    const opener = OPENERS.has(t.lower) && (!JOINERS.has(t.lower) || j - 1 === first);
    if (MARK.test(text.slice(t.end, tokens[j].start)) || !isPhraseWord(t.text) || opener) break;
    if (NOT_SUBJECT_HEADS.has(t.lower) && !SUBJECT_QUANTIFIERS.has(t.lower) && !JOINERS.has(t.lower)) return null;
    j--;
  }
  const opens =
    j === first || MARK.test(text.slice(tokens[j - 1].end, tokens[j].start)) || OPENERS.has(tokens[j - 1].lower);
  return opens && !JOINERS.has(tokens[j].lower)
    ? { range: { start: tokens[j].start, end: tokens[k].end }, bare: false }
    : null;
}

/** A plural noun for people that speak, lower case (capitalised only as its sentence's first word). */
function speakingHead(t: Token, sentenceFirst: boolean): boolean {
  if (t.cap && !sentenceFirst) return false;
  return SPEAKING_PLURALS.has(t.lower);
}
