import { runSync, type Steps } from './steps';
import { createEditableCheck, isDesignMode } from './editable';
import { isSpaceCode } from '../text/space';
import type { TextRegion } from '../engine/extract';

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
export interface TextSegment {
  node: Text;
  /** Offset of the segment's first character in the model text. */
  start: number;
  end: number;
  /** Offset in `node.data` of the segment's first character. */
  nodeStart: number;
}

/** Page furniture kept in the text that the engine should read with care: a headline or a caption (the engine's type). */
export type { TextRegion };

export interface TextModel {
  text: string;
  segments: TextSegment[];
  /** Headlines and captions in the text (their capitals are the house style's, not names'). */
  regions?: TextRegion[];
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

/** How an element lays out its whitespace (CSS `white-space`, read from the markup). */
type SpaceMode = 'normal' | 'pre' | 'pre-line';

/** Elements laid out as `white-space: pre` by the browser's own stylesheet. */
const PRE_TAGS = new Set(['PRE', 'LISTING', 'XMP', 'PLAINTEXT', 'TEXTAREA']);
const WHITE_SPACE_STYLE = /(?:^|;)\s*white-space(?:-collapse)?\s*:\s*([a-z-]+)/i;

/** The mode a `white-space` (or `white-space-collapse`) value sets; null for a value of no mode. */
function modeOfValue(value: string): SpaceMode | null {
  switch (value.trim().toLowerCase()) {
    case 'normal':
    case 'nowrap':
    case 'collapse':
      return 'normal';
    case 'pre':
    case 'pre-wrap':
    case 'break-spaces':
    case 'preserve':
    case 'preserve-spaces':
      return 'pre';
    case 'pre-line':
    case 'preserve-breaks':
      return 'pre-line';
    default:
      return null;
  }
}

/** The element's whitespace mode: its tag, or `white-space` in its style attribute, or its parent's. */
function spaceModeOf(el: Element, inherited: SpaceMode): SpaceMode {
  if (PRE_TAGS.has(el.tagName.toUpperCase())) return 'pre';
  const style = el.getAttribute('style');
  if (!style || !style.includes('white-space')) return inherited;
  const m = WHITE_SPACE_STYLE.exec(style);
  return (m && modeOfValue(m[1])) || inherited;
}

/** Whitespace that the modes lay out differently: a line break, a tab, two spaces in a row. */
const MODE_SENSITIVE = /[\n\r\t]| {2}/;

/**
 * The whitespace mode of a text node's parent as the browser computes it: what the page's stylesheets
 * set by a class or a selector (`.poem { white-space: pre-line }`), which the markup alone does not
 * say. Asked only for text whose whitespace the modes lay out differently, once per parent (`cache`);
 * null where there is no computed style (outside a browser), and the markup's mode stands.
 */
function computedSpaceMode(el: Element | null, cache: Map<Element, SpaceMode | null>): SpaceMode | null {
  if (!el) return null;
  let mode = cache.get(el);
  if (mode !== undefined) return mode;
  mode = null;
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (view && typeof view.getComputedStyle === 'function') {
    try {
      const style = view.getComputedStyle(el);
      mode = modeOfValue(style.whiteSpace || style.getPropertyValue('white-space-collapse') || '');
    } catch {
      mode = null;
    }
  }
  cache.set(el, mode);
  return mode;
}

/** The mode in force at `node` from its ancestors' markup. */
function spaceModeAt(node: Node): SpaceMode {
  const chain: Element[] = [];
  for (let p = node.parentNode; p && p.nodeType === 1; p = p.parentNode) chain.push(p as Element);
  let mode: SpaceMode = 'normal';
  for (let i = chain.length - 1; i >= 0; i--) mode = spaceModeOf(chain[i], mode);
  return mode;
}

const HEADING = /^H[1-6]$/;
const CAPTION_TOKEN = /(^|[-_])caption([-_]|$)/i;

/** The region an element opens: a heading, or a picture's caption. */
function regionKindOf(el: Element, inherited: TextRegion['kind'] | null): TextRegion['kind'] | null {
  const tag = el.tagName.toUpperCase();
  if (HEADING.test(tag)) return 'headline';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  const cls = el.getAttribute('class');
  if (cls && CAPTION_TOKEN.test(cls)) return 'caption';
  return inherited;
}

/** What a character is to the layout: text, a collapsible space, a line break, or not rendered. */
const TEXT = 0;
const SPACE = 1;
const NEWLINE = 2;
const INVISIBLE = 3;

function charKind(c: number): number {
  if (c > 0x20 && c < 0x7f) return TEXT;
  if (c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b) return SPACE;
  if (c === 0x0a || c === 0x0d) return NEWLINE;
  if (c < 0xa0) return TEXT;
  // non-breaking, Ogham, en quad … hair, line and paragraph separators, narrow no-break, medium
  // mathematical and ideographic spaces: spaces to the reader (the byte order mark, which \s also
  // reads as one, is invisible here)
  if (c !== 0xfeff && isSpaceCode(c)) return SPACE;
  // soft hyphen, zero-width space, word joiner, byte order mark: never seen unless a line breaks there
  if (c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff) return INVISIBLE;
  return TEXT;
}

/** Part of a block of text to leave out: [from, to) of the block's text. */
export interface BlockCut {
  from: number;
  to: number;
}

export interface TextModelOptions {
  /**
   * Asked once for each block of at most FILTER_CAP characters, with its text and region: the
   * part of it that is page furniture (a byline, a credit, a promo), left out of the text.
   */
  furniture?: (block: string, kind: TextRegion['kind'] | null) => BlockCut | null;
}

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
/** Pieces of text joined into one as the reading goes (a page of 500,000 paragraphs is not joined in one step). */
const JOIN_SLICE = 4_096;
/** A block longer than this is never furniture: it is not held back for the furniture check. */
export const FILTER_CAP = 600;

/** Drops `cut` from a block's text and segments (relative offsets), with the space it leaves. */
function cutBlock(text: string, segs: TextSegment[], cut: BlockCut): { text: string; segs: TextSegment[] } {
  let from = Math.max(0, Math.min(cut.from, text.length));
  let to = Math.max(from, Math.min(cut.to, text.length));
  if (from === to) return { text, segs };
  while (to < text.length && text[to] === ' ' && (from === 0 || text[from - 1] === ' ')) to++;
  while (from > 0 && text[from - 1] === ' ' && to === text.length) from--;
  const gone = to - from;
  const out: TextSegment[] = [];
  for (const s of segs) {
    if (s.start < from) {
      const e = Math.min(s.end, from);
      out.push({ node: s.node, start: s.start, end: e, nodeStart: s.nodeStart });
    }
    if (s.end > to) {
      const b = Math.max(s.start, to);
      out.push({ node: s.node, start: b - gone, end: s.end - gone, nodeStart: s.nodeStart + (b - s.start) });
    }
  }
  return { text: text.slice(0, from) + text.slice(to), segs: out };
}

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
  const segments: TextSegment[] = [];
  const regions: TextRegion[] = [];
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

  // The block being read: held back (its text and segments, offsets within it) until it ends or
  // grows past FILTER_CAP, so that furniture can be left out of it.
  let blockParts: string[] = [];
  let blockLen = 0;
  let blockSegs: TextSegment[] = [];
  /** where the block starts in the text, once part of it was committed; -1 before */
  let blockBase = -1;
  let blockKind: TextRegion['kind'] | null = null;
  /** characters of the block read so far (committed or not) */
  let blockChars = 0;

  const commitBlock = () => {
    if (!blockLen) return;
    const text = blockParts.length === 1 ? blockParts[0] : blockParts.join('');
    if (blockBase < 0) {
      if (length > 0) {
        push('\n');
        length += 1;
      }
      blockBase = length;
    }
    for (const s of blockSegs)
      segments.push({ node: s.node, start: s.start + length, end: s.end + length, nodeStart: s.nodeStart });
    push(text);
    length += text.length;
    blockParts = [];
    blockSegs = [];
    blockLen = 0;
  };
  const endBlock = () => {
    if (blockLen && blockBase < 0 && opts.furniture) {
      let text = blockParts.join('');
      // (a caption can have a label before it and a credit after it: asked again after each cut)
      for (let round = 0; round < 3 && text; round++) {
        const cut = opts.furniture(text, blockKind);
        if (!cut || cut.to <= cut.from) break;
        const r = cutBlock(text, blockSegs, cut);
        text = r.text;
        blockSegs = r.segs;
      }
      blockParts = text ? [text] : [];
      blockLen = text.length;
    }
    commitBlock();
    if (blockBase >= 0 && blockKind) regions.push({ start: blockBase, end: length, kind: blockKind });
    blockBase = -1;
    blockChars = 0;
    blockKind = null;
  };
  /** Appends `str`, read from `node` at `nodeOffset` character for character. */
  const emit = (str: string, node: Text, nodeOffset: number) => {
    if (!blockChars) blockKind = kind;
    blockChars += str.length;
    if (blockBase >= 0) {
      // a long block, committed as it is read
      const last = segments[segments.length - 1];
      if (last && last.node === node && last.end === length && last.nodeStart + (last.end - last.start) === nodeOffset)
        last.end += str.length;
      else segments.push({ node, start: length, end: length + str.length, nodeStart: nodeOffset });
      push(str);
      length += str.length;
      return;
    }
    const last = blockSegs[blockSegs.length - 1];
    if (last && last.node === node && last.end === blockLen && last.nodeStart + (last.end - last.start) === nodeOffset)
      last.end += str.length;
    else blockSegs.push({ node, start: blockLen, end: blockLen + str.length, nodeStart: nodeOffset });
    blockParts.push(str);
    blockLen += str.length;
    if (blockLen > FILTER_CAP || blockParts.length >= JOIN_SLICE) commitBlock();
  };

  let pendingBreak = false;
  /** a collapsible space seen since the last character: where it is in the DOM */
  let spaceNode: Text | null = null;
  let spaceOffset = 0;
  /** Before a character of text: the block break or the space that comes first. */
  const beforeText = () => {
    if (pendingBreak) {
      endBlock();
      pendingBreak = false;
      spaceNode = null;
    } else if (spaceNode) {
      if (blockChars) emit(' ', spaceNode, spaceOffset);
      spaceNode = null;
    }
  };

  /** Reads data[from, to) of a text node in the given mode. */
  const readText = (node: Text, data: string, from: number, to: number, mode: SpaceMode) => {
    let i = from;
    while (i < to) {
      const k = charKind(data.charCodeAt(i));
      if (k === TEXT) {
        let j = i + 1;
        while (j < to && charKind(data.charCodeAt(j)) === TEXT) j++;
        beforeText();
        emit(data.slice(i, j), node, i);
        i = j;
      } else if (k === INVISIBLE) i++;
      else if (k === NEWLINE && mode !== 'normal') {
        pendingBreak = true;
        i++;
      } else if (mode === 'pre') {
        let j = i + 1;
        while (j < to && charKind(data.charCodeAt(j)) === SPACE) j++;
        beforeText();
        emit(' '.repeat(j - i), node, i);
        i = j;
      } else {
        if (!spaceNode && !pendingBreak) {
          spaceNode = node;
          spaceOffset = i;
        }
        i++;
      }
    }
  };

  let visited = 0;
  let mode: SpaceMode = 'normal';
  let kind: TextRegion['kind'] | null = null;
  const editable = createEditableCheck();
  const list = Array.isArray(roots) ? roots : [roots];
  const docs = new Set<Document>();
  for (const root of list) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (doc) docs.add(doc);
  }

  /** the whitespace modes the browser computes, per parent element asked (computedSpaceMode) */
  const styled = new Map<Element, SpaceMode | null>();
  /** The elements entered and not yet left, with the mode and region around each. */
  const open: Node[] = [];
  const modes: SpaceMode[] = [];
  const kinds: (TextRegion['kind'] | null)[] = [];
  for (const root of list) {
    if (editable.within(root)) continue;
    pendingBreak = true;
    mode = root.nodeType === 1 ? spaceModeOf(root as Element, spaceModeAt(root)) : spaceModeAt(root);
    kind = null;
    for (let p: Node | null = root; p && p.nodeType === 1; p = p.parentNode) {
      const k = regionKindOf(p as Element, null);
      if (k) {
        kind = k;
        break;
      }
    }
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
        mode = modes.pop()!;
        kind = kinds.pop()!;
        continue;
      }
      if (child.nodeType === 3) {
        const textNode = child as Text;
        const data = textNode.data;
        child = child.nextSibling;
        // (the stylesheets' mode, where the browser computes one and it matters to this text)
        const m = MODE_SENSITIVE.test(data) ? (computedSpaceMode(textNode.parentElement, styled) ?? mode) : mode;
        if (data.length <= TEXT_SLICE) readText(textNode, data, 0, data.length, m);
        else
          for (let from = 0; from < data.length; from += TEXT_SLICE) {
            yield;
            readText(textNode, data, from, Math.min(data.length, from + TEXT_SLICE), m);
          }
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (++visited % ELEMENT_SLICE === 0) yield;
        // (a block left unread still stands between the text before and after it)
        if (isBlockElement(el)) pendingBreak = true;
        if (!accept(el) || editable.element(el)) {
          child = child.nextSibling;
          continue;
        }
        open.push(parent);
        modes.push(mode);
        kinds.push(kind);
        mode = spaceModeOf(el, mode);
        kind = regionKindOf(el, kind);
        parent = el;
        child = el.firstChild;
      } else child = child.nextSibling;
    }
  }
  endBlock();
  for (const doc of docs) if (isDesignMode(doc)) return { text: '', segments: [], regions: [] };
  chunks.push(parts.join(''));
  return { text: chunks.join(''), segments, regions };
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
    startOffset: s.nodeStart + Math.max(0, start - s.start),
    endNode: e.node,
    endOffset: e.nodeStart + endClamped - e.start,
  };
}

/**
 * The text offset of a DOM point (a text node and an offset in its data), for hit-testing: the
 * character at that point, or, where the point falls on text that was not read (a collapsed
 * space, a soft hyphen), the next character read from the node; null for a node not read.
 */
export function createOffsetLookup(model: TextModel): (node: Text, offset: number) => number | null {
  const byNode = new Map<Text, TextSegment[]>();
  for (const s of model.segments) {
    const list = byNode.get(s.node);
    if (list) list.push(s);
    else byNode.set(s.node, [s]);
  }
  return (node, offset) => {
    const list = byNode.get(node);
    if (!list) return null;
    for (const s of list) {
      if (offset < s.nodeStart) return s.start;
      if (offset < s.nodeStart + (s.end - s.start)) return s.start + (offset - s.nodeStart);
    }
    const last = list[list.length - 1];
    return last.end;
  };
}
