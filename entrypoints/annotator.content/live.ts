import { createOffsetLookup, type TextModel, type TextSegment } from '../../lib/article/text-model';
import {
  buildAnnotations,
  readingOrder,
  type Annotation,
  type AnnotationLayers,
} from '../../lib/highlight/annotations';
import { isUnsure } from '../../lib/sureness';
import type { AnnotatedPage } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { createHighlighter, type Highlighter, type HighlightNames } from './highlighter';

/** The notes drawn on the page now, with what is needed to find them under the pointer. */
export interface Live {
  page: AnnotatedPage;
  model: TextModel;
  layers: AnnotationLayers;
  order: Annotation[];
  highlighter: Highlighter;
  /** A text node's segments (with collapsed white space a node may hold several, or start after its first character). */
  segmentsOf: Map<Text, TextSegment[]>;
  /** A DOM point (a text node and an offset in it) as an offset into the article text. */
  offsetOf: (node: Text, offset: number) => number | null;
}

/** What the annotator's parts share: the notes drawn now and the reader's choices. */
export interface AnnotatorState {
  live: Live | null;
  settings: Settings;
  /** Whether highlights are shown (the toggle command hides them). */
  visible: boolean;
  /** Whether the page is dark: highlights and cards are drawn for it. */
  dark: boolean;
}

/** Builds the annotations of a page's notes over a text model, with a highlighter to draw them. */
export function buildLive(
  doc: Document,
  page: AnnotatedPage,
  model: TextModel,
  overlay: HTMLElement,
  dark: boolean,
  names: HighlightNames,
): Live {
  const layers = buildAnnotations(page.notes, isUnsure);
  const highlighter = createHighlighter(doc, model, overlay, dark, names);
  const segmentsOf = new Map<Text, TextSegment[]>();
  for (const s of model.segments) {
    const list = segmentsOf.get(s.node);
    if (list) list.push(s);
    else segmentsOf.set(s.node, [s]);
  }
  const order = readingOrder(layers);
  return { page, model, layers, order, highlighter, segmentsOf, offsetOf: createOffsetLookup(model) };
}

/** Our shadow host: the only element of ours in the page, where tests read the state. */
export function hostOf(container: HTMLElement): Element | null {
  const root = container.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function sameTarget(a: Annotation['ref'], b: Annotation['ref']): boolean {
  return 'actor' in a ? 'actor' in b && a.actor === b.actor : 'claim' in b && a.claim === b.claim;
}
