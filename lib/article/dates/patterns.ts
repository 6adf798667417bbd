/** The patterns and words the date finders read, in one place. */
export const EARLIEST_YEAR = 1990;
/** UTC+14 (Kiribati) is the furthest a page's own date can run ahead of UTC. */
export const AHEAD_MS = 14 * 3600_000;

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_NAMES = [
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

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "March 18, 2015", "Mar. 18 2015", "Sept. 3rd, 2015". The year may run into a time ("20159:00PM"). */
export const MONTH_FIRST = new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})`, 'i');
/** "18 March 2015", "18th Mar. 2015", "18 March, 2015". */
export const DAY_FIRST = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})`, 'i');
/** "2015-03-18", "2015/03/18", "2015.03.18" written in text. */
export const YMD_TEXT = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
/** ISO 8601 and its relatives: the local date is the first ten characters. */
export const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** "20150318", "20150318T093000Z", "20160729164234" (NYT's ptime). */
export const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d{4,6}$)/;
/** "2015/03/18 10:00". */
export const SLASHED_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:$|[\sT])/;
/** "03/18/2015" or "18/03/2015": read only when the day cannot be taken for the month. */
export const SLASHED_DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[\s,T])/;
/** Seconds or milliseconds since 1970. */
export const EPOCH = /^(\d{10}|\d{13})$/;

/** URL path dates. Each is tried against the path only (not the host or query). */
export const URL_PATTERNS: { re: RegExp; order: 'ymd' | 'y-mon-d' }[] = [
  // /2015/03/18/ and /2015/3/18/ (WordPress, Arc XP, CNN, NYT); /2015-03-18/
  { re: /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/\-_.]|$)/, order: 'ymd' },
  // /2015/mar/18/ (Guardian)
  { re: new RegExp(`/((?:19|20)\\d{2})/${MONTH}/(\\d{1,2})(?=[/\\-_.]|$)`, 'i'), order: 'y-mon-d' },
  // /20150318/, -20150318-, _20150318, /story-20150318.html
  { re: /(?:^|[/\-_.])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/\-_.]|$)/, order: 'ymd' },
];

/** Words in front of a written date that say it is the publication (or the update) date. */
export const PUBLISHED_CUE =
  /\b(published|posted|first published|first posted|filed|issued|released|date)\b[^.]{0,12}$/i;
export const UPDATED_CUE = /\b(updated|last updated|modified|last modified|edited|revised)\b[^.]{0,12}$/i;

/** A wire dateline at the start of a paragraph: "WASHINGTON, March 18, 2015 —", "NEW DELHI, India, 18 March 2015 (AP) -". */
export const DATELINE_START =
  /^\s*[A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,25})?\s*(?:\([^)]{1,30}\))?\s*[,:–—-]?\s*$/;
export const DATELINE_END = /^\s*(?:\([^)]{1,30}\))?\s*(?:[–—-]|--)/;
/** Lead words of a byline or a date line at the start of a paragraph. */
export const BYLINE_START = /^\s*(by\s+\S|published|posted|updated|last updated|first published|filed|date[d:])/i;
/** A weekday, or nothing, in front of a date that stands alone ("Wednesday 18 March 2015 10.05 GMT"). */
export const LONE_DATE_HEAD = /^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$/i;

/** Words (of class, id and itemprop values) of an element that holds the article's date or byline. */
export const DATE_HOLDER_WORDS = new Set([
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
export const PUBLISHED_WORDS = new Set([
  'published',
  'publish',
  'pubdate',
  'dateline',
  'posted',
  'created',
  'first',
  'datepublished',
]);
export const MODIFIED_WORDS = new Set([
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
export const HEADER_WORDS = new Set([
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
export const ELSEWHERE_TOKEN =
  /^(comments?|comment[-_].*|.*[-_]comments?|.*[-_]comment[-_].*|disqus.*|replies|reply[-_].*|related.*|.*[-_]related.*|recommend.*|.*[-_]recommend.*|recirc.*|.*[-_]recirc.*|onward.*|.*[-_]onward.*|outbrain.*|taboola.*|sidebar.*|.*[-_]sidebar.*|most[-_]?(read|popular|viewed|shared|commented).*|.*most[-_]?(read|popular|viewed).*|popular.*|trending.*|more[-_]?(stories|news|from|on).*|.*[-_]more[-_]stories.*|read[-_]?(next|more|also).*|also[-_]?read.*|up[-_]?next.*|next[-_]?(article|story).*|further[-_]?reading|promo.*|.*[-_]promo.*|teasers?|teaser[-_].*|.*[-_]teasers?|fc[-_]item.*|newsletter.*|site[-_]?(header|footer).*|page[-_]?footer.*|global[-_]?(header|footer).*|masthead.*|top[-_]?bar|header[-_]top|ticker.*|.*[-_]ticker|today|todays?[-_]?date|current[-_]?date|date[-_]?today|copyright.*|.*[-_]copyright|cookie.*|consent.*|gdpr.*|archive[-_]?list|river|stream[-_]?item.*|feed[-_]?item.*)$/i;
/**
 * Tokens that describe a layout or a post rather than name a container: "has-sidebar" on <body>,
 * WordPress's "tag-related" or "category-comment" on the article itself.
 */
export const MODIFIER_TOKEN =
  /^(has|no|with|without|is|hide|show|tag|category|format|status|type|postid|author|term)[-_]/i;
export const ELSEWHERE_TAGS = new Set(['NAV', 'TEMPLATE', 'NOSCRIPT', 'SCRIPT', 'STYLE']);
export const ELSEWHERE_ROLES = new Set(['complementary', 'navigation', 'contentinfo', 'comment', 'banner']);
