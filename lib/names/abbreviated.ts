/**
 * Pass 6, names an abbreviation spells out: "the Organisation for Security and Cooperation in Europe
 * (OSCE)". The name pass cuts such a name at its small words ("for", "and", "in"); an abbreviation in
 * brackets right after whose letters are the initials of the whole stretch joins its parts into one name.
 */
import type { NameCandidate } from '../engine/findings';

/** The small words a body's name may hold between its capitalised words. */
const SMALL_WORDS_BETWEEN = /^\s+(?:(?:for|and|of|in|on|the|&)\s+){1,2}$/;
/** At most this many parts are joined. */
const MAX_PARTS = 6;

/** Whether the abbreviation's capitals are, in order, initials of the name's words, the first the first word's. */
export function spellsOut(abbreviation: string, name: string): boolean {
  const letters = abbreviation.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  const words = name.split(/[\s-]+/).filter(Boolean);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (letters.length < 2 || letters[0] !== words[0][0].toLowerCase() || capitalised < letters.length - 1) return false;
  let i = 0;
  for (const w of words) if (i < letters.length && w[0].toLowerCase() === letters[i]) i++;
  return i === letters.length;
}

/**
 * Joins the names before an abbreviation in brackets that spells them out; `names` in text order,
 * changed in place.
 */
export function joinSpelledOut(text: string, names: NameCandidate[]): void {
  for (let a = 1; a < names.length; a++) {
    const abbr = names[a];
    if (abbr.kind !== 'acronym' || !/\(\s*$/.test(text.slice(abbr.start - 3, abbr.start))) continue;
    const b = a - 1;
    if (names[b].kind !== 'name' || !/^\s*\(\s*$/.test(text.slice(names[b].end, abbr.start))) continue;
    let k = b;
    let best = -1;
    while (
      k > 0 &&
      b - k < MAX_PARTS - 1 &&
      names[k - 1].kind === 'name' &&
      SMALL_WORDS_BETWEEN.test(text.slice(names[k - 1].end, names[k].start))
    ) {
      k--;
      if (spellsOut(text.slice(abbr.start, abbr.end), text.slice(names[k].start, names[b].end))) best = k;
    }
    if (best < 0) continue;
    const first = names[best];
    names.splice(best, b - best + 1, { ...first, end: names[b].end, title: first.title, plural: false });
    a = best + 1;
  }
}
