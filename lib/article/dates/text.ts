/** A date in the page's address, or in a dateline or byline of the text. */
import {
  BYLINE_START,
  DATELINE_END,
  DATELINE_START,
  DATE_HOLDER_WORDS,
  LONE_DATE_HEAD,
  PUBLISHED_CUE,
  UPDATED_CUE,
  URL_PATTERNS,
} from './patterns';
import { hasWord, inOtherArticle, isElsewhere, mainArticle } from './place';
import { isPlausibleDate, isoDay, monthIndex, writtenDates } from './values';

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

export function textDate(doc: Document, now: Date): string | null {
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
