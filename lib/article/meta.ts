import type { ArticleMeta } from '../notes';
import { findPublishedDate, jsonLdNodes, jsonLdRank, sortJsonLdNodes, type DateOptions } from './dates';

export { toIsoDate } from './dates';

/**
 * Title, publication date (and where it was found: dates/) and canonical URL, from JSON-LD,
 * meta tags, <time>, the address or a dateline.
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
  const title =
    str(ld?.headline) ??
    metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    clean(doc.querySelector('h1')?.textContent) ??
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
  };
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
