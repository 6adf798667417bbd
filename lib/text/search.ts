/**
 * The one binary search of the engine and the page model: over items sorted by a numeric key
 * (ranges by start or by end, token starts), how many come before a value. Every "which sentence",
 * "which token", "which segment" lookup is this search and a check of the item it lands on.
 */

/** Of the items, sorted so that item[key] never decreases, how many have item[key] < x. */
export function countBefore<K extends string>(
  sorted: readonly Readonly<Record<K, number>>[],
  key: K,
  x: number,
): number {
  // (by start and by end, each its own loop reading the property by name: one loop reading item[key]
  // for both, over ranges, sentences and mentions of many shapes, was the slowest kind of read V8 has)
  if (key === 'start') return startsBelow(sorted as readonly Readonly<Record<'start', number>>[], x);
  if (key === 'end') return endsBelow(sorted as readonly Readonly<Record<'end', number>>[], x);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid][key] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** countBefore(sorted, 'start', x). */
function startsBelow(sorted: readonly Readonly<Record<'start', number>>[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** countBefore(sorted, 'end', x). */
function endsBelow(sorted: readonly Readonly<Record<'end', number>>[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index in [lo, hi) of the non-decreasing values whose value is >= x (hi if none): numbers,
 * or strings sorted by code units (as `<` compares them, the same in every engine).
 */
export function lowerBound<T extends number | string>(values: ArrayLike<T>, x: T, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
