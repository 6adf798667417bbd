/**
 * Tests that Unicode-property regexes answer, answered first for plain ASCII text by ASCII
 * regexes that give the same answer there. A /u regex with \p{…} classes costs up to a
 * millisecond to compile on its first use, and the content script meets every page with cold
 * code: most English news words then never compile one. Each function here is checked against its
 * Unicode original on generated text (tests/extract/ascii.test.ts).
 */

import { alternation, HYPHEN_PARTICLES } from '../words';

const ASCII = /^[\x00-\x7f]*$/;

/** A test by the ASCII twin `a` on ASCII text, by the Unicode regex `u` otherwise (`u` then compiles only where needed). */
const twin =
  (a: RegExp, u: RegExp) =>
  (s: string): boolean =>
    ASCII.test(s) ? a.test(s) : u.test(s);

/** Two or more letters, all upper case, or dotted ("US", "NATO", "G7", "U.S."), or capitals joined by "&" ("AT&T"). */
const ACRONYM_U = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]+$|^\p{Lu}+(?:&\p{Lu}+)+$/u;
const ACRONYM_A = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z\d]+$|^[A-Z]+(?:&[A-Z]+)+$/;
export const isAcronymWord = /* @__PURE__ */ twin(ACRONYM_A, ACRONYM_U);

/** "al-Assad", "bin-Salman": a lower-case particle, a hyphen, a capital. */
const PARTICLES = alternation(HYPHEN_PARTICLES);
const PARTICLE_U = new RegExp(String.raw`^(?:${PARTICLES})[-‐]\p{Lu}`, 'u');
const PARTICLE_A = new RegExp(`^(?:${PARTICLES})-[A-Z]`);
export const startsWithParticle = /* @__PURE__ */ twin(PARTICLE_A, PARTICLE_U);

/** "US-backed": a capitalised word and a lower-case suffix; the two parts, or null. */
const CAP_SUFFIX_U = /^(\p{Lu}[\p{L}\p{M}\u00AD.]*)[-‐](\p{Ll}{3,}(?:[-‐]\p{Ll}+)*)$/u;
const CAP_SUFFIX_A = /^([A-Z][A-Za-z.]*)-([a-z]{3,}(?:-[a-z]+)*)$/;
export const capitalAndSuffix = (w: string): RegExpExecArray | null =>
  ASCII.test(w) ? CAP_SUFFIX_A.exec(w) : CAP_SUFFIX_U.exec(w);

/** "pro-Russian": a lower-case prefix and a capitalised word; the two parts, or null. */
const PREFIX_CAP_U = /^(\p{Ll}{2,})[-‐](\p{Lu}[\p{L}\p{M}\u00AD]*)$/u;
const PREFIX_CAP_A = /^([a-z]{2,})-([A-Z][A-Za-z]*)$/;
export const prefixAndCapital = (w: string): RegExpExecArray | null =>
  ASCII.test(w) ? PREFIX_CAP_A.exec(w) : PREFIX_CAP_U.exec(w);

/** One letter ("W" of "George W. Bush"). */
const ONE_LETTER_U = /^\p{L}$/u;
export const isOneLetter = /* @__PURE__ */ twin(/^[A-Za-z]$/, ONE_LETTER_U);

/** Letters joined by dots ("u.s" before a final dot). */
const DOTTED_LETTERS_U = /^(?:\p{L}\.)+\p{L}$/u;
const DOTTED_LETTERS_A = /^(?:[A-Za-z]\.)+[A-Za-z]$/;
export const isDottedLetters = /* @__PURE__ */ twin(DOTTED_LETTERS_A, DOTTED_LETTERS_U);

/** Starts with a capital, a digit or an ellipsis, after an editor's "[" ("[T]he …"). */
const STARTS_UPPER_U = /^\[?[\p{Lu}\d…]/u;
export const startsUpperOrDigit = (s: string): boolean => {
  const c = s.charCodeAt(s.charCodeAt(0) === 91 ? 1 : 0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return STARTS_UPPER_U.test(s);
};

/** A wire dateline at the start: "ISTANBUL, May 16 (Reuters) - ", "MOSCOW (AP) — ", "KYIV, Ukraine (AP) — ". */
const DATELINE =
  /^[\p{Lu}][\p{Lu}\s.,'’-]{2,40}(?:,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:,\s[\p{L}]+\.?\s\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s+/u;
/** What a dateline's first three characters must be, read without Unicode classes (a superset). */
const DATELINE_OPENING = /^(?:[A-Z]|[^\x00-\x7f])(?:[A-Z\s.,'-]|[^\x00-\x7f]){2}/;
/**
 * (read in the first DATELINE_MAX characters: a dateline is far shorter, and the regex's runs of letters,
 * given back one by one, cost time in proportion to the rest of a sentence that opens with a huge word)
 */
const DATELINE_MAX = 256;
export const datelineAt = (s: string): RegExpExecArray | null =>
  DATELINE_OPENING.test(s) ? DATELINE.exec(s.length > DATELINE_MAX ? s.slice(0, DATELINE_MAX) : s) : null;

/** Starts with a capital or a digit ("Coalition", "2025"). */
const UPPER_OR_DIGIT_U = /^[\p{Lu}\d]/u;
export const upperOrDigitFirst = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return UPPER_OR_DIGIT_U.test(w);
};

/** A word of three or more letters (and marks): "Kauri", "Māori". */
const LETTERS_U = /^\p{L}[\p{L}\p{M}]{2,}$/u;
export const isWordOfLetters = (w: string): boolean => {
  // (ASCII read by its codes: an ASCII character that is no letter fails the Unicode test too)
  if (w.length < 3) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return LETTERS_U.test(w);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  }
  return true;
};

/** A word of a noun phrase ("agency", "U.S.", "AT&T", "Māori"): a letter or digit, then letters, marks, digits and ".’'&-". */
const NP_WORD_U = /^[\p{L}\d][\p{L}\p{M}\d.’'&-]*$/u;
const NP_WORD_A = /^[A-Za-z\d][A-Za-z\d.'&-]*$/;
export const isPhraseWord = /* @__PURE__ */ twin(NP_WORD_A, NP_WORD_U);

/** How the words for a people end ("African", "Cuban", "Native", "Latin", "Bosnian", "Chinese", "Irish"). */
const PEOPLE_WORD_U = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i|ive|in)$/u;
const PEOPLE_WORD_A = /^[A-Z][a-z]+(?:an|ese|ish|ic|i|ive|in)$/;
export const isPeopleWord = /* @__PURE__ */ twin(PEOPLE_WORD_A, PEOPLE_WORD_U);

/** Two small letters, then a full stop or a comma at the end ("ums." of "ultimatums."). */
const SMALL_THEN_STOP_U = /\p{Ll}{2}[.,]$/u;
export const endsSmallThenStop = /* @__PURE__ */ twin(/[a-z]{2}[.,]$/, SMALL_THEN_STOP_U);

/** The word after white space at the start (`/^\s+(\p{L}+)/u`'s group), or null. */
const WORD_AFTER_SPACES_U = /^\s+(\p{L}+)/u;
export const wordAfterSpaces = (s: string): string | null => {
  const m = /^\s+([A-Za-z]*)/.exec(s);
  if (!m) return null;
  // (the run of ASCII letters is the whole word when an ASCII character or nothing comes next)
  const next = s.charCodeAt(m[0].length);
  if (Number.isNaN(next) || next < 128) return m[1] || null;
  return WORD_AFTER_SPACES_U.exec(s)?.[1] ?? null;
};

/** A capital, then small letters only ("Kauri", "Ödön"). */
const PLAIN_CAPITALISED_U = /^\p{Lu}\p{Ll}+$/u;
export const isPlainCapitalised = /* @__PURE__ */ twin(/^[A-Z][a-z]+$/, PLAIN_CAPITALISED_U);

/** Two or more capitals and nothing else ("NATO", "ÖBB"). */
const CAPITALS_U = /^\p{Lu}{2,}$/u;
export const isCapitals = /* @__PURE__ */ twin(/^[A-Z]{2,}$/, CAPITALS_U);
