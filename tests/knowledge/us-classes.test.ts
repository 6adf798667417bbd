import { readBundledKnowledge } from './read-bundled';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import type { KnowledgeFile } from '../../lib/knowledge/schema';

/**
 * The classes of US names added for issue 17 (news outlets and programmes, pollsters, sports teams,
 * political groups, cities and regions, officials, events and programmes as topics): each is found
 * by its own name as the right kind of thing, and names a reader would mean otherwise stay unlinked.
 */
const file = readBundledKnowledge() as KnowledgeFile;
const index = buildKnowledgeIndex(file);
const first = (name: string, date = '2016-06-01') => index.lookupFirst(name, { date });

describe('US names that are not people', () => {
  it.each([
    ['The Boston Globe', 'organization'],
    ['Boston Globe', 'organization'],
    ['Morning Joe', 'organization'],
    ['Quinnipiac University Poll', 'organization'],
    ['Minnesota Vikings', 'organization'],
    ['Judicial Watch', 'organization'],
    ['Democratic National Committee', 'organization'],
    ['Ninth Circuit', 'organization'],
    ['San Diego', 'place'],
    ['Des Moines', 'place'],
    ['Sunshine State', 'place'],
    ['Rust Belt', 'place'],
    ['Trump Tower', 'place'],
  ])('%s is a known %s', (name, type) => {
    expect(first(name)?.type).toBe(type);
  });

  it('events, programmes and slogans are topics, not actors', () => {
    for (const name of ['Great Recession', 'Vietnam War', 'Social Security', 'Make America Great Again', 'Never Trump'])
      expect(index.topicNamed(name)?.name, name).toBeTruthy();
  });

  it('a one-word name that is also a surname or a word finds no outlet, team or city', () => {
    // (The Hill, Hannity, Time, Jackson, Lincoln, Madison: left out, or only under a longer name)
    for (const name of [
      'Hill',
      'Hannity',
      'Time',
      'Brady',
      'Rasmussen',
      'Zogby',
      'Jackson',
      'Lincoln',
      'Madison',
      'Roe',
    ])
      expect(first(name)?.type === 'organization' || first(name)?.type === 'place', name).toBe(false);
    expect(index.topicNamed('Roe')).toBeUndefined();
  });
});

describe('same-name pairs among US officials', () => {
  it('Dennis Ross, the diplomat, and Rep. Dennis A. Ross of Florida', () => {
    expect(first('Dennis Ross')?.id).toBe('dennis-ross');
    expect(first('Dennis B. Ross')?.id).toBe('dennis-ross');
    expect(first('Dennis A. Ross')?.id).toBe('us-congress:r000593');
  });

  it('Barry Goldwater, the 1964 nominee, and his son Rep. Barry Goldwater Jr.', () => {
    expect(first('Barry Goldwater')?.id).toBe('barry-goldwater');
    expect(first('Barry Goldwater Jr.')?.id).toBe('us-congress:g000268');
    expect(first('Goldwater')?.id).not.toBe('barry-goldwater');
  });

  it('a Federal Reserve governor is found by full name, not by a bare surname', () => {
    expect(first('Lael Brainard')?.id).toBe('lael-brainard');
    expect(first('Brainard')).toBeUndefined();
  });
});

describe('people added by class: TV hosts, commentators, entertainers, athletes, Justice Department and police chiefs, civil-rights and union heads', () => {
  it.each([
    ['Joy Behar', 'joy-behar'],
    ['Dr. Phil', 'phil-mcgraw'],
    ['Geraldo Rivera', 'geraldo-rivera'],
    ['Raymond Kelly', 'ray-kelly'],
    ['William Bratton', 'bill-bratton'],
    ['Drew Days', 'drew-s-days-iii'],
    ['Rodney King', 'rodney-king'],
    ['Kareem Abdul-Jabbar', 'kareem-abdul-jabbar'],
  ])('%s is %s', (name, id) => {
    expect(first(name)?.id).toBe(id);
  });

  it('a surname several of them share, or a common one, links none of them on its own', () => {
    // (Billie Jean King, Rodney King; Ray Kelly and Megyn Kelly; Herschel Walker and Scott Walker)
    for (const [surname, id] of [
      ['King', 'billie-jean-king'],
      ['King', 'rodney-king'],
      ['Kelly', 'ray-kelly'],
      ['Walker', 'herschel-walker'],
      ['Olson', 'ted-olson'],
      ['Rather', 'dan-rather'],
    ])
      expect(first(surname)?.id, surname).not.toBe(id);
  });
});
