import type { DateSource } from '../notes';

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

export interface FoundDate {
  date: string;
  source: DateSource;
}

export interface DateOptions {
  /** The present, for the "not in the future" check (tests inject it). */
  now?: Date;
}

const EARLIEST_YEAR = 1990;
/** UTC+14 (Kiribati) is the furthest a page's own date can run ahead of UTC. */
const AHEAD_MS = 14 * 3600_000;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// ---------------------------------------------------------------------------------------------
// Patterns, in one place

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "March 18, 2015", "Mar. 18 2015", "Sept. 3rd, 2015". The year may run into a time ("20159:00PM"). */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})`, 'i');
/** "18 March 2015", "18th Mar. 2015", "18 March, 2015". */
const DAY_FIRST = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})`, 'i');
/** "2015-03-18", "2015/03/18", "2015.03.18" written in text. */
const YMD_TEXT = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
/** ISO 8601 and its relatives: the local date is the first ten characters. */
const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** "20150318", "20150318T093000Z", "20160729164234" (NYT's ptime). */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d{4,6}$)/;
/** "2015/03/18 10:00". */
const SLASHED_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:$|[\sT])/;
/** "03/18/2015" or "18/03/2015": read only when the day cannot be taken for the month. */
const SLASHED_DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[\s,T])/;
/** Seconds or milliseconds since 1970. */
const EPOCH = /^(\d{10}|\d{13})$/;

/** URL path dates. Each is tried against the path only (not the host or query). */
const URL_PATTERNS: { re: RegExp; order: 'ymd' | 'y-mon-d' }[] = [
  // /2015/03/18/ and /2015/3/18/ (WordPress, Arc XP, CNN, NYT); /2015-03-18/
  { re: /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/\-_.]|$)/, order: 'ymd' },
  // /2015/mar/18/ (Guardian)
  { re: new RegExp(`/((?:19|20)\\d{2})/${MONTH}/(\\d{1,2})(?=[/\\-_.]|$)`, 'i'), order: 'y-mon-d' },
  // /20150318/, -20150318-, _20150318, /story-20150318.html
  { re: /(?:^|[/\-_.])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/\-_.]|$)/, order: 'ymd' },
];

/** Words in front of a written date that say it is the publication (or the update) date. */
const PUBLISHED_CUE = /\b(published|posted|first published|first posted|filed|issued|released|date)\b[^.]{0,12}$/i;
const UPDATED_CUE = /\b(updated|last updated|modified|last modified|edited|revised)\b[^.]{0,12}$/i;

/** A wire dateline at the start of a paragraph: "WASHINGTON, March 18, 2015 —", "NEW DELHI, India, 18 March 2015 (AP) -". */
const DATELINE_START =
  /^\s*[A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,25})?\s*(?:\([^)]{1,30}\))?\s*[,:–—-]?\s*$/;
const DATELINE_END = /^\s*(?:\([^)]{1,30}\))?\s*(?:[–—-]|--)/;
/** Lead words of a byline or a date line at the start of a paragraph. */
const BYLINE_START = /^\s*(by\s+\S|published|posted|updated|last updated|first published|filed|date[d:])/i;
/** A weekday, or nothing, in front of a date that stands alone ("Wednesday 18 March 2015 10.05 GMT"). */
const LONE_DATE_HEAD = /^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$/i;

/** Words (of class, id and itemprop values) of an element that holds the article's date or byline. */
const DATE_HOLDER_WORDS = new Set([
  'date',
  'dates',
  'dateline',
  'datetime',
  'pubdate',
  'published',
  'publish',
  'publishdate',
  'posted',
  'postdate',
  'time',
  'timestamp',
  'byline',
  'bylines',
  'meta',
  'attribution',
  'article-info',
  'articleinfo',
  'post-info',
  'entry-info',
  'story-info',
]);
/** Words of a <time> that is the publication date, and of one that is not. */
const PUBLISHED_WORDS = new Set([
  'published',
  'publish',
  'pubdate',
  'dateline',
  'posted',
  'created',
  'first',
  'datepublished',
]);
const MODIFIED_WORDS = new Set([
  'updated',
  'update',
  'modified',
  'lastmodified',
  'edited',
  'revised',
  'lm',
  'datemodified',
]);
/** Words of the article's own header and byline. */
const HEADER_WORDS = new Set([
  'byline',
  'bylines',
  'dateline',
  'meta',
  'header',
  'headline',
  'attribution',
  'author',
  'authors',
  'standfirst',
  'hgroup',
]);

/**
 * Containers whose dates are someone else's: comments, related and recommended stories, teaser
 * lists, sidebars, the site's masthead (which shows today's date) and footer. Matched per class or id token.
 */
const ELSEWHERE_TOKEN =
  /^(comments?|comment[-_].*|.*[-_]comments?|.*[-_]comment[-_].*|disqus.*|replies|reply[-_].*|related.*|.*[-_]related.*|recommend.*|.*[-_]recommend.*|recirc.*|.*[-_]recirc.*|onward.*|.*[-_]onward.*|outbrain.*|taboola.*|sidebar.*|.*[-_]sidebar.*|most[-_]?(read|popular|viewed|shared|commented).*|.*most[-_]?(read|popular|viewed).*|popular.*|trending.*|more[-_]?(stories|news|from|on).*|.*[-_]more[-_]stories.*|read[-_]?(next|more|also).*|also[-_]?read.*|up[-_]?next.*|next[-_]?(article|story).*|further[-_]?reading|promo.*|.*[-_]promo.*|teasers?|teaser[-_].*|.*[-_]teasers?|fc[-_]item.*|newsletter.*|site[-_]?(header|footer).*|page[-_]?footer.*|global[-_]?(header|footer).*|masthead.*|top[-_]?bar|header[-_]top|ticker.*|.*[-_]ticker|today|todays?[-_]?date|current[-_]?date|date[-_]?today|copyright.*|.*[-_]copyright|cookie.*|consent.*|gdpr.*|archive[-_]?list|river|stream[-_]?item.*|feed[-_]?item.*)$/i;
/**
 * Tokens that describe a layout or a post rather than name a container: "has-sidebar" on <body>,
 * WordPress's "tag-related" or "category-comment" on the article itself.
 */
const MODIFIER_TOKEN = /^(has|no|with|without|is|hide|show|tag|category|format|status|type|postid|author|term)[-_]/i;
const ELSEWHERE_TAGS = new Set(['NAV', 'TEMPLATE', 'NOSCRIPT', 'SCRIPT', 'STYLE']);
const ELSEWHERE_ROLES = new Set(['complementary', 'navigation', 'contentinfo', 'comment', 'banner']);

// ---------------------------------------------------------------------------------------------
// Dates as values

/** A real calendar day, written YYYY-MM-DD; null when it is not one. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

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
function writtenDates(text: string): WrittenDate[] {
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

// ---------------------------------------------------------------------------------------------
// JSON-LD

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

function jsonLdDate({ nodes, unreadable }: JsonLdReading, pageUrls: string[], now: Date): string | null {
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

// ---------------------------------------------------------------------------------------------
// Meta tags

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
const WEAK_META_RANK = new Map([['date', 0]]);

function metaDate(doc: Document, now: Date, ranks: Map<string, number> = META_RANK): string | null {
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

// ---------------------------------------------------------------------------------------------
// Where an element sits

function tokensOf(el: Element): string[] {
  const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
  return `${cls} ${el.id ?? ''}`.split(/\s+/).filter(Boolean);
}

/** The words of an element's class, id and itemprop: "content__dateline-wpd" → content, dateline, wpd; "datePublished" → date, published, datepublished. */
function wordsOf(el: Element): string[] {
  const out: string[] = [];
  for (const t of [...tokensOf(el), ...(el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)]) {
    out.push(t.toLowerCase());
    for (const w of t.split(/[-_:.]+|(?<=[a-z])(?=[A-Z])/)) if (w) out.push(w.toLowerCase());
  }
  return out;
}

const hasWord = (el: Element, set: Set<string>) => wordsOf(el).some((w) => set.has(w));

/**
 * Inside comments, related stories, teasers, a sidebar, the site's masthead or footer: its dates
 * are not the article's.
 */
export function isElsewhere(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    // The page's own classes ("single-post has-sidebar comments-open") say nothing of one element.
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (ELSEWHERE_TAGS.has(tag)) return true;
    // An <aside> is a sidebar or a boxed related story, unless it is the article's own byline box.
    if (
      tag === 'ASIDE' &&
      !(e.parentElement?.closest('article, main') && (hasWord(e, HEADER_WORDS) || hasWord(e, DATE_HOLDER_WORDS)))
    )
      return true;
    const role = e.getAttribute('role');
    if (role && ELSEWHERE_ROLES.has(role)) return true;
    const itemtype = e.getAttribute('itemtype');
    if (itemtype && /schema\.org\/(Comment|SiteNavigationElement|WPSideBar|WPFooter|WPHeader)/i.test(itemtype))
      return true;
    if (tokensOf(e).some((t) => ELSEWHERE_TOKEN.test(t) && !MODIFIER_TOKEN.test(t))) return true;
    // A <footer> outside the article is the site's; inside it, the article's (bylines sit there too).
    if (tag === 'FOOTER' && !e.parentElement?.closest('article, main')) return true;
  }
  return false;
}

/** The article element of the story itself: the one holding the headline or the body, else the first. */
function mainArticle(doc: Document): Element | null {
  return (
    doc.querySelector('h1')?.closest('article') ??
    doc.querySelector('[itemprop~="articleBody"]')?.closest('article') ??
    doc.querySelector('article')
  );
}

/** In an <article> other than the story's own (beside it or nested in it): a teaser or a related story. */
function inOtherArticle(el: Element, main: Element | null): boolean {
  const art = el.closest('article');
  return !!art && !!main && art !== main && !art.contains(main);
}

/** A byline or header around an element (itself and up to three ancestors), or a <header> that is the article's. */
function inArticleHeader(el: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && i < 4; i++, e = e.parentElement) if (hasWord(e, HEADER_WORDS)) return true;
  const header = el.closest('header');
  return !!header && (!!header.closest('article, main') || !!header.querySelector('h1'));
}

// ---------------------------------------------------------------------------------------------
// <time datetime>

interface TimeCandidate {
  date: string;
  score: number;
  order: number;
}

const MAX_TIMES = 60;
/**
 * A time marked as the publication time, in the article's header or byline, or with a date class
 * in the article: the article's own. A bare <time> in the body may be an event the story tells of.
 */
const OWN_TIME_SCORE = 2;

/**
 * The page's <time> elements outside comments and related stories, best first: a publication
 * time in the article's header scores highest. An update time is never taken.
 */
function timeCandidates(doc: Document, now: Date): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const main = mainArticle(doc);
  const els = Array.from(doc.querySelectorAll('time[datetime], time[content]')).slice(0, MAX_TIMES);
  els.forEach((el, order) => {
    const date = toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (!isPlausibleDate(date, now)) return;
    if (hasWord(el, MODIFIED_WORDS)) return;
    if (isElsewhere(el) || inOtherArticle(el, main)) return;
    let score = 0;
    if (el.hasAttribute('pubdate') || hasWord(el, PUBLISHED_WORDS)) score += 3;
    if (inArticleHeader(el)) score += 2;
    if (el.closest('article, main, [itemprop~="articleBody"]')) score += 1;
    if (hasWord(el, DATE_HOLDER_WORDS)) score += 1;
    out.push({ date, score, order });
  });
  return out.sort((a, b) => b.score - a.score || a.order - b.order);
}

// ---------------------------------------------------------------------------------------------
// The page's address

/** A date in a URL's path: /2015/03/18/, /2015/mar/18/, /20150318/, -20150318-. */
export function dateFromUrl(url: string | null | undefined, now: Date = new Date()): string | null {
  // A saved file's path is where someone keeps it, not the publisher's address.
  if (!url || /^file:/i.test(url)) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  }
  for (const { re, order } of URL_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const date = order === 'ymd' ? isoDay(+m[1], +m[2], +m[3]) : isoDay(+m[1], monthIndex(m[2]), +m[3]);
    if (isPlausibleDate(date, now)) return date;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// A dateline or byline in the text

/**
 * The date in a byline or date line: a "Published …" date before an "Updated …" one, else the
 * first date no "Updated" cue comes before, else the first.
 */
export function bylineDate(text: string, now: Date = new Date()): string | null {
  let first: string | null = null;
  let unmarked: string | null = null;
  for (const w of writtenDates(text).slice(0, 4)) {
    if (!isPlausibleDate(w.date, now)) continue;
    const before = text.slice(Math.max(0, w.index - 40), w.index);
    if (PUBLISHED_CUE.test(before)) return w.date;
    first ??= w.date;
    if (!UPDATED_CUE.test(before)) unmarked ??= w.date;
  }
  return unmarked ?? first;
}

/** "WASHINGTON, March 18, 2015 —" at the start of a paragraph. */
export function datelineDate(text: string, now: Date = new Date()): string | null {
  const w = writtenDates(text.slice(0, 120))[0];
  if (!w || !isPlausibleDate(w.date, now)) return null;
  return DATELINE_START.test(text.slice(0, w.index)) && DATELINE_END.test(text.slice(w.end)) ? w.date : null;
}

/** A short line that is a date and little else: "Wednesday 18 March 2015 10.05 GMT". */
function loneDate(text: string, now: Date): string | null {
  if (text.length > 60) return null;
  const w = writtenDates(text)[0];
  return w && LONE_DATE_HEAD.test(text.slice(0, w.index)) && isPlausibleDate(w.date, now) ? w.date : null;
}

const MAX_HOLDERS = 80;
const MAX_PARAGRAPHS = 12;
const MAX_HOLDER_TEXT = 400;

/**
 * An element's text, whitespace collapsed, read only as far as `max` characters (a holder that
 * turns out to wrap the whole page costs no more than a short one). `whole` is false when cut.
 */
function textPrefix(el: Element, max: number): { text: string; whole: boolean } {
  let raw = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      raw += n.nodeValue ?? '';
      if (raw.length > max * 4) break;
    } else if (n.nodeType === 1 && !SKIP_HOLDER_TAGS.has((n as Element).tagName.toUpperCase())) {
      const kids = n.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  const text = raw.replace(/\s+/g, ' ').trim();
  return { text: text.slice(0, max), whole: stack.length === 0 && text.length <= max };
}

const SKIP_HOLDER_TAGS = new Set([
  'META',
  'SCRIPT',
  'STYLE',
  'LINK',
  'BODY',
  'HTML',
  'HEAD',
  'TITLE',
  'NOSCRIPT',
  'TEMPLATE',
]);

function textDate(doc: Document, now: Date): string | null {
  const main = mainArticle(doc);
  // Elements that hold a date or a byline by their class, id or itemprop.
  const holders = doc.querySelectorAll(
    '[class*="date" i], [class*="time" i], [class*="publish" i], [class*="byline" i], [class*="posted" i], [class*="meta" i], [class*="info" i], [class*="attribution" i], [id*="date" i], [id*="byline" i], [itemprop*="date" i]',
  );
  let seen = 0;
  for (let i = 0; i < holders.length && seen < MAX_HOLDERS; i++) {
    const el = holders[i];
    if (SKIP_HOLDER_TAGS.has(el.tagName.toUpperCase()) || !hasWord(el, DATE_HOLDER_WORDS)) continue;
    seen++;
    const { text, whole } = textPrefix(el, MAX_HOLDER_TEXT);
    if (!text || !whole || isElsewhere(el) || inOtherArticle(el, main)) continue;
    const date = bylineDate(text, now);
    if (date) return date;
  }
  // The first paragraphs: a wire dateline, a byline or date line written as a paragraph, a date alone.
  const root = main ?? doc.querySelector('main') ?? doc.body;
  if (!root) return null;
  let n = 0;
  for (const el of Array.from(root.querySelectorAll('p, address, small, header span, header div'))) {
    if (n >= MAX_PARAGRAPHS) break;
    const { text } = textPrefix(el, MAX_HOLDER_TEXT);
    if (!text || isElsewhere(el)) continue;
    n++;
    const date =
      datelineDate(text, now) ??
      (BYLINE_START.test(text) && text.length <= 200 ? bylineDate(text, now) : null) ??
      loneDate(text, now);
    if (date) return date;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// All together

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

// ---------------------------------------------------------------------------------------------
// In plain words

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
