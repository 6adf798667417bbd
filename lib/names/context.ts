/**
 * What every pass of findNames shares: the context it reads, the marks of the word lists it tests
 * at nearly every token, the spacing and possessive tests, multi-word phrase matching and the
 * candidate it makes.
 */
import type { NameCandidate, Pronoun, Range } from '../engine/findings';
import { wordListMark, type Token } from '../text/tokens';
import { insideAny } from '../text/sentences';
import {
  CALENDAR,
  JOB_TITLES,
  NAME_DETERMINERS,
  NAME_PARTICLES,
  PRONOUNS,
  QUANTIFIER_SOURCES,
  ROLE_NOUNS,
  SENTENCE_WORDS,
  SOURCE_ADJECTIVES,
  SOURCE_NOUNS,
  TITLES,
} from '../words';

export interface NameContext {
  text: string;
  tokens: Token[];
  /** token index -> true when the token begins a sentence (or a quote at a sentence's start). */
  sentenceStartTok: Uint8Array;
  /** character ranges inside quotation marks, sorted */
  quoteRanges: Range[];
  /** nameRunEnd's answers by token (-1: not asked yet); findNames makes it afresh on each call. */
  runEnds?: Int32Array;
  /** runOn's answers by token and head word (-1: not asked yet); findNames makes it afresh on each call. */
  runsOn?: Int32Array;
}

/** What findNames finds: name candidates and pronouns, in text order. */
export interface NameFindings {
  names: NameCandidate[];
  pronouns: Pronoun[];
}

/** A candidate matched at a token, and the token after it. */
export interface Match {
  cand: NameCandidate;
  next: number;
}

export const DETERMINERS = NAME_DETERMINERS;

/** The lower-case words the steps of findNames start from (all others are passed over): their mark. */
export const LOWER_OPENER = wordListMark(new Set([...DETERMINERS, ...PRONOUNS, ...QUANTIFIER_SOURCES, 'it']));

/** Marks of the word lists findNames reads at nearly every name or opener (Token.marks). */
export const DETERMINER = wordListMark(DETERMINERS);
export const PRONOUN = wordListMark(PRONOUNS);
export const QUANTIFIER_SOURCE = wordListMark(QUANTIFIER_SOURCES);
export const CALENDAR_WORD = wordListMark(CALENDAR);
export const SENTENCE_WORD = wordListMark(SENTENCE_WORDS);
export const SOURCE_ADJECTIVE = wordListMark(SOURCE_ADJECTIVES);
export const SOURCE_NOUN = wordListMark(SOURCE_NOUNS);
export const NAME_PARTICLE = wordListMark(NAME_PARTICLES);

/** Only spaces (or a non-breaking space) between two tokens. */
export const spaced = (text: string, a: Token, b: Token): boolean => spacedBetween(text, a.end, b.start);

/** Only spaces (or a non-breaking space), at least one and at most three, from `from` to `to`. */
export function spacedBetween(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 160 && c !== 0xad) return false;
  }
  return to > from;
}

/** Token followed by "’s" / "'s" or a closing apostrophe ("Starmer’s", "Americans’"). */
export function possessive(text: string, t: Token): boolean {
  const c = text[t.end];
  if (c !== '’' && c !== "'" && c !== 'ʼ') return false;
  const n = text[t.end + 1];
  return n === 's' || n === 'S' ? !/[\p{L}]/u.test(text[t.end + 2] ?? ' ') : !/[\p{L}]/u.test(n ?? ' ');
}

/** A word list with the mark of its entries' first words and its entries' shorter beginnings, for matchPhrase. */
export interface Phrases {
  words: Set<string>;
  first: number;
  /** "prime" and "secretary of" for "prime minister" and "secretary of state" */
  beginnings: Set<string>;
}
function phrases(words: Set<string>): Phrases {
  const beginnings = new Set<string>();
  for (const w of words) {
    const parts = w.split(' ');
    for (let k = 1; k < parts.length; k++) beginnings.add(parts.slice(0, k).join(' '));
  }
  return { words, first: wordListMark(new Set([...words].map((w) => w.split(' ')[0]))), beginnings };
}
export const TITLE_PHRASES = phrases(TITLES);
/** Job words that, capitalised inside a run of names, end a title ("… Commissioner Andrew Colvin"). */
export const JOB_TITLE_PHRASES = phrases(JOB_TITLES);
export const ROLE_PHRASES = phrases(ROLE_NOUNS);
export const SOURCE_PHRASES = phrases(SOURCE_NOUNS);

/** The longest multi-word entry of the list starting at token i (up to 4 words); returns the word count. */
export function matchPhrase(tokens: Token[], i: number, { words, first, beginnings }: Phrases, text: string): number {
  if (!(tokens[i].marks & first)) return 0;
  let best = 0;
  let key = '';
  for (let n = 0; n < 4 && i + n < tokens.length; n++) {
    const t = tokens[i + n];
    if (n > 0) {
      // spaces between, or a full stop and spaces ("Lt. Gen.")
      const prevEnd = tokens[i + n - 1].end;
      if (
        !spacedBetween(text, prevEnd, t.start) &&
        !(text[prevEnd] === '.' && spacedBetween(text, prevEnd + 1, t.start))
      )
        break;
    }
    key = n === 0 ? t.lower : `${key} ${t.lower}`;
    if (words.has(key)) best = n + 1;
    if (!beginnings.has(key)) break; // no longer entry starts so
  }
  return best;
}

/** The lower-case words of tokens[from, to), space-joined ("prime minister"). */
export function wordsOf(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((w) => w.lower)
    .join(' ');
}

export const candidate = (
  ctx: NameContext,
  start: number,
  end: number,
  kind: NameCandidate['kind'],
  extra: Partial<NameCandidate> = {},
): NameCandidate => ({
  start,
  end,
  kind,
  nameStart: extra.nameStart ?? start,
  title: extra.title ?? null,
  qualifier: extra.qualifier ?? null,
  owner: extra.owner ?? null,
  sentenceStart: extra.sentenceStart ?? false,
  inQuote: insideAny(ctx.quoteRanges, start),
  indefinite: extra.indefinite ?? false,
  plural: extra.plural ?? false,
  ...(extra.verbFirst ? { verbFirst: true as const } : {}),
  ...(extra.jobArea ? { jobArea: true as const } : {}),
});
