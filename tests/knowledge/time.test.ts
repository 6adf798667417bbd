import { describe, expect, it } from 'vitest';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { KnowledgeFile } from '../../lib/knowledge/schema';
import { TIME_TOPICS } from './time-fixture';
import { AFTERMATH_DAYS, addDays, factTime, namesTopic, topicFitsDate } from '../../lib/knowledge/time';
import { normalizeName } from '../../lib/knowledge/normalize';

const index = buildKnowledgeIndex(
  KnowledgeFile.parse({ version: 1, knowledgeDate: '2025-06-01', entities: [], topics: TIME_TOPICS }),
);
const ids = (sentence: string, date?: string | null) =>
  (date === undefined ? index.topicsFor(sentence) : index.topicsFor(sentence, { date })).map((t) => t.id);

const STRIKE = 'The dockers said the harbour strike would go on.';
const LANTERNS = 'The ballot on the lanterns was a referendum on the old town, she said.';

describe('topics on the article’s date', () => {
  it('without a date asked for, finds every topic the words fit (as before)', () => {
    expect(ids(STRIKE)).toEqual(['harbour-strike-2025']);
    expect(ids(LANTERNS)).toEqual(['lantern-referendum']);
  });

  it('never tags a claim with an event that began after the article', () => {
    expect(ids(STRIKE, '2015-03-18')).toEqual([]);
    expect(ids(STRIKE, '2025-02-09')).toEqual([]);
    // even one the sentence names
    expect(ids('The dockers recalled the Eastport harbour strike.', '2015-03-18')).toEqual([]);
  });

  it('tags it from its first day to a month after its last', () => {
    expect(ids(STRIKE, '2025-02-10')).toEqual(['harbour-strike-2025']);
    expect(ids(STRIKE, '2025-02-20')).toEqual(['harbour-strike-2025']);
    expect(ids(STRIKE, addDays('2025-02-20', AFTERMATH_DAYS))).toEqual(['harbour-strike-2025']);
    expect(ids(STRIKE, addDays('2025-02-20', AFTERMATH_DAYS + 1))).toEqual([]);
  });

  it('after that, only where the sentence names it or gives one of its years', () => {
    expect(ids(LANTERNS, '2019-05-01')).toEqual([]);
    expect(ids('The lantern vote was a referendum on the old town, she said.', '2019-05-01')).toEqual([
      'lantern-referendum',
    ]);
    expect(ids('The 2016 ballot on the lanterns was a referendum on the old town.', '2019-05-01')).toEqual([
      'lantern-referendum',
    ]);
    expect(ids('The 2018 ballot on the lanterns was a referendum on the old town.', '2019-05-01')).toEqual([]);
  });

  it('keeps an event still going on (to: null) from its first day, and a topic of no dates always', () => {
    expect(ids('Shelling in Valdor broke the ceasefire.', '2013-12-01')).toEqual([]);
    expect(ids('Shelling in Valdor broke the ceasefire.', '2016-07-01')).toEqual(['valdor-war']);
    expect(ids('Shelling in Valdor broke the ceasefire.', '2030-01-01')).toEqual(['valdor-war']);
    for (const date of ['1995-01-01', '2016-07-01', '2030-01-01', null])
      expect(ids('Sewage in the river is pollution, she said.', date)).toEqual(['river-pollution']);
  });

  it('on an undated page: topics of no dates, and a dated one only where the sentence names it or gives its year', () => {
    expect(ids(STRIKE, null)).toEqual([]);
    expect(ids(LANTERNS, null)).toEqual([]);
    expect(ids('Shelling in Valdor broke the ceasefire.', null)).toEqual([]);
    expect(ids('The dockers said the Eastport harbour strike would go on.', null)).toEqual(['harbour-strike-2025']);
    expect(ids('The lantern vote was a referendum on the old town.', null)).toEqual(['lantern-referendum']);
    expect(ids('Shelling in Valdor has broken every ceasefire since 2014.', null)).toEqual(['valdor-war']);
    expect(ids('Shelling in Valdor broke the 2012 ceasefire.', null)).toEqual([]);
  });
});

describe('topicFitsDate and namesTopic', () => {
  const strike = TIME_TOPICS[0] as Parameters<typeof topicFitsDate>[0];
  const s = (x: string) => normalizeName(x);
  it('names a topic by its name or an alias, as whole words only', () => {
    expect(namesTopic({ name: 'Lantern referendum', aliases: ['lantern vote'] }, s('After the Lantern vote, …'))).toBe(
      true,
    );
    expect(namesTopic({ name: 'Lantern referendum', aliases: ['lantern vote'] }, s('The lantern voters'))).toBe(false);
  });
  it('reads a topic with a start and no end as going on', () => {
    expect(topicFitsDate({ ...strike, to: undefined }, '2026-01-01', s(STRIKE))).toBe(true);
  });
  it('counts days across months and years', () => {
    expect(addDays('2025-02-20', 31)).toBe('2025-03-23');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });
});

describe('factTime: when a fact is about', () => {
  const asOf = '2025-06-01';
  it('reads the latest date its words name', () => {
    expect(factTime({ text: 'Became Prime Minister on 5 July 2024.', asOf })).toBe('2024-07-05');
    expect(factTime({ text: 'Elected on November 8, 2016, and sworn in in January 2017.', asOf })).toBe('2017-01-01');
    expect(factTime({ text: 'Led the party from 2010 to 2015.', asOf })).toBe('2015-01-01');
  });

  it('falls back to the day it was written, and takes no name for a month', () => {
    expect(factTime({ text: 'Leads the country’s largest union.', asOf })).toBe(asOf);
    expect(factTime({ text: 'Trump 2020 campaign adviser.', asOf })).toBe('2020-01-01');
  });
});
