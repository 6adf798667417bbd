/**
 * The times a text gives with a year ("in 2015", "since March 3, 2014", "the 2016 election"), for the
 * role pass's undated offices (role-lookups.ts yearsNear). What TEXT_YEAR finds, one match after another,
 * but tried only where a year stands: a pass of the whole regex over the text cost more than the rest
 * of the role pass on an article.
 */
import { isSpaceCode } from '../text/chars';
import { alternation, YEAR_EVENTS, YEAR_PERIODS, YEAR_PREPOSITIONS } from '../words';

/** Times the text gives with a year: "in 2015", "the 2016 election" (the year in group 1 or 2). */
export const TEXT_YEAR = new RegExp(
  `\\b(?:(?:${alternation(YEAR_PREPOSITIONS)}|mid-?|${alternation(YEAR_PERIODS)})\\s+(?:\\d{1,2},?\\s+)?((?:19|20)\\d\\d)\\b(?![,.]?\\d|%)|\\b((?:19|20)\\d\\d)\\s+(?:${alternation(YEAR_EVENTS)})\\b)`,
  'gi',
);
const TEXT_YEAR_AT = new RegExp(TEXT_YEAR.source, 'iy');
const YEAR_DIGITS = /(?:19|20)\d\d/g;

/** A character \b counts as a word's: ASCII letters, digits, the underscore. */
const wordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * The earliest a match holding the year at y can start: back over the white space, day and comma
 * between the year and its word, then over the word's letters and hyphen ("mid-").
 */
function earliestStart(text: string, y: number): number {
  let i = y;
  for (let c = text.charCodeAt(i - 1); i > 0 && (isSpaceCode(c) || (c >= 48 && c <= 57) || c === 44);)
    c = text.charCodeAt(--i - 1);
  for (let c = text.charCodeAt(i - 1); i > 0 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45);)
    c = text.charCodeAt(--i - 1);
  return i;
}

/**
 * TEXT_YEAR's matches in the text, as matchAll gives them ({ year, at: the match's start }). Every
 * match holds a year (four digits from 19 or 20) and, before it, only a word, white space, a day and a
 * comma, none of which holds four digits: so the next match holds the next year whose place is not
 * passed yet, and starts between earliestStart and it, at a word's first character (\b).
 */
export function findTextYears(text: string): { year: number; at: number }[] {
  const out: { year: number; at: number }[] = [];
  for (let from = 0; ;) {
    YEAR_DIGITS.lastIndex = from;
    const y = YEAR_DIGITS.exec(text);
    if (!y) return out;
    let m: RegExpExecArray | null = null;
    for (let p = Math.max(from, earliestStart(text, y.index)); p <= y.index && !m; p++) {
      if (!wordCode(text.charCodeAt(p)) || (p > 0 && wordCode(text.charCodeAt(p - 1)))) continue;
      TEXT_YEAR_AT.lastIndex = p;
      m = TEXT_YEAR_AT.exec(text);
    }
    if (!m) from = y.index + 1;
    else {
      out.push({ year: Number(m[1] ?? m[2]), at: m.index });
      from = m.index + m[0].length;
    }
  }
}
