/** The page's <time datetime> elements, scored by where they sit. */
import { DATE_HOLDER_WORDS, MODIFIED_WORDS, PUBLISHED_WORDS } from './patterns';
import { hasWord, inArticleHeader, inOtherArticle, isElsewhere, mainArticle } from './place';
import { isPlausibleDate, toIsoDate } from './values';

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
export const OWN_TIME_SCORE = 2;

/**
 * The page's <time> elements outside comments and related stories, best first: a publication
 * time in the article's header scores highest. An update time is never taken.
 */
export function timeCandidates(doc: Document, now: Date): TimeCandidate[] {
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
