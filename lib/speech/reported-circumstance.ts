import type { Token } from '../text/tokens';
import {
  AUDIENCES,
  CALENDAR,
  CIRCUMSTANCE_HEADS,
  CLAUSE_AUXILIARIES,
  LISTENER_VERBS,
  PRONOUNS,
  SUBORDINATORS,
  TIMES_AFTER_VERB,
} from '../words';
import type { Speakers } from './subjects';

/**
 * After a verb of saying, nothing said: only a listener, a time, a place ("…, Tom Ray warned on
 * Wednesday.", "…, Ann Lee told POLITICO earlier this week."), and at most a clause of when after them
 * ("…, Tom Ray told his closest advisers as he labored over the speech."). The sentence's words before
 * the source are what was said (reported:source-last-circumstance).
 */

/** Words that open a listener of their own: "told his advisers", "told the paper". */
const LISTENER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
/** Pronouns a listener may be: "told him", "warned them". */
const LISTENER_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists']);
/** Words that make a time of the word after them: "last week", "this fall", "next month". */
const TIME_DETERMINERS = new Set(['last', 'this', 'next']);
/** Times after TIME_DETERMINERS besides TIMES_AFTER_VERB: "this month", "last fall". */
const SPANS_OF_TIME = new Set(['month', 'year', 'fall', 'spring', 'summer', 'winter']);
/** The words that open the clause of when after the circumstance: "as he labored over the speech". */
const WHEN_OPENERS = new Set(['as', 'while', 'when', 'after', 'before']);
const AUXILIARIES = new Set(CLAUSE_AUXILIARIES);
const TIMES = new Set(TIMES_AFTER_VERB);

/** A word that may stand inside a listener or a time or place: no verb of a clause, no "that", no subject pronoun. */
function plainWord(t: Token): boolean {
  return (
    !AUXILIARIES.has(t.lower) &&
    !PRONOUNS.has(t.lower) &&
    !SUBORDINATORS.has(t.lower) &&
    !CIRCUMSTANCE_HEADS.has(t.lower) &&
    !/^(?:that|and|or|but|to|not|of)$/.test(t.lower) &&
    !/(?:ed|ing)$/.test(t.lower)
  );
}

/** The token after the listener that starts at k (k itself when none does). */
function pastListener(tokens: Token[], sp: Speakers, k: number, last: number): number {
  const named = sp.startAt.get(k);
  if (named) {
    let e = k;
    while (e < last && tokens[e].start < named.end) e++;
    return e;
  }
  if (LISTENER_PRONOUNS.has(tokens[k].lower)) return k + 1;
  if (LISTENER_DETERMINERS.has(tokens[k].lower) || tokens[k].cap) {
    // "his closest advisers", "the Wall Street Journal", "NBC’s Today show": up to four words
    let e = k + 1;
    while (
      e < last &&
      e <= k + 4 &&
      plainWord(tokens[e]) &&
      (tokens[e].cap || !tokens[k].cap || AUDIENCES.has(tokens[e].lower))
    )
      e++;
    return tokens[k].cap || e > k + 1 ? e : k;
  }
  return k;
}

/** The token after the time or place at k ("on Wednesday", "earlier this week", "in an interview"); k when none. */
function pastCircumstance(tokens: Token[], k: number, last: number): number {
  const t = tokens[k];
  if (CALENDAR.has(t.lower) || TIMES.has(t.lower) || /^(?:today|yesterday|tonight)$/.test(t.lower)) return k + 1;
  if (/ly$/.test(t.lower) && !t.cap) return k + 1; // "privately", "happily"
  // "last week", "this fall" (not "revealed this last fall": "this" is what was revealed)
  if (TIME_DETERMINERS.has(t.lower) && k + 1 < last) {
    const n = tokens[k + 1].lower;
    return TIMES.has(n) || SPANS_OF_TIME.has(n) || CALENDAR.has(n) ? k + 2 : k;
  }
  if (!CIRCUMSTANCE_HEADS.has(t.lower)) return k;
  let e = k + 1;
  while (e < last && e <= k + 4 && plainWord(tokens[e])) e++;
  return e;
}

/** The most tokens after the verb a listener, times, places and a clause of when may hold. */
const CIRCUMSTANCE_TOKENS_MAX = 30;
/** How far back before the verb a quotation's mark is looked for. */
const QUOTE_BACK_MAX = 3000;

/**
 * Whether the words after the verb at v, to the sentence's end (its tokens [first, last), its text up to
 * end), are only a listener, times and places, and at most a clause of when.
 */
export function circumstanceOnly(
  text: string,
  tokens: Token[],
  sp: Speakers,
  v: number,
  sentence: { first: number; last: number; end: number },
): boolean {
  const { first, last } = sentence;
  // (a listener, times, places and a clause of when fill a few words: a verb further from the sentence's
  // end is read no further, so a sentence of thousands of verbs is read once, not once per verb)
  if (v + 1 >= last || last - v > CIRCUMSTANCE_TOKENS_MAX) return false;
  if (/[,;:“”"‘()–—]/.test(text.slice(tokens[v].end, sentence.end))) return false;
  // (no quotation before the verb: "“…,” Ann Lee told him as …" gives the quote its speaker; no clause
  // of when before the source: "As the president spoke, Ann Lee responded from the heart as …"; the
  // sentence is read back QUOTE_BACK_MAX characters at most)
  const from = Math.max(tokens[first].start, tokens[v].start - QUOTE_BACK_MAX);
  if (/[“”"]|''/.test(text.slice(from, tokens[v].start)) || SUBORDINATORS.has(tokens[first].lower)) return false;
  let k = v + 1;
  if (LISTENER_VERBS.has(tokens[v].lower)) k = pastListener(tokens, sp, k, last);
  let some = k > v + 1;
  while (k < last) {
    if (WHEN_OPENERS.has(tokens[k].lower) && some) {
      // "as he labored over the speech"; not "before the vote that he would …"
      for (let e = k + 1; e < last; e++) if (tokens[e].lower === 'that') return false;
      return k + 1 < last;
    }
    const e = pastCircumstance(tokens, k, last);
    if (e === k) return false;
    k = e;
    some = true;
  }
  return some;
}
