/** Offsets of the model text to DOM points and back. */
import type { DomRangeParts, TextModel, TextSegment } from './types';

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
