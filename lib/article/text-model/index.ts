/**
 * The article's text, read from DOM text nodes, with offsets back to them.
 * Whitespace follows CSS's rules for `white-space: normal`: a run of spaces, tabs and line breaks
 * (within a text node or across inline elements) is one space, none at a block's start or end;
 * blocks (paragraphs, headings, list items, captions, <br>) are joined with "\n". Non-breaking and
 * other Unicode spaces count as spaces; soft hyphens and zero-width spaces are not read. Inside
 * `pre`, `pre-wrap` and `break-spaces` (the <pre> family, a style attribute, or, where the reader
 * runs in a browser, the page's stylesheets as getComputedStyle gives them) spaces are kept and line
 * breaks separate lines; `pre-line` keeps the line breaks only.
 *
 * Each segment is a stretch of the text that maps character for character onto one text node
 * (from `nodeStart`); a space that stands for a collapsed run maps to the run's first character.
 * A [start, end) range of the text becomes a DOM Range without searching.
 */

import type { TextRegion } from '../../engine/extract';
import { createEditableCheck, isDesignMode, type EditableCheck } from '../editable';
import { runSync, type Steps } from '../steps';
import { TextModelBuilder } from './builder';
import {
  MODE_SENSITIVE,
  type SpaceMode,
  computedSpaceMode,
  isBlockElement,
  regionKindOf,
  spaceModeAt,
  spaceModeOf,
} from './layout';
import type { TextModel, TextModelOptions } from './types';

export * from './types';

/**
 * Builds the text model from the text nodes under `roots` that `accept` lets through.
 * `accept(el)` is asked once per element; returning false skips the element's subtree.
 * Whatever `accept` says, nothing editable is read (see editable.ts): a root inside an
 * editable element or a document in design mode, or an editable element's subtree; and a
 * document switched to design mode while it was being read gives no text at all.
 */
export function buildTextModel(
  roots: Node | Node[],
  accept: (el: Element) => boolean,
  opts: TextModelOptions = {},
): TextModel {
  return runSync(buildTextModelSteps(roots, accept, opts));
}

/** Elements entered between two yields (each is asked `accept`, and whether it is editable). */
const ELEMENT_SLICE = 32;
/** A text node longer than this is read a slice at a time. */
const TEXT_SLICE = 65_536;

/**
 * The same, as steps (see steps.ts): a yield every few elements and every 64 K characters of a
 * long text node, so that no step does much work whatever the page. The tree is walked without
 * recursion (a page nested 10,000 deep costs no more per element than a flat one).
 */
export function* buildTextModelSteps(
  roots: Node | Node[],
  accept: (el: Element) => boolean,
  opts: TextModelOptions = {},
): Steps<TextModel> {
  const out = new TextModelBuilder(opts.furniture);
  const editable = createEditableCheck();
  const list = Array.isArray(roots) ? roots : [roots];
  const docs = new Set<Document>();
  for (const root of list) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (doc) docs.add(doc);
  }
  const walk: TreeWalk = { accept, editable, styled: new Map(), visited: 0 };
  for (const root of list) {
    if (editable.within(root)) continue;
    yield* readRootSteps(root, out, walk);
  }
  out.endBlock();
  for (const doc of docs) if (isDesignMode(doc)) return { text: '', segments: [], regions: [] };
  return { text: out.text(), segments: out.segments, regions: out.regions };
}

/** What the walk of every root shares. */
interface TreeWalk {
  accept: (el: Element) => boolean;
  editable: EditableCheck;
  /** the whitespace modes the browser computes, per parent element asked (computedSpaceMode) */
  styled: Map<Element, SpaceMode | null>;
  /** elements entered so far */
  visited: number;
}

/** Reads the text under one root into `out`, in document order. */
function* readRootSteps(root: Node, out: TextModelBuilder, walk: TreeWalk): Steps<void> {
  out.pendingBreak = true;
  let mode = root.nodeType === 1 ? spaceModeOf(root as Element, spaceModeAt(root)) : spaceModeAt(root);
  out.kind = null;
  for (let p: Node | null = root; p && p.nodeType === 1; p = p.parentNode) {
    const k = regionKindOf(p as Element, null);
    if (k) {
      out.kind = k;
      break;
    }
  }
  /** The elements entered and not yet left, with the mode and region around each. */
  const open: Node[] = [];
  const modes: SpaceMode[] = [];
  const kinds: (TextRegion['kind'] | null)[] = [];
  // (what a recursive visit of `root` did: children in order, an element's subtree between
  // a break before and after it when it is a block)
  let parent: Node = root;
  let child: Node | null = root.firstChild;
  for (;;) {
    if (!child) {
      if (parent === root) break;
      if (isBlockElement(parent as Element)) out.pendingBreak = true;
      child = parent.nextSibling;
      parent = open.pop()!;
      mode = modes.pop()!;
      out.kind = kinds.pop()!;
      continue;
    }
    if (child.nodeType === 3) {
      const textNode = child as Text;
      child = child.nextSibling;
      yield* readTextNodeSteps(textNode, mode, out, walk);
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (++walk.visited % ELEMENT_SLICE === 0) yield;
      // (a block left unread still stands between the text before and after it)
      if (isBlockElement(el)) out.pendingBreak = true;
      if (!walk.accept(el) || walk.editable.element(el)) {
        child = child.nextSibling;
        continue;
      }
      open.push(parent);
      modes.push(mode);
      kinds.push(out.kind);
      mode = spaceModeOf(el, mode);
      out.kind = regionKindOf(el, out.kind);
      parent = el;
      child = el.firstChild;
    } else child = child.nextSibling;
  }
}

/** One text node, in the markup's mode or the stylesheets' where it matters; a long one a slice at a time. */
function* readTextNodeSteps(textNode: Text, mode: SpaceMode, out: TextModelBuilder, walk: TreeWalk): Steps<void> {
  const data = textNode.data;
  // (the stylesheets' mode, where the browser computes one and it matters to this text)
  const m = MODE_SENSITIVE.test(data) ? (computedSpaceMode(textNode.parentElement, walk.styled) ?? mode) : mode;
  if (data.length <= TEXT_SLICE) out.readText(textNode, data, 0, data.length, m);
  else
    for (let from = 0; from < data.length; from += TEXT_SLICE) {
      yield;
      out.readText(textNode, data, from, Math.min(data.length, from + TEXT_SLICE), m);
    }
}
export * from './layout';
export * from './builder';
export * from './offsets';
