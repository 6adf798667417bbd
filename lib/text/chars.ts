/**
 * Unicode character classes by code point, for the hand-written scanners that replace whole-text
 * regex passes. ASCII is decided by arithmetic; any other code point by one regex test, remembered.
 */
import { isSpaceCode } from './space';

export { isSpaceCode };

/** Bits of a code point's class. */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const UPPER = 8;
export const LOWER = 16;
const KNOWN = 128;

const L = /\p{L}/u;
const M = /\p{M}/u;
const N = /\p{N}/u;
const LU = /\p{Lu}/u;
const LL = /\p{Ll}/u;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function compute(cp: number): number {
  const s = String.fromCodePoint(cp);
  return (
    (L.test(s) ? LETTER : 0) |
    (M.test(s) ? MARK : 0) |
    (N.test(s) ? NUMBER : 0) |
    (LU.test(s) ? UPPER : 0) |
    (LL.test(s) ? LOWER : 0)
  );
}

// ASCII up front, by arithmetic (no Unicode regex compiled for it); and the General Punctuation
// block (curly quotes, dashes, ellipsis, spaces), which holds no letter, mark or number: a page of
// plain English in typographic punctuation then never compiles the Unicode regexes above
for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90;
  const lower = c >= 97 && c <= 122;
  bmp[c] = KNOWN | (upper ? LETTER | UPPER : 0) | (lower ? LETTER | LOWER : 0) | (c >= 48 && c <= 57 ? NUMBER : 0);
}
for (let c = 0x2000; c <= 0x206f; c++) bmp[c] = KNOWN;

/** The class bits of a code point. */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let f = bmp[cp];
    if (f === 0) bmp[cp] = f = compute(cp) | KNOWN;
    return f;
  }
  if (!(cp <= 0x10ffff)) return 0; // NaN: past the end of a string
  let f = astral.get(cp);
  if (f === undefined) astral.set(cp, (f = compute(cp)));
  return f;
}

/** The code point at i as /u regexes read it (a surrogate pair is one code point). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Width (1 or 2 code units) of the letter or mark (\p{L}, \p{M}) at i, or 0 when it is none. */
export function letterOrMarkAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const cp = codePointAt(text, i);
  return classOf(cp) & (LETTER | MARK) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Whether text[i] is whitespace as \s reads it, by its code; false past the end. */
export function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCode(text.charCodeAt(i));
}

/**
 * text.slice(start, end).split(/\s+/).length without the slice or the array: one more than the
 * runs of white space in the range. Counting stops at `atMost`.
 */
export function splitLength(text: string, start: number, end: number, atMost = Infinity): number {
  let n = 1;
  for (let i = start; i < end && n < atMost; i++) {
    if (isSpaceAt(text, i)) {
      n++;
      while (i + 1 < end && isSpaceAt(text, i + 1)) i++;
    }
  }
  return n;
}

/** Whether the string has a lower-case letter (\p{Ll}), ASCII first. */
export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) return true;
      continue;
    }
    const cp = codePointAt(s, i);
    if (classOf(cp) & LOWER) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}
