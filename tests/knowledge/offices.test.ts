import { readBundledKnowledge } from './read-bundled';
import { describe, expect, it } from 'vitest';

/**
 * One office, one holder at a time: after the open data is merged into the hand-written entries,
 * no two people hold a country's head-of-state or head-of-government office on the same day (a
 * handover day, one's end and the next one's start, is allowed). A merge that gave one
 * president's term to another (a shared name, or terms meeting on a handover day) breaks it.
 */
const file = readBundledKnowledge() as {
  entities: { id: string; roles: { of: string; kind: string; from: string; to: string | null }[] }[];
};

describe('the bundled knowledge: one holder of an office at a time', () => {
  for (const kind of ['head-of-state', 'head-of-government'])
    it(`${kind} of the United States`, () => {
      const terms = file.entities.flatMap((e) =>
        e.roles.filter((r) => r.of === 'country:usa' && r.kind === kind).map((r) => ({ id: e.id, ...r })),
      );
      const clashes: string[] = [];
      for (const a of terms)
        for (const b of terms)
          if (a.id < b.id && a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31'))
            clashes.push(`${a.id} ${a.from}–${a.to} / ${b.id} ${b.from}–${b.to}`);
      expect(clashes).toEqual([]);
    });

  it('gives each president only their own terms', () => {
    const starts = (id: string) =>
      file.entities
        .find((e) => e.id === id)!
        .roles.filter((r) => r.of === 'country:usa' && r.kind === 'head-of-state')
        .map((r) => r.from)
        .sort();
    expect(starts('barack-obama')).toEqual(['2009-01-20']);
    expect(starts('george-w-bush')).toEqual(['2001-01-20']);
  });
});

/**
 * A bare title ("the governor", "the mayor") finds its holder among the roles of the body the article
 * is about: a state's office belongs to the state, not to the country, or "the governor" in any US
 * story would be whichever governor the file lists first. So no two people share a one-word title
 * alias of the same body on the same day, except the members of a body of many (legislators,
 * judges, ministers).
 */
describe('the bundled knowledge: a one-word title of a body is one person at a time', () => {
  type Role = { of: string; kind: string; from: string; to: string | null; title?: string; titleAliases?: string[] };
  const many = new Set(['legislator', 'judge', 'minister', 'envoy', 'party-leader', 'organization-leader']);
  it('has no two holders of one bare title of one body on the same day', () => {
    const byKey = new Map<string, { id: string; r: Role }[]>();
    for (const e of file.entities as { id: string; roles: Role[] }[])
      for (const r of e.roles) {
        if (many.has(r.kind)) continue;
        for (const t of [r.title ?? '', ...(r.titleAliases ?? [])])
          if (/^\p{L}+$/u.test(t)) {
            const k = `${r.of}|${t.toLowerCase()}`;
            byKey.set(k, [...(byKey.get(k) ?? []), { id: e.id, r }]);
          }
      }
    const clashes: string[] = [];
    for (const [k, list] of byKey)
      for (const a of list)
        for (const b of list)
          if (a.id < b.id && a.r.from < (b.r.to ?? '9999-12-31') && b.r.from < (a.r.to ?? '9999-12-31'))
            clashes.push(`${k}: ${a.id} / ${b.id}`);
    expect(clashes).toEqual([]);
  });
});
