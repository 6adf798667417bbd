import { describe, expect, it } from 'vitest';
import { checkRoleLinks, type RoleOutput } from '../../lib/cli/roles-on-date';
import type { KnowledgeIndex } from '../../lib/knowledge/index';

// one person in office from 2009 to 2017, one from 2017 on
const TERMS: Record<string, [string, string][]> = {
  'ann-lee': [['2009-01-20', '2017-01-20']],
  'tom-berg': [['2017-01-20', '9999-12-31']],
};
const NAMES: Record<string, string> = { 'ann-lee': 'Ann Lee', 'tom-berg': 'Tom Berg', 'eva-berg': 'Eva Berg' };
const index = {
  rolesOn: (id: string, date?: string | null) =>
    (TERMS[id] ?? []).filter(([from, to]) => date && from <= date && date < to).map(() => ({})),
  entity: (id: string) =>
    NAMES[id] ? { id, name: NAMES[id], roles: (TERMS[id] ?? []).map(() => ({ title: 'President' })) } : undefined,
} as unknown as KnowledgeIndex;

const output = (
  file: string,
  id: string,
  why: string[],
  articleDescription: string | null = null,
  names: string[] = [],
): RoleOutput => ({
  file,
  actors: [
    {
      id,
      type: 'person',
      name: NAMES[id] ?? id,
      articleDescription,
      mentions: [{ text: 'the president', why }, ...names.map((text) => ({ text, why: ['name:capitalised'] }))],
    },
  ],
});
const dates: Record<string, string> = { a: '2016-09-25', b: '2018-03-01' };

describe('checkRoleLinks', () => {
  it('counts a person behind a bare title who held no office on the article date', () => {
    const r = checkRoleLinks([output('dir/a.txt', 'tom-berg', ['name:role'])], (n) => dates[n] ?? null, index);
    expect(r).toMatchObject({ links: 1, offDate: 1 });
    expect(r.examples[0]).toContain('the president → tom-berg');
  });

  it('passes the holder of the day, and ignores mentions not made by a bare title', () => {
    const r = checkRoleLinks(
      [output('a.txt', 'ann-lee', ['name:role']), output('b.txt', 'ann-lee', ['name:capitalised'])],
      (n) => dates[n] ?? null,
      index,
    );
    expect(r).toMatchObject({ links: 1, offDate: 0 });
  });

  it('takes the article as evidence when it gives the person the title itself', () => {
    const r = checkRoleLinks(
      [output('a.txt', 'tom-berg', ['name:role'], 'former President')],
      (n) => dates[n] ?? null,
      index,
    );
    expect(r).toMatchObject({ links: 1, offDate: 0 });
  });

  it('takes a name mention with the title as the article’s evidence: the full name, or someone who held such an office', () => {
    // "President Tom Berg … the president's tenure", in 2016: the article speaks of him in that office
    const full = checkRoleLinks(
      [output('a.txt', 'tom-berg', ['name:role'], null, ['President Tom Berg'])],
      (n) => dates[n] ?? null,
      index,
    );
    expect(full).toMatchObject({ links: 1, offDate: 0 });
    // "President Berg" alone: only for a Berg the knowledge file knows as a president
    const surname = checkRoleLinks(
      [output('a.txt', 'tom-berg', ['name:role'], null, ['President Berg'])],
      (n) => dates[n] ?? null,
      index,
    );
    expect(surname).toMatchObject({ links: 1, offDate: 0 });
  });

  it('is no evidence for someone a titled surname was wrongly merged into, who never held the office', () => {
    // "President Berg" merged into his wife Eva Berg: she never held it, the mention does not name her
    const r = checkRoleLinks(
      [output('a.txt', 'eva-berg', ['name:role'], null, ['Eva Berg', 'President Berg'])],
      (n) => dates[n] ?? null,
      index,
    );
    expect(r).toMatchObject({ links: 1, offDate: 1 });
  });

  it('skips articles whose date is not known', () => {
    const r = checkRoleLinks([output('c.txt', 'tom-berg', ['name:role'])], () => null, index);
    expect(r.links).toBe(0);
  });
});
