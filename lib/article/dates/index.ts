/**
 * When an article was published, and where the page says so. The sources are tried in order of
 * trust, and the first plausible date wins:
 *
 *   1. json-ld  the article node's `datePublished` (inside @graph, arrays, mainEntity,
 *               mainEntityOfPage; an article node before a WebPage node)
 *   2. meta     `article:published_time` and its variants, `itemprop="datePublished"` content
 *   3. time     a `<time datetime>` of the article's own header or byline (never an update time)
 *   4. url      a date in the page's address: /2015/03/18/, /2015/mar/18/, /20150318/, -20150318-
 *   5. meta     a bare `<meta name="date">` (on some sites the day the page was generated)
 *   6. text     a dateline or byline date: "WASHINGTON, March 18, 2015 —", "Published 18 March 2015"
 *   7. time     any other `<time datetime>` outside comments, related stories and the site's footer
 *
 * A date is plausible when it is a real calendar day, not before 1990 and not after `now` (with
 * the slack of the furthest time zone ahead of UTC). Dates are kept as the page wrote them:
 * "2015-03-18T23:30:00-05:00" is the 18th, the local date of the zone it was written in.
 */

import type { DateSource } from '../../notes';
import { type JsonLdReading, jsonLdDate, jsonLdNodes } from './json-ld';
import { WEAK_META_RANK, metaDate } from './meta';
import { dateFromUrl, textDate } from './text';
import { OWN_TIME_SCORE, timeCandidates } from './times';

export interface FoundDate {
  date: string;
  source: DateSource;
}

export interface DateOptions {
  /** The present, for the "not in the future" check (tests inject it). */
  now?: Date;
}

/** The article's publication date and where it was found; null when the page does not say. */
export function findPublishedDate(
  doc: Document,
  pageUrls: (string | null | undefined)[],
  opts: DateOptions = {},
  jsonLd: JsonLdReading = jsonLdNodes(doc),
): FoundDate | null {
  const now = opts.now ?? new Date();
  const urls = pageUrls.filter((u): u is string => !!u);
  const ld = jsonLdDate(jsonLd, urls, now);
  if (ld) return { date: ld, source: 'json-ld' };
  const meta = metaDate(doc, now);
  if (meta) return { date: meta, source: 'meta' };
  const times = timeCandidates(doc, now);
  if (times[0] && times[0].score >= OWN_TIME_SCORE) return { date: times[0].date, source: 'time' };
  for (const u of urls) {
    const d = dateFromUrl(u, now);
    if (d) return { date: d, source: 'url' };
  }
  const weakMeta = metaDate(doc, now, WEAK_META_RANK);
  if (weakMeta) return { date: weakMeta, source: 'meta' };
  const text = textDate(doc, now);
  if (text) return { date: text, source: 'text' };
  if (times[0]) return { date: times[0].date, source: 'time' };
  return null;
}
export * from './patterns';
export * from './values';
export * from './json-ld';
export * from './meta';
export * from './place';
export * from './times';
export * from './text';
export * from './plain-words';
