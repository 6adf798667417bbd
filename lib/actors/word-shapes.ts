/**
 * Word-shape tests the name pass uses to set aside capitalised words that are no names: words the
 * text also writes in lower case (wordsAlsoLower) and shouted words ("BREAKING NEWS", shoutedWords).
 * Pure functions of the text and the names; they read no actors and write none.
 */
import { normalizeKey } from '../knowledge/normalize';
import { letterOrMarkAt } from '../text/chars';
import { isPeopleWord, isWordOfLetters } from '../text/ascii';
import { COMPASS_WORD } from '../names/evidence';
import { alternation, isGivenName, NUMBER_WORDS, PEOPLE_GROUP_WORDS, SENTENCE_WORDS } from '../words';

/** ASCII letters: 1 lower case, 2 upper case, 0 none. */
const ASCII_LETTER = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_LETTER[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_LETTER[c] = 2;

/**
 * Single capitalised words the text also writes in lower case ("Kauri" beside "kauri trees"): common
 * nouns, not names. One scan of the text's runs of letters, reading only those whose first two
 * letters and length fit one of the words.
 */
export function wordsAlsoLower(text: string, cores: string[]): Set<string> {
  const sought = new SoughtWords();
  try {
    return seek(text, cores, sought);
  } finally {
    sought.release();
  }
}

/** wordsAlsoLower's scan, with the words it seeks. */
function seek(text: string, cores: string[], sought: SoughtWords): Set<string> {
  for (const core of new Set(cores)) if (isWordOfLetters(core)) sought.add(core.toLowerCase());
  // one pass over the runs of letters and marks; a run that opens with an ASCII capital is skipped
  // whole (a lower-case word cannot be it), and ASCII is read by table
  const n = text.length;
  let left = sought.count; // words not met yet
  let i = 0;
  while (i < n && left > 0) {
    const start = i;
    const c = text.charCodeAt(i);
    const w = c < 128 ? (ASCII_LETTER[c] ? 1 : 0) : letterOrMarkAt(text, i);
    if (!w) {
      i++;
      continue;
    }
    const capital = c < 128 && ASCII_LETTER[c] === 2;
    i += w;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (!ASCII_LETTER[d]) break;
        i++;
      } else {
        const w = letterOrMarkAt(text, i);
        if (!w) break;
        i += w;
      }
    }
    if (!capital && sought.take(text, start, i)) left--;
  }
  return sought.found;
}

/** Slots of SoughtWords' filter (a power of two). */
const FILTER_SIZE = 4096;
/** The filter slot of the two characters at s[i] (words have three or more). */
const filterSlot = (s: string, i: number) => (s.charCodeAt(i) * 31 + s.charCodeAt(i + 1)) & (FILTER_SIZE - 1);
const lengthBit = (len: number) => 1 << Math.min(len, 31);
const holderKey = (slot: number, len: number) => slot * 32 + Math.min(len, 31);

/**
 * One filter, all zeros, kept between calls: a new one per call (16 KB to allocate and clear) cost more than
 * the scan of a short text. A call takes it (or a new one while another holds it) and gives it back cleared.
 */
let spareFilter: Uint32Array | null = null;
function takeFilter(): Uint32Array {
  const filter = spareFilter ?? new Uint32Array(FILTER_SIZE);
  spareFilter = null;
  return filter;
}

/** The lower-case words wordsAlsoLower looks for; a word leaves them for `found` once it is met. */
class SoughtWords {
  private readonly words = new Set<string>();
  /**
   * By a hash of the first two characters (its slot), a bit for each length of word they open, and how
   * many words hold each slot and bit (a found word's bit clears when none is left).
   */
  private readonly lengths = takeFilter();
  private readonly holders = new Map<number, number>();
  readonly found = new Set<string>();

  /** Gives the filter back, cleared (only its slots that words set), for the next call. */
  release() {
    for (const w of this.words) this.lengths[filterSlot(w, 0)] = 0;
    spareFilter = this.lengths;
  }

  /** How many words are still sought. */
  get count(): number {
    return this.words.size;
  }

  add(w: string) {
    if (this.words.has(w)) return;
    this.words.add(w);
    const slot = filterSlot(w, 0);
    this.lengths[slot] |= lengthBit(w.length);
    const k = holderKey(slot, w.length);
    this.holders.set(k, (this.holders.get(k) ?? 0) + 1);
  }

  /** Takes the run of letters text[from, to) if it is one of the words; whether it was. */
  take(text: string, from: number, to: number): boolean {
    const slot = filterSlot(text, from);
    if (!(this.lengths[slot] & lengthBit(to - from))) return false;
    const w = text.slice(from, to);
    if (!this.words.delete(w)) return false;
    this.found.add(normalizeKey(w));
    const k = holderKey(slot, w.length);
    const holding = this.holders.get(k)! - 1;
    this.holders.set(k, holding);
    if (holding === 0) this.lengths[slot] &= ~lengthBit(w.length);
    return true;
  }
}

/**
 * How many of the name's words (split at single spaces) have four or more characters, all upper case.
 * A word with a lower-case ASCII letter is ruled out without being cut from the name.
 */
/** A name in capitals as prose writes it: "ANN O’NEILL-HALE" → "Ann O’Neill-Hale". */
export function proseCase(core: string): string {
  return core
    .toLowerCase()
    .replace(/(^|[\s’'-])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase());
}

export function shoutedWords(core: string): number {
  let n = 0;
  for (let a = 0; a <= core.length;) {
    let b = core.indexOf(' ', a);
    if (b < 0) b = core.length;
    if (b - a >= 4) {
      let lower = false;
      for (let i = a; i < b && !lower; i++) {
        const c = core.charCodeAt(i);
        lower = c >= 97 && c <= 122;
      }
      if (!lower) {
        const w = core.slice(a, b);
        if (w === w.toUpperCase()) n++;
      }
    }
    a = b + 1;
  }
  return n;
}

/** How the words for a people end (read for ASCII words without a Unicode regex: isPeopleWord in lib/text/ascii.ts). */
export const PEOPLE_WORD = { test: isPeopleWord };

/**
 * "American Muslims", "Roman Catholic", "Southeast Asian", "Eastern Europeans": two words, the last a faith's
 * or a people's (people-group-words.json), the first one too, a word of bearing or shaped like a people's.
 */
export function faithOrPeople(core: string): boolean {
  const space = core.indexOf(' ');
  if (space < 0 || core.indexOf(' ', space + 1) >= 0) return false;
  const first = core.slice(0, space);
  const last = core.slice(space + 1).toLowerCase();
  // (the modifiers never end one: "Jordan Roman" is a man; nor does a given name open one: "Ryan Christian")
  if (!PEOPLE_GROUP_WORDS.has(last) || MODIFIERS_ONLY.has(last) || isGivenName(first.toLowerCase())) return false;
  return PEOPLE_GROUP_WORDS.has(first.toLowerCase()) || COMPASS_WORD.test(first) || PEOPLE_WORD.test(first);
}
const MODIFIERS_ONLY = new Set(['roman', 'radical', 'greek', 'southeast', 'southwest', 'northeast', 'northwest']);

/**
 * A faith's or a people's word written alone (people-group-words.json, not a modifier only: "Muslim",
 * "Hispanics", "Jews"), or a hyphenated people ending in one ("African-Americans", "Mexican-American").
 * Takes the word in lower case.
 */
export function faithWord(w: string): boolean {
  if (PEOPLE_GROUP_WORDS.has(w)) return !MODIFIERS_ONLY.has(w) && !COMPASS_WORD.test(w);
  const hyphen = w.lastIndexOf('-');
  return hyphen > 0 && PEOPLE_GROUP_WORDS.has(w.slice(hyphen + 1)) && !MODIFIERS_ONLY.has(w.slice(hyphen + 1));
}

/**
 * "South American", "East German", "Northern Westlanders": two or three words opening with a bearing
 * (bearing-words.json) and ending in a people's word: a group, no person (a region or a club, "West
 * Northby", is left as it was).
 */
export function bearingPeople(core: string): boolean {
  const space = core.indexOf(' ');
  if (space < 0 || !COMPASS_WORD.test(core.slice(0, space)) || core.split(' ').length > 3) return false;
  const last = core.slice(core.lastIndexOf(' ') + 1);
  return PEOPLE_WORD.test(last) || PEOPLE_GROUP_WORDS.has(last.toLowerCase());
}

/** A number set after a thing's name: a capital letter, a Roman numeral, a number word ("B", "IX", "Two"). */
const NUMBER_LAST = /* @__PURE__ */ new RegExp(`^(?:[A-Z]|[IVX]{2,5}|${alternation(NUMBER_WORDS.map(capitalise))})$`);

function capitalise(w: string): string {
  return w[0].toUpperCase() + w.slice(1);
}

/**
 * "Plan B", "Title IX", "Round Two": two words, a thing's and a number after it (a capital letter, a Roman
 * numeral or a number word), the first no given name nor an initial (not "Henry VIII", "Ann C"): the first
 * word, which the caller asks the text about (a common noun, "plan", or capitals, "TARP"), or null.
 */
export function numberedWord(core: string): string | null {
  const space = core.indexOf(' ');
  if (space < 2 || core.indexOf(' ', space + 1) >= 0 || !NUMBER_LAST.test(core.slice(space + 1))) return null;
  const first = core.slice(0, space);
  return /^\p{Lu}[\p{L}-]*$/u.test(first) && !isGivenName(first.toLowerCase()) ? first : null;
}

/** A word of capitals and nothing else, shouted ("TOP", "HIM"). */
const SHOUTED_WORD = /^[A-Z]+$/;

/**
 * The words of two or more in capitals ("TOP STORIES", "LET HIM IN") among the names, lower-cased: those of
 * three or more letters, which the text is then asked whether it also writes in lower case.
 */
export function shoutedNameWords(cores: readonly string[]): string[] {
  const words = new Set<string>();
  for (const core of cores) {
    const ws = core.split(' ');
    if (ws.length < 2 || !ws.every((w) => SHOUTED_WORD.test(w))) continue;
    for (const w of ws) if (w.length >= 3) words.add(w);
  }
  return [...words];
}

/**
 * "TOP STORIES", "THE TOTAL", "LET HIM IN": two or more words in capitals, one of them a sentence's small word
 * (sentence-words.json: "top", "the", "let") or each of three or more letters also written in lower case in
 * the text (`lower`, lower-cased): a headline's or the page's words, no name ("AL GORE", "NEW YORK").
 */
export function shoutedLowerWords(core: string, lower: ReadonlySet<string>): boolean {
  const ws = core.split(' ');
  if (ws.length < 2 || !ws.every((w) => SHOUTED_WORD.test(w))) return false;
  if (ws.some((w) => SENTENCE_WORDS.has(w.toLowerCase()))) return true;
  let long = 0;
  for (const w of ws) {
    if (w.length < 3) continue;
    if (!lower.has(w.toLowerCase())) return false;
    long++;
  }
  return long > 0;
}
