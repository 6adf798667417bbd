import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import {
  bylineDate,
  dateFromUrl,
  datelineDate,
  describeDate,
  formatDay,
  isPlausibleDate,
  parseJsonLd,
  toIsoDate,
} from '../../lib/article/dates';
import { readArticleMeta } from '../../lib/article/meta';
import { annotateHtml, annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';
import { ArticleMeta, PageNotes, toContractJson } from '../../lib/notes';

const NOW = new Date('2026-01-15T12:00:00Z');
const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('toIsoDate: a date as pages write it → YYYY-MM-DD, in the zone it was written in', () => {
  it.each([
    ['2015-03-18T23:30:00-05:00', '2015-03-18'],
    ['2015-03-18T00:30:00+09:00', '2015-03-18'],
    ['2015-03-18T04:30:00Z', '2015-03-18'],
    ['2015-03-18T04:30:00.000Z', '2015-03-18'],
    ['2016-02-01 01:28:49', '2016-02-01'],
    ['20150318', '2015-03-18'],
    ['20160729164234', '2016-07-29'],
    ['2015/03/18 10:00', '2015-03-18'],
    ['Wed, 18 Mar 2015 23:30:00 -0500', '2015-03-18'],
    ['March 18, 2015 12:00 UTC', '2015-03-18'],
    ['18th March 2015', '2015-03-18'],
    ['Sept. 3, 2015', '2015-09-03'],
    ['18/03/2015', '2015-03-18'],
    ['03/18/2015', '2015-03-18'],
    ['1426636800', '2015-03-18'],
  ])('%s → %s', (raw, iso) => expect(toIsoDate(raw)).toBe(iso));

  it.each(['not a date', '', '2015-02-30', '2015-13-01', '04/05/2015', 'Published in May', '33646704'])(
    '%j → null',
    (raw) => expect(toIsoDate(raw)).toBeNull(),
  );
});

describe('isPlausibleDate: from 1990 to now (in the furthest zone ahead of UTC)', () => {
  it('refuses the future and the CMS placeholders of the past', () => {
    expect(isPlausibleDate('2026-01-15', NOW)).toBe(true);
    expect(isPlausibleDate('2026-01-16', NOW)).toBe(true); // already the 16th in Kiribati at 12:00 UTC
    expect(isPlausibleDate('2026-01-17', NOW)).toBe(false);
    expect(isPlausibleDate('2031-05-01', NOW)).toBe(false);
    expect(isPlausibleDate('1990-01-01', NOW)).toBe(true);
    expect(isPlausibleDate('1989-12-31', NOW)).toBe(false);
    expect(isPlausibleDate('1970-01-01', NOW)).toBe(false);
    expect(isPlausibleDate(null, NOW)).toBe(false);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://www.example.com/news/2015/03/18/story/', '2015-03-18'],
    ['https://www.example.com/news/2015/3/8/story', '2015-03-08'],
    ['https://www.example.com/world/2015/mar/18/story', '2015-03-18'],
    ['https://www.example.com/world/2015/sept/03/story', '2015-09-03'],
    ['https://www.example.com/news/20150318/story', '2015-03-18'],
    ['https://www.example.com/news/ct-story-met-20150318-story.html', '2015-03-18'],
    ['https://www.example.com/news/story_20150318.html', '2015-03-18'],
    ['https://www.example.com/2015-03-18/story', '2015-03-18'],
  ])('%s → %s', (url, iso) => expect(dateFromUrl(url, NOW)).toBe(iso));

  it.each([
    'https://www.example.com/news/world-us-canada-33646704',
    'https://www.example.com/news/2015/02/30/story',
    'https://www.example.com/history/1887/03/18/story',
    'https://www.example.com/news/2031/01/02/story',
    'https://www.example.com/news/2015/03/story',
    'https://www.example.com/story?date=2015-03-18',
    'https://www.example.com/p/1227261886014',
    'file:///home/me/2015/03/18/saved.html',
  ])('%s → null', (url) => expect(dateFromUrl(url, NOW)).toBeNull());
});

describe('datelines and bylines in the text', () => {
  it('reads a wire dateline only at the start of a paragraph', () => {
    expect(datelineDate('WASHINGTON, March 18, 2015 — The Senate voted.', NOW)).toBe('2015-03-18');
    expect(datelineDate('SYDNEY, 18 March 2015 (Reuters) - Shares rose.', NOW)).toBe('2015-03-18');
    expect(datelineDate('On March 18, 2015 — a Wednesday — the Senate voted.', NOW)).toBeNull();
    expect(datelineDate('The Senate voted on March 18, 2015 — the day after.', NOW)).toBeNull();
  });
  it('prefers the published date of a byline to its updated one', () => {
    expect(bylineDate('Updated 20 March 2015 · First published 18 March 2015', NOW)).toBe('2015-03-18');
    expect(bylineDate('Published 18 March 2015 · Updated 20 March 2015', NOW)).toBe('2015-03-18');
    expect(bylineDate('Updated 20 March 2015, 10:00 · 18 March 2015', NOW)).toBe('2015-03-18');
    expect(bylineDate('Updated: Mar. 18, 2015 5:04 p.m. ET', NOW)).toBe('2015-03-18');
    expect(bylineDate('By Staff · Published 1 May 2031', NOW)).toBeNull();
  });
});

describe('parseJsonLd repairs what CMSs write', () => {
  it('reads HTML-escaped, commented, CDATA-wrapped blocks, trailing commas and raw line breaks', () => {
    expect(parseJsonLd('{&quot;@type&quot;:&quot;NewsArticle&quot;}')).toEqual({ '@type': 'NewsArticle' });
    expect(parseJsonLd('<!--{"@type":"NewsArticle"}-->')).toEqual({ '@type': 'NewsArticle' });
    expect(parseJsonLd('//<![CDATA[\n{"@type":"NewsArticle"}\n//]]>')).toEqual({ '@type': 'NewsArticle' });
    expect(parseJsonLd('{"@type":"NewsArticle","about":["a","b",],}')).toEqual({
      '@type': 'NewsArticle',
      about: ['a', 'b'],
    });
    expect(parseJsonLd('{"@type":"NewsArticle","description":"one\ntwo"}')).toEqual({
      '@type': 'NewsArticle',
      description: 'one two',
    });
    expect(parseJsonLd('{"@type": "NewsArt')).toBeUndefined();
  });
  it('still finds a datePublished written plainly in a block no repair can read', () => {
    const html =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2013-06-07T10:00:00Z","author":{"name":"A"}}}</script>';
    expect(readArticleMeta(doc(html), null, { now: NOW })).toMatchObject({
      publishedAt: '2013-06-07',
      dateSource: 'json-ld',
    });
  });
});

describe('describeDate: the date in plain words for the popup and the cards', () => {
  it.each([
    [{ publishedAt: '2015-03-18', dateSource: 'url' as const }, 'published 18 March 2015 · from the page’s address'],
    [{ publishedAt: '2015-03-18', dateSource: 'json-ld' as const }, 'published 18 March 2015 · from the page’s data'],
    [{ publishedAt: '2015-03-18', dateSource: 'meta' as const }, 'published 18 March 2015 · from the page’s tags'],
    [
      { publishedAt: '2019-01-03', dateSource: 'time' as const },
      'published 3 January 2019 · from the date shown on the page',
    ],
    [
      { publishedAt: '2015-03-18', dateSource: 'text' as const },
      'published 18 March 2015 · from the article’s dateline',
    ],
    [{ publishedAt: '2015-03-18', dateSource: 'given' as const }, 'published 18 March 2015 · as given'],
    [{ publishedAt: '2015-03-18' }, 'published 18 March 2015'],
    [{ publishedAt: null, dateSource: null }, 'date unknown'],
    [{ publishedAt: null }, 'date unknown'],
  ])('%j → %s', (meta, words) => expect(describeDate(meta)).toBe(words));
  it('formats a day without a leading zero', () => expect(formatDay('2015-03-08')).toBe('8 March 2015'));
});

describe('dateSource in the schemas and the printed contract', () => {
  const base = { url: null, title: null, publishedAt: '2015-03-18' };
  it('is optional: metadata and notes saved before it still validate', () => {
    expect(ArticleMeta.safeParse(base).success).toBe(true);
    expect(ArticleMeta.safeParse({ ...base, dateSource: 'url' }).success).toBe(true);
    expect(ArticleMeta.safeParse({ ...base, dateSource: null }).success).toBe(true);
    expect(ArticleMeta.safeParse({ ...base, dateSource: 'guess' }).success).toBe(false);
    expect(PageNotes.safeParse({ ...base, actors: [], claims: [] }).success).toBe(true);
    expect(PageNotes.safeParse({ ...base, dateSource: 'json-ld', actors: [], claims: [] }).success).toBe(true);
  });
  it('is printed right after publishedAt, null when unknown', () => {
    const json = toContractJson({ ...base, actors: [], claims: [] });
    expect(Object.keys(json)).toEqual(['url', 'title', 'publishedAt', 'dateSource', 'actors', 'claims']);
    expect(json.dateSource).toBeNull();
    expect(toContractJson({ ...base, dateSource: 'meta', actors: [], claims: [] }).dateSource).toBe('meta');
  });
});

describe('the command line: --date is a date given', () => {
  const index = loadKnowledgeIndex();
  const html =
    '<html><head><meta property="article:published_time" content="2019-09-01T10:00:00Z"></head><body><article><h1>Bridge</h1><p>Ann Lee, the mayor of Eastfield, said the bridge would reopen in May.</p></article></body></html>';
  it("keeps the page's own date and source without --date", () => {
    expect(annotateHtml(html, null, index)).toMatchObject({ publishedAt: '2019-09-01', dateSource: 'meta' });
  });
  it('gives the date and "given" with --date, for a page and for plain text', () => {
    expect(annotateHtml(html, null, index, { publishedAt: '2015-03-18' })).toMatchObject({
      publishedAt: '2015-03-18',
      dateSource: 'given',
    });
    expect(annotateText('Ann Lee spoke.', index, { publishedAt: '2015-03-18' })).toMatchObject({
      publishedAt: '2015-03-18',
      dateSource: 'given',
    });
    expect(annotateText('Ann Lee spoke.', index)).toMatchObject({ publishedAt: null, dateSource: null });
  });
});

const devDir = join(__dirname, '../../../shared/fixtures/dev');
describe('the dev pages keep their dates, now with their sources', () => {
  const expected: Record<string, [string, string]> = {
    'bbc-1.html': ['2015-07-24', 'json-ld'],
    'cnn.html': ['2016-02-01', 'meta'],
    'guardian-1.html': ['2019-01-03', 'meta'],
    'herald-sun-1.html': ['2015-03-13', 'text'],
    'nytimes-2.html': ['2016-07-29', 'meta'],
    'yahoo-2.html': ['2016-12-01', 'time'],
  };
  const pages = Object.keys(expected).filter((f) => existsSync(join(devDir, f)));
  if (!pages.length) {
    it('are absent here: ../shared/fixtures/dev was not found', () => expect(pages).toHaveLength(0));
    return;
  }
  it.each(pages)('%s', (f) => {
    const m = readArticleMeta(doc(readFileSync(join(devDir, f), 'utf8')), null, { now: NOW });
    expect([m.publishedAt, m.dateSource]).toEqual(expected[f]);
  });
});
