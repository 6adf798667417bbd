import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

// A lone word that is the surname of someone named in full before and also a place or a nationality
// (rule actor:surname-over-place). Made-up people and sentences.
// (the full knowledge file: the places and nationalities are known)
const index = loadKnowledgeIndex();
const typesOf = (text: string, word: string) =>
  annotateText(text, index, { publishedAt: '2025-03-17' })
    .actors.filter((a) => a.mentions.some((m) => text.slice(m.start, m.end) === word && !m.text.includes(' ')))
    .map((a) => `${a.name}:${a.type}`);

describe('a lone surname that is also a place', () => {
  it('is the person named in full before it', () => {
    expect(typesOf('Ann Jordan opened a bakery. Trade is slow, Jordan said on Monday.', 'Jordan')).toEqual([
      'Ann Jordan:person',
    ]);
  });

  it('a surname that is a nationality too, before a verb: the person', () => {
    const text = 'Mark Cuban bought a team. Cuban also owns a cinema. The rent is high, Cuban said.';
    expect(typesOf(text, 'Cuban')).toEqual(['Mark Cuban:person']);
  });

  it('counter-example: a nationality before a noun is the country', () => {
    const text = 'Mark Cuban bought a team. He met Cuban farmers on Monday.';
    expect(typesOf(text, 'Cuban')).not.toContain('Mark Cuban:person');
  });

  it('counter-example: after "in", or before a country’s institutions, it is the place', () => {
    expect(typesOf('Ann Jordan opened a bakery. She was born in Jordan.', 'Jordan')).not.toContain('Ann Jordan:person');
    expect(typesOf('Ann Jordan opened a bakery. On Monday Jordan’s army held a parade.', 'Jordan')).not.toContain(
      'Ann Jordan:person',
    );
  });

  it('counter-example: named only after the lone word, the person is not it', () => {
    expect(typesOf('The talks went on, Jordan said. Ann Jordan opened a bakery.', 'Jordan')).not.toContain(
      'Ann Jordan:person',
    );
  });
});
