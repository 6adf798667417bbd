import { describe, expect, it } from 'vitest';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { normalizeName } from '../../lib/knowledge/normalize';
import { tinyKnowledge } from '../resolve/knowledge-fixture';

describe('normalizeName', () => {
  it.each([
    ['U.S.', 'us'],
    ['Starmer’s', 'starmer'],
    ["Starmer's", 'starmer'],
    ['Zelens\u00adkyy', 'zelenskyy'],
    ['Māori', 'maori'],
    ['Sir  Keir   Starmer', 'sir keir starmer'],
    ['countries’', 'countries'],
  ])('%s -> %s', (raw, want) => expect(normalizeName(raw)).toBe(want));
});

describe('buildKnowledgeIndex', () => {
  const index = buildKnowledgeIndex(tinyKnowledge());

  it('finds entities by name, alias, demonym and dotted acronym', () => {
    expect(index.lookup('Keir Starmer')[0]?.id).toBe('keir-starmer');
    expect(index.lookup('U.S.')[0]?.id).toBe('country:usa');
    expect(index.lookup('British')[0]?.id).toBe('country:gbr');
    expect(index.lookup('the Kremlin')[0]?.id).toBe('kremlin');
    expect(index.lookup('Starmer’s')[0]?.id).toBe('keir-starmer');
    expect(index.lookup('Nobody Atall')).toEqual([]);
  });

  it('resolves offices by date', () => {
    expect(index.holderOf('Prime Minister', 'country:gbr', '2025-03-17')?.id).toBe('keir-starmer');
    expect(index.holderOf('Prime Minister', 'country:gbr', '2023-01-01')?.id).toBe('rishi-sunak');
    expect(index.holderOf('PM', 'country:gbr', '2025-03-17')?.id).toBe('keir-starmer');
    expect(index.holderOf('leader', 'country:rus', '2025-03-17')?.id).toBeDefined();
    expect(index.holderOf('President', 'country:gbr', '2025-03-17')).toBeUndefined();
  });

  it('lets packs override bundled entries by id', () => {
    const base = tinyKnowledge();
    const idx = buildKnowledgeIndex(base, [
      { name: 'pack', entities: [{ ...base.entities.find((e) => e.id === 'nato')!, aliases: ['The Alliance'] }], topics: [] },
    ]);
    expect(idx.lookup('The Alliance')[0]?.id).toBe('nato');
    expect(idx.lookup('North Atlantic Treaty Organization')).toEqual([]);
  });

  it('matches topics on keywords and phrases', () => {
    expect(index.topicsFor('Putin rejected a 30-day ceasefire')[0]?.id).toBe('ukraine-ceasefire');
    expect(index.topicsFor('Russia and Ukraine discussed a ceasefire').map((t) => t.id)).toContain('ukraine-ceasefire');
    expect(index.topicsFor('The weather was fine')).toEqual([]);
  });

  it('finds lower-case multi-word names', () => {
    expect(index.lowercasePhrases.get('coalition')).toBeDefined();
  });
});
