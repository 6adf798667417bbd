import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../lib/engine/extract';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { KnowledgeFile } from '../../lib/knowledge/schema';
import { resolveFindings } from '../../lib/engine/resolve';
import { tinyKnowledge } from './knowledge-fixture';

// The tiny fixture, with two earlier US presidents and a party whose leader is someone else than any
// head of government (invented people: the knowledge file's own era must never show through).
const base = tinyKnowledge();
const index = buildKnowledgeIndex(
  KnowledgeFile.parse({
    ...base,
    entities: [
      ...base.entities,
      {
        id: 'mara-quill',
        type: 'person',
        name: 'Mara Quill',
        aliases: ['Quill'],
        country: 'country:usa',
        description: 'President of the United States 2013-2017',
        roles: [{ title: 'President', of: 'country:usa', kind: 'head-of-state', from: '2013-01-20', to: '2017-01-20' }],
      },
      {
        id: 'otto-brenn',
        type: 'person',
        name: 'Otto Brenn',
        aliases: ['Brenn'],
        country: 'country:usa',
        description: 'President of the United States 2017-2025',
        roles: [{ title: 'President', of: 'country:usa', kind: 'head-of-state', from: '2017-01-20', to: '2025-01-20' }],
      },
      { id: 'ohio', type: 'place', name: 'Ohio', country: 'country:usa', description: 'US state in the Midwest' },
      {
        id: 'harbour-party',
        type: 'organization',
        name: 'Harbour Party',
        aliases: [],
        country: 'country:gbr',
        description: 'A British political party',
      },
      {
        id: 'colin-ashe',
        type: 'person',
        name: 'Colin Ashe',
        aliases: ['Ashe'],
        country: 'country:gbr',
        description: 'Leader of the Harbour Party',
        roles: [{ title: 'Leader', of: 'harbour-party', kind: 'party-leader', from: '2019-03-01', to: null }],
      },
    ],
  }),
);

function run(text: string, publishedAt: string | null) {
  const notes = resolveFindings(
    { text, findings: extractFindings(text), meta: { url: null, title: null, publishedAt, site: null } },
    index,
  );
  /** the actor one mention with these words belongs to */
  const at = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    return notes.actors.find((a) => a.mentions.some((m) => m.start <= start && m.end >= start + words.length));
  };
  return { notes, at, ids: notes.actors.map((a) => a.id) };
}

describe('an undated text: no holder from the knowledge file’s own date', () => {
  it('a bare title with no holder named stays a role of no one known', () => {
    const text = 'WASHINGTON — The president said on Monday that the United States would leave the talks.';
    const { at, ids } = run(text, null);
    expect(ids).not.toContain('donald-trump');
    // (a person of no name and no id: the office, with no holder)
    const president = at('The president');
    expect(president?.id).toBeNull();
    expect(president?.type).toBe('person');
  });

  it('the holder the text names is the bare title', () => {
    const text =
      'WASHINGTON — President Ann Lee met farmers in Iowa. Later the president said the United States would not cut subsidies.';
    const { at, ids } = run(text, null);
    expect(at('the president')?.name).toBe('Ann Lee');
    expect(ids).not.toContain('donald-trump');
  });

  it('a title set beside a name earlier is that name', () => {
    const text = 'Ann Lee, the prime minister, opened the bridge. The prime minister said Britain would build more.';
    for (const date of [null, '2025-03-17']) {
      const { at, ids } = run(text, date);
      expect(at('The prime minister')?.name).toBe('Ann Lee');
      expect(ids).not.toContain('keir-starmer');
    }
  });

  it('the years the text gives pick the one holder then', () => {
    const text = 'WASHINGTON — The president said in 2015 that the United States would not sign the treaty.';
    const { at, ids } = run(text, null);
    expect(at('The president')?.id).toBe('mara-quill');
    expect(ids).not.toContain('donald-trump');
  });

  it('years that span two holders pick neither', () => {
    const text = 'WASHINGTON — The president said the United States had kept its word in 2016 and in 2018.';
    const { ids } = run(text, null);
    expect(ids).not.toContain('mara-quill');
    expect(ids).not.toContain('otto-brenn');
    expect(ids).not.toContain('donald-trump');
  });

  it('a dated text is unchanged: the holder on its date', () => {
    const text = 'WASHINGTON — The president said on Monday that the United States would leave the talks.';
    expect(run(text, '2025-03-17').at('The president')?.id).toBe('donald-trump');
    expect(run(text, '2016-05-02').at('The president')?.id).toBe('mara-quill');
  });
});

describe('a title with its name is that name', () => {
  it('"the leader of the party, Ann Lee," is Ann Lee, not the party’s leader in the knowledge file', () => {
    const text = 'The leader of the Harbour Party, Ann Lee, said the party would stand in every seat.';
    for (const date of [null, '2025-03-17']) {
      const { at, ids } = run(text, date);
      expect(at('The leader')?.name).toBe('Ann Lee');
      expect(ids).not.toContain('colin-ashe');
    }
  });

  it('"Ann Lee, the American president who …" is Ann Lee, not the holder in the years the paragraph gives', () => {
    const text =
      'WASHINGTON — The treaty was signed again in 2015. Its author was Ann Lee, the American president who ' +
      'first proposed it, and her successors kept it.';
    for (const date of [null, '2016-05-02']) {
      const { at, ids } = run(text, date);
      expect(at('the American president')?.name).toBe('Ann Lee');
      expect(ids).not.toContain('mara-quill');
    }
  });

  it('"the leader of <party>" is that party’s office, never the country’s head of government', () => {
    const text = 'LONDON — The leader of the Harbour Party said Britain needed new ports.';
    const dated = run(text, '2025-03-17');
    expect(dated.at('The leader')?.id).toBe('colin-ashe');
    expect(dated.ids).not.toContain('keir-starmer');
    const undated = run(text, null);
    expect(undated.ids).not.toContain('keir-starmer');
    expect(undated.ids).not.toContain('colin-ashe');
  });

  it('"X, the president of a club," is X there, and leaves the bare title later to the country', () => {
    const text =
      'WASHINGTON — Ann Lee, the president of the city chess club, said members would meet weekly. ' +
      'The president said on Monday that the United States would leave the talks.';
    const { at } = run(text, '2025-03-17');
    expect(at('the president')?.name).toBe('Ann Lee');
    expect(at('The president')?.id).toBe('donald-trump');
  });

  it('"accused the president of <doing>" is still the country’s president', () => {
    const text = 'WASHINGTON — Senators accused the president of stalling the budget for the United States.';
    expect(run(text, '2025-03-17').at('the president')?.id).toBe('donald-trump');
  });
});

describe('never the wrong era (issue 16)', () => {
  it('undated: a person named but never given the title is not the bare title', () => {
    const text =
      'WASHINGTON — Otto Brenn spoke in Iowa on Monday. The president said the United States would leave the talks.';
    const { at } = run(text, null);
    expect(at('The president')?.id).toBeNull();
  });

  it('undated: of several presidents the text names, a summary’s bare title is the one it titles next', () => {
    const text =
      'WASHINGTON — Mara Quill spoke at a dinner for donors.\n\nThe president posed for photographs with guests.\n\n' +
      'President Otto Brenn greeted the guests on Monday. President Quill had done the same years before.';
    expect(run(text, null).at('The president')?.id).toBe('otto-brenn');
  });

  it('undated: a vice president is not "the president"', () => {
    const text =
      'WASHINGTON — Vice President Otto Brenn spoke in Iowa. The president said the United States would leave.';
    expect(run(text, null).at('The president')?.id).not.toBe('otto-brenn');
  });

  it('a state qualifier must agree: "the Ohio governor" is no other state’s governor', () => {
    const other = 'Texas Governor Ann Lee spoke in Austin. Later, the Ohio governor said the state would cut taxes.';
    expect(run(other, '2016-05-02').at('the Ohio governor')?.name).not.toBe('Ann Lee');
    const same = 'Ohio Governor Ann Lee spoke in Columbus. Later, the Ohio governor said the state would cut taxes.';
    expect(run(same, '2016-05-02').at('the Ohio governor')?.name).toBe('Ann Lee');
  });

  it('"its president" is a body’s office, not the country’s', () => {
    const text =
      'WASHINGTON — Acme Corp said its profits rose. Its president said the United States market was strong.';
    expect(run(text, '2025-03-17').ids).not.toContain('donald-trump');
  });

  it('dated: a past holder titled earlier yields to the holder on the date the text names, unless spoken of here', () => {
    const far =
      'WASHINGTON — President Mara Quill signed the law years ago. Otto Brenn spoke in Iowa.\n\n' +
      'The president said on Monday that the United States would leave the talks.';
    expect(run(far, '2018-05-02').at('The president')?.id).toBe('otto-brenn');
    const here =
      'WASHINGTON — Otto Brenn spoke in Iowa.\n\nWhen scandal engulfed President Mara Quill, aides rushed to the president’s defense.';
    expect(run(here, '2018-05-02').at('the president')?.id).toBe('mara-quill');
  });

  it('undated: a year in another paragraph does not date the bare title', () => {
    const text =
      'WASHINGTON — The river flooded the valley in 2015.\n\nThe president said the United States would send help.';
    expect(run(text, null).at('The president')?.id).toBeNull();
  });
});
