/** How a word class is compiled from its data file: a Set, or a regex alternation. */

/** A class as a Set, in the order of its file (then of the classes it includes). */
export const set = (...lists: readonly (readonly string[] | ReadonlySet<string>)[]) =>
  new Set<string>(lists.flatMap((l) => [...l]));
/** A class as a regex alternation ("a|b|c"), in the order of its file; its words are literal text. */
export const alternation = (words: readonly string[]) =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
