import type { ActorType, ClaimKind, PageNotes } from '../notes';

/** The highlight styles: one quiet style per kind, each switchable in the options. */
export type HighlightKind = 'person' | 'organization' | 'place' | 'quote' | 'figure';

export const HIGHLIGHT_KINDS: HighlightKind[] = ['person', 'organization', 'place', 'quote', 'figure'];

export function highlightKindOfActor(type: ActorType): HighlightKind {
  if (type === 'person') return 'person';
  if (type === 'organization' || type === 'group') return 'organization';
  return 'place';
}

export function highlightKindOfClaim(kind: ClaimKind): HighlightKind | null {
  if (kind === 'quote' || kind === 'partial-quote') return 'quote';
  if (kind === 'numeric') return 'figure';
  return null;
}

export interface Annotation {
  start: number;
  end: number;
  kind: HighlightKind;
  /** Index into notes.actors for mentions, into notes.claims for quotes and figures. */
  ref: { actor: number } | { claim: number };
}

/** Two layers: mentions and figures (never overlapping each other), and quotes (which may hold mentions). */
export interface AnnotationLayers {
  inline: Annotation[];
  quotes: Annotation[];
}

export function buildAnnotations(notes: PageNotes): AnnotationLayers {
  const inline: Annotation[] = [];
  const quotes: Annotation[] = [];
  notes.actors.forEach((a, i) => {
    const kind = highlightKindOfActor(a.type);
    for (const m of a.mentions) inline.push({ start: m.start, end: m.end, kind, ref: { actor: i } });
  });
  notes.claims.forEach((c, i) => {
    const kind = highlightKindOfClaim(c.kind);
    if (kind === 'quote') quotes.push({ start: c.start, end: c.end, kind, ref: { claim: i } });
    else if (kind === 'figure') inline.push({ start: c.start, end: c.end, kind, ref: { claim: i } });
  });
  const byStart = (a: Annotation, b: Annotation) => a.start - b.start || b.end - a.end;
  return { inline: dropOverlaps(inline.sort(byStart)), quotes: dropOverlaps(quotes.sort(byStart)) };
}

/** Keeps the first of any overlapping pair, so each layer is a sorted set of disjoint intervals. */
function dropOverlaps(sorted: Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  let lastEnd = -1;
  for (const a of sorted) {
    if (a.end <= a.start || a.start < lastEnd) continue;
    out.push(a);
    lastEnd = a.end;
  }
  return out;
}

/** The annotation at a text offset in one layer (binary search over disjoint intervals). */
export function annotationAt(layer: Annotation[], offset: number): Annotation | null {
  let lo = 0;
  let hi = layer.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = layer[mid];
    if (offset < a.start) hi = mid - 1;
    else if (offset >= a.end) lo = mid + 1;
    else return a;
  }
  return null;
}

/** The innermost annotation at an offset: a mention or figure before the quote around it. */
export function hitTest(layers: AnnotationLayers, offset: number): Annotation | null {
  return annotationAt(layers.inline, offset) ?? annotationAt(layers.quotes, offset);
}

/** All annotations in reading order, for stepping through them with the keyboard. */
export function readingOrder(layers: AnnotationLayers): Annotation[] {
  return [...layers.inline, ...layers.quotes].sort((a, b) => a.start - b.start || a.end - b.end);
}
