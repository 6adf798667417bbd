import { describe, expect, it } from 'vitest';
import { createKnowledgeCache, retryingOnce } from '../../lib/background/knowledge-cache';
import { KnowledgePack } from '../../lib/knowledge/schema';
import type { StoredPack } from '../../lib/knowledge/packs';
import { tinyKnowledge } from '../resolve/knowledge-fixture';

const W = 'https://en.wikipedia.org/wiki/';
const storedPack = (knowledgeDate = '2025-05-01'): StoredPack => ({
  id: 'pack:city',
  importedAt: '2025-05-01',
  pack: KnowledgePack.parse({
    name: 'City council',
    knowledgeDate,
    entities: [
      {
        id: 'person:ann-lee-council',
        type: 'person',
        name: 'Ann Quarrington',
        description: 'Leader of a made-up city council',
        facts: [{ text: 'Leads the council.', asOf: '2025-01-01', source: `${W}City_council` }],
      },
    ],
  }),
});

describe('retryingOnce', () => {
  it('loads once while the load holds, and tries again after a failure', async () => {
    let calls = 0;
    const once = retryingOnce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('disk busy');
      return calls;
    });
    await expect(once.get()).rejects.toThrow('disk busy');
    expect(await once.get()).toBe(2);
    expect(await once.get()).toBe(2);
    expect(calls).toBe(2);
    once.reset();
    expect(await once.get()).toBe(3);
  });
});

describe('createKnowledgeCache', () => {
  const setup = (stored: unknown) => {
    let reads = 0;
    let packs = stored;
    const cache = createKnowledgeCache({
      readFile: async () => {
        reads += 1;
        return tinyKnowledge();
      },
      readPacks: async () => packs,
      writePacks: async (list) => {
        packs = list;
      },
      now: () => new Date('2025-06-01T12:00:00Z'),
    });
    return { cache, reads: () => reads };
  };

  it('reads the bundled file once for the index with packs and for the bundled-only index', async () => {
    const { cache, reads } = setup([storedPack()]);
    const index = await cache.index();
    const bundled = await cache.bundled();
    expect(index.lookup('Ann Quarrington').map((e) => e.id)).toEqual(['person:ann-lee-council']);
    expect(bundled.lookup('Ann Quarrington')).toEqual([]);
    expect((await cache.sources()).entities.get('person:ann-lee-council')).toBeDefined();
    expect(reads()).toBe(1);
    expect(await cache.index()).toBe(index);
  });

  it('rebuilds the index after the packs are saved, without reading the file again', async () => {
    const { cache, reads } = setup([]);
    expect((await cache.index()).lookup('Ann Quarrington')).toEqual([]);
    await cache.packs.save([storedPack()]);
    expect((await cache.index()).lookup('Ann Quarrington')).toHaveLength(1);
    expect(reads()).toBe(1);
  });

  it('sets aside a stored pack dated after today, and says how many', async () => {
    const { cache } = setup([storedPack('2999-01-01')]);
    const loaded = await cache.packs.load();
    expect(loaded.packs).toEqual([]);
    expect(loaded.dropped).toBe(1);
  });
});
