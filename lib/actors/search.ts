/**
 * Lookups over ranges and mentions sorted by start (lib/text/search.ts), shared by the actor passes (they read
 * nothing else and write nothing).
 */
import type { Range } from '../engine/findings';
import type { MentionDraft } from './types';
import { countBefore } from '../text/search';

/** Whether r overlaps any of the sorted ranges (binary search). */
export function overlapsAny(sorted: Range[], r: Range): boolean {
  const lo = countBefore(sorted, 'end', r.start + 1); // the first that ends after r starts
  // sorted by start with no containment assumed: check a few neighbours
  for (let i = Math.max(0, lo - 2); i < Math.min(sorted.length, lo + 3); i++)
    if (sorted[i].start < r.end && r.start < sorted[i].end) return true;
  return false;
}

/** How many of the items, sorted by start, start before pos (binary search). */
export function startsBefore(sorted: readonly { start: number }[], pos: number): number {
  return countBefore(sorted, 'start', pos);
}

/** The outside-quote mention of the sorted list that starts at pos. */
export function mentionAt(sorted: MentionDraft[], pos: number): MentionDraft | undefined {
  for (let i = startsBefore(sorted, pos); i < sorted.length && sorted[i].start === pos; i++)
    if (!sorted[i].inQuote) return sorted[i];
  return undefined;
}

/** The last of the sorted mentions that lies inside r (binary search). */
export function lastMentionWithin(sorted: MentionDraft[], r: Range): MentionDraft | undefined {
  const lo = countBefore(sorted, 'start', r.end);
  for (let i = lo - 1; i >= 0 && sorted[i].start >= r.start; i--) if (sorted[i].end <= r.end) return sorted[i];
  return undefined;
}
