import { describe, expect, it } from 'vitest';
import { buildKnowledge, type WorldCountry } from '../../lib/knowledge/build';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { parseKnowledgeFile } from '../../lib/knowledge/load';
import { toEntityCard } from '../../lib/knowledge/card';
import { namesOfUs, wikiName, type UsCongressData } from '../../lib/knowledge/open-data';
import { HISTORICAL_COLUMNS } from '../../scripts/import-us-congress';

const USA: WorldCountry = {
  name: { common: 'United States', official: 'United States of America' },
  cca2: 'US',
  cca3: 'USA',
  independent: true,
  unMember: true,
  capital: ['Washington D.C.'],
  altSpellings: ['US', 'USA'],
  region: 'Americas',
  subregion: 'North America',
  demonyms: { eng: { m: 'American', f: 'American' } },
};
const orgs = {
  entities: [
    {
      id: 'us-senate',
      type: 'organization',
      name: 'United States Senate',
      description: 'Upper chamber of the US Congress',
      country: 'country:usa',
    },
    {
      id: 'us-house',
      type: 'organization',
      name: 'United States House of Representatives',
      description: 'Lower chamber of the US Congress',
      country: 'country:usa',
    },
    // hand-written: a sitting senator, and a person who shares a surname with open-data people
    {
      id: 'ann-hand',
      type: 'person',
      name: 'Ann Hand',
      description: 'Senator written by hand',
      country: 'country:usa',
      links: { wikidata: 'https://www.wikidata.org/wiki/Q1' },
      roles: [{ title: 'Senator from Ohio', of: 'us-senate', kind: 'legislator', from: '2019-01-03', to: null }],
    },
    { id: 'pat-smith', type: 'person', name: 'Pat Smith', description: 'A hand-written Smith', country: 'country:usa' },
  ],
};
const sen = (start: string, end: string, state = 'OH') => ({
  type: 'sen' as const,
  start,
  end,
  state,
  party: 'Democrat',
});
const rep = (start: string, end: string, district: number) => ({
  type: 'rep' as const,
  start,
  end,
  state: 'TX',
  district,
  party: 'Republican',
});
const data: UsCongressData = {
  current: [
    { bioguide: 'H000001', wikidata: 'Q1', name: { first: 'Ann', last: 'Hand' }, terms: [] },
    {
      bioguide: 'B000001',
      name: { first: 'Carl', last: 'Brown' },
      gender: 'M',
      terms: [sen('2013-01-03', '2019-01-03', 'VA'), sen('2019-01-03', '2031-01-03', 'VA')],
    },
    {
      bioguide: 'G000001',
      name: { first: 'Gail', last: 'Green' },
      gender: 'F',
      terms: [rep('2021-01-03', '2027-01-03', 4)],
    },
    {
      bioguide: 'G000002',
      name: { first: 'Hal', last: 'Green' },
      gender: 'M',
      terms: [rep('2023-01-03', '2027-01-03', 5)],
    },
    // a sitting member who shares a full name with a former one
    { bioguide: 'R000001', name: { first: 'Mike', last: 'Rivers' }, terms: [rep('2003-01-03', '2027-01-03', 3)] },
  ],
  executive: [],
  historical: {
    columns: [...HISTORICAL_COLUMNS],
    rows: [
      // two former members called John Smith, both born in the 1950s: nothing tells them apart
      [
        'S000001',
        'John',
        '',
        'Smith',
        '',
        '',
        '',
        '1950-01-01',
        'M',
        'rep',
        'NY',
        '3',
        'Democrat',
        'John Smith (New York politician)',
      ],
      [
        'S000002',
        'John',
        '',
        'Smith',
        '',
        '',
        '',
        '1955-01-01',
        'M',
        'sen',
        'OR',
        '',
        'Republican',
        'John Smith (Oregon politician)',
      ],
      // a former member with a unique full name
      ['W000001', 'Wanda', '', 'Whitcombe', '', '', '', '1948-05-05', 'F', 'sen', 'ME', '', 'Independent', ''],
      // a former Mike Rivers of the 19th century, and one with a suffix
      ['R000002', 'Mike', '', 'Rivers', '', '', '', '1820-01-01', 'M', 'rep', 'OH', '2', 'Whig', ''],
      ['J000001', 'Jess', '', 'Jay', 'Jr.', '', '', '1965-01-01', 'M', 'rep', 'IL', '2', 'Democrat', ''],
      ['F000001', 'A.', 'Drew', 'Fergus', '', '', '', '1966-01-01', 'M', 'rep', 'GA', '3', 'Republican', ''],
    ],
  },
};
// (Ann Hand's terms, written plainly)
data.current[0].terms = [
  { type: 'rep', start: '2011-01-03', end: '2013-01-03', state: 'OH', district: 9, party: 'Democrat' },
  sen('2019-01-03', '2025-01-03'),
  sen('2025-01-03', '2031-01-03'),
];

function index() {
  const result = buildKnowledge({
    worldCountries: [USA],
    sources: [{ file: 'people.json', json: orgs }],
    usCongress: data,
  });
  expect(result.errors).toEqual([]);
  return {
    file: result.knowledge!,
    index: buildKnowledgeIndex(parseKnowledgeFile(JSON.parse(JSON.stringify(result.knowledge)))),
  };
}

describe('US Congress open data', () => {
  it('imports sitting members with their terms and provenance, formers as compact rows, and merges hand-written entries', () => {
    const { file } = index();
    const brown = file.entities.find((e) => e.id === 'us-congress:b000001')!;
    expect(brown.description).toBe('U.S. Senator from Virginia (Democrat) since 2013');
    expect(brown.roles).toHaveLength(1); // consecutive terms of one seat are one role
    expect(brown.roles[0]).toMatchObject({
      title: 'Senator',
      of: 'us-senate',
      kind: 'legislator',
      from: '2013-01-03',
      to: null,
      seat: 'Virginia (Democrat)',
    });
    expect(brown.provenance).toEqual({
      source: 'us-congress-legislators',
      url: 'https://bioguide.congress.gov/search/bio/B000001',
      licence: 'CC0-1.0',
      asOf: '2026-06-15',
      scope: 'entry',
    });
    // the hand-written Ann Hand keeps her entry, gains the House term, not the Senate terms she has
    expect(file.entities.find((e) => e.id === 'us-congress:h000001')).toBeUndefined();
    const ann = file.entities.find((e) => e.id === 'ann-hand')!;
    expect(ann.description).toBe('Senator written by hand');
    expect(ann.roles.map((r) => r.title)).toEqual(['Senator from Ohio', 'Representative']);
    expect(ann.provenance?.scope).toBe('terms');
    expect(file.formers?.rows.map((r) => r[0])).toEqual([
      'F000001',
      'J000001',
      'R000002',
      'S000001',
      'S000002',
      'W000001',
    ]);
    // open-data people are not in the surname table
    expect(file.index!.surnames.keys).not.toContain('brown');
  });

  it('links a sitting member by full name, and a unique former member by full name', () => {
    const { index: idx } = index();
    expect(idx.lookupFirst('Carl Brown', { date: '2016-09-01' })?.id).toBe('us-congress:b000001');
    expect(idx.lookupFirst('Wanda Whitcombe', { date: '2016-09-01' })?.id).toBe('us-congress:w000001');
    expect(idx.lookupFirst('Wanda Whitcombe')?.description).toBe('Former U.S. Senator from Maine (Independent)');
    expect(idx.entity('us-congress:w000001')?.name).toBe('Wanda Whitcombe');
  });

  it('leaves two former members with the same full name unknown', () => {
    const { index: idx } = index();
    expect(idx.lookupFirst('John Smith', { date: '2016-09-01' })).toBeUndefined();
    expect(idx.lookup('John Smith')).toEqual([]);
  });

  it('never links a bare surname to an open-data person', () => {
    const { index: idx } = index();
    expect(idx.lookupFirst('Brown')).toBeUndefined();
    expect(idx.lookupFirst('Whitcombe')).toBeUndefined();
    // "Smith" is the hand-written Smith's surname only
    expect(idx.lookup('Smith').map((e) => e.id)).toEqual(['pat-smith']);
    // "A. Drew Fergus" is found as "Drew Fergus", never as "Fergus"
    expect(idx.lookupFirst('Drew Fergus')?.id).toBe('us-congress:f000001');
    expect(idx.lookupFirst('Fergus')).toBeUndefined();
  });

  it('links "Sen. X" only where one sitting senator has that surname, and while they sit', () => {
    const { index: idx } = index();
    expect(idx.lookupFirst('Sen. Brown', { date: '2020-05-01' })?.id).toBe('us-congress:b000001');
    expect(idx.lookupFirst('Senator Brown')?.id).toBe('us-congress:b000001');
    expect(idx.lookupFirst('Sen. Brown', { date: '2010-05-01' })).toBeUndefined(); // before he sat
    // two sitting representatives called Green: no "Rep. Green"
    expect(idx.lookupFirst('Rep. Green')).toBeUndefined();
    expect(idx.lookupFirst('Gail Green')?.id).toBe('us-congress:g000001');
  });

  it('prefers the member serving on the article’s date over a namesake of another century', () => {
    const { index: idx } = index();
    expect(idx.lookupFirst('Mike Rivers', { date: '2016-09-01' })?.id).toBe('us-congress:r000001');
    expect(idx.lookupFirst('Mike Rivers')?.id).toBe('us-congress:r000001');
  });

  it('finds a former member with a suffix by the name with it only', () => {
    const { index: idx } = index();
    expect(idx.lookupFirst('Jess Jay')).toBeUndefined();
    expect(idx.lookupFirst('Jess Jay Jr.')?.id).toBe('us-congress:j000001');
  });

  it('says where an open-data entry came from on its card', () => {
    const { index: idx } = index();
    const card = toEntityCard(idx.entity('us-congress:b000001')!, '2020-05-01', (id) => idx.entity(id)?.name);
    expect(card.source).toEqual({
      text: 'From the US Congress open data (CC0), as of 15 June 2026',
      url: 'https://bioguide.congress.gov/search/bio/B000001',
    });
    expect(card.role).toBe('Senator for Virginia (Democrat), United States Senate (since 3 Jan 2013)');
  });

  it('names people as papers do', () => {
    expect(namesOfUs({ first: 'Bernard', last: 'Sanders', nickname: 'Bernie', official: 'Bernard Sanders' })).toEqual({
      name: 'Bernie Sanders',
      others: ['Bernard Sanders'],
    });
    expect(namesOfUs({ first: 'J.', middle: 'Danforth', last: 'Quayle', nickname: 'Dan' }).name).toBe('Dan Quayle');
  });

  it('finds people by the name their Wikipedia article goes by, when it has their surname', () => {
    expect(wikiName('Newt Gingrich', 'Newton Gingrich')).toBe('Newt Gingrich');
    expect(wikiName('Chris Murphy', 'Christopher Murphy')).toBe('Chris Murphy');
    expect(wikiName('Joe Manchin', 'Joe Manchin III')).toBe('Joe Manchin');
    expect(wikiName('Patrick Murphy (Florida politician)', 'Patrick Murphy')).toBeUndefined(); // the same name
    expect(wikiName('B. Frank Murphy', 'Benjamin Murphy')).toBeUndefined(); // an initial first
    expect(wikiName('Oakes Murphy', 'Nathan Murphy')).toBe('Oakes Murphy');
    expect(wikiName('Louis Murphy (American politician)', 'Richard Murphy')).toBe('Louis Murphy');
    expect(wikiName('Murphy J. Foster', 'Murphy Foster')).toBe('Murphy J. Foster');
    expect(wikiName('Lincoln Chafee', 'Lincoln Davenport Chafee')).toBe('Lincoln Chafee');
    expect(wikiName('Smith', 'John Smith')).toBeUndefined(); // one word
    expect(wikiName('Jane Doe', 'John Smith')).toBeUndefined(); // another surname
  });
});
