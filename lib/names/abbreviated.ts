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
 * changed in place (one pass: the parts joined are always the last names kept).
 */
export function joinSpelledOut(text: string, names: NameCandidate[]): void {
  const out: NameCandidate[] = [];
  for (const abbr of names) {
    const b = out.length - 1;
    if (
      abbr.kind === 'acronym' &&
      b >= 1 &&
      out[b].kind === 'name' &&
      /\(\s*$/.test(text.slice(abbr.start - 3, abbr.start)) &&
      /^\s*\(\s*$/.test(text.slice(out[b].end, abbr.start))
    ) {
      const letters = text.slice(abbr.start, abbr.end);
      let best = -1;
      for (
        let k = b;
        k > 0 &&
        b - k < MAX_PARTS - 1 &&
        out[k - 1].kind === 'name' &&
        SMALL_WORDS_BETWEEN.test(text.slice(out[k - 1].end, out[k].start));
        k--
      )
        if (spellsOut(letters, text.slice(out[k - 1].start, out[b].end))) best = k - 1;
      if (best >= 0) {
        const first = out[best];
        const end = out[b].end;
        out.length = best;
        out.push({ ...first, end, plural: false });
      }
    }
    out.push(abbr);
  }
  if (out.length !== names.length) {
    names.length = 0;
    for (const n of out) names.push(n);
  }
}
