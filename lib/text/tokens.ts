import { LETTER, MARK, NUMBER, UPPER as UPPER_CP, classOf, codePointAt, hasLower } from './chars';
import { capitalAndSuffix, isAcronymWord, prefixAndCapital, startsWithParticle } from './ascii';
import { lowerBound } from './search';
import { alternation, ENGLISH_SUFFIXES } from '../words';

/** Words of the text with their offsets: one scan, one small object per word. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter (or "al-"/"el-" before one). */
  cap: boolean;
  /** Two or more letters, all upper case ("US", "NATO"), or dotted ("U.S."). */
  acronym: boolean;
  /** Digits. */
  num: boolean;
  /** Has a lower-case letter (\p{Ll}); "NATO" and "US" have none. */
  hasLowerCase: boolean;
  /** The word lists (registered with wordListMark) that hold the lower-case form, one bit each. */
  marks: number;
}

const isHyphen = (c: number) => c === 45 || c === 0x2010;

/** What a token is apart from where it stands: the same for every occurrence of a word. */
interface Word {
  text: string;
  lower: string;
  /** marks and the flags, as a token keeps them */
  bits: number;
}

/**
 * Word lists the steps test token by token ("is this a reporting verb?"). Each list registered here
 * gets a bit, set on its words in one table; a word reads its bits once, when it is first described
 * (Token.marks), not at every one of its tokens. Register at module load, before any text is
 * tokenised, and change no list after.
 */
const marksByWord = new Map<string, number>();
/** Bits for word lists; the token's flags sit above them, in one small integer. */
const MARK_BITS = 26;
const MARKS = (1 << MARK_BITS) - 1;
const CAP = 1 << 26;
const ACRONYM = 1 << 27;
const NUM = 1 << 28;
const HAS_LOWER = 1 << 29;
let marksUsed = 0;
export function wordListMark(list: ReadonlySet<string>): number {
  if (marksUsed >= MARK_BITS) throw new Error('wordListMark: no bits left');
  const bit = 1 << marksUsed++;
  for (const w of list) marksByWord.set(w, (marksByWord.get(w) ?? 0) | bit);
  return bit;
}

function describe(text: string): Word {
  const plain = text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text;
  const c = plain.charCodeAt(0);
  const ascii = c < 128;
  const upper = ascii ? c >= 65 && c <= 90 : (classOf(codePointAt(plain, 0)) & UPPER_CP) !== 0;
  const lowerStart = ascii ? c >= 97 && c <= 122 : !upper;
  const c2 = plain.charCodeAt(1);
  const lower = plain.toLowerCase();
  // "al-Assad": the prefix's hyphen is the third or fourth character
  const cap =
    upper ||
    (lowerStart &&
      plain.length > 3 &&
      (isHyphen(plain.charCodeAt(2)) || isHyphen(plain.charCodeAt(3))) &&
      startsWithParticle(plain));
  // cheap test first: a second capital or a dot
  const acronym =
    upper &&
    plain.length >= 2 &&
    ((c2 >= 65 && c2 <= 90) || c2 === 46 || c2 === 38 || c2 > 127) &&
    isAcronymWord(plain);
  const num = c >= 48 && c <= 57;
  const hasLowerCase = hasLower(text);
  const marks = marksByWord.get(lower) ?? 0;
  const bits = marks | (cap ? CAP : 0) | (acronym ? ACRONYM : 0) | (num ? NUM : 0) | (hasLowerCase ? HAS_LOWER : 0);
  return { text, lower, bits };
}

/**
 * A word at its place in the text. What the word is (its strings and marks) is shared by all its
 * tokens: small objects, and fewer live strings for the GC.
 */
class WordToken implements Token {
  /** The word's marks and flags, copied into the token: the scans over every token read them without going to the word. */
  private readonly bits: number;
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly word: Word,
  ) {
    this.bits = word.bits;
  }
  get text() {
    return this.word.text;
  }
  get lower() {
    return this.word.lower;
  }
  get cap() {
    return (this.bits & CAP) !== 0;
  }
  get acronym() {
    return (this.bits & ACRONYM) !== 0;
  }
  get num() {
    return (this.bits & NUM) !== 0;
  }
  get hasLowerCase() {
    return (this.bits & HAS_LOWER) !== 0;
  }
  get marks() {
    return this.bits & MARKS;
  }
}

/**
 * The words of one text, each described once: an open-addressing table keyed by a hash of the word's
 * characters, read in the text itself, so a word met again costs no new string and no map lookup.
 */
class WordTable {
  private hashes: Int32Array;
  private words: (Word | undefined)[];
  private count = 0;

  /**
   * Slots for the words of a text of `length` characters: about one distinct word in ten characters,
   * at most half the slots full (a short wire story does not allocate and clear a page's table).
   */
  constructor(length: number) {
    let size = 64;
    while (size < 1024 && size * 4 < length) size *= 2;
    this.hashes = new Int32Array(size);
    this.words = new Array(size).fill(undefined);
  }

  /** The word text[start, end), described on first sight. */
  at(text: string, start: number, end: number): Word {
    let h = end - start;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    const mask = this.words.length - 1;
    let k = h & mask;
    for (let w = this.words[k]; w !== undefined; w = this.words[k]) {
      if (this.hashes[k] === h && sameChars(w.text, text, start, end)) return w;
      k = (k + 1) & mask;
    }
    const w = describe(text.slice(start, end));
    this.words[k] = w;
    this.hashes[k] = h;
    if (++this.count * 2 > this.words.length) this.grow();
    return w;
  }

  /** Twice the slots, the words placed anew (kept at most half full: probes stay short). */
  private grow() {
    const { words, hashes } = this;
    this.words = new Array(words.length * 2).fill(undefined);
    this.hashes = new Int32Array(words.length * 2);
    const mask = this.words.length - 1;
    for (let i = 0; i < words.length; i++) {
      if (words[i] === undefined) continue;
      let k = hashes[i] & mask;
      while (this.words[k] !== undefined) k = (k + 1) & mask;
      this.words[k] = words[i];
      this.hashes[k] = hashes[i];
    }
  }
}

/** Whether the word is text[start, end), read character by character (no string cut). */
function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** A token of the word text[start, end); each word is described once per text (`words`). */
function makeToken(text: string, start: number, end: number, words: WordTable): Token {
  return new WordToken(start, end, words.at(text, start, end));
}

/** Suffixes English writes after a name: participles and a few words ("-style", "-era", "-wide"). */
const ENGLISH_SUFFIX = new RegExp(`(?:ed|ing)(?:-|$)|^(?:${alternation(ENGLISH_SUFFIXES)})(?:-|$)`);
/** "US-backed" is the name "US" and a suffix; "Jean-Claude", "Jong-un" and "al-Assad" stay whole. */
function splitHyphenated(
  text: string,
  start: number,
  end: number,
  out: Token[],
  count: number,
  words: WordTable,
): number {
  const word = text.slice(start, end);
  const m = capitalAndSuffix(word);
  // (an English suffix: "US-backed", "Moscow-based", "Trump-era"; not a syllable of a name: "Lee Jae-myung", "Ban Ki-moon")
  if (m && !/^(?:al|el)$/i.test(m[1]) && ENGLISH_SUFFIX.test(m[2])) {
    out[count++] = makeToken(text, start, start + m[1].length, words);
    out[count++] = makeToken(text, start + m[1].length + 1, end, words);
    return count;
  }
  const pre = prefixAndCapital(word); // "pro-Russian", "anti-American"
  if (pre && !startsWithParticle(word)) {
    out[count++] = makeToken(text, start, start + pre[1].length, words);
    out[count++] = makeToken(text, start + pre[1].length + 1, end, words);
    return count;
  }
  out[count++] = makeToken(text, start, end, words);
  return count;
}

/** Letters, marks, digits and the soft hyphen: the characters words are made of. */
const WORD_CLASS = LETTER | MARK | NUMBER;
/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
/** Width (1 or 2 code units) of the word character at i, or 0 when it is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i); // NaN past the end
  if (c < 128) return ASCII_WORD[c];
  if (c === 0xad) return 1;
  if (i >= text.length) return 0;
  // a letter's second byte in text decoded twice ("FranÃ§ois", "JuliÃ¡n"): after "Ã" or "Â" (or "A" and a
  // combining tilde or circumflex, the same decomposed), a character of U+0080–U+00BF (not the no-break
  // space) belongs to the word
  if (c >= 0x80 && c <= 0xbf && c !== 0xa0 && i > 0) {
    const p = text.charCodeAt(i - 1);
    if (p === 0xc3 || p === 0xc2 || ((p === 0x303 || p === 0x302) && text.charCodeAt(i - 2) === 65)) return 1;
  }
  const cp = codePointAt(text, i);
  return classOf(cp) & WORD_CLASS ? (cp > 0xffff ? 2 : 1) : 0;
}
/** End of the run of word characters from i. */
function runEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII inline: most of the text
      if (!ASCII_WORD[c]) return i;
      i++;
    } else {
      const w = wordCharAt(text, i);
      if (!w) return i;
      i += w;
    }
  }
  return i;
}
/** End of a dotted acronym ("U.S.", "U.K.") from i: two or more capitals each with a dot; -1 when none. */
function dottedEnd(text: string, i: number): number {
  // most words: no dot right after the first letter
  const first = text.charCodeAt(i);
  if (text.charCodeAt(i + (first >= 0xd800 && first <= 0xdbff ? 2 : 1)) !== 46) return -1;
  let pairs = 0;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    const w = cp > 0xffff ? 2 : 1;
    const upper = cp < 128 ? cp >= 65 && cp <= 90 : (classOf(cp) & UPPER_CP) !== 0;
    if (!upper || text.charCodeAt(i + w) !== 46) break;
    i += w + 1;
    pairs++;
  }
  return pairs >= 2 ? i : -1;
}
/** Whether text[from, to) is one to four capital letters (ASCII): a side of "AT&T", "P&G". */
function capitals(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
/**
 * End of a word of capitals joined by "&" with no space ("AT&T", "P&G", "BMS&K"), from a run of
 * capitals [start, end); `end` when there is none. ("Q&A" and "R&D" are words too: not-names sets them aside.)
 */
function ampersandEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 38 || !capitals(text, start, end)) return end;
  while (text.charCodeAt(end) === 38) {
    const next = runEnd(text, end + 1);
    if (!capitals(text, end + 1, next)) break;
    end = next;
  }
  return end;
}
/** Apostrophes and hyphens that join two runs into one word ("don’t", "Jean-Claude"). */
const isJoiner = (c: number) => c === 0x2019 || c === 39 || c === 0x02bc || c === 45 || c === 0x2010;

/**
 * The words: what /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}\u00AD]+(?:[’'\u02bc\-‐][\p{L}\p{M}\p{N}\u00AD]+)* /gu
 * matches (and capitals joined by "&": "AT&T"; a letter's second byte in text decoded twice, wordCharAt), found by a scan (a regex pass with Unicode classes was the engine's slowest step).
 */
export function tokenize(text: string): Token[] {
  // (room for as many tokens as English text holds, made once: growing the array by pushes copied it a
  // dozen times on a long page; the unused end is cut off below)
  const out: Token[] = new Array(Math.ceil(text.length / 4) + 16);
  let count = 0;
  const words = new WordTable(text.length);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const w = c0 < 128 ? ASCII_WORD[c0] : wordCharAt(text, i);
    if (!w) {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && codePointAt(text, i) > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let end = dottedEnd(text, i);
    let hyphenated = false;
    if (end < 0) {
      end = ampersandEnd(text, i, runEnd(text, i));
      while (end + 1 < n && isJoiner(text.charCodeAt(end)) && wordCharAt(text, end + 1)) {
        if (isHyphen(text.charCodeAt(end))) hyphenated = true;
        end = runEnd(text, end + 1);
      }
    }
    i = end;
    // a possessive or closing apostrophe is not part of the word: "Starmer’s" -> "Starmer"
    const last = text.charCodeAt(end - 1);
    if ((last === 115 || last === 83) && end - start > 2) {
      const a = text.charCodeAt(end - 2);
      if (a === 0x2019 || a === 39 || a === 0x02bc) end -= 2;
    }
    if (hyphenated) count = splitHyphenated(text, start, end, out, count, words);
    else out[count++] = makeToken(text, start, end, words);
  }
  out.length = count;
  return out;
}

/**
 * The tokens' starts in one typed array per token list, and for each 64 characters of text the first
 * token starting in or after them: a search then reads only the few tokens of one stretch.
 */
interface StartIndex {
  starts: Int32Array;
  /** stretch b (characters b * 64 …) -> index of the first token starting at or after b * 64 */
  firsts: Int32Array;
}
const STRETCH_BITS = 6;
const startIndexes = new WeakMap<Token[], StartIndex>();

function startIndexOf(tokens: Token[]): StartIndex {
  let index = startIndexes.get(tokens);
  if (index && index.starts.length === tokens.length) return index;
  const starts = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) starts[i] = tokens[i].start;
  const stretches = tokens.length ? (starts[tokens.length - 1] >> STRETCH_BITS) + 1 : 0;
  const firsts = new Int32Array(stretches + 1);
  let t = 0;
  for (let b = 0; b <= stretches; b++) {
    while (t < tokens.length && starts[t] < b << STRETCH_BITS) t++;
    firsts[b] = t;
  }
  startIndexes.set(tokens, (index = { starts, firsts }));
  return index;
}

/** Index of the first token starting at or after `pos`. */
export function tokenAt(tokens: Token[], pos: number): number {
  const { starts, firsts } = startIndexOf(tokens);
  if (!(pos > 0)) return 0; // every token starts at 0 or after
  if (!(pos <= starts[tokens.length - 1])) return tokens.length; // after the last token's start (or no tokens)
  // the answer is among the tokens starting in pos's stretch, or the first after it
  const b = pos >> STRETCH_BITS;
  return lowerBound(starts, pos, firsts[b], firsts[b + 1]);
}
