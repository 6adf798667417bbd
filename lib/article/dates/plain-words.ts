/** The article's date in plain words, for the popup and the cards. */
import type { DateSource } from '../../notes';
import { MONTH_NAMES } from './patterns';

const SOURCE_WORDS: Record<DateSource, string> = {
  'json-ld': 'from the page’s data',
  meta: 'from the page’s tags',
  time: 'from the date shown on the page',
  url: 'from the page’s address',
  text: 'from the article’s dateline',
  given: 'as given',
};

/** "18 March 2015" for "2015-03-18". */
export function formatDay(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return `${+m[3]} ${MONTH_NAMES[+m[2] - 1] ?? m[2]} ${m[1]}`;
}

/**
 * The article's date in plain words, for the popup and the cards:
 * "published 18 March 2015 · from the page's address", or "date unknown".
 */
export function describeDate(meta: { publishedAt: string | null; dateSource?: DateSource | null }): string {
  if (!meta.publishedAt) return 'date unknown';
  const day = `published ${formatDay(meta.publishedAt)}`;
  return meta.dateSource ? `${day} · ${SOURCE_WORDS[meta.dateSource]}` : day;
}

/** "date unknown" → "Date unknown": the same words at the start of a line. */
export function sentenceCase(words: string): string {
  return words ? words[0].toUpperCase() + words.slice(1) : words;
}
