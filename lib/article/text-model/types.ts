/** The text model's shapes. */
import type { TextRegion } from '../../engine/extract';

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
