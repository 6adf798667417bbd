import { describe, expect, it } from 'vitest';
import { Entity } from '../../lib/knowledge/schema';
import { inaMarsh } from './time-fixture';
import { roleOn, roleWithYears, toEntityCard } from '../../lib/knowledge/card';

const NAMES: Record<string, string> = { eastport: 'Eastport', 'harbour-party': 'the Harbour Party', valdor: 'Valdor' };
const nameOf = (id: string) => NAMES[id];
const KNOWLEDGE = '2025-06-01';

describe('an actor card as of the article’s date', () => {
  it('shows the role held on the article’s date, not the one held now', () => {
    const card = toEntityCard(inaMarsh, '2015-03-18', nameOf, KNOWLEDGE);
    expect(card.role).toBe('Mayor of Eastport (since 1 May 2010)');
    expect(toEntityCard(inaMarsh, '2017-06-01', nameOf, KNOWLEDGE).role).toBe('Former Mayor of Eastport (2010–2016)');
    expect(toEntityCard(inaMarsh, '2020-06-01', nameOf, KNOWLEDGE).role).toBe('Governor of Valdor (since 10 Jan 2019)');
  });

  it('sets apart the roles begun and the facts dated after the article', () => {
    const card = toEntityCard(inaMarsh, '2015-03-18', nameOf, KNOWLEDGE);
    expect(card.facts.map((f) => f.text)).toEqual(['Opened the new harbour bridge as mayor.']);
    expect(card.later).toEqual({
      roles: ['Governor of Valdor from 10 Jan 2019', 'Leader of the Harbour Party from 1 Feb 2018'],
      facts: [
        expect.objectContaining({ text: 'Leads the Harbour Party into its third election.', asOf: '2025-06-01' }),
        expect.objectContaining({ text: 'Won a second term as governor.', asOf: '2023-05-20' }),
      ],
    });
    // on the knowledge date nothing is later
    expect(toEntityCard(inaMarsh, KNOWLEDGE, nameOf, KNOWLEDGE).later).toBeNull();
    // a fact as of the article's very day is not after it
    expect(toEntityCard(inaMarsh, '2023-05-20', nameOf, KNOWLEDGE).later?.facts.map((f) => f.asOf)).toEqual([
      '2025-06-01',
    ]);
  });

  it('gives the description its as-of date: the knowledge file’s, or an open-data entry’s own', () => {
    expect(toEntityCard(inaMarsh, '2015-03-18', nameOf, KNOWLEDGE).asOf).toBe(KNOWLEDGE);
    const open = Entity.parse({
      ...inaMarsh,
      provenance: {
        source: 'us-congress-legislators',
        url: 'https://bioguide.congress.gov/search/bio/X000001',
        licence: 'CC0-1.0',
        asOf: '2026-06-15',
        scope: 'entry',
      },
    });
    expect(toEntityCard(open, null, nameOf, KNOWLEDGE).asOf).toBe('2026-06-15');
  });

  it('after the knowledge date, says an office held then is known only as of that date', () => {
    expect(toEntityCard(inaMarsh, '2026-01-10', nameOf, KNOWLEDGE).role).toBe(
      'Governor of Valdor (since 10 Jan 2019; as of 1 Jun 2025)',
    );
    expect(roleOn(inaMarsh, '2026-01-10', nameOf)).toBe('Governor of Valdor (since 10 Jan 2019)');
  });
});

describe('an actor card on an undated page', () => {
  const card = toEntityCard(inaMarsh, null, nameOf, KNOWLEDGE);
  it('has no role line: no office is "current"', () => {
    expect(card.role).toBeNull();
    expect(JSON.stringify({ ...card, description: '' })).not.toMatch(/since|current/i);
    expect(card.asOf).toBe(KNOWLEDGE); // the description, written as of the knowledge date, says so
  });
  it('lists the roles with their years, the most notable first', () => {
    expect(card.roles).toEqual([
      'Governor of Valdor, 2019–',
      'Leader of the Harbour Party, 2018–',
      'Mayor of Eastport, 2010–2016',
    ]);
  });
  it('keeps every fact with its as-of date, and sets nothing apart as later', () => {
    expect(card.facts.map((f) => f.asOf)).toEqual(['2025-06-01', '2023-05-20', '2012-03-01']);
    expect(card.later).toBeNull();
  });
  it('names a role’s body once: "Leader of the Harbour Party", not "… of the Harbour Party" again', () => {
    expect(roleWithYears(inaMarsh.roles[1], nameOf)).toBe('Leader of the Harbour Party, 2018–');
    expect(roleWithYears({ ...inaMarsh.roles[0], to: '2010-12-01' }, nameOf)).toBe('Mayor of Eastport, 2010');
  });
});
