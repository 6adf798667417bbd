import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countBefore, lowerBound } from '../../lib/text/search';
import { insideAny, sentenceAt } from '../../lib/text/sentences';

describe('the shared binary search', () => {
  it('countBefore counts the items whose key is below the value, as a linear scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -2, max: 55 }), (xs, x) => {
        const sorted = [...xs].sort((a, b) => a - b).map((start) => ({ start }));
        expect(countBefore(sorted, 'start', x)).toBe(sorted.filter((s) => s.start < x).length);
      }),
    );
  });

  it('lowerBound finds the first value at or above x within [lo, hi)', () => {
    const values = Int32Array.from([1, 3, 3, 7, 9]);
    expect(lowerBound(values, 3)).toBe(1);
    expect(lowerBound(values, 8)).toBe(4);
    expect(lowerBound(values, 10)).toBe(5);
    expect(lowerBound(values, 0, 2, 4)).toBe(2);
  });

  it('sentenceAt and insideAny agree with a scan over disjoint ranges', () => {
    const ranges = [
      { start: 2, end: 5 },
      { start: 8, end: 12 },
      { start: 12, end: 20 },
    ];
    for (let pos = 0; pos < 24; pos++) {
      const holder = ranges.findIndex((r) => r.start <= pos && pos < r.end);
      const next = ranges.findIndex((r) => r.end > pos);
      expect(sentenceAt(ranges, pos)).toBe(holder >= 0 ? holder : next >= 0 ? next : ranges.length - 1);
      expect(insideAny(ranges, pos)).toBe(holder >= 0);
    }
    expect(sentenceAt([], 3)).toBe(-1);
  });
});
