import type { Token } from '../text/tokens';
import { isPhraseWord } from '../text/ascii';
import {
  alternation,
  AUXILIARIES,
  DESCRIBED_SUBJECT_VERBS,
  NOT_SUBJECT_HEADS,
  NUMBER_WORDS,
  OBJECT_PREPOSITIONS,
  PRONOUNS,
  SENTENCE_ADVERBS,
  SHARE_HEADS,
  SHARE_MODIFIERS,
  SHARE_QUANTIFIERS,
  SUBJECT_QUANTIFIERS,
  SUBORDINATORS,
  VERB_FILLERS,
} from '../words';
import type { Subject } from './subjects';
import { possessive } from '../names/context';

/**
 * reported:described-subject — a subject that is no name: "the group said", "a major civil rights group
 * says", "some Democrats said", "Turkish media reported". A determiner or quantifier and at most five
 * words to the verb, or, with none, a plural noun of at most three words opening its clause.
 */

/** Heads read as plural without an "s": "Turkish media reported", "German police said". */
const PLURAL_HEAD = /(?:[^s]s|media|police|people|staff|press)$/;

/** Conjunctions that may open a clause before its subject: "But security experts say", ", where party leaders say". */
const CLAUSE_CONJUNCTION = /^(?:and|but|yet|where|while|whereas)$/;

/** Whether the token before j is such a conjunction, itself first in the sentence or after a comma. */
function conjunctionOpens(text: string, tokens: Token[], j: number, first: number): boolean {
  if (j - 1 < first || !CLAUSE_CONJUNCTION.test(tokens[j - 1].lower)) return false;
  return j - 1 === first || /[,;:—–]\s*$/.test(text.slice(tokens[j - 2].end, tokens[j - 1].start));
}

/**
 * Where the name whose possessive is the token j opens its clause (back over up to three capitalised
 * words: "Donald Trump’s", "Mrs. Lee’s"); -1 where it does not open one ("a visit to Ohio’s …").
 */
function possessorOpening(text: string, tokens: Token[], j: number, first: number): number {
  let o = j;
  while (
    o > first &&
    j - o < 3 &&
    tokens[o - 1].cap &&
    !CLAUSE_CONJUNCTION.test(tokens[o - 1].lower) &&
    !SENTENCE_ADVERBS.has(tokens[o - 1].lower) &&
    /^\s+$/.test(text.slice(tokens[o - 1].end, tokens[o].start))
  )
    o--;
  const before = o > first ? text.slice(tokens[o - 1].end, tokens[o].start) : ' ';
  return o === first || /[,;:—–]\s*$/.test(before) || conjunctionOpens(text, tokens, o, first) ? o : -1;
}

/** The described subject ending before the verb at v, or null. */
export function describedBefore(text: string, tokens: Token[], v: number, first: number): Subject | null {
  if (!DESCRIBED_SUBJECT_VERBS.has(tokens[v].lower)) return null;
  let k = v - 1;
  while (k > first && VERB_FILLERS.has(tokens[k].lower) && v - k <= 3) k--;
  if (k < first) return null;
  if (/[,;:()“”"]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return null;
  // "have the final say on …": "say" is a verb after a plural only
  if (tokens[v].lower === 'say' && !PLURAL_HEAD.test(tokens[k].lower)) return null;
  return describedEndingAt(text, tokens, k, first);
}

/**
 * A described subject whose head is the token k ("the group", "some Democrats", "business leaders"),
 * or null: before a verb of saying, or before the "who" of a relative clause (reported:relative-who).
 * Before a verb, a preposition's object is no subject ("support from the voters said" is not read);
 * before "who" it may be (`relative`: "a backlash from business leaders who say …", "among voters who
 * said …").
 */
export function describedEndingAt(
  text: string,
  tokens: Token[],
  k: number,
  first: number,
  relative = false,
): Subject | null {
  if (k < first) return null;
  const head = tokens[k];
  if (head.cap || NOT_SUBJECT_HEADS.has(head.lower) || !isPhraseWord(head.text) || /ly$/.test(head.lower)) return null;
  // "the 10-year note", "the ten-year note fell": a noun after a measure, not a verb after its subject
  if (/\d|-(?:year|month|week|day|hour|point|page|mile)s?$/.test(head.lower)) return null;
  for (let j = k; j >= first && k - j <= 5; j--) {
    const t = tokens[j];
    const before = j > first ? text.slice(tokens[j - 1].end, t.start) : ' ';
    // ("from business leaders who say": the plural after the preposition opens the phrase)
    if (relative && j < k && OBJECT_PREPOSITIONS.has(t.lower))
      return k - j <= 3 && PLURAL_HEAD.test(head.lower)
        ? { range: { start: tokens[j + 1].start, end: head.end }, bare: false }
        : null;
    if (j < k && SUBJECT_QUANTIFIERS.has(t.lower)) {
      if (!relative && j > first && OBJECT_PREPOSITIONS.has(tokens[j - 1].lower) && !/[,;:]/.test(before)) return null;
      return { range: { start: t.start, end: head.end }, bare: false };
    }
    if (!isPhraseWord(t.text) || NOT_SUBJECT_HEADS.has(t.lower)) return null;
    // "Ohio’s tax commissioner", "Donald Trump’s campaign manager": a name's possessive as the determiner
    if (j < k && t.cap && possessive(text, t)) {
      const o = possessorOpening(text, tokens, j, first);
      return o < 0 ? null : { range: { start: tokens[o].start, end: head.end }, bare: false };
    }
    // no determiner: a plural noun of at most three words opening its clause ("Turkish media reported")
    const opens = j === first || /[,;:—–]\s*$/.test(before) || conjunctionOpens(text, tokens, j, first);
    if (opens)
      return k - j <= 2 && PLURAL_HEAD.test(head.lower)
        ? { range: { start: t.start, end: head.end }, bare: false }
        : null;
    if (/[,;:()“”"—–]/.test(before)) return null;
  }
  return null;
}

/** A number in digits or words ("47", "1,200", "six", "Twenty-four"). */
const NUMBER = String.raw`(?:\d[\d,.]*|(?:${alternation(NUMBER_WORDS)})(?:-(?:${alternation(NUMBER_WORDS)}))?)`;
/**
 * A share of a group, the whole clause up to the verb: "47 percent", "Six in 10 voters", "eight of 10", "two-thirds of
 * the delegates", "a majority of Democrats", "most of the candidates", after "only", "nearly", "a mere"…;
 * then at most ten words ("of those who named a candidate").
 */
export const SHARE = new RegExp(
  String.raw`^(?:(?:${alternation(SHARE_MODIFIERS)})\s+)*` +
    String.raw`(?:${NUMBER}\s*-?\s*(?:${alternation(SHARE_HEADS)})|${NUMBER}[-\s](?:in|out\s+of|of)[-\s]${NUMBER}` +
    String.raw`|(?:${alternation(SHARE_HEADS)})|(?:${alternation(SHARE_QUANTIFIERS)})(?=\s+of\s))` +
    String.raw`(?:\s+[^\s,;:()“”"—–]+){0,10}$`,
  'iu',
);
/** Words that open the clause a share is the subject of ("…, while 22 percent said", "found that 47 percent say"). */
const CLAUSE_OPENER = /^(?:and|but|or|yet|that|who|which)$/;
/** The words after "of" that may end a share: "most of them said". */
const SHARE_PRONOUN = /^(?:them|us|those|these)$/;

/**
 * reported:share-subject — a share of a group as the subject of the verb at v, as polls are reported:
 * "47 percent said", "Six in 10 voters say", "most of the candidates said", "a majority of Democrats
 * said". The clause from its opening (the sentence's start, a comma, "and", "while", "that") to the verb.
 */
export function shareBefore(text: string, tokens: Token[], v: number, first: number): Subject | null {
  if (!DESCRIBED_SUBJECT_VERBS.has(tokens[v].lower)) return null;
  let k = v - 1;
  while (k > first && VERB_FILLERS.has(tokens[k].lower) && v - k <= 3) k--;
  if (k < first || /[,;:()“”"—–]/.test(text.slice(tokens[k].end, tokens[v].start))) return null;
  if (NOT_SUBJECT_HEADS.has(tokens[k].lower) && !SHARE_PRONOUN.test(tokens[k].lower)) return null;
  let j = k;
  while (j > first && k - j < 14) {
    const before = tokens[j - 1].lower;
    if (/[,;:()“”"—–]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
    if (CLAUSE_OPENER.test(before) || SUBORDINATORS.has(before)) break;
    j--;
  }
  const range = { start: tokens[j].start, end: tokens[k].end };
  const clause = text.slice(range.start, range.end);
  return mayBeShare(clause) && SHARE.test(clause) ? { range, bare: false } : null;
}

/** The words one of SHARE's shares is made of: a share without one of them (or a digit) is none. */
const SHARE_WORDS = [...SHARE_HEADS, ...SHARE_QUANTIFIERS, ...NUMBER_WORDS].map((w) => w.toLowerCase());
/** Any of SHARE_WORDS anywhere (plain strings, no flags: one pass, where a search per word made ~60). */
const SHARE_WORD = new RegExp(alternation(SHARE_WORDS));
/**
 * Whether SHARE may match: the clause holds a digit or one of its words (any case; "ſ", which SHARE's
 * case-blind "s" matches but lower-casing leaves, goes to SHARE). SHARE is big and case-blind: V8
 * compiles it on its first use, which on a page's first run cost more than the rest of this pass,
 * and most clauses are no share.
 */
export function mayBeShare(clause: string): boolean {
  if (/[0-9ſ]/.test(clause)) return true;
  const lower = clause.toLowerCase();
  return SHARE_WORD.test(lower);
}

/**
 * Where the clause ending at token k opens (at most `reach` tokens back): the sentence's start, a mark,
 * or an opener; with `prepositions`, not an "and" or "or" before a preposition, which joins two
 * complements ("observers in Virginia and around the country").
 */
function clauseOpening(
  text: string,
  tokens: Token[],
  k: number,
  first: number,
  reach: number,
  prepositions = false,
): number {
  let j = k;
  while (j > first && k - j < reach) {
    const before = tokens[j - 1].lower;
    if (/[,;:()“”"—–]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
    const joins = prepositions && (before === 'and' || before === 'or') && OBJECT_PREPOSITIONS.has(tokens[j].lower);
    if (!joins && (CLAUSE_OPENER.test(before) || SUBORDINATORS.has(before))) break;
    j--;
  }
  return j;
}

/** Object pronouns, which may end a complement after its preposition ("close to him"). */
const OBJECT_PRONOUN = /^(?:him|her|them|us|me)$/;

/** Words that may follow the head of a described subject and open its complement ("people familiar with …"). */
const COMPLEMENT_OPENERS = /^(?:familiar|close)$/;
/** How many words may stand before the plural noun that opens a described subject ("senior Republican officials from …"). */
const MODIFIERS_BEFORE_NOUN = 2;

/**
 * The plural noun that opens the clause at j, right before a preposition or a complement's first word,
 * behind up to two modifiers ("Organizers of the boycott", "senior officials from both parties", "Those
 * close to him"); -1 where there is none.
 */
function pluralBeforeComplement(text: string, tokens: Token[], j: number, k: number): number {
  for (let p = j; p < k && p - j <= MODIFIERS_BEFORE_NOUN; p++) {
    const t = tokens[p];
    if (p > j && !/^ +$/.test(text.slice(tokens[p - 1].end, t.start))) return -1;
    const next = tokens[p + 1]?.lower ?? '';
    const complementNext = OBJECT_PREPOSITIONS.has(next) || COMPLEMENT_OPENERS.test(next);
    if (p === j && t.lower === 'those' && complementNext) return p;
    if (!isPhraseWord(t.text) || AUXILIARIES.has(t.lower) || NOT_SUBJECT_HEADS.has(t.lower)) return -1;
    if (PLURAL_HEAD.test(t.lower) && complementNext) return p;
    if (SUBJECT_QUANTIFIERS.has(t.lower) || PRONOUNS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * reported:described-complement — a described subject with its complement, the whole clause up to the
 * verb: "Some advocates for stem cell research said", "A person familiar with the planning says",
 * "Organizers of the boycott said", "senior officials from both parties say", "Those close to him say".
 * A determiner or quantifier opens it, or a plural noun (behind up to two modifiers) or "those" right
 * before a preposition or "close", "familiar"; a preposition follows its head; no auxiliary, relative
 * word or pronoun in it (but a preposition's object pronoun: "close to him").
 */
export function complementedBefore(text: string, tokens: Token[], v: number, first: number): Subject | null {
  if (!DESCRIBED_SUBJECT_VERBS.has(tokens[v].lower)) return null;
  let k = v - 1;
  while (k > first && VERB_FILLERS.has(tokens[k].lower) && v - k <= 3) k--;
  if (k <= first || /[,;:()“”"—–]/.test(text.slice(tokens[k].end, tokens[v].start))) return null;
  // ("added up to": no verb of saying)
  if (tokens[v + 1]?.lower === 'up') return null;
  const j = clauseOpening(text, tokens, k, first, 14, true);
  const phrase = complementedPhrase(text, tokens, j, k);
  if (!phrase) return null;
  // ("say" agrees with a plural: the noun the phrase opens with, or its last word)
  const head = tokens[k];
  const agrees = phrase.noun >= 0 ? tokens[phrase.noun].lower : head.lower;
  if (tokens[v].lower === 'say' && !PLURAL_HEAD.test(agrees) && agrees !== 'those' && !/\p{Lu}/u.test(head.text[0]))
    return null;
  return { range: { start: tokens[j].start, end: head.end }, bare: false };
}

/**
 * Whether tokens j to k are a described subject with its complement (reported:described-complement):
 * a quantifier, or a plural noun or "those" before a preposition, opens it (`noun`: that noun, or -1).
 */
export function complementedPhrase(text: string, tokens: Token[], j: number, k: number): { noun: number } | null {
  const head = tokens[k];
  if (!isPhraseWord(head.text) || /ly$/.test(head.lower)) return null;
  // ("over an alleged bias": an adjective after a determiner)
  if (SUBJECT_QUANTIFIERS.has(head.lower)) return null;
  const noun = pluralBeforeComplement(text, tokens, j, k);
  // (the last word may be a preposition's object pronoun: "Those close to him say")
  const objectLast = noun >= 0 && OBJECT_PRONOUN.test(head.lower) && OBJECT_PREPOSITIONS.has(tokens[k - 1].lower);
  if (NOT_SUBJECT_HEADS.has(head.lower) && !objectLast) return null;
  if (k - j < 3 || !(SUBJECT_QUANTIFIERS.has(tokens[j].lower) || noun >= 0)) return null;
  let complement = false;
  for (let m = Math.max(j, noun) + 1; m < k; m++) {
    const w = tokens[m].lower;
    if (AUXILIARIES.has(w) || /^(?:who|whom|whose|which|that|not)$/.test(w)) return null;
    if (PRONOUNS.has(w) && !(OBJECT_PRONOUN.test(w) && OBJECT_PREPOSITIONS.has(tokens[m - 1].lower))) return null;
    if (OBJECT_PREPOSITIONS.has(w) || COMPLEMENT_OPENERS.test(w)) complement = true;
  }
  return complement ? { noun } : null;
}
