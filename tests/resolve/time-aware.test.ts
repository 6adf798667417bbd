import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../lib/engine/extract';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { KnowledgePack } from '../../lib/knowledge/schema';
import { resolveFindings } from '../../lib/engine/resolve';
import { annotatePage } from '../../lib/annotate-page';
import { tinyKnowledge } from './knowledge-fixture';
import { TIME_TOPICS, inaMarsh } from '../knowledge/time-fixture';

// Issue 16: a card shows the actor as of the article's date, and a claim's context is only a topic of
// its time. Made-up people, places and events (tests/knowledge/time-fixture.ts).
const index = buildKnowledgeIndex(tinyKnowledge(), [
  KnowledgePack.parse({
    name: 'Eastport',
    entities: [
      inaMarsh,
      { id: 'eastport', type: 'place', name: 'Eastport', description: 'A port town in Valdor' },
      { id: 'valdor', type: 'place', name: 'Valdor', description: 'A made-up province' },
      { id: 'harbour-party', type: 'organization', name: 'Harbour Party', description: 'A party of Valdor' },
    ],
    topics: TIME_TOPICS,
  }),
]);

const TEXT =
  'Ina Marsh spoke to reporters at the quay on Monday.\n\n' +
  '“The dockers will not end the harbour strike for less,” Marsh said.\n\n' +
  'Marsh said sewage in the river was a pollution scandal.';

function run(publishedAt: string | null) {
  const input = {
    text: TEXT,
    findings: extractFindings(TEXT),
    meta: { url: null, title: null, publishedAt, site: null },
  };
  const notes = resolveFindings(input, index);
  const page = annotatePage(input, index);
  const marsh = notes.actors.find((a) => a.id === 'ina-marsh');
  const topics = (words: string) =>
    notes.claims
      .find((c) => c.text.includes(words))
      ?.context.map((c) => c.id)
      .filter((id) => id !== 'ina-marsh');
  return { notes, page, marsh, topics, card: page.entities['ina-marsh'] };
}

describe('roleLine: the role held on the article’s date', () => {
  it('on a dated page, the office held that day', () => {
    expect(run('2015-03-18').marsh?.role).toBe('Mayor of Eastport');
    expect(run('2020-06-01').marsh?.role).toBe('Governor of Valdor'); // the office of state before the party post
    expect(run('2017-06-01').marsh?.role).toBeNull(); // between offices: none held
  });

  it('on an undated page, none: not the knowledge file’s own date', () => {
    expect(run(null).marsh?.role).toBeNull();
  });
});

describe('the card’s data through the pipeline', () => {
  it('a dated page: the role on its date, later roles and facts set apart', () => {
    const { card } = run('2015-03-18');
    expect(card.role).toBe('Mayor of Eastport (since 1 May 2010)');
    expect(card.facts.every((f) => f.asOf <= '2015-03-18')).toBe(true);
    expect(card.later?.roles).toEqual([
      'Governor of Valdor from 10 Jan 2019',
      'Leader of the Harbour Party from 1 Feb 2018',
    ]);
    expect(card.asOf).toBe('2025-06-01');
  });

  it('an undated page: no role line, the roles with their years', () => {
    const { card } = run(null);
    expect(card.role).toBeNull();
    expect(card.roles).toEqual([
      'Governor of Valdor, 2019–',
      'Leader of the Harbour Party, 2018–',
      'Mayor of Eastport, 2010–2016',
    ]);
    expect(card.later).toBeNull();
  });
});

describe('claim context: topics of the article’s time', () => {
  it('never tags a 2015 claim with a 2025 event', () => {
    expect(run('2015-03-18').topics('harbour strike')).toEqual([]);
  });
  it('tags it while the event goes on, and not a year later', () => {
    expect(run('2025-02-15').topics('harbour strike')).toEqual(['harbour-strike-2025']);
    expect(run('2026-02-15').topics('harbour strike')).toEqual([]);
  });
  it('an undated page: not an event the keywords suggest; a topic of no dates, yes', () => {
    const { topics } = run(null);
    expect(topics('harbour strike')).toEqual([]);
    expect(topics('pollution scandal')).toEqual(['river-pollution']);
  });
});
