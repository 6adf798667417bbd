import type { PageNotes } from '../notes';
import {
  HIGHLIGHT_KINDS,
  buildAnnotations,
  readingOrder,
  shownAnnotations,
  type HighlightExtras,
  type HighlightKind,
} from './annotations';

/** Words in an article's text (runs of letters or digits). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

export interface Density {
  words: number;
  highlights: number;
  /** Highlights per 1,000 words. */
  per1000: number;
  byKind: Record<HighlightKind, number>;
}

/** How many highlights a page gets with every kind on and these extras, per 1,000 words of its text. */
export function highlightDensity(notes: PageNotes, words: number, extras: HighlightExtras): Density {
  const shown = shownAnnotations(readingOrder(buildAnnotations(notes)), new Set(HIGHLIGHT_KINDS), extras);
  const byKind = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, 0])) as Record<HighlightKind, number>;
  for (const a of shown) byKind[a.kind]++;
  return { words, highlights: shown.length, per1000: words ? (1000 * shown.length) / words : 0, byKind };
}
