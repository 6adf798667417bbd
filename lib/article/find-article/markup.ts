/** Furniture by its markup: tags, roles and class tokens of navigation, promos, credits, comments. */
import { isEditableByMarkup } from '../editable';
import { HIDDEN_TOKEN } from './parts';

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
  /^(ads?|advert\w*|ad[-_].*|.*[-_]ads?|dfp.*|gpt.*|sponsor\w*|promo\w*|.*promo|outbrain.*|taboola.*|comments?|comment[-_].*|.*[-_]comments?|disqus.*|related\w*|related[-_].*|.*[-_]related|share\w*|share[-_].*|.*[-_]share|social\w*|.*[-_]social|newsletter\w*|.*newsletter.*|subscri\w*|.*signup.*|sidebar\w*|.*[-_]sidebar|most[-_]?(read|popular|viewed|shared).*|.*most[-_]?(read|popular|viewed).*|popular\w*|trending\w*|recommend\w*|.*[-_]recommend\w*|breadcrumbs?|nav|navbar|navigation|menu|.*[-_]menu|cookie\w*|consent\w*|paywall\w*|read[-_]?more|more[-_]on.*|also[-_]?read|tags?|topics?[-_]list|byline\w*|.*[-_]byline|author[-_]?bio|authors?[-_](?:info|details|card|box|block|footer|note|about)\w*|.*[-_]bio|bio[-_]?(?:box|block|card)?|contributors?[-_](?:info|bio|note)\w*|credits?|credit[-_].*|.*[-_]credits?|copyright\w*|.*[-_]copyright\w*|reprints?\w*|edition[-_]?(?:picker|switch\w*|select\w*|menu)|skip[-_]?link|visually[-_]?hidden|sr[-_]only|off[-_]?screen|hidden|print[-_]only|footer\w*|.*[-_]footer|masthead|toolbar|widget\w*|.*[-_]widget|video[-_]?player|live[-_]?blog[-_]?nav|pagination|next[-_]?article|read[-_]?next|up[-_]?next|more[-_]?stories|further[-_]?reading)$/i;

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
  if (isEditableByMarkup(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (tag === 'HEADER' && el.querySelector('nav')) return true;
  const label = el.getAttribute('aria-label');
  if (label && LABEL_FURNITURE.test(label) && tag !== 'ARTICLE' && tag !== 'MAIN') return true;
  for (const t of tokensOf(el))
    if ((FURNITURE_TOKEN.test(t) && !(ignoreHidden && HIDDEN_TOKEN.test(t))) || SECTION_LABEL_TOKEN.test(t))
      return true;
  if (el.hasAttribute('data-ad') || el.hasAttribute('data-ad-slot')) return true;
  // microdata that says who wrote the page or holds a picture's rights: a byline or a credit
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && CREDIT_ITEMPROP.test(itemprop)) return true;
  return false;
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
