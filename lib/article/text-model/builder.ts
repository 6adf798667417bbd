/** The text model as it is read: blocks held back for the furniture check, segments joined, the text in chunks. */
import type { TextRegion } from '../../engine/extract';
import type { BlockCut, TextModelOptions, TextSegment } from './types';
import { INVISIBLE, NEWLINE, SPACE, type SpaceMode, TEXT, charKind } from './layout';

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
 * The text as it is read: characters laid out by the whitespace rules (readText), gathered in
 * blocks; a block is held back (its text and segments, offsets within it) until it ends or grows
 * past FILTER_CAP, so that furniture can be left out of it.
 */
export class TextModelBuilder {
  readonly segments: TextSegment[] = [];
  readonly regions: TextRegion[] = [];
  /** the text so far: joined chunks, and the pieces not yet joined */
  readonly #chunks: string[] = [];
  #parts: string[] = [];
  #length = 0;

  #blockParts: string[] = [];
  #blockLen = 0;
  #blockSegs: TextSegment[] = [];
  /** where the block starts in the text, once part of it was committed; -1 before */
  #blockBase = -1;
  #blockKind: TextRegion['kind'] | null = null;
  /** characters of the block read so far (committed or not) */
  #blockChars = 0;

  /** A block break is due before the next character. */
  pendingBreak = false;
  /** a collapsible space seen since the last character: where it is in the DOM */
  #spaceNode: Text | null = null;
  #spaceOffset = 0;
  /** The region the reading is in (a headline, a caption), or null. */
  kind: TextRegion['kind'] | null = null;

  readonly #furniture: TextModelOptions['furniture'];

  constructor(furniture: TextModelOptions['furniture']) {
    this.#furniture = furniture;
  }

  #push(piece: string) {
    this.#parts.push(piece);
    if (this.#parts.length >= JOIN_SLICE) {
      this.#chunks.push(this.#parts.join(''));
      this.#parts = [];
    }
  }

  #commitBlock() {
    if (!this.#blockLen) return;
    const text = this.#blockParts.length === 1 ? this.#blockParts[0] : this.#blockParts.join('');
    if (this.#blockBase < 0) {
      if (this.#length > 0) {
        this.#push('\n');
        this.#length += 1;
      }
      this.#blockBase = this.#length;
    }
    const length = this.#length;
    for (const s of this.#blockSegs)
      this.segments.push({ node: s.node, start: s.start + length, end: s.end + length, nodeStart: s.nodeStart });
    this.#push(text);
    this.#length += text.length;
    this.#blockParts = [];
    this.#blockSegs = [];
    this.#blockLen = 0;
  }

  /** Ends the block: its furniture left out (when it was held back whole), committed, its region noted. */
  endBlock() {
    if (this.#blockLen && this.#blockBase < 0 && this.#furniture) {
      let text = this.#blockParts.join('');
      // (a caption can have a label before it and a credit after it: asked again after each cut)
      for (let round = 0; round < 3 && text; round++) {
        const cut = this.#furniture(text, this.#blockKind);
        if (!cut || cut.to <= cut.from) break;
        const r = cutBlock(text, this.#blockSegs, cut);
        text = r.text;
        this.#blockSegs = r.segs;
      }
      this.#blockParts = text ? [text] : [];
      this.#blockLen = text.length;
    }
    this.#commitBlock();
    if (this.#blockBase >= 0 && this.#blockKind)
      this.regions.push({ start: this.#blockBase, end: this.#length, kind: this.#blockKind });
    this.#blockBase = -1;
    this.#blockChars = 0;
    this.#blockKind = null;
  }

  /** Appends `str`, read from `node` at `nodeOffset` character for character. */
  #emit(str: string, node: Text, nodeOffset: number) {
    if (!this.#blockChars) this.#blockKind = this.kind;
    this.#blockChars += str.length;
    if (this.#blockBase >= 0) {
      // a long block, committed as it is read
      const { segments } = this;
      const length = this.#length;
      const last = segments[segments.length - 1];
      if (last && last.node === node && last.end === length && last.nodeStart + (last.end - last.start) === nodeOffset)
        last.end += str.length;
      else segments.push({ node, start: length, end: length + str.length, nodeStart: nodeOffset });
      this.#push(str);
      this.#length += str.length;
      return;
    }
    const blockSegs = this.#blockSegs;
    const blockLen = this.#blockLen;
    const last = blockSegs[blockSegs.length - 1];
    if (last && last.node === node && last.end === blockLen && last.nodeStart + (last.end - last.start) === nodeOffset)
      last.end += str.length;
    else blockSegs.push({ node, start: blockLen, end: blockLen + str.length, nodeStart: nodeOffset });
    this.#blockParts.push(str);
    this.#blockLen += str.length;
    if (this.#blockLen > FILTER_CAP || this.#blockParts.length >= JOIN_SLICE) this.#commitBlock();
  }

  /** Before a character of text: the block break or the space that comes first. */
  #beforeText() {
    if (this.pendingBreak) {
      this.endBlock();
      this.pendingBreak = false;
      this.#spaceNode = null;
    } else if (this.#spaceNode) {
      if (this.#blockChars) this.#emit(' ', this.#spaceNode, this.#spaceOffset);
      this.#spaceNode = null;
    }
  }

  /** Reads data[from, to) of a text node in the given mode. */
  readText(node: Text, data: string, from: number, to: number, mode: SpaceMode) {
    let i = from;
    while (i < to) {
      const k = charKind(data.charCodeAt(i));
      if (k === TEXT) {
        let j = i + 1;
        while (j < to && charKind(data.charCodeAt(j)) === TEXT) j++;
        this.#beforeText();
        this.#emit(data.slice(i, j), node, i);
        i = j;
      } else if (k === INVISIBLE) i++;
      else if (k === NEWLINE && mode !== 'normal') {
        this.pendingBreak = true;
        i++;
      } else if (mode === 'pre') {
        let j = i + 1;
        while (j < to && charKind(data.charCodeAt(j)) === SPACE) j++;
        this.#beforeText();
        this.#emit(' '.repeat(j - i), node, i);
        i = j;
      } else {
        if (!this.#spaceNode && !this.pendingBreak) {
          this.#spaceNode = node;
          this.#spaceOffset = i;
        }
        i++;
      }
    }
  }

  /** The whole text (after the last endBlock). */
  text(): string {
    this.#chunks.push(this.#parts.join(''));
    return this.#chunks.join('');
  }
}
