import { describe, expect, it } from 'vitest';
import { hashKey, KeyFilter } from '../../lib/knowledge/lookup/key-filter';

describe('KeyFilter', () => {
  const keys = ['ann lee', 'tom berg', 'acme', 'river city council'];
  const filter = new KeyFilter(keys, keys.length);

  it('holds every key it was made of, asked by the key or by its hash', () => {
    for (const k of keys) {
      expect(filter.mayHold(k)).toBe(true);
      expect(filter.mayHoldHash(hashKey(k))).toBe(true);
    }
  });

  it('answers a key and its hash alike, and lets few absent keys pass', () => {
    let passed = 0;
    for (let i = 0; i < 2000; i++) {
      const k = `nobody ${i}`;
      expect(filter.mayHoldHash(hashKey(k))).toBe(filter.mayHold(k));
      if (filter.mayHold(k)) passed++;
    }
    expect(passed).toBeLessThan(100);
  });
});
