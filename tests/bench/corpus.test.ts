import { describe, expect, it, vi } from 'vitest';
import { KnowledgePack } from '../../lib/knowledge/schema';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import {
  assemble,
  measureTogether,
  median,
  medianRatio,
  pageText,
  repeatText,
  SEED_HTML,
  synthWord,
  syntheticPack,
  table,
  verdict,
  wordCount,
} from '../../bench/corpus';

describe('bench corpus: texts', () => {
  it('counts words and repeats texts with paragraph breaks', () => {
    expect(wordCount('  one two\nthree  ')).toBe(3);
    expect(wordCount('')).toBe(0);
    expect(repeatText('a b', 3)).toBe('a b\na b\na b');
  });

  it('assembles whole texts in turn until the word count is reached', () => {
    const out = assemble(['a b c', '', 'd e'], 9);
    expect(out).toBe('a b c\nd e\na b c\nd e');
    expect(wordCount(out)).toBeGreaterThanOrEqual(9);
    expect(assemble(['a b c'], 1)).toBe('a b c');
    expect(() => assemble(['', ' '], 5)).toThrow();
  });

  it('reads the seed article text as the content script does', async () => {
    const text = await pageText(SEED_HTML);
    expect(text).toContain('Keir Starmer');
    expect(text).not.toContain('Advertisement');
  });
});

describe('bench corpus: synthetic packs', () => {
  it('makes a distinct word for every number', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => synthWord(i));
    expect(new Set(words).size).toBe(words.length);
    expect(words[0]).toMatch(/^[A-Z][a-z]+$/);
  });

  it('makes packs the schema accepts, with unique ids, roles in its own organisations, and keys that resolve', () => {
    for (const n of [7, 100]) {
      const { pack, keys } = syntheticPack(n);
      const parsed = KnowledgePack.safeParse(JSON.parse(JSON.stringify(pack)));
      expect(parsed.success).toBe(true);
      const ids = new Set(pack.entities.map((e) => e.id));
      expect(ids.size).toBe(pack.entities.length);
      expect(pack.entities.length).toBeGreaterThanOrEqual(n);
      for (const e of pack.entities) for (const r of e.roles) expect(ids.has(r.of)).toBe(true);
      const types = new Set(pack.entities.map((e) => e.type));
      expect([...types].sort()).toEqual(['organization', 'person', 'place']);
      expect(pack.entities.every((e) => e.type !== 'person' || (e.roles.length > 0 && e.aliases.length > 0))).toBe(
        true,
      );

      const index = buildKnowledgeIndex({ version: 1, knowledgeDate: '2025-01-01', entities: [], topics: [] }, [
        parsed.data!,
      ]);
      const misses = keys.filter((k) => k.startsWith('Nobody '));
      expect(misses.length).toBe(Math.ceil((keys.length - misses.length) / 10));
      for (const k of keys) expect(index.lookup(k).length > 0).toBe(!k.startsWith('Nobody '));
    }
  });

  it('looks up the same mix of kinds at every size', () => {
    const kinds = (n: number) => {
      const { pack, keys } = syntheticPack(n);
      const index = buildKnowledgeIndex({ version: 1, knowledgeDate: '2025-01-01', entities: [], topics: [] }, [pack]);
      const count: Record<string, number> = {};
      for (const k of keys) {
        const t = index.lookup(k)[0]?.type ?? 'miss';
        count[t] = (count[t] ?? 0) + 1;
      }
      return count;
    };
    expect(kinds(1_000)).toEqual(kinds(8_000));
  });
});

describe('bench corpus: timing and output', () => {
  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(medianRatio([2, 9, 4], [1, 3, 1])).toBe(3);
  });

  it('times several functions round by round', () => {
    let calls = 0;
    const r = measureTogether({ a: () => calls++, b: () => 1 }, { warmup: 1, runs: 3, minSampleMs: 1 });
    expect(r.a.samples).toHaveLength(3);
    expect(r.b.samples).toHaveLength(3);
    expect(r.a.ms).toBeGreaterThanOrEqual(0);
    expect(calls).toBeGreaterThan(3);
  });

  it('warms each function up for the same time before timing it: a fast one gets more calls', () => {
    // a clock that moves only when the functions run: 1 ms per fast call, 10 ms per slow one
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const calls = { fast: 0, slow: 0 };
      const r = measureTogether(
        { fast: () => ((now += 1), ++calls.fast), slow: () => ((now += 10), ++calls.slow) },
        { warmup: 1, warmupMs: 30, runs: 2, minSampleMs: 0 },
      );
      // 30 ms of warm-up each, then two timed calls each
      expect(calls).toEqual({ fast: 30 + 2, slow: 3 + 2 });
      expect(r.fast.ms).toBe(1);
      expect(r.slow.ms).toBe(10);
    } finally {
      clock.mockRestore();
    }
  });

  it('prints tables and verdicts', () => {
    expect(
      table([
        ['a', 'bb'],
        ['ccc', 1],
      ]),
    ).toBe('a    bb\n---  --\nccc   1');
    expect(verdict(true)).toBe('met');
    expect(verdict(false)).toBe('MISSED');
    expect(verdict(null)).toBe('n/a');
  });
});
