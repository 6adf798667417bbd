/** Dates as values: a real calendar day, a date as a page writes it, a plausible publication date. */
import {
  AHEAD_MS,
  COMPACT,
  DAY_FIRST,
  EARLIEST_YEAR,
  EPOCH,
  ISO_PREFIX,
  MONTHS,
  MONTH_FIRST,
  SLASHED_DMY,
  SLASHED_YMD,
  YMD_TEXT,
} from './patterns';

/** A real calendar day, written YYYY-MM-DD; null when it is not one. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

interface WrittenDate {
  date: string;
  index: number;
  end: number;
}

const WRITTEN: { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: new RegExp(MONTH_FIRST.source, 'gi'), ymd: (m) => [+m[3], monthIndex(m[1]), +m[2]] },
  { re: new RegExp(DAY_FIRST.source, 'gi'), ymd: (m) => [+m[3], monthIndex(m[2]), +m[1]] },
  { re: new RegExp(YMD_TEXT.source, 'g'), ymd: (m) => [+m[1], +m[2], +m[3]] },
];

/** The real calendar dates written out in a piece of text, in order ("March 18, 2015", "18 March 2015", "2015-03-18"). */
export function writtenDates(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const { re, ymd } of WRITTEN) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = isoDay(...ymd(m));
      if (date) out.push({ date, index: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((x, y) => x.index - y.index);
}

/**
 * A date value as a page writes it (an attribute, a JSON-LD string, a line of text) → YYYY-MM-DD,
 * the local date of the zone it was written in; null when it holds no date.
 *   "2025-03-17T14:05:00+00:00", "2016-02-01 01:28:49", "20250317", "2015/03/18",
 *   "March 17, 2025 12:00 UTC", "Wed, 18 Mar 2015 23:30:00 -0500", "18/03/2015", "1426636800"
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  let m = ISO_PREFIX.exec(s) ?? COMPACT.exec(s) ?? SLASHED_YMD.exec(s);
  if (m) return isoDay(+m[1], +m[2], +m[3]);
  if ((m = SLASHED_DMY.exec(s))) {
    const a = +m[1];
    const b = +m[2];
    // Day first or month first is told only by a number over 12 (or both the same).
    if (a > 12 && b <= 12) return isoDay(+m[3], b, a);
    if (b > 12 && a <= 12) return isoDay(+m[3], a, b);
    if (a === b) return isoDay(+m[3], a, b);
    return null;
  }
  if ((m = EPOCH.exec(s))) {
    const ms = m[1].length === 10 ? +m[1] * 1000 : +m[1];
    return new Date(ms).toISOString().slice(0, 10);
  }
  return writtenDates(s.slice(0, 200))[0]?.date ?? null;
}

/** A date the article can have been published on: from 1990 up to `now` (in the furthest zone ahead). */
export function isPlausibleDate(date: string | null, now: Date = new Date()): date is string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  if (+date.slice(0, 4) < EARLIEST_YEAR) return false;
  return date <= new Date(now.getTime() + AHEAD_MS).toISOString().slice(0, 10);
}
