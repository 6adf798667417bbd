/** How a word class is compiled from its data file: a Set, or a regex alternation. */

/** A class as a Set, in the order of its file (then of the classes it includes). */
export const set = (...lists: readonly (readonly string[] | ReadonlySet<string>)[]) =>
  new Set<string>(lists.flatMap((l) => [...l]));
/** Text as a regex that matches it literally ("U.S." → "U\\.S\\."). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A class as a regex alternation ("a|b|c"), in the order of its file; its words are literal text. */
export const alternation = (words: readonly string[]) => words.map(escapeRegExp).join('|');

/** A class tested as whole words in any case: what `new RegExp(\`\\b(?:${alternation(words)})\\b\`, 'i')` tests. */
export interface WholeWords {
  test(s: string): boolean;
}
/** A character of a regex's \w (and so of its \b): an ASCII letter or digit, or "_". */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/**
 * The class as whole words, any case. Words of lower-case ASCII letters (every list so tested) are
 * read run by run, a Set lookup each: a run of \w characters between two \b is a class word, as the
 * regex would find it, without compiling a regex of a few hundred alternatives on a page's first run.
 */
export function wholeWords(words: readonly string[]): WholeWords {
  if (!words.every((w) => /^[a-z]+$/.test(w))) return new RegExp(`\\b(?:${alternation(words)})\\b`, 'i');
  const known = new Set(words);
  const longest = Math.max(0, ...words.map((w) => w.length));
  // by a run's first character in lower case (ASCII: a capital's code with bit 5 set), a bit for each
  // length of word it opens (bit 31: 31 or more): most runs are ruled out without being cut
  const opens = new Uint32Array(128);
  for (const w of words) opens[w.charCodeAt(0)] |= 1 << Math.min(w.length, 31);
  return {
    test(s: string): boolean {
      for (let i = 0; i < s.length;) {
        if (!isWordCode(s.charCodeAt(i))) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < s.length && isWordCode(s.charCodeAt(j))) j++;
        if (
          j - i <= longest &&
          opens[s.charCodeAt(i) | 32] & (1 << Math.min(j - i, 31)) &&
          known.has(s.slice(i, j).toLowerCase())
        )
          return true;
        i = j;
      }
      return false;
    },
  };
}

/**
 * The ASCII letters each word opens with, in lower case: a text that opens with one of the words, in any
 * case, and goes on with no letter, opens with one of these runs. Null if a word opens otherwise.
 */
export function leadingRuns(words: readonly string[]): ReadonlySet<string> | null {
  const runs = words.map((w) => /^[A-Za-z]+/.exec(w)?.[0].toLowerCase());
  return runs.every((r) => r !== undefined) ? new Set(runs as string[]) : null;
}
/** Whether `s` (from `at`) opens with one of the runs: a plain pre-check for a regex of alternatives. */
export function opensWithRun(runs: ReadonlySet<string> | null, s: string, at = 0): boolean {
  if (!runs) return true;
  const m = /^[A-Za-z]+/.exec(at ? s.slice(at) : s);
  return m !== null && runs.has(m[0].toLowerCase());
}

/** A word with all but its letters and hyphens taken out: `w.replace(/[^\p{L}-]/gu, '')`, read plainly when it is ASCII. */
export const lettersOf = (w: string): string => (/[^A-Za-z-]/.test(w) ? w.replace(/[^\p{L}-]/gu, '') : w);
