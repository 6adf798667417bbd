/** Whitespace by character code, apart from chars.ts's tables: the content script, which runs on every page, reads it too. */

/**
 * Whether a UTF-16 code is whitespace as \s reads it: ECMAScript's WhiteSpace and LineTerminator
 * (tab, line tab, form feed, the space separators of Unicode's Zs, the byte order mark, the line
 * ends), by code: testing /\s/ on the character cost a string and a regex run for every curly quote
 * and dash of the text.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
