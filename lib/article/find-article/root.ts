/** The article's root element: the best-scored container of paragraphs, in the light DOM or open shadow roots. */
import { createEditableCheck, type EditableCheck } from '../editable';
import { runSync, type Steps } from '../steps';
import { CONTROLS, createFurnitureCheck, isContinueLabelled, tokensOf } from './markup';
import { paragraphMeasureSteps, textLengthSteps } from './measure';
import { isRunContainer, runsOfSteps } from './runs';

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
export const WALK_SLICE = 256;
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
  /** A paragraph's vote for its parent and the two above (`inSelf`: a run's, for its container and up). */
  const vote = (el: Element, len: number, commas: number, inSelf: boolean) => {
    const v = Math.min(len, 600) / 100 + commas * 0.5 + 1;
    const first = inSelf ? el : el.parentElement;
    add(first, v);
    add(first?.parentElement ?? null, v / 2);
    add(first?.parentElement?.parentElement ?? null, v / 4);
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
      // text outside paragraphs: its runs vote for their container (a <div> that is one run, for its parent)
      if (isRunContainer(el)) {
        const { runs, whole } = yield* runsOfSteps(el);
        const voter = whole && el.localName === 'div' ? el : null;
        for (const { len, commas } of runs)
          if (len >= 30 && !inFurniture(el) && !editable.element(el)) vote(voter ?? el, len, commas, !voter);
      }
      continue;
    }
    if (++scored % SCORE_SLICE === 0) yield;
    const { len, commas } = yield* paragraphMeasureSteps(el);
    // Editable text (a draft) casts no vote: its style is inherited, so the paragraph's own says it.
    if (len < 30 || inFurniture(el) || editable.element(el)) continue;
    vote(el, len, commas, false);
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
  // The rest of a story behind "Read more": the story is the container of the expander and what comes before it.
  best = storyAroundExpander(best);
  // Widen to the enclosing <article> (headline, standfirst) when it holds little else.
  const article = best.closest('article, [itemtype*="Article"], main, [role="main"]');
  // (not to a <main> that holds other stories' <article>s beside this one)
  const others = article?.matches('main, [role="main"]') && holdsOtherArticles(article, best);
  if (article && article !== best && !inFurniture(article) && !others) {
    const a = yield* textLengthSteps(article);
    yield;
    const b = yield* textLengthSteps(best);
    if (a <= Math.max(b * 3, b + 4000)) return { root: article, score: bestScore };
  }
  return { root: best, score: bestScore };
}

/**
 * Whether `scope` holds <article>s beside `best` (neither in it nor around it): cards of other
 * stories ("You might also like") in the <main> around a story that has no <article> of its own
 * (asked of a <main> only: inside a story's <article>, the story is the article).
 */
function holdsOtherArticles(scope: Element, best: Element): boolean {
  for (const a of scope.querySelectorAll('article')) if (!a.contains(best) && !best.contains(a)) return true;
  return false;
}

/** How many levels above the best container an expander ("Read more" and the rest of the story) is looked for. */
const EXPANDER_LEVELS = 3;

/**
 * The story around a container that is the rest of it behind a "Read more" control: when an element a
 * few levels up holds such a control before the container (outside it), the story is that expander's
 * parent, which holds the paragraphs before the control, if it holds prose of its own outside the
 * expander; else the expander. Otherwise the container itself.
 */
function storyAroundExpander(best: Element): Element {
  let e: Element | null = best.parentElement;
  for (let level = 0; e && level < EXPANDER_LEVELS; level++, e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') break;
    if (!continueControlBefore(e, best)) continue;
    const parent = e.parentElement;
    if (!parent || parent.tagName.toUpperCase() === 'BODY') return e;
    for (const p of parent.querySelectorAll('p'))
      if (!e.contains(p) && (p.textContent ?? '').trim().length >= 80) return parent;
    return e;
  }
  return best;
}

/** Whether `scope` holds a "Read more" control, outside `inner` and before it in document order. */
function continueControlBefore(scope: Element, inner: Element): boolean {
  for (const el of scope.querySelectorAll(`${CONTROLS}, p`)) {
    if (inner.contains(el)) return false; // reached the container: no control before it
    if (el.localName !== 'p' && isContinueLabelled(el)) return true;
  }
  return false;
}
