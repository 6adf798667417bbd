import { describe, expect, it } from 'vitest';
import { unMemberIds } from '../../lib/knowledge/build';
import { expandBundle } from '../../lib/knowledge/bundle-form';
import { readBundledJson } from '../../lib/cli/project';
import {
  CoverageNote,
  worldCoverage,
  type CoverageEntity,
  type CoverageNote as Note,
} from '../../lib/knowledge/build/world-coverage';
import { readBuildInput, readCoverageNotes } from '../../scripts/build-knowledge';

const W = 'https://en.wikipedia.org/wiki/';
const head = (id: string, of: string, kind: string, from: string, to?: string): CoverageEntity => ({
  id,
  type: 'person',
  description: 'A made-up head',
  roles: [{ kind, of, from, to: to ?? null }],
});

describe('world coverage with notes (made-up members)', () => {
  const people = [
    head('a', 'country:aaa', 'head-of-state', '1985-01-01', '2010-01-01'),
    head('b', 'country:aaa', 'head-of-state', '2010-01-01'),
    head('c', 'country:bbb', 'head-of-state', '2011-07-09'),
  ];
  const state = (notes: Note[]) =>
    worldCoverage(people, ['country:aaa', 'country:bbb'], '2025-06-01', notes).heads.gaps.filter(
      (g) => g.kind === 'head-of-state',
    );

  it('counts the years before a state existed as a gap until a note says so', () => {
    expect(state([])).toEqual([{ country: 'country:bbb', kind: 'head-of-state', years: 21.5 }]);
    const note = {
      country: 'country:bbb',
      office: 'head-of-state' as const,
      from: '1990-01-01',
      to: '2011-07-09',
      why: 'The state became independent in 2011',
      source: `${W}Bbb`,
    };
    expect(state([note])).toEqual([]);
    const cov = worldCoverage(people, ['country:aaa', 'country:bbb'], '2025-06-01', [note]).heads;
    expect(cov.notedYears).toBeCloseTo(21.5, 1);
    expect(cov.conflicts).toEqual([]);
  });

  it('reports a noted period that a known term falls in', () => {
    const wrong = {
      country: 'country:aaa',
      office: 'head-of-state' as const,
      from: '2000-01-01',
      to: '2005-01-01',
      why: 'A wrong note: someone held the office then',
      source: `${W}Aaa`,
    };
    const cov = worldCoverage(people, ['country:aaa'], '2025-06-01', [wrong]).heads;
    expect(cov.conflicts).toHaveLength(1);
    expect(cov.conflicts[0]).toMatch(/^country:aaa head-of-state/);
  });

  it('counts members noted as without parties apart from those described', () => {
    const orgs: CoverageEntity[] = [
      { id: 'p1', type: 'organization', description: 'Governing party of Aaa', country: 'country:aaa' },
      { id: 'p2', type: 'organization', description: 'Main opposition party of Aaa', country: 'country:aaa' },
    ];
    const note: Note = {
      country: 'country:bbb',
      office: 'parties',
      why: 'Political parties are banned',
      source: `${W}Bbb`,
    };
    const p = worldCoverage(orgs, ['country:aaa', 'country:bbb', 'country:ccc'], '2025-06-01', [note]).parties;
    expect(p).toMatchObject({ twoOrMore: 1, noted: ['country:bbb'], without: ['country:ccc'] });
  });

  it('refuses notes without dates on an office, or with dates on parties', () => {
    const base = { country: 'country:aaa', why: 'A made-up reason', source: `${W}Aaa` };
    expect(CoverageNote.safeParse({ ...base, office: 'head-of-state' }).success).toBe(false);
    expect(
      CoverageNote.safeParse({ ...base, office: 'head-of-state', from: '2001-01-01', to: '2000-01-01' }).success,
    ).toBe(false);
    expect(CoverageNote.safeParse({ ...base, office: 'parties', from: '2001-01-01' }).success).toBe(false);
    expect(CoverageNote.safeParse({ ...base, office: 'parties' }).success).toBe(true);
  });
});

describe('the bundled knowledge’s world coverage', () => {
  const { notes, errors } = readCoverageNotes();
  const members = unMemberIds(readBuildInput().input.worldCountries);
  const k = readBundledJson() as { knowledgeDate: string; entities: CoverageEntity[] };
  expandBundle(k);
  const cov = worldCoverage(k.entities, members, k.knowledgeDate, notes);

  it('has valid notes, each on a UN member, none contradicted by a known term', () => {
    expect(errors).toEqual([]);
    expect(notes.filter((n) => !members.includes(n.country))).toEqual([]);
    expect(cov.heads.conflicts).toEqual([]);
  });

  it('keeps its floors: heads of 98% of office-years since 1990, every member’s parties described or noted', () => {
    expect(1 - cov.heads.uncoveredYears / cov.heads.officeYears).toBeGreaterThanOrEqual(0.98);
    expect(cov.parties.twoOrMore).toBeGreaterThanOrEqual(154);
    expect(cov.parties.without).toEqual([]);
  });
});
