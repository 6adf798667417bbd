/** Furniture by its markup: tags, roles and class tokens of navigation, promos, credits, comments. */
import { isEditableByMarkup } from '../editable';
import { rawTextLengthUpTo } from './measure';
import { HIDDEN_STYLE, HIDDEN_TOKEN } from './parts';

const SKIP_TAGS = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'OPTION',
  'LABEL',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'MATH',
  'DIALOG',
  'MENU',
  'HEAD',
  'TITLE',
  'LINK',
  'META',
  'IMG',
  'PICTURE',
  'SOURCE',
  // AMP's ads, trackers, menus and players: their fallback text ("Advertisement could not be loaded") is no story
  'AMP-AD',
  'AMP-EMBED',
  'AMP-STICKY-AD',
  'AMP-AUTO-ADS',
  'AMP-ANALYTICS',
  'AMP-PIXEL',
  'AMP-SIDEBAR',
  'AMP-SOCIAL-SHARE',
  'AMP-CONSENT',
  'AMP-USER-NOTIFICATION',
  'AMP-IFRAME',
  'AMP-VIDEO',
  'AMP-YOUTUBE',
]);

const SKIP_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'button',
  'form',
]);

/** Class or id tokens of page furniture. Matched per token, so "header" or "shadow" do not hit "ad". */
const FURNITURE_TOKEN =
  /^(ads?|advert\w*|ad[-_].*|.*[-_]ads?|dfp.*|gpt.*|sponsor\w*|promo\w*|.*promo|outbrain.*|taboola.*|comments?|comment[-_].*|.*[-_]comments?|disqus.*|related\w*|related[-_].*|.*[-_]related|share\w*|share[-_].*|.*[-_]share|social\w*|.*[-_]social|newsletter\w*|.*newsletter.*|subscri\w*|.*signup.*|sidebar\w*|.*[-_]sidebar|most[-_]?(read|popular|viewed|shared).*|.*most[-_]?(read|popular|viewed).*|popular\w*|trending\w*|recommend\w*|.*[-_]recommend\w*|breadcrumbs?|nav|navbar|navigation|menu|.*[-_]menu|cookie\w*|consent\w*|paywall\w*|more[-_]on.*|also[-_]?read|tags?|topics?[-_]list|byline\w*|.*[-_]byline|author[-_]?bio|authors?|writers?|about[-_]?(?:the[-_]?)?(?:author|writer)s?|authors?[-_](?:info|details|card|box|block|footer|note|about)\w*|.*[-_]bio|bio[-_]?(?:box|block|card)?|contributors?[-_](?:info|bio|note)\w*|credits?|credit[-_].*|.*[-_]credits?|copyright\w*|.*[-_]copyright\w*|reprints?\w*|edition[-_]?(?:picker|switch\w*|select\w*|menu)|skip[-_]?link|visually[-_]?hidden|is[-_]hidden|js[-_]hidden|d[-_]none|sr[-_]only|off[-_]?screen|hidden|print[-_]only|footer\w*|.*[-_]footer|masthead|toolbar|widget\w*|.*[-_]widget|.*player.*|live[-_]?blog[-_]?nav|pagination|.*[-_]pagination|pager\w*|paging|pages|page[-_]?(?:numbers?|links|nav\w*)|nav[-_]links|post[-_]navigation|jump[-_]?links?|.*[-_]jump[-_]link|next[-_]?article|read[-_]?next|up[-_]?next|more[-_]?stories|further[-_]?reading)$/i;

/** Class or id tokens of "Read more" boxes: links to other stories, or the expander that holds the rest of this one. */
const READ_MORE_TOKEN = /^read[-_]?more$/i;

/** The words of a control that shows the rest of an article. */
export const CONTINUE_LABEL =
  /^\s*(?:continue reading|keep reading|read more|read the (?:full|whole|rest of the) (?:story|article)|read full (?:story|article)|show (?:more|full (?:story|article)|the (?:full|whole) (?:story|article))|see more|expand(?: article| story)?|view full (?:story|article))\s*[›»→>….]*\s*$/i;
export const CONTROLS = 'button, a, [role="button"], summary, label';

/**
 * A "Read more" expander: a "Read more" control and, after it, the rest of the story in paragraphs
 * of prose (a paragraph of 80 characters or more); not a box of links to other stories.
 */
function isExpander(el: Element): boolean {
  let control = false;
  // controls and paragraphs in document order: a control first, then a paragraph of prose
  for (const e of el.querySelectorAll(`${CONTROLS}, p`)) {
    if (e.localName !== 'p') control ||= isContinueLabelled(e);
    else if (control && !e.closest('a') && (e.textContent ?? '').trim().length >= 80) return true;
  }
  return false;
}

/** A link that stays on the page: none, "#", a place on it ("#rest") or a script; not another page. */
const IN_PLACE_HREF = /^\s*(?:#.*|javascript:.*)?$/is;

/**
 * A control labelled "Continue reading", "Read more" or the like that shows the rest of the story in
 * place; not a link to another page ("See more »" to a column's other stories).
 */
export function isContinueLabelled(control: Element): boolean {
  const text = control.textContent ?? '';
  if (text.length > 60 || !CONTINUE_LABEL.test(text)) return false;
  const href = control.getAttribute('href');
  return href === null || IN_PLACE_HREF.test(href);
}

/** Section labels above a headline ("US & Canada", "World news"): they name the site's section, not the story. */
const SECTION_LABEL_TOKEN =
  /(^|[-_])(index[-_]?title|section[-_]?(label|title|name|link)|kicker|eyebrow|strapline|rubric)([-_]|$)/i;

const LABEL_FURNITURE =
  /comment|related|read more|most (read|popular|viewed)|trending|advert|newsletter|share|sponsored|more (stories|on this)|recommended|you may also like/i;

export function tokensOf(el: Element): string[] {
  const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
  const id = el.id ?? '';
  return `${cls} ${id}`.split(/\s+/).filter(Boolean);
}

/** Page furniture that is never article text, wherever it sits. */
export function isFurniture(el: Element, ignoreHidden = false): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if ((el.hasAttribute('hidden') && !ignoreHidden) || el.getAttribute('aria-hidden') === 'true') return true;
  // hidden by its own style (a closed pop-up, a draft note, a leftover): never shown, so never read
  // (not the page itself, which a script may hide while it loads)
  if (!ignoreHidden && tag !== 'BODY' && tag !== 'HTML' && isHiddenByStyle(el)) return true;
  if (isEditableByMarkup(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  // a page's header holds its navigation; an article's (inside <article> or <main>) its headline, beside breadcrumbs
  if (tag === 'HEADER' && el.querySelector('nav') && !el.parentElement?.closest('article, main, [role="main"]'))
    return true;
  // <body> and <html> hold the whole page: their classes say the page's state ("paywall", "has-sidebar",
  // "no-js"), never that what is inside them is furniture
  if (tag === 'BODY' || tag === 'HTML') return false;
  const label = el.getAttribute('aria-label');
  if (label && LABEL_FURNITURE.test(label) && tag !== 'ARTICLE' && tag !== 'MAIN') return true;
  if (isSideColumn(el)) return true;
  for (const t of tokensOf(el))
    if (WIDGET_TOKEN.test(t) && holdsPost(el)) continue;
    else if ((FURNITURE_TOKEN.test(t) && !(ignoreHidden && HIDDEN_TOKEN.test(t))) || SECTION_LABEL_TOKEN.test(t))
      return true;
    else if (READ_MORE_TOKEN.test(t) && !isExpander(el)) return true;
  if (el.hasAttribute('data-ad') || el.hasAttribute('data-ad-slot')) return true;
  if (isSignUpBox(el) || isCommentSection(el)) return true;
  // microdata that says who wrote the page or holds a picture's rights: a byline or a credit
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && CREDIT_ITEMPROP.test(itemprop)) return true;
  return false;
}

/** A part of a class or id that names a page's side column ("col-side", "right-rail", "secondary"). */
const SIDE_PART = /(?:^|[-_])(?:side|rail|aside|secondary|supplemental|skyscraper)(?:[-_]|$)/i;
/** Words that say a block holds the story, whatever else its classes say ("side-content", "main-rail"). */
const STORY_WORD = /article|body|content|main|story|post|entry|text|column/i;

/**
 * A side column by its class or id (as Readability drops its "unlikely candidates"): beside a short
 * story, its boxes of columns, letters and listings may hold more prose than the story itself.
 */
function isSideColumn(el: Element): boolean {
  const tokens = tokensOf(el);
  return tokens.some((t) => SIDE_PART.test(t)) && !tokens.some((t) => STORY_WORD.test(t));
}

/**
 * The heading of readers' comments: "Comments", "24 Comments", "Comments (24)", "Responses (3)",
 * "Reader discussion", "Join the conversation", "Leave a reply" (a bare "Responses" or "Discussion"
 * may be a part of the story).
 */
const COMMENTS_HEADING =
  /^(?:\d+\s+(?:comments?|responses?|replies)|(?:comments?|responses?|replies|reader (?:comments|responses|discussion))\s*\(\s*\d+\s*\)|comments?|reader (?:comments|responses|discussion)|join the (?:conversation|discussion)|leave a (?:comment|reply)|have your say)\s*:?$/i;
const SECTION_TAGS = new Set(['div', 'section', 'ul', 'ol']);

/** A section of comments said by its first heading alone, whatever its classes ("c2", "responses", "thread"). */
function isCommentSection(el: Element): boolean {
  if (!SECTION_TAGS.has(el.localName)) return false;
  const first = el.firstElementChild;
  if (!first || !/^h[2-5]$/.test(first.localName) || rawTextLengthUpTo(first, 60) > 60) return false;
  return COMMENTS_HEADING.test((first.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** A box's text up to this length may be a sign-up's pitch; more is a story with a form in it. */
const SIGN_UP_TEXT = 400;

/**
 * A sign-up box: a block with a form for an e-mail address among its children, and little text
 * (its heading and pitch, "The week's best stories in your inbox", are no story).
 */
function isSignUpBox(el: Element): boolean {
  let form = false;
  for (const c of el.children) form ||= c.localName === 'form' && c.querySelector('input[type="email" i]') !== null;
  return form && rawTextLengthUpTo(el, SIGN_UP_TEXT) < SIGN_UP_TEXT;
}

function isHiddenByStyle(el: Element): boolean {
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

/** A class token of a page-builder's or blog theme's box ("widget", "elementor-widget"). */
const WIDGET_TOKEN = /widget/i;
/** The markup of a blog post's body: microformats, schema.org, the common themes' classes. */
const POST_BODY = '.post-body, .entry-content, .post-content, .e-content, [itemprop~="articleBody"]';
const POST_TOKEN = /(?:^|[-_])(?:post|entry|article)[-_]?(?:content|body)(?:$|[-_])/i;

/**
 * Whether a box holds a blog post's body: some themes put the whole post column in a "widget"
 * (Blogger's "widget Blog", a page builder's "widget-theme-post-content"), which is then the page's
 * story, not a sidebar's box (a widget of teasers, "Recent posts", stays furniture).
 */
function holdsPost(el: Element): boolean {
  return tokensOf(el).some((t) => POST_TOKEN.test(t)) || el.querySelector(POST_BODY) !== null;
}

/** itemprop values of bylines and credits ("author", "copyrightHolder"), one of a space-separated list. */
const CREDIT_ITEMPROP = /(?:^|\s)(?:author|creator|copyrightHolder|contributor|editor)(?:\s|$)/;
/**
 * Whether the element or one of its ancestors is furniture, remembered per element for one
 * reading: each element is tested once, not once for every paragraph under it (that was
 * quadratic on long lists and deep trees).
 */
export function createFurnitureCheck(): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const path: Element[] = [];
  return (el) => {
    let result = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = memo.get(e);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(e);
      if (isFurniture(e)) {
        result = true;
        break;
      }
    }
    for (const e of path) memo.set(e, result);
    path.length = 0;
    return result;
  };
}
