/**
 * Finds the article on a page: the headline, standfirst, body and captions, and not the
 * navigation, "most read" lists, related links, ads, comments or footers.
 * Pure DOM: works on the live page, on linkedom/happy-dom in Node, and never changes the document.
 * Nothing editable is read (editable.ts): a page in design mode or with an editable body gives no text.
 */

import { isDocumentEditable } from '../editable';
import { furnitureCut } from '../furniture';
import { runSliced, runSync, type Steps } from '../steps';
import { buildTextModelSteps, type TextModel } from '../text-model';
import { createFurnitureCheck, isFurniture } from './markup';
import { isLinkList } from './measure';
import { precedes } from './order';
import { articlePartsSteps } from './parts';
import { findArticleRootSteps } from './root';

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
  const h1 = headlineOf(root, parts, inFurniture);
  if (h1) roots.push(h1);
  roots.push(...parts);
  const accept = (el: Element) =>
    !el.hasAttribute('data-news-lens') && (continuations.has(el) || (!isFurniture(el) && !isLinkList(el)));
  return { model: yield* buildTextModelSteps(roots, accept, { furniture: furnitureCut }), roots };
}
/**
 * The story's headline when it sits outside the body: of the <h1>s before the article (not
 * furniture, not a link alone: a site's name in an <h1> that links home), the nearest to it; none
 * when the first <h1> that is read is in the body (one in the body after the headline, a
 * slideshow's caption, is read there).
 */
function headlineOf(root: Element, parts: Element[], inFurniture: (el: Element) => boolean): Element | null {
  let found: Element | null = null;
  for (const h1 of (root.getRootNode() as Document | ShadowRoot | Element).querySelectorAll('h1')) {
    const read = !inFurniture(h1) && !isLinkList(h1);
    if (parts.some((p) => p.contains(h1))) {
      if (read) break;
    } else if (precedes(root, h1)) break;
    else if (read) found = h1;
  }
  return found;
}
export * from './markup';
export * from './measure';
export * from './root';
export * from './parts';
