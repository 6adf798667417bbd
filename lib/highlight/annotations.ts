import type { ActorType, Claim, ClaimKind, PageNotes } from '../notes';

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
  /**
   * Set on what the quiet default leaves unpainted: a later mention of a country or place
   * ('place'), or a figure that is not a claim, such as a bare year ('figure'). The options'
   * "every mention of places" and "all figures" paint them. They still open cards on hover.
   */
  extra?: 'place' | 'figure';
  /** A quote whose speaker the engine is not sure of: drawn dashed, not dotted. */
  unsure?: true;
}

/** What to paint beyond the quiet default (the options' "every mention of places" and "all figures"). */
export interface HighlightExtras {
  everyPlaceMention: boolean;
  allFigures: boolean;
}

/** Words that may follow a number without saying what it counts ("in 2014 and", "30 of them"). */
const NOT_A_UNIT = new Set(
  'a an and or but nor of to in on at by for from with as than then the this that these those is are was were be been has have had it its he she they we you i who which when where while after before since until per'.split(
    ' ',
  ),
);

/**
 * Whether a figure is a claim: a number with what it counts. "more than 30 countries", "30-day
 * ceasefire", "$4.8 billion", "12%" and "about 10 percent" are; "since 2014", "in 2009" and
 * "less than 100" are not.
 */
export function isFigureClaim(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  const num = /\d(?:[\d,.]*\d)?/g;
  for (let m = num.exec(t); m; m = num.exec(t)) {
    const before = t.slice(0, m.index);
    const after = t.slice(m.index + m[0].length);
    if (/[$£€¥₹]\s*$/.test(before) || /^\s*(?:%|‰)/.test(after)) return true;
    // "30-day", "2.5 metric tons", "£2.3m plan", "18 months": a word right after the number.
    const w = /^(?:-|\s+|(?=[a-zµ°]))([\p{L}°µ][\p{L}'’-]*)/iu.exec(after);
    if (w && !NOT_A_UNIT.has(w[1].toLowerCase())) return true;
  }
  return false;
}

/** Two layers: mentions and figures (never overlapping each other), and quotes (which may hold mentions). */
export interface AnnotationLayers {
  inline: Annotation[];
  quotes: Annotation[];
}

/**
 * Every annotation of the notes. What the quiet default leaves unpainted (later mentions of a
 * place, figures that are not claims) is marked `extra`; `shownAnnotations` picks what to paint.
 */
export function buildAnnotations(notes: PageNotes, unsure?: (claim: Claim) => boolean): AnnotationLayers {
  const inline: Annotation[] = [];
  const quotes: Annotation[] = [];
  notes.actors.forEach((a, i) => {
    const kind = highlightKindOfActor(a.type);
    for (const m of a.mentions) inline.push({ start: m.start, end: m.end, kind, ref: { actor: i } });
  });
  notes.claims.forEach((c, i) => {
    const kind = highlightKindOfClaim(c.kind);
    if (kind === 'quote')
      quotes.push({ start: c.start, end: c.end, kind, ref: { claim: i }, ...(unsure?.(c) ? { unsure: true } : {}) });
    else if (kind === 'figure') {
      const ann: Annotation = { start: c.start, end: c.end, kind, ref: { claim: i } };
      if (!isFigureClaim(c.text)) ann.extra = 'figure';
      inline.push(ann);
    }
  });
  const byStart = (a: Annotation, b: Annotation) => a.start - b.start || b.end - a.end;
  const kept = dropOverlaps(inline.sort(byStart));
  // A country or place is painted where the article first names it (of the mentions kept).
  const placesSeen = new Set<number>();
  for (const a of kept) {
    if (a.kind !== 'place' || !('actor' in a.ref)) continue;
    if (placesSeen.has(a.ref.actor)) a.extra = 'place';
    else placesSeen.add(a.ref.actor);
  }
  return { inline: kept, quotes: dropOverlaps(quotes.sort(byStart)) };
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

/**
 * What is painted: the enabled kinds, and of them the extras only where the options ask for
 * them. Keeps the order it is given.
 */
export function shownAnnotations(
  annotations: Annotation[],
  enabled: ReadonlySet<HighlightKind>,
  extras: HighlightExtras,
): Annotation[] {
  return annotations.filter(
    (a) => enabled.has(a.kind) && (!a.extra || (a.extra === 'place' ? extras.everyPlaceMention : extras.allFigures)),
  );
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
