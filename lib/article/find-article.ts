import { buildTextModelSteps, type TextModel } from './text-model';
import { furnitureCut } from './furniture';
import { runSliced, runSync, type Steps } from './steps';
import { createEditableCheck, isDocumentEditable, isEditableByMarkup, type EditableCheck } from './editable';
import { isSpaceCode } from '../text/space';

/**
 * Finds the article on a page: the headline, standfirst, body and captions, and not the
 * navigation, "most read" lists, related links, ads, comments or footers.
 * Pure DOM: works on the live page, on linkedom/happy-dom in Node, and never changes the document.
 * Nothing editable is read (editable.ts): a page in design mode or with an editable body gives no text.
 */

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

function tokensOf(el: Element): string[] {
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

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * Text a step reads at once: an element with more text than this is measured in slices
 * (measureSteps), the same numbers as textLength and the comma count, without reading a huge
 * paragraph's whole text in one step (or three times).
 */
const READ_AT_ONCE = 16_384;
/** Characters measured between two yields. */
const MEASURE_CHUNK = 65_536;

/** The length of the text under `el`, counted no further than `cap` (its text nodes' data, not read). */
function rawTextLengthUpTo(el: Node, cap: number): number {
  let n = 0;
  const end = nextOutside(el);
  for (let node: Node | null = el.firstChild; node && node !== end; node = nextInTree(node, el)) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      n += (node as CharacterData).data.length;
      if (n > cap) return n;
    }
  }
  return n;
}

/** The node after `node` in document order, not leaving `within`; null at its end. */
function nextInTree(node: Node, within: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== within; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

function nextOutside(el: Node): Node | null {
  for (let n: Node | null = el; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** What measureSteps counts: textLength's number, and the commas (`,` and `،`). */
interface Measure {
  length: number;
  commas: number;
}

/**
 * textLength(el) and the commas in el.textContent, read a slice at a time (a yield every
 * MEASURE_CHUNK characters). `stopAt`: the count may stop once the length reaches it.
 * `text`: the element's textContent when it was read already.
 */
function* measureSteps(el: Element, stopAt = Infinity, text?: string): Steps<Measure> {
  let length = 0;
  let commas = 0;
  let seen = false;
  let space = false;
  const end = text === undefined ? nextOutside(el) : null;
  for (
    let node: Node | null = text === undefined ? el.firstChild : el;
    node && node !== end;
    node = text === undefined ? nextInTree(node, el) : null
  ) {
    if (text === undefined && node.nodeType !== 3 && node.nodeType !== 4) continue;
    const data = text ?? (node as CharacterData).data;
    for (let from = 0; from < data.length; from += MEASURE_CHUNK) {
      const to = Math.min(data.length, from + MEASURE_CHUNK);
      for (let i = from; i < to; i++) {
        const c = data.charCodeAt(i);
        if (isSpaceCode(c)) {
          if (seen) space = true;
          continue;
        }
        if (c === 0x2c || c === 0x60c) commas++;
        if (space) length++;
        space = false;
        seen = true;
        length++;
      }
      if (length >= stopAt) return { length, commas };
      if (to - from === MEASURE_CHUNK) yield;
    }
  }
  return { length, commas };
}

/** textLength(el), read in slices when the element holds much text. */
function* textLengthSteps(el: Element): Steps<number> {
  if (rawTextLengthUpTo(el, READ_AT_ONCE) <= READ_AT_ONCE) return textLength(el);
  return (yield* measureSteps(el)).length;
}

/**
 * A paragraph's length without its links' text, and its commas + 1 (as scoring counts them; -1
 * for a paragraph too short to score, whose commas are not counted).
 */
function* paragraphMeasureSteps(p: Element): Steps<{ len: number; commas: number }> {
  // (read once: a paragraph's text is one copy, its text nodes are not touched one by one)
  const text = p.textContent ?? '';
  // (a paragraph with no child elements has no links)
  if (text.length <= READ_AT_ONCE) {
    const len = text.replace(/\s+/g, ' ').trim().length - (p.firstElementChild ? linkTextLength(p) : 0);
    return { len, commas: len < 30 ? -1 : text.split(/[,،]/).length };
  }
  const whole = yield* measureSteps(p, Infinity, text);
  let links = 0;
  for (const a of Array.from(p.querySelectorAll('a'))) links += yield* textLengthSteps(a);
  return { len: whole.length - links, commas: whole.commas + 1 };
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
  // A block of 400 characters or more is not a link block: its text is counted no further (a
  // tree of <div>s without <p> would otherwise read each subtree's whole text, again and again).
  if (tag !== 'UL' && tag !== 'OL' && rawTextLengthUpTo(el, 400) >= 400 && runSync(measureSteps(el, 400)).length >= 400)
    return false;
  const total = textLength(el);
  if (total === 0) return false;
  const links = linkTextLength(el);
  if (tag === 'UL' || tag === 'OL') return links / total > 0.6;
  return total < 400 && links / total > 0.8;
}

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

const ARTICLE_HINT = /article|story|post|entry|content|body|text/i;

/**
 * The article's root element. Looks in the light DOM first and, when that holds no article,
 * inside open shadow roots (web-component pages).
 */
export function findArticleRoot(doc: Document): Element {
  return runSync(findArticleRootSteps(doc));
}

export function* findArticleRootSteps(doc: Document, inFurniture = createFurnitureCheck()): Steps<Element> {
  const editable = createEditableCheck();
  const found = yield* scoreScope(doc, editable, inFurniture);
  if (found.score >= MIN_SCORE) return found.root ?? doc.body ?? doc.documentElement;
  let best = found;
  for (const shadow of yield* openShadowRootsSteps(doc)) {
    const inShadow = yield* scoreScope(shadow, editable, inFurniture);
    if (inShadow.root && inShadow.score > best.score) best = inShadow;
  }
  return best.root ?? doc.body ?? doc.documentElement;
}

/** A score below this (a few short paragraphs) is no article: look in shadow roots too. */
const MIN_SCORE = 12;

/** Elements a step walks past (a test of their names only) between two yields. */
const WALK_SLICE = 256;
/** Paragraphs a step scores between two yields (one that holds much text is measured in slices). */
const SCORE_SLICE = 16;

/**
 * The elements of a document or shadow root in document order (as querySelectorAll('*') gives
 * them), walked with a TreeWalker a slice at a time: a page of 500,000 elements is never made
 * into one list in one step. `visit` only looks at each element's name and attributes.
 */
function* walkElementsSteps(scope: Document | ShadowRoot, visit: (el: Element) => void): Steps<void> {
  const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument;
  if (!doc) return;
  const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    visit(node as Element);
    if (++n % WALK_SLICE === 0) yield;
  }
}

/** Open shadow roots of the page's elements, but not ours. Only walked when the light DOM has no article. */
function* openShadowRootsSteps(doc: Document): Steps<ShadowRoot[]> {
  const out: ShadowRoot[] = [];
  function* visit(scope: Document | ShadowRoot): Steps<void> {
    const found: ShadowRoot[] = [];
    yield* walkElementsSteps(scope, (el) => {
      const sr = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
      if (sr && !el.hasAttribute('data-news-lens')) found.push(sr);
    });
    // (in the order of the roots' hosts, each followed by the roots inside it, as before)
    for (const sr of found) {
      out.push(sr);
      if (out.length < 50) yield* visit(sr);
    }
  }
  yield* visit(doc);
  return out;
}

/** `[itemprop~="articleBody"], [data-component="text-block"], article`, tested on one element. */
function isExplicitArticle(el: Element): boolean {
  if (el.localName === 'article') return true;
  if (el.getAttribute('data-component') === 'text-block') return true;
  const itemprop = el.getAttribute('itemprop');
  return itemprop !== null && itemprop.split(/[ \t\n\f\r]+/).includes('articleBody');
}

/** `p, [data-component="text-block"] > div`, tested on one element. */
function isScoredParagraph(el: Element): boolean {
  const name = el.localName;
  if (name === 'p') return true;
  return name === 'div' && el.parentElement?.getAttribute('data-component') === 'text-block';
}

/** Readability-style scoring: paragraphs vote for their parent and grandparent. */
function* scoreScope(
  scope: Document | ShadowRoot,
  editable: EditableCheck,
  inFurniture: (el: Element) => boolean,
): Steps<{ root: Element | null; score: number }> {
  const explicitFound: Element[] = [];
  const scores = new Map<Element, number>();
  const add = (el: Element | null, v: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + v);
  };
  // One walk with a TreeWalker, in slices, finds both the explicit article elements and the
  // paragraphs, in document order (as the two queries did), and scores each paragraph as it
  // passes: a page of 500,000 paragraphs is never made into one list.
  const doc = scope.nodeType === 9 ? (scope as Document) : (scope.ownerDocument as Document);
  const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
  let passed = 0;
  let scored = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (isExplicitArticle(el)) explicitFound.push(el);
    if (!isScoredParagraph(el)) {
      if (++passed % WALK_SLICE === 0) yield;
      continue;
    }
    if (++scored % SCORE_SLICE === 0) yield;
    const { len, commas } = yield* paragraphMeasureSteps(el);
    // Editable text (a draft) casts no vote: its style is inherited, so the paragraph's own says it.
    if (len < 30 || inFurniture(el) || editable.element(el)) continue;
    const v = Math.min(len, 600) / 100 + commas * 0.5 + 1;
    add(el.parentElement, v);
    add(el.parentElement?.parentElement ?? null, v / 2);
    add(el.parentElement?.parentElement?.parentElement ?? null, v / 4);
  }
  const explicit = explicitFound.filter((el) => !inFurniture(el) && !editable.element(el));
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const hint =
      tokensOf(el).some((t) => ARTICLE_HINT.test(t)) || el.getAttribute('itemprop') === 'articleBody' ? 1.2 : 1;
    const score = s * hint;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return { root: explicit[0] ?? null, score: 0 };
  // Widen to the enclosing <article> (headline, standfirst) when it holds little else.
  const article = best.closest('article, [itemtype*="Article"], main, [role="main"]');
  if (article && article !== best && !inFurniture(article)) {
    const a = yield* textLengthSteps(article);
    yield;
    const b = yield* textLengthSteps(best);
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

/** The reading as steps (see steps.ts), for the runners above and for tests that count its slices. */
export function* readArticleSteps(doc: Document, given?: Element): Steps<ArticleText> {
  // A page the reader writes in (design mode, an editable body) is not looked at at all.
  if (isDocumentEditable(doc)) return { model: { text: '', segments: [] }, roots: [] };
  const inFurniture = createFurnitureCheck();
  const root = given ?? (yield* findArticleRootSteps(doc, inFurniture));
  yield;
  // The rest of a body split into sibling containers, or hidden behind "Continue reading".
  const { parts, continuations } = given
    ? { parts: [root], continuations: new Set<Element>() }
    : yield* articlePartsSteps(root, inFurniture);
  yield;
  const roots: Element[] = [];
  // The headline is looked for where the article is: the document, or its shadow root.
  const h1 = (root.getRootNode() as Document | ShadowRoot | Element).querySelector('h1');
  if (h1 && !parts.some((p) => p.contains(h1)) && !inFurniture(h1) && !(h1.compareDocumentPosition(root) & 2))
    roots.push(h1);
  roots.push(...parts);
  const accept = (el: Element) =>
    !el.hasAttribute('data-news-lens') && (continuations.has(el) || (!isFurniture(el) && !isLinkList(el)));
  return { model: yield* buildTextModelSteps(roots, accept, { furniture: furnitureCut }), roots };
}

/** The words of a control that shows the rest of an article. */
const CONTINUE_LABEL =
  /^\s*(?:continue reading|keep reading|read more|read the (?:full|whole|rest of the) (?:story|article)|read full (?:story|article)|show (?:more|full (?:story|article)|the (?:full|whole) (?:story|article))|see more|expand(?: article| story)?|view full (?:story|article))\s*[›»→>….]*\s*$/i;
const CONTROLS = 'button, a, [role="button"], summary, label';
/** Class tokens of a part of the article that is hidden until a control shows it. */
const HIDDEN_TOKEN =
  /^(?:hidden|is[-_]hidden|js[-_]hidden|d[-_]none|collapsed|is[-_]collapsed|truncated|is[-_]truncated)$/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Containers that are one article each: their siblings are other articles, not more of this one. */
const WHOLE_ARTICLE = 'ARTICLE MAIN BODY HTML'.split(' ');

/** Hidden by its markup: the hidden attribute, a hiding class or an inline style. */
function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (tokensOf(el).some((t) => HIDDEN_TOKEN.test(t))) return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

/**
 * Whether `el` holds a paragraph of prose (30 characters or more) that is not furniture
 * (`hiddenToo`: being hidden is not furniture here). Walked a slice at a time, stopping at the
 * first such paragraph; a paragraph's text is measured no further than 30 characters.
 */
function* holdsProseSteps(el: Element, hiddenToo: boolean): Steps<boolean> {
  if (isFurniture(el, hiddenToo)) return false;
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 1 /* NodeFilter.SHOW_ELEMENT */);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++n % WALK_SLICE === 0) yield;
    const p = node as Element;
    if (p.localName !== 'p') continue;
    if ((yield* measureSteps(p, 30)).length < 30) continue;
    let ok = true;
    for (let e: Element | null = p; e && e !== el; e = e.parentElement)
      if (isFurniture(e, hiddenToo)) {
        ok = false;
        break;
      }
    if (ok) return true;
  }
  return false;
}

/** Whether `el` is, or holds, a short control labelled "Continue reading" or the like. */
function isContinueControl(el: Element): boolean {
  if (rawTextLengthUpTo(el, 400) > 400 || textLength(el) > 60) return false;
  const controls = el.matches(CONTROLS) ? [el] : Array.from(el.querySelectorAll(CONTROLS));
  return controls.some((c) => CONTINUE_LABEL.test(c.textContent ?? ''));
}

/** Whether two elements look like parts of one body: the same tag and a class or component in common. */
function sameKindOfPart(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const comp = a.getAttribute('data-component');
  if (comp && comp === b.getAttribute('data-component')) return true;
  if (a.getAttribute('itemprop') === 'articleBody' && b.getAttribute('itemprop') === 'articleBody') return true;
  const tokens = new Set(tokensOf(a));
  return tokensOf(b).some((t) => tokens.has(t));
}

/**
 * The article's parts: the root, and beside it (up to two levels up, never past an <article>,
 * <main> or <body>) sibling containers of the same kind that hold prose, where the CMS split the
 * body between ads or embeds; and, when a "Continue reading" control sits in the article, the
 * parts after it and the parts hidden until it is pressed (`continuations`, read though hidden).
 */
export function* articlePartsSteps(
  root: Element,
  inFurniture: (el: Element) => boolean,
): Steps<{ parts: Element[]; continuations: Set<Element> }> {
  const parts: Element[] = [root];
  const continuations = new Set<Element>();
  if (WHOLE_ARTICLE.includes(root.tagName.toUpperCase()) || root.closest('[itemtype*="Article"]') === root)
    return { parts, continuations: yield* hiddenContinuationsSteps(root) };
  let level: Element = root;
  for (let depth = 0; depth < 2; depth++) {
    const parent = level.parentElement;
    if (!parent) break;
    let after = false;
    let control = false;
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      yield;
      if (sib === level) {
        after = true;
        continue;
      }
      if (after && !control && isContinueControl(sib)) {
        control = true;
        continue;
      }
      if (parts.some((p) => p.contains(sib) || sib.contains(p))) continue;
      // after the control: the rest of the article, hidden or not; elsewhere, a part like this one
      if (after && control) {
        if (inFurniture(parent) || !(yield* holdsProseSteps(sib, true))) continue;
        parts.push(sib);
        if (isHiddenByMarkup(sib)) continuations.add(sib);
      } else if (sameKindOfPart(level, sib) && !inFurniture(sib) && (yield* holdsProseSteps(sib, false)))
        parts.push(sib);
    }
    if (parts.length > 1 || WHOLE_ARTICLE.includes(parent.tagName.toUpperCase())) break;
    level = parent;
  }
  for (const p of parts) for (const c of yield* hiddenContinuationsSteps(p)) continuations.add(c);
  // in document order
  parts.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return { parts, continuations };
}

/**
 * Hidden blocks of prose inside `scope` that come after a "Continue reading" control in it (none
 * when the scope is the whole page: a page with no article element has no "rest of the article").
 */
function* hiddenContinuationsSteps(scope: Element): Steps<Set<Element>> {
  const out = new Set<Element>();
  const tag = scope.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML') return out;
  let control = false;
  let n = 0;
  for (let el = scope.firstElementChild; el;) {
    if (++n % WALK_SLICE === 0) yield;
    let skip = false;
    if (!control) {
      if (el.matches(CONTROLS) && isContinueControl(el)) control = skip = true;
    } else if (
      isHiddenByMarkup(el) &&
      el.getAttribute('aria-hidden') !== 'true' &&
      (yield* holdsProseSteps(el, true))
    ) {
      // (only the outermost: what is inside is read with it)
      out.add(el);
      skip = true;
    }
    el = nextElementWithin(el, scope, skip);
  }
  return out;
}

/** The element after `el` in document order within `scope` (past its subtree when `skip`), or null. */
function nextElementWithin(el: Element, scope: Element, skip: boolean): Element | null {
  if (!skip && el.firstElementChild) return el.firstElementChild;
  for (let e: Element | null = el; e && e !== scope; e = e.parentElement)
    if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}
