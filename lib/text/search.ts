/**
 * The one binary search of the engine and the page model: over items sorted by a numeric key
 * (ranges by start or by end, token starts), how many come before a value. Every "which sentence",
 * "which token", "which segment" lookup is this search and a check of the item it lands on.
 */

/** Of the items, sorted so that item[key] never decreases, how many have item[key] < x. */
export function countBefore<K extends 'start' | 'end'>(
  sorted: readonly Readonly<Record<K, number>>[],
  key: K,
  x: number,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // (read by name: item[key] over ranges of many shapes is V8's slowest kind of read)
    const item = sorted[mid] as Readonly<Record<'start' | 'end', number>>;
    if ((key === 'start' ? item.start : item.end) < x) lo = mid + 1;
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
