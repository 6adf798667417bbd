import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../lib/engine/extract';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { KnowledgeFile } from '../../lib/knowledge/schema';
import { resolveFindings } from '../../lib/engine/resolve';
import { tinyKnowledge } from './knowledge-fixture';

// A made-up political family: a former president, his wife a former secretary of state, their son with
// no office (the knowledge file knows them all; the text may name any of them first).
const base = tinyKnowledge();
const index = buildKnowledgeIndex(
  KnowledgeFile.parse({
    ...base,
    entities: [
      ...base.entities,
      {
        id: 'tom-hale',
        type: 'person',
        name: 'Tom Hale',
        aliases: ['Hale'],
        country: 'country:usa',
        description: 'President of the United States 1993-2001',
        roles: [{ title: 'President', of: 'country:usa', kind: 'head-of-state', from: '1993-01-20', to: '2001-01-20' }],
      },
      {
        id: 'ann-hale',
        type: 'person',
        name: 'Ann Hale',
        aliases: ['Hale'],
        country: 'country:usa',
        description: 'US Secretary of State 2009-2013',
        roles: [
          { title: 'Secretary of State', of: 'country:usa', kind: 'minister', from: '2009-01-21', to: '2013-02-01' },
        ],
      },
      {
        id: 'paul-hale',
        type: 'person',
        name: 'Paul Hale',
        aliases: ['Hale'],
        country: 'country:usa',
        description: 'American businessman',
      },
    ],
  }),
);

function run(text: string, publishedAt: string | null = '2016-05-10') {
  const notes = resolveFindings(
    { text, findings: extractFindings(text), meta: { url: null, title: null, publishedAt, site: null } },
    index,
  );
  /** the actor's id of the mention with these words */
  const at = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    expect(start).toBeGreaterThanOrEqual(0);
    return notes.actors.find((a) => a.mentions.some((m) => m.start <= start && m.end >= start + words.length))?.id;
  };
  return { notes, at };
}

describe('a surname with a title is the one of that name who held the title', () => {
  it('"President Hale" is not the secretary of state named before, nor "Secretary Hale" the president', () => {
    const text =
      'Ann Hale spoke to donors in Ohio on Monday. Tom Hale joined her later in the evening.\n' +
      'During the investigation of President Hale in 1998, the lawyers said little.\n' +
      'Secretary Hale said on Tuesday that she had kept her records.';
    const { at } = run(text);
    expect(at('President Hale')).toBe('tom-hale');
    expect(at('Secretary Hale')).toBe('ann-hale');
  });

  it('the office holder the knowledge file knows, where the text names only another of the family', () => {
    const text =
      'Paul Hale opened a store in Ohio on Monday.\nPresident Hale praised the project in a letter, the store said.';
    const { at, notes } = run(text);
    expect(at('President Hale')).toBe('tom-hale');
    expect(notes.actors.find((a) => a.id === 'paul-hale')?.mentions.map((m) => m.text)).toEqual(['Paul Hale']);
  });

  it('"Mrs." and "Mr." keep to the sex their given names tell', () => {
    const text =
      'Tom Hale and Ann Hale arrived at the dinner together.\n' +
      '"We are glad to be here," Mrs. Hale said. "It has been a long year," Mr. Hale added.';
    const { at } = run(text);
    expect(at('Mrs. Hale')).toBe('ann-hale');
    expect(at('Mr. Hale')).toBe('tom-hale');
  });

  it('the bare title then goes to the office holder, in a dated and an undated text', () => {
    const text =
      'Ann Hale spoke to donors on Monday.\n' +
      'Lawyers for President Hale spoke on Tuesday. The president was then called before a grand jury in 1998.';
    for (const date of ['2016-05-10', null]) {
      const { at } = run(text, date);
      expect(at('President Hale')).toBe('tom-hale');
      expect(at('The president')).toBe('tom-hale');
    }
  });

  it('a person of whom nothing is known keeps the titled surname (no stranger from the knowledge file)', () => {
    const text = 'Mara Lindqvist, a lawyer, spoke on Monday.\nSenator Lindqvist said the bill would pass.';
    const { notes } = run(text);
    const mara = notes.actors.find((a) => a.name === 'Mara Lindqvist');
    expect(mara?.mentions.map((m) => m.text)).toEqual(['Mara Lindqvist', 'Senator Lindqvist']);
  });
});
