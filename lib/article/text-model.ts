import { runSync, type Steps } from './steps';
import { createEditableCheck, isDesignMode } from './editable';

/**
 * The article's text, read from DOM text nodes, with offsets back to them.
 * Blocks (paragraphs, headings, list items, captions) are joined with "\n"; every
 * other character maps 1:1 to a character of a text node, so a [start, end) range of
 * the text becomes a DOM Range without searching.
 */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the model text. */
  start: number;
  end: number;
}

export interface TextModel {
  text: string;
  segments: TextSegment[];
}

export interface DomRangeParts {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'TIME',
]);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Whitespace that the page renders as a space; replaced 1:1 so offsets stay aligned. */
const LAYOUT_WHITESPACE = /[\t\n\r\f\v]/g;

/**
 * Builds the text model from the text nodes under `roots` that `accept` lets through.
 * `accept(el)` is asked once per element; returning false skips the element's subtree.
 * Whatever `accept` says, nothing editable is read (see editable.ts): a root inside an
 * editable element or a document in design mode, or an editable element's subtree; and a
 * document switched to design mode while it was being read gives no text at all.
 */
export function buildTextModel(roots: Node | Node[], accept: (el: Element) => boolean): TextModel {
  return runSync(buildTextModelSteps(roots, accept));
}

/** Elements entered between two yields (each is asked `accept`, and whether it is editable). */
const ELEMENT_SLICE = 32;
/** A text node longer than this is copied into the text a slice at a time. */
const TEXT_SLICE = 65_536;
/** Pieces of text joined into one as the reading goes (a page of 500,000 paragraphs is not joined in one step). */
const JOIN_SLICE = 4_096;

/**
 * The same, as steps (see steps.ts): a yield every few elements and every 64 K characters of a
 * long text node, so that no step does much work whatever the page. The tree is walked without
 * recursion (a page nested 10,000 deep costs no more per element than a flat one).
 */
export function* buildTextModelSteps(roots: Node | Node[], accept: (el: Element) => boolean): Steps<TextModel> {
  const segments: TextSegment[] = [];
  /** the text so far: joined chunks, and the pieces not yet joined */
  const chunks: string[] = [];
  let parts: string[] = [];
  const push = (piece: string) => {
    parts.push(piece);
    if (parts.length >= JOIN_SLICE) {
      chunks.push(parts.join(''));
      parts = [];
    }
  };
  let length = 0;
  let pendingBreak = false;
  let visited = 0;
  const editable = createEditableCheck();
  const list = Array.isArray(roots) ? roots : [roots];
  const docs = new Set<Document>();
  for (const root of list) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (doc) docs.add(doc);
  }

  /** The elements entered and not yet left, and where each one's children were left off. */
  const open: Node[] = [];
  for (const root of list) {
    if (editable.within(root)) continue;
    pendingBreak = true;
    // (what a recursive visit of `root` did: children in order, an element's subtree between
    // a break before and after it when it is a block)
    let parent: Node = root;
    let child: Node | null = root.firstChild;
    for (;;) {
      if (!child) {
        if (parent === root) break;
        if (isBlockElement(parent as Element)) pendingBreak = true;
        child = parent.nextSibling;
        parent = open.pop()!;
        continue;
      }
      if (child.nodeType === 3) {
        const textNode = child as Text;
        const data = textNode.data;
        child = child.nextSibling;
        if (!/\S/.test(data)) continue;
        if (pendingBreak && length > 0) {
          push('\n');
          length += 1;
        }
        pendingBreak = false;
        if (data.length <= TEXT_SLICE) push(data.replace(LAYOUT_WHITESPACE, ' '));
        else
          for (let from = 0; from < data.length; from += TEXT_SLICE) {
            yield;
            push(data.slice(from, from + TEXT_SLICE).replace(LAYOUT_WHITESPACE, ' '));
          }
        segments.push({ node: textNode, start: length, end: length + data.length });
        length += data.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (++visited % ELEMENT_SLICE === 0) yield;
        if (!accept(el) || editable.element(el)) {
          child = child.nextSibling;
          continue;
        }
        if (isBlockElement(el)) pendingBreak = true;
        open.push(parent);
        parent = el;
        child = el.firstChild;
      } else child = child.nextSibling;
    }
  }
  for (const doc of docs) if (isDesignMode(doc)) return { text: '', segments: [] };
  chunks.push(parts.join(''));
  return { text: chunks.join(''), segments };
}

/** Index of the segment containing `offset` (the last one starting at or before it). */
export function segmentIndexAt(model: TextModel, offset: number): number {
  const segs = model.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Maps [start, end) of the model text to text nodes and offsets, or null when the
 * range is empty or falls outside the text nodes (only on the "\n" separators).
 */
export function rangePartsFor(model: TextModel, start: number, end: number): DomRangeParts | null {
  if (!model.segments.length || end <= start) return null;
  let si = segmentIndexAt(model, start);
  let s = model.segments[si];
  if (start >= s.end) {
    if (si + 1 >= model.segments.length) return null;
    s = model.segments[++si];
    start = s.start;
  }
  let ei = segmentIndexAt(model, end - 1);
  const e = model.segments[ei];
  const endClamped = Math.min(end, e.end);
  if (ei < si || endClamped <= (ei === si ? start : e.start)) return null;
  return {
    startNode: s.node,
    startOffset: Math.max(0, start - s.start),
    endNode: e.node,
    endOffset: endClamped - e.start,
  };
}
