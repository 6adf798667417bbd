/** The page's JSON-LD: its nodes, the article's among them, and its datePublished. */
import { isPlausibleDate, toIsoDate } from './values';

type Json = Record<string, unknown>;

const SCHEMA_PREFIX = /^(?:https?:\/\/)?schema\.org\//i;
/** Article types, best first: news articles, then other articles and posts. */
const NEWS_TYPE = /NewsArticle$|^ReportageNews$/;
const ARTICLE_TYPE =
  /^(?:[A-Za-z]*NewsArticle|ReportageNews|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SatiricalArticle|TechArticle|AdvertiserContentArticle)$/;
/** A page node: its date is the article's only when no article node gives one. */
const PAGE_TYPE = /^(?:WebPage|ItemPage)$/;

const typesOf = (o: Json): string[] =>
  ([] as unknown[])
    .concat(o['@type'] ?? [])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(SCHEMA_PREFIX, ''));

/** 0 a news article, 1 another article or post, 2 a web page, 3 anything else. */
export function jsonLdRank(o: Json): number {
  const types = typesOf(o);
  if (types.some((t) => NEWS_TYPE.test(t))) return 0;
  if (types.some((t) => ARTICLE_TYPE.test(t))) return 1;
  if (types.some((t) => PAGE_TYPE.test(t))) return 2;
  return 3;
}

export interface JsonLdNode {
  node: Json;
  rank: number;
  /** Depth of nesting it was found at (a top-level node is 0). */
  depth: number;
  /** Document order. */
  order: number;
}

const ENTITIES: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
  '#34': '"',
};
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (all, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ENTITIES[lower] ?? all;
  });
}

/**
 * A JSON-LD block's value. CMS output is often not quite JSON: wrapped in an HTML comment or
 * CDATA, HTML-escaped (`&quot;`), with raw line breaks inside strings or trailing commas. Each
 * repair is tried in turn; a block no repair can read gives undefined.
 */
export function parseJsonLd(text: string): unknown {
  const bare = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
    .trim();
  if (!bare) return undefined;
  const attempts = [
    bare,
    decodeEntities(bare),
    // raw control characters inside strings, trailing commas
    decodeEntities(bare)
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1'),
  ];
  for (const a of attempts) {
    try {
      return JSON.parse(a);
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

export interface JsonLdReading {
  nodes: JsonLdNode[];
  /** The text of blocks no repair could parse. */
  unreadable: string[];
}

/** Every article-like or page node in the page's JSON-LD, looking inside @graph, arrays, mainEntity and mainEntityOfPage. */
export function jsonLdNodes(doc: Document): JsonLdReading {
  const nodes: JsonLdNode[] = [];
  const unreadable: string[] = [];
  let order = 0;
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 6 || !v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Json;
    const rank = jsonLdRank(o);
    if (rank < 3) nodes.push({ node: o, rank, depth, order: order++ });
    if (o['@graph']) walk(o['@graph'], depth + 1);
    if (o.mainEntity) walk(o.mainEntity, depth + 1);
    if (o.mainEntityOfPage && typeof o.mainEntityOfPage === 'object') walk(o.mainEntityOfPage, depth + 1);
  };
  // By tag name and a plain attribute test: the same in every DOM, and cheap on a large page.
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const text = s.textContent ?? '';
    const value = parseJsonLd(text);
    if (value === undefined) unreadable.push(text);
    else walk(value, 0);
  }
  return { nodes, unreadable };
}

const normUrl = (u: string) =>
  u
    .replace(/^https?:\/\//i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();

function nodeUrls(o: Json): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') out.push(normUrl(v));
    else if (v && typeof v === 'object' && !Array.isArray(v)) add((v as Json)['@id'] ?? (v as Json).url);
  };
  add(o.url);
  add(o['@id']);
  add(o.mainEntityOfPage);
  return out.filter(Boolean);
}

function jsonLdValue(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return jsonLdValue(v[0]);
  if (v && typeof v === 'object') return jsonLdValue((v as Json)['@value']);
  return null;
}

/** Nodes in the order their dates are trusted: the page's own article, news before other articles, pages last. */
export function sortJsonLdNodes(nodes: JsonLdNode[], pageUrls: string[]): JsonLdNode[] {
  const own = new Set(pageUrls.map(normUrl));
  const isOwn = (n: JsonLdNode) => (nodeUrls(n.node).some((u) => own.has(u)) ? 0 : 1);
  return [...nodes].sort(
    (a, b) =>
      (a.rank === 2 ? 1 : 0) - (b.rank === 2 ? 1 : 0) ||
      isOwn(a) - isOwn(b) ||
      a.rank - b.rank ||
      a.depth - b.depth ||
      a.order - b.order,
  );
}

const LOOSE_DATE_PUBLISHED = /["']datePublished["']\s*:\s*["']([^"']{6,40})["']/;

export function jsonLdDate({ nodes, unreadable }: JsonLdReading, pageUrls: string[], now: Date): string | null {
  for (const n of sortJsonLdNodes(nodes, pageUrls)) {
    const date = toIsoDate(jsonLdValue(n.node.datePublished) ?? jsonLdValue(n.node.dateCreated));
    if (isPlausibleDate(date, now)) return date;
  }
  // A block no repair could parse may still hold its date in plain sight.
  for (const text of unreadable) {
    const m = LOOSE_DATE_PUBLISHED.exec(decodeEntities(text));
    const date = m ? toIsoDate(m[1]) : null;
    if (isPlausibleDate(date, now)) return date;
  }
  return null;
}
