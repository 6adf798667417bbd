import type { ArticleMeta } from '../notes';

/** Title, publication date and canonical URL from JSON-LD, meta tags or <time>. */
export function readArticleMeta(doc: Document, locationUrl: string | null): ArticleMeta {
  const ld = readJsonLdArticle(doc);
  const metaContent = (...selectors: string[]) => {
    for (const sel of selectors) {
      const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };
  const title =
    str(ld?.headline) ??
    metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    clean(doc.querySelector('h1')?.textContent) ??
    clean(doc.title);
  const dateRaw =
    str(ld?.datePublished) ??
    metaContent(
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="parsely-pub-date"]',
      'meta[name="sailthru.date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
      'meta[property="og:published_time"]',
    ) ??
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ??
    visibleDate(doc);
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent('meta[property="og:url"]');
  const url = absoluteUrl(canonical, locationUrl) ?? locationUrl;
  let site: string | null = null;
  try {
    site = url ? new URL(url).hostname || null : null;
  } catch {
    site = null;
  }
  return { url, title: title ? title.slice(0, 300) : null, publishedAt: toIsoDate(dateRaw), site };
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

/** "2025-03-17T14:05:00+00:00", "March 17, 2025", "20250317" → "2025-03-17". */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|WebPage|ReviewNewsArticle|BackgroundNewsArticle)$/;

type Json = Record<string, unknown>;

/** The first JSON-LD object whose @type is an article, looking inside @graph and arrays. */
export function readJsonLdArticle(doc: Document): Json | null {
  const found: Json[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Json;
    const types = ([] as unknown[]).concat(o['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(o);
    if (o['@graph']) walk(o['@graph'], depth + 1);
    if (o.mainEntity) walk(o.mainEntity, depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      walk(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block says nothing; the meta tags still may.
    }
  }
  found.sort((a, b) => rank(a) - rank(b));
  return found[0] ?? null;
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
  return ld !== null && rank(ld) < 2;
}

function rank(o: Json): number {
  const t = String(([] as unknown[]).concat(o['@type'] ?? [])[0] ?? '');
  return t === 'WebPage' ? 2 : t.includes('News') ? 0 : 1;
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(\\d{4})`, 'i');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Last resort: a date written out in a dateline or byline element ("March 13, 2015", "17 Mar 2025"). */
function visibleDate(doc: Document): string | null {
  const els = doc.querySelectorAll('[class*="date" i], [class*="time" i], [class*="publish" i], [class*="byline" i], [itemprop*="date" i]');
  for (let i = 0; i < els.length && i < 40; i++) {
    const t = (els[i].textContent ?? '').slice(0, 200);
    let m = MONTH_FIRST.exec(t);
    let day: string, month: string, year: string;
    if (m) [, month, day, year] = m;
    else if ((m = DAY_FIRST.exec(t))) [, day, month, year] = m;
    else continue;
    const mi = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
    if (mi < 0 || Number(day) < 1 || Number(day) > 31) continue;
    return `${year}-${String(mi + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return null;
}
