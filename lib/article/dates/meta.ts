/** The page's meta tags. */
import { inOtherArticle, isElsewhere, mainArticle } from './place';
import { isPlausibleDate, toIsoDate } from './values';

/** Meta names and properties, lower-cased, best first. */
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'publish-date',
  'publish_date',
  'publishdate',
  'publication_date',
  'pubdate',
  'originalpublicationdate',
  'ptime',
  'citation_publication_date',
  'cxenseparse:recs:publishtime',
];
const META_RANK = new Map(META_KEYS.map((k, i) => [k, i]));
/**
 * A bare `<meta name="date">` is the publication date on most sites that write it, but on some
 * it is the day the page was generated: it is read after the page's <time> and address.
 */
export const WEAK_META_RANK = new Map([['date', 0]]);

export function metaDate(doc: Document, now: Date, ranks: Map<string, number> = META_RANK): string | null {
  const found: { rank: number; order: number; date: string }[] = [];
  const main = mainArticle(doc);
  const metas = Array.from(doc.getElementsByTagName('meta'));
  metas.forEach((el, order) => {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const rank = ranks.get(key);
    if (rank === undefined || !el.hasAttribute('content')) return;
    // Microdata in the body can be a comment's or a related story's.
    if (isElsewhere(el) || inOtherArticle(el, main)) return;
    const date = toIsoDate(el.getAttribute('content'));
    if (isPlausibleDate(date, now)) found.push({ rank, order, date });
  });
  // Microdata on other elements: <span itemprop="datePublished" content="2015-03-18">.
  if (ranks === META_RANK) {
    for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished"][content]'))) {
      if (el.tagName.toUpperCase() === 'META' || isElsewhere(el) || inOtherArticle(el, main)) continue;
      const date = toIsoDate(el.getAttribute('content'));
      if (isPlausibleDate(date, now)) found.push({ rank: META_RANK.get('datepublished')!, order: metas.length, date });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return found[0]?.date ?? null;
}
