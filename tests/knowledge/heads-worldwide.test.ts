import { readBundledKnowledge } from './read-bundled';
import { describe, expect, it } from 'vitest';

/**
 * One head of state and one head of government of a country at a time, for every country (not only
 * the United States, tests/knowledge/offices.test.ts): the hand-written terms since 1990 meet on
 * handover days and never overlap. Left out: offices held by more than one person at once (Switzerland's
 * Federal Council, San Marino's two Captains Regent, Andorra's two co-princes, Bosnia's three-member
 * presidency) and South Korea, whose acting presidents served while an impeached president was
 * suspended, not removed.
 */
const file = readBundledKnowledge() as {
  entities: { id: string; type: string; roles: { of: string; kind: string; from: string; to: string | null }[] }[];
};

const SHARED = new Set(['country:che', 'country:smr', 'country:and', 'country:bih', 'country:kor']);

describe('the bundled knowledge: one head of state and one head of government at a time, worldwide', () => {
  for (const kind of ['head-of-state', 'head-of-government'])
    it(`${kind}: no two terms of a country overlap (a handover day allowed)`, () => {
      const byCountry = new Map<string, { id: string; from: string; to: string | null }[]>();
      for (const e of file.entities)
        for (const r of e.roles)
          if (r.kind === kind && r.of.startsWith('country:') && !SHARED.has(r.of))
            byCountry.set(r.of, [...(byCountry.get(r.of) ?? []), { id: e.id, from: r.from, to: r.to }]);
      const clashes: string[] = [];
      for (const [country, terms] of byCountry)
        terms.forEach((a, i) =>
          terms.slice(i + 1).forEach((b) => {
            if (a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31'))
              clashes.push(`${country}: ${a.id} ${a.from}–${a.to} / ${b.id} ${b.from}–${b.to}`);
          }),
        );
      expect(clashes).toEqual([]);
    });

  it('knows who led a few countries in the 1990s', () => {
    const holder = (country: string, kind: string, day: string) =>
      file.entities
        .filter((e) =>
          e.roles.some((r) => r.of === country && r.kind === kind && r.from <= day && (r.to ?? '9999') > day),
        )
        .map((e) => e.id);
    expect(holder('country:bra', 'head-of-state', '1991-06-01')).toEqual(['fernando-collor-de-mello']);
    expect(holder('country:nga', 'head-of-state', '1995-06-01')).toEqual(['sani-abacha']);
    expect(holder('country:ind', 'head-of-government', '1997-06-01')).toEqual(['i-k-gujral']);
    expect(holder('country:pol', 'head-of-government', '1993-01-01')).toEqual(['hanna-suchocka']);
    expect(holder('country:lbn', 'head-of-government', '1995-01-01')).toEqual(['rafic-hariri']);
  });
});
