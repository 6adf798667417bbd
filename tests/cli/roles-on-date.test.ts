import { describe, expect, it } from 'vitest';
import { checkRoleLinks, type RoleOutput } from '../../lib/cli/roles-on-date';
import type { KnowledgeIndex } from '../../lib/knowledge/index';

// one person in office from 2009 to 2017, one from 2017 on
const TERMS: Record<string, [string, string][]> = {
  'ann-lee': [['2009-01-20', '2017-01-20']],
  'tom-berg': [['2017-01-20', '9999-12-31']],
};
const index = {
  rolesOn: (id: string, date?: string | null) =>
    (TERMS[id] ?? []).filter(([from, to]) => date && from <= date && date < to).map(() => ({})),
} as unknown as KnowledgeIndex;

const output = (file: string, id: string, why: string[], articleDescription: string | null = null): RoleOutput => ({
  file,
  actors: [{ id, type: 'person', name: id, articleDescription, mentions: [{ text: 'the president', why }] }],
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

  it('skips articles whose date is not known', () => {
    const r = checkRoleLinks([output('c.txt', 'tom-berg', ['name:role'])], () => null, index);
    expect(r.links).toBe(0);
  });
});
