/** Where an element sits: elsewhere (comments, related stories, the footer), another article, the article's header. */
import {
  DATE_HOLDER_WORDS,
  ELSEWHERE_ROLES,
  ELSEWHERE_TAGS,
  ELSEWHERE_TOKEN,
  HEADER_WORDS,
  MODIFIER_TOKEN,
} from './patterns';

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

export const hasWord = (el: Element, set: Set<string>) => wordsOf(el).some((w) => set.has(w));

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
export function mainArticle(doc: Document): Element | null {
  return (
    doc.querySelector('h1')?.closest('article') ??
    doc.querySelector('[itemprop~="articleBody"]')?.closest('article') ??
    doc.querySelector('article')
  );
}

/** In an <article> other than the story's own (beside it or nested in it): a teaser or a related story. */
export function inOtherArticle(el: Element, main: Element | null): boolean {
  const art = el.closest('article');
  return !!art && !!main && art !== main && !art.contains(main);
}

/** A byline or header around an element (itself and up to three ancestors), or a <header> that is the article's. */
export function inArticleHeader(el: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && i < 4; i++, e = e.parentElement) if (hasWord(e, HEADER_WORDS)) return true;
  const header = el.closest('header');
  return !!header && (!!header.closest('article, main') || !!header.querySelector('h1'));
}
