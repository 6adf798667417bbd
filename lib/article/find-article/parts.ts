/** The rest of an article: a body split into sibling containers, or hidden behind "Continue reading". */
import type { Steps } from '../steps';
import { CONTROLS, isContinueLabelled, isFurniture, tokensOf } from './markup';
import { measureSteps, rawTextLengthUpTo, textLength } from './measure';
import { precedes } from './order';
import { WALK_SLICE } from './root';

/** Class tokens of a part of the article that is hidden until a control shows it. */
export const HIDDEN_TOKEN =
  /^(?:hidden|is[-_]hidden|js[-_]hidden|d[-_]none|collapsed|is[-_]collapsed|truncated|is[-_]truncated)$/i;
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
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
  return controls.some(isContinueLabelled);
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
  parts.sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1));
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
