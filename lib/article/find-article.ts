import { buildTextModelSteps, type TextModel } from './text-model';
import { runSliced, runSync, type Steps } from './steps';
import { createEditableCheck, isDocumentEditable, isEditableByMarkup, type EditableCheck } from './editable';

/**
 * Finds the article on a page: the headline, standfirst, body and captions, and not the
 * navigation, "most read" lists, related links, ads, comments or footers.
 * Pure DOM: works on the live page, on linkedom/happy-dom in Node, and never changes the document.
 * Nothing editable is read (editable.ts): a page in design mode or with an editable body gives no text.
 */

const SKIP_TAGS = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT',
  'SELECT', 'TEXTAREA', 'INPUT', 'OPTION', 'LABEL', 'CODE', 'PRE', 'KBD', 'SAMP', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH',
  'DIALOG', 'MENU', 'HEAD', 'TITLE', 'LINK', 'META', 'IMG', 'PICTURE', 'SOURCE',
]);

const SKIP_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'tablist', 'button', 'form',
]);

/** Class or id tokens of page furniture. Matched per token, so "header" or "shadow" do not hit "ad". */
const FURNITURE_TOKEN =
  /^(ads?|advert\w*|ad[-_].*|.*[-_]ads?|dfp.*|gpt.*|sponsor\w*|promo\w*|.*promo|outbrain.*|taboola.*|comments?|comment[-_].*|.*[-_]comments?|disqus.*|related\w*|related[-_].*|.*[-_]related|share\w*|share[-_].*|.*[-_]share|social\w*|.*[-_]social|newsletter\w*|.*newsletter.*|subscri\w*|.*signup.*|sidebar\w*|.*[-_]sidebar|most[-_]?(read|popular|viewed|shared).*|.*most[-_]?(read|popular|viewed).*|popular\w*|trending\w*|recommend\w*|.*[-_]recommend\w*|breadcrumbs?|nav|navbar|navigation|menu|.*[-_]menu|cookie\w*|consent\w*|paywall\w*|read[-_]?more|more[-_]on.*|also[-_]?read|tags?|topics?[-_]list|byline\w*|.*[-_]byline|author[-_]?bio|skip[-_]?link|visually[-_]?hidden|sr[-_]only|offscreen|hidden|print[-_]only|footer\w*|.*[-_]footer|masthead|toolbar|widget\w*|.*[-_]widget|video[-_]?player|live[-_]?blog[-_]?nav|pagination|next[-_]?article|read[-_]?next|up[-_]?next|more[-_]?stories|further[-_]?reading)$/i;

/** Section labels above a headline ("US & Canada", "World news"): they name the site's section, not the story. */
const SECTION_LABEL_TOKEN = /(^|[-_])(index[-_]?title|section[-_]?(label|title|name|link)|kicker|eyebrow|strapline|rubric)([-_]|$)/i;

const LABEL_FURNITURE = /comment|related|read more|most (read|popular|viewed)|trending|advert|newsletter|share|sponsored|more (stories|on this)|recommended|you may also like/i;

function tokensOf(el: Element): string[] {
  const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  const id = el.id ?? '';
  return `${cls} ${id}`.split(/\s+/).filter(Boolean);
}

/** Page furniture that is never article text, wherever it sits. */
export function isFurniture(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (isEditableByMarkup(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (tag === 'HEADER' && el.querySelector('nav')) return true;
  const label = el.getAttribute('aria-label');
  if (label && LABEL_FURNITURE.test(label) && tag !== 'ARTICLE' && tag !== 'MAIN') return true;
  for (const t of tokensOf(el)) if (FURNITURE_TOKEN.test(t) || SECTION_LABEL_TOKEN.test(t)) return true;
  if (el.hasAttribute('data-ad') || el.hasAttribute('data-ad-slot')) return true;
  return false;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += textLength(a);
  return n;
}

/** A list or block that is mostly links (related stories, tag clouds) is furniture too. */
const LINKED_HEADINGS = 'a h2, a h3, a h4, h2 > a, h3 > a, h4 > a';

function isLinkList(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // A heading that is only a link is a section label or a teaser title ("US & Canada").
  if (/^H[1-6]$/.test(tag)) {
    const len = textLength(el);
    return len > 0 && linkTextLength(el) >= len;
  }
  if (tag !== 'UL' && tag !== 'OL' && tag !== 'DIV' && tag !== 'SECTION') return false;
  // A grid of teasers: several headlines that are links, and no prose.
  if (!el.querySelector('p') && el.querySelectorAll(LINKED_HEADINGS).length >= 2) return true;
  // A block with paragraphs is prose; checked first, as it is cheaper than reading its text.
  if (tag !== 'UL' && tag !== 'OL' && el.querySelector('p')) return false;
  const total = textLength(el);
  if (total === 0) return false;
  const links = linkTextLength(el);
  if (tag === 'UL' || tag === 'OL') return links / total > 0.6;
  return total < 400 && links / total > 0.8;
}

function insideFurniture(el: Element, stop: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}

const ARTICLE_HINT = /article|story|post|entry|content|body|text/i;

/**
 * The article's root element. Looks in the light DOM first and, when that holds no article,
 * inside open shadow roots (web-component pages).
 */
export function findArticleRoot(doc: Document): Element {
  return runSync(findArticleRootSteps(doc));
}

export function* findArticleRootSteps(doc: Document): Steps<Element> {
  const editable = createEditableCheck();
  const found = yield* scoreScope(doc, editable);
  if (found.score >= MIN_SCORE) return found.root ?? doc.body ?? doc.documentElement;
  let best = found;
  for (const shadow of openShadowRoots(doc)) {
    const inShadow = yield* scoreScope(shadow, editable);
    if (inShadow.root && inShadow.score > best.score) best = inShadow;
  }
  return best.root ?? doc.body ?? doc.documentElement;
}

/** A score below this (a few short paragraphs) is no article: look in shadow roots too. */
const MIN_SCORE = 12;

/** Open shadow roots of the page's elements, but not ours. Only walked when the light DOM has no article. */
function openShadowRoots(doc: Document): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (scope: Document | ShadowRoot) => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      const sr = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
      if (sr && !el.hasAttribute('data-news-lens')) {
        out.push(sr);
        if (out.length < 50) visit(sr);
      }
    }
  };
  visit(doc);
  return out;
}

/** Readability-style scoring: paragraphs vote for their parent and grandparent. */
function* scoreScope(scope: Document | ShadowRoot, editable: EditableCheck): Steps<{ root: Element | null; score: number }> {
  const explicit = Array.from(
    scope.querySelectorAll('[itemprop~="articleBody"], [data-component="text-block"], article'),
  ).filter((el) => !insideFurniture(el, null) && !editable.element(el));
  const scores = new Map<Element, number>();
  const add = (el: Element | null, v: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + v);
  };
  let n = 0;
  for (const p of Array.from(scope.querySelectorAll('p, [data-component="text-block"] > div'))) {
    if (++n % 64 === 0) yield;
    const len = textLength(p) - linkTextLength(p);
    // Editable text (a draft) casts no vote: its style is inherited, so the paragraph's own says it.
    if (len < 30 || insideFurniture(p, null) || editable.element(p)) continue;
    const commas = (p.textContent ?? '').split(/[,،]/).length;
    const v = Math.min(len, 600) / 100 + commas * 0.5 + 1;
    add(p.parentElement, v);
    add(p.parentElement?.parentElement ?? null, v / 2);
    add(p.parentElement?.parentElement?.parentElement ?? null, v / 4);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const hint = tokensOf(el).some((t) => ARTICLE_HINT.test(t)) || el.getAttribute('itemprop') === 'articleBody' ? 1.2 : 1;
    const score = s * hint;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return { root: explicit[0] ?? null, score: 0 };
  // Widen to the enclosing <article> (headline, standfirst) when it holds little else.
  const article = best.closest('article, [itemtype*="Article"], main, [role="main"]');
  if (article && article !== best && !insideFurniture(article, null)) {
    const a = textLength(article);
    const b = textLength(best);
    if (a <= Math.max(b * 3, b + 4000)) return { root: article, score: bestScore };
  }
  return { root: best, score: bestScore };
}

export interface ArticleText {
  model: TextModel;
  /** The elements read, headline first when it sits outside the body. */
  roots: Element[];
}

/** The article's text model. Skips furniture, link lists and the extension's own UI. */
export function readArticle(doc: Document, root?: Element): ArticleText {
  return runSync(readArticleSteps(doc, root));
}

/** The same, in slices that pause for the page between them (the content script). */
export function readArticleSliced(doc: Document, pause: () => Promise<void>): Promise<ArticleText> {
  return runSliced(readArticleSteps(doc), pause);
}

function* readArticleSteps(doc: Document, given?: Element): Steps<ArticleText> {
  // A page the reader writes in (design mode, an editable body) is not looked at at all.
  if (isDocumentEditable(doc)) return { model: { text: '', segments: [] }, roots: [] };
  const root = given ?? (yield* findArticleRootSteps(doc));
  const roots: Element[] = [];
  // The headline is looked for where the article is: the document, or its shadow root.
  const h1 = (root.getRootNode() as Document | ShadowRoot | Element).querySelector('h1');
  if (h1 && !root.contains(h1) && !insideFurniture(h1, null) && !(h1.compareDocumentPosition(root) & 2)) roots.push(h1);
  roots.push(root);
  const accept = (el: Element) =>
    !el.hasAttribute('data-news-lens') && !isFurniture(el) && !isLinkList(el);
  return { model: yield* buildTextModelSteps(roots, accept), roots };
}
