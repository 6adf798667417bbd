import { readBundledKnowledge } from './read-bundled';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import type { KnowledgeFile } from '../../lib/knowledge/schema';

/**
 * The US people written by category (people-us-*.json, people-heads-since-1990.json): offices held
 * one at a time, the article's date choosing the holder, and names that stay unknown rather than
 * link to the wrong person (a bare surname that is a word or a place, a full name two people share).
 */
const file = readBundledKnowledge() as KnowledgeFile;
const index = buildKnowledgeIndex(file);
const person = (name: string, date: string) => index.lookupFirst(name, { type: 'person', date })?.id;

describe('US offices by date', () => {
  const overlaps = (a: { from: string; to: string | null }, b: { from: string; to: string | null }) =>
    a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31');
  const US_BODIES = new Set([
    'country:usa',
    'white-house',
    'federal-reserve',
    'democratic-party',
    'republican-party',
    'us-senate',
    'us-house',
  ]);
  const single = [
    'Secretary of State',
    'Treasury Secretary',
    'Secretary of Defense',
    'Attorney General',
    'Secretary of Homeland Security',
    'White House Chief of Staff',
    'White House Press Secretary',
    'National Security Advisor',
    'Director of the FBI',
    'Director of the CIA',
    'Chief Justice of the United States',
    'Chair of the Federal Reserve',
    'Chair of the Democratic National Committee',
    'Chair of the Republican National Committee',
    'Speaker of the House of Representatives',
    'Senate Majority Leader',
    'Senate Minority Leader',
    'House Majority Leader',
    'House Minority Leader',
  ];
  it('has one holder of each single-holder office at a time (a handover day allowed)', () => {
    const clashes: string[] = [];
    for (const title of single) {
      const terms = file.entities.flatMap((e) =>
        e.roles.filter((r) => r.title === title && US_BODIES.has(r.of)).map((r) => ({ id: e.id, ...r })),
      );
      for (const a of terms)
        for (const b of terms) if (a.id < b.id && overlaps(a, b)) clashes.push(`${title}: ${a.id} / ${b.id}`);
    }
    expect(clashes).toEqual([]);
  });

  it('has one governor of a state at a time', () => {
    const terms = file.entities.flatMap((e) =>
      e.roles.filter((r) => r.title.startsWith('Governor of ')).map((r) => ({ id: e.id, ...r })),
    );
    const clashes: string[] = [];
    for (const a of terms)
      for (const b of terms)
        if (a.id < b.id && a.of === b.of && a.title === b.title && overlaps(a, b))
          clashes.push(`${a.title}: ${a.id} ${a.from}–${a.to} / ${b.id} ${b.from}–${b.to}`);
    expect(clashes).toEqual([]);
  });

  it('finds the holder on the article’s date', () => {
    expect(index.holderOf('Attorney General', 'country:usa', '2016-03-01')?.id).toBe('loretta-lynch');
    expect(index.holderOf('Attorney General', 'country:usa', '2010-03-01')?.id).toBe('eric-holder');
    expect(index.holderOf('Attorney General', 'country:usa', '2017-06-01')?.id).toBe('jeff-sessions');
    expect(index.holderOf('White House Press Secretary', 'white-house', '2016-03-01')?.id).toBe('josh-earnest');
    expect(index.holderOf('White House Press Secretary', 'white-house', '2017-03-01')?.id).toBe('sean-spicer');
    expect(index.holderOf('Director of the FBI', 'country:usa', '2016-07-05')?.id).toBe('james-comey');
    expect(index.holderOf('Governor', 'ohio', '2016-03-01')?.id).toBe('john-kasich');
    expect(index.holderOf('Governor', 'new-jersey', '2016-03-01')?.id).toBe('chris-christie');
    expect(index.holderOf('Governor', 'california', '2016-03-01')?.id).toBe('jerry-brown');
    expect(index.holderOf('Governor', 'california', '1980-03-01')?.id).toBe('jerry-brown');
    expect(index.holderOf('Governor', 'california', '2005-03-01')?.id).toBe('arnold-schwarzenegger');
    expect(index.holderOf('head-of-government', 'country:irq', '2016-03-01')?.id).toBe('haider-al-abadi');
    expect(index.holderOf('Senate Minority Leader', 'us-senate', '2016-03-01')?.id).toBe('harry-reid');
    expect(index.holderOf('House Majority Leader', 'us-house', '2016-03-01')?.id).toBe('kevin-mccarthy');
  });
});

describe('US names, told apart', () => {
  it('finds the new people by their full names and the forms papers write', () => {
    expect(person('Jeb Bush', '2016-02-01')).toBe('jeb-bush');
    expect(person('James B. Comey', '2016-07-05')).toBe('james-comey');
    expect(person('Joseph R. Biden Jr.', '2016-07-05')).toBe('joe-biden');
    expect(person('George H.W. Bush', '2016-07-05')).toBe('george-h-w-bush');
    expect(person('Moammar Gadhafi', '2011-03-01')).toBe('muammar-gaddafi');
    expect(person('Newt Gingrich', '2016-07-05')).toBe('newt-gingrich');
    expect(person('John F. Kennedy', '2016-07-05')).toBe('john-f-kennedy');
    expect(person('FDR', '2016-07-05')).toBe('franklin-d-roosevelt');
    // the senator from Louisiana keeps his own name
    expect(person('John Kennedy', '2018-07-05')).toBe('us-congress:k000393');
  });

  it('finds open-data members by the name their Wikipedia article goes by', () => {
    expect(person('Chris Murphy', '2016-07-05')).toBe('us-congress:m001169');
    expect(person('Christopher Murphy', '2016-07-05')).toBe('us-congress:m001169');
  });

  it('keeps a bare surname that is a word, a place or a shared name from linking anyone', () => {
    // (Janet Reno, Byron White, Steve Jobs, Jim Justice, Brad Little: found by full name only)
    for (const [surname, full, id] of [
      ['Reno', 'Janet Reno', 'janet-reno'],
      ['White', 'Byron White', 'byron-white'],
      ['Jobs', 'Steve Jobs', 'steve-jobs'],
      ['Justice', 'Jim Justice', 'jim-justice'],
      ['Little', 'Brad Little', 'brad-little'],
      ['Forbes', 'Steve Forbes', 'steve-forbes'],
    ]) {
      expect(person(full, '2016-03-01')).toBe(id);
      expect(person(surname, '2016-03-01')).not.toBe(id);
    }
    // of three Bushes, a bare "Bush" stays with the entry it found before
    expect(person('Bush', '2016-03-01')).toBe('george-w-bush');
    // a generational suffix is no surname, and "Kennedy" is too many people's
    expect(person('Jr', '2024-03-01')).toBeUndefined();
    expect(person('Kennedy', '2016-03-01')).toBeUndefined();
    expect(person('Robert F. Kennedy Jr.', '2024-03-01')).toBe('robert-f-kennedy-jr');
    // a distinctive surname of a presidential candidate still finds him
    expect(person('Kasich', '2016-03-01')).toBe('john-kasich');
  });

  it('keeps a former member’s seat on the hand-written entry that takes the place of the open-data row', () => {
    const kasich = index.entity('john-kasich')!;
    expect(kasich.facts.map((f) => f.text)).toContain(
      "Served in Congress; last as U.S. Representative for Ohio's 12th district (Republican) (US Congress open data).",
    );
    expect(kasich.provenance?.scope).toBe('terms');
    expect(file.formers?.rows.some((r) => r[0] === 'K000016')).toBe(false);
  });

  it('leaves a full name two former members share unknown when nothing in the name tells them apart', () => {
    // Patrick Murphy of Pennsylvania (House 2007–2011) and of Florida (House 2013–2017)
    expect(person('Patrick Murphy', '2016-07-05')).toBeUndefined();
  });

  it('tells two members of one name apart by what the text says of them (state, chamber, party)', () => {
    const murphy = (member: { chamber?: 'sen' | 'rep'; state?: string; party?: string }) =>
      index.lookupFirst('Patrick Murphy', { type: 'person', date: '2016-07-05', member })?.id;
    expect(murphy({ state: 'FL' })).toBe('us-congress:m001191');
    expect(murphy({ state: 'PA', party: 'Democrat' })).toBe('us-congress:m001168');
    expect(murphy({ chamber: 'sen' })).toBeUndefined(); // neither sat in the Senate
    expect(murphy({ state: 'OH' })).toBeUndefined();
  });

  it('finds a member by surname only with a chamber or state, and only the one serving that day', () => {
    const bySurname = (
      surname: string,
      date: string,
      member: { chamber?: 'sen' | 'rep'; state?: string; party?: string },
    ) => index.memberBySurname(surname, { date, member })?.id;
    expect(bySurname('Murphy', '2016-07-05', { chamber: 'sen' })).toBe('us-congress:m001169'); // Chris Murphy (D-Conn.)
    expect(bySurname('Murphy', '2016-07-05', { chamber: 'sen', state: 'CT', party: 'Democrat' })).toBe(
      'us-congress:m001169',
    );
    expect(bySurname('Murphy', '2016-07-05', { party: 'Democrat' })).toBeUndefined(); // a party alone is not enough
    // two Florida Democrats named Murphy sat in the House around 2016; the rows have no dates to choose by
    expect(bySurname('Murphy', '2016-07-05', { chamber: 'rep', state: 'FL' })).toBeUndefined();
  });
});
