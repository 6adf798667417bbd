import type { ArticleMeta } from '../notes';
import { findPublishedDate, jsonLdNodes, jsonLdRank, sortJsonLdNodes, type DateOptions } from './dates';

export { toIsoDate } from './dates';

/**
 * Title, publication date (and where it was found: dates/), canonical URL and declared language,
 * from JSON-LD, meta tags, <time>, the address or a dateline.
 */
export function readArticleMeta(doc: Document, locationUrl: string | null, opts: DateOptions = {}): ArticleMeta {
  const metaContent = (...selectors: string[]) => {
    for (const sel of selectors) {
      const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent('meta[property="og:url"]');
  const canonicalUrl = absoluteUrl(canonical, locationUrl);
  const url = canonicalUrl ?? locationUrl;
  const pageUrls = [canonicalUrl, locationUrl];
  const jsonLd = jsonLdNodes(doc);
  const ld =
    sortJsonLdNodes(
      jsonLd.nodes,
      pageUrls.filter((u): u is string => !!u),
    )[0]?.node ?? null;
  const h1 = clean(doc.querySelector('h1')?.textContent);
  const title =
    str(ld?.headline) ??
    ownTitle(
      metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]'),
      h1,
      clean(doc.title),
      metaContent('meta[property="og:site_name"]'),
    ) ??
    h1 ??
    clean(doc.title);
  let site: string | null = null;
  try {
    site = url ? new URL(url).hostname || null : null;
  } catch {
    site = null;
  }
  const found = findPublishedDate(doc, pageUrls, opts, jsonLd);
  return {
    url,
    title: title ? title.slice(0, 300) : null,
    publishedAt: found?.date ?? null,
    dateSource: found?.source ?? null,
    site,
    ...withLang(declaredLanguage(doc)),
  };
}

const withLang = (lang: string | null) => (lang ? { lang } : {});

/**
 * The language the page says it is in, as written ("fr-FR"): <html lang>, else a content-language
 * meta, else og:locale ("fr_FR"); null when it says none. A hint only: sites mislabel (language.ts).
 */
export function declaredLanguage(doc: Document): string | null {
  const said = [
    doc.documentElement?.getAttribute('lang'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const s of said) {
    const v = s?.split(',')[0].trim();
    if (v) return v.slice(0, 35);
  }
  return null;
}

/** Lower case, letters and digits only: two titles compared whatever their marks and spacing. */
const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The card title (og:title, twitter:title), unless it is the site's own where the page's headline is
 * the story's: the site's name (og:site_name) opens it ("Example News"), or it shares no word with a
 * headline that the <title> repeats exactly ("Yahoo News - Latest News & Headlines" on a story whose
 * <h1> and <title> read "Russia: Space ship breaks up over Siberia"). Then the headline. (A headline
 * the <title> does not repeat may be the site's logo: the card title is kept.)
 */
function ownTitle(card: string | null, h1: string | null, docTitle: string | null, site: string | null): string | null {
  if (!card || !h1) return card;
  const [c, h] = [bare(card), bare(h1)];
  if (!h) return card;
  // "Headline | Author", "Headline - Site": the headline with the site's tail, the headline alone
  if (c.startsWith(h) && c !== h && TITLE_TAIL.test(card.slice(titleEnd(card, h1)))) return h1;
  if (c.includes(h)) return card;
  const s = site ? bare(site) : '';
  if (s && c.startsWith(s) && !h.startsWith(s)) return h1;
  if (!docTitle || bare(docTitle) !== h) return card;
  const headline = new Set(h.split(' ').filter((w) => w.length > 2));
  return c.split(' ').some((w) => headline.has(w)) ? card : h1;
}

/** A title's tail after the headline: a separator, then a site's, section's or author's name. */
const TITLE_TAIL = /^\s*[|–—·•:-]\s*\S/;

/** Where the headline ends in the card title that opens with it (its letters and digits counted off). */
function titleEnd(card: string, h1: string): number {
  let left = bare(h1).replace(/ /g, '').length;
  let i = 0;
  while (i < card.length && left > 0) if (/[\p{L}\p{N}]/u.test(card[i++])) left--;
  // the headline's own closing marks ("…?'", "…”") are no tail
  while (i < card.length && /[’'"”)\]?!.]/.test(card[i])) i++;
  return i;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

type Json = Record<string, unknown>;

/**
 * The page's article in its JSON-LD: an article node before a WebPage, a news article before
 * another, a top-level node before a nested one (looking inside @graph, arrays, mainEntity and
 * mainEntityOfPage). Broken blocks are skipped; the others are still read.
 */
export function readJsonLdArticle(doc: Document): Json | null {
  return sortJsonLdNodes(jsonLdNodes(doc).nodes, [])[0]?.node ?? null;
}

/**
 * Whether the page says it is an article (og:type "article", an articleBody, or JSON-LD of an
 * article type other than a plain WebPage). Cheap, and read before the text: home pages and
 * section fronts declare "website" or nothing.
 */
export function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (og === 'article' || og?.startsWith('article.')) return true;
  if (doc.querySelector('[itemprop~="articleBody"]')) return true;
  const ld = readJsonLdArticle(doc);
  return ld !== null && jsonLdRank(ld) < 2;
}
