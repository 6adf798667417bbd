import { describe, expect, it } from 'vitest';
import { summarizeVoices, quotesBySpeaker } from '../lib/voices';
import { formatNotesTable } from '../lib/format-notes';
import { toContractJson } from '../lib/notes';
import { sampleNotes } from './notes-fixture';

describe('voices', () => {
  it('counts direct, partial and reported speech per speaker and flags unnamed sources', () => {
    const v = summarizeVoices(sampleNotes());
    const byName = Object.fromEntries(v.map((x) => [x.name, x]));
    expect(byName['Keir Starmer']).toMatchObject({ direct: 1, partial: 0, reported: 0, share: 0.5, unnamed: false });
    expect(byName['Vladimir Putin']).toMatchObject({ direct: 0, partial: 1, share: 0.5 });
    expect(byName.Officials).toMatchObject({ reported: 1, unnamed: true, share: 0 });
  });
  it('counts a speaker known only by the words of a description, no actor of the page, as an unnamed source', () => {
    const notes = sampleNotes();
    const first = notes.claims[0];
    notes.claims.push({
      ...first,
      kind: 'reported',
      speaker: { id: null, name: 'several nations', mention: null },
    });
    const byName = Object.fromEntries(summarizeVoices(notes).map((x) => [x.name, x]));
    expect(byName['several nations']).toMatchObject({ reported: 1, unnamed: true });
    expect(byName['Keir Starmer'].unnamed).toBe(false);
  });
  it('lists each speaker’s quotes in reading order', () => {
    expect(quotesBySpeaker(sampleNotes()).get('id:keir-starmer')).toEqual([0]);
  });
});

describe('output formats', () => {
  it('prints exactly the contract fields', () => {
    const json = toContractJson(sampleNotes());
    expect(Object.keys(json)).toEqual(['url', 'title', 'publishedAt', 'dateSource', 'actors', 'claims']);
    expect(Object.keys(json.actors[0])).toEqual([
      'id',
      'name',
      'type',
      'known',
      'description',
      'articleDescription',
      'mentions',
    ]);
    // (the fixture's first claim has a confidence and no why: why and confidence are optional, printed when there)
    expect(Object.keys(json.claims[0])).toEqual([
      'kind',
      'text',
      'start',
      'end',
      'speaker',
      'cue',
      'context',
      'confidence',
    ]);
    expect(Object.keys(json.claims[0].speaker!.mention!)).toEqual(['text', 'start', 'end']);
    expect(Object.keys(json.actors[0].mentions[0])).toEqual(['text', 'start', 'end']);
    expect('unnamed' in json.actors[2]).toBe(false);
    expect('attribution' in json.claims[0]).toBe(false);
  });
  it('prints why and confidence after the contract fields, on claims and mentions', () => {
    const notes = sampleNotes();
    notes.claims[0] = {
      ...notes.claims[0],
      why: ['quote:double-marks', 'cue:colon', 'speaker:named'],
      confidence: 0.9,
    };
    notes.actors[0] = {
      ...notes.actors[0],
      mentions: notes.actors[0].mentions.map((m) => ({
        ...m,
        why: ['name:capitalised', 'actor:known'],
        confidence: 0.95,
      })),
    };
    const json = toContractJson(notes);
    expect(Object.keys(json.claims[0])).toEqual([
      'kind',
      'text',
      'start',
      'end',
      'speaker',
      'cue',
      'context',
      'why',
      'confidence',
    ]);
    expect(json.claims[0]).toMatchObject({
      why: ['quote:double-marks', 'cue:colon', 'speaker:named'],
      confidence: 0.9,
    });
    expect(Object.keys(json.actors[0].mentions[0])).toEqual(['text', 'start', 'end', 'why', 'confidence']);
  });
  it('prints a mention’s bare name span after its own, only where it is narrower', () => {
    const notes = sampleNotes();
    const m = notes.actors[0].mentions[0];
    notes.actors[0] = {
      ...notes.actors[0],
      mentions: [
        { ...m, nameStart: m.start + 4, nameEnd: m.end, why: ['name:capitalised'], confidence: 0.8 },
        { ...m, nameStart: m.start, nameEnd: m.end },
      ],
    };
    const json = toContractJson(notes);
    expect(Object.keys(json.actors[0].mentions[0])).toEqual([
      'text',
      'start',
      'end',
      'nameStart',
      'nameEnd',
      'why',
      'confidence',
    ]);
    expect(json.actors[0].mentions[0]).toMatchObject({ nameStart: m.start + 4, nameEnd: m.end });
    expect(Object.keys(json.actors[0].mentions[1])).toEqual(['text', 'start', 'end']);
  });
  it('prints a readable table', () => {
    const t = formatNotesTable(sampleNotes());
    expect(t).toContain('3 actors · 2 quotes · 1 reported statements · 1 figures');
    expect(t).toMatch(/People\n {2}Keir Starmer/);
    expect(t).toContain('(not in the knowledge file)');
  });
});

import { notesToMarkdown, notesToJson, exportFileName, escapeMarkdown } from '../lib/export';
import { samplePage } from './notes-fixture';

describe('export', () => {
  it('writes Markdown with actors, voices and claims, page text escaped', () => {
    const md = notesToMarkdown(samplePage());
    expect(md).toContain('# A \\<b\\>bold\\</b\\> headline');
    expect(md).toContain('- **Keir Starmer** (1×) — Prime Minister of the United Kingdom');
    expect(md).toContain('**Officials** (unnamed source): 0 direct, 0 partial, 1 reported');
    expect(md).toContain('- *partial-quote*: “premature” — Vladimir Putin');
    expect(escapeMarkdown('[x](javascript:y)')).toBe('\\[x\\]\\(javascript:y\\)');
  });
  it('writes the contract JSON and a safe file name', () => {
    expect(JSON.parse(notesToJson(samplePage())).actors).toHaveLength(3);
    expect(exportFileName(samplePage(), 'md')).toBe('a-b-bold-b-headline.md');
  });
});

import { withArticle } from '../lib/knowledge/card';
describe('withArticle', () => {
  it('puts "the" where English does', () => {
    expect(withArticle('United Kingdom', 'country')).toBe('the United Kingdom');
    expect(withArticle('Netherlands', 'country')).toBe('the Netherlands');
    expect(withArticle('France', 'country')).toBe('France');
    expect(withArticle('Cyprus', 'country')).toBe('Cyprus');
    expect(withArticle('European Commission', 'organization')).toBe('the European Commission');
    expect(withArticle('NATO', 'organization')).toBe('NATO');
  });
});

import { roleOn, readableDate } from '../lib/knowledge/card';
import { Entity } from '../lib/knowledge/schema';
describe('roleOn', () => {
  const johnson = Entity.parse({
    id: 'boris-johnson',
    type: 'person',
    name: 'Boris Johnson',
    description: 'Former Prime Minister of the United Kingdom',
    roles: [
      { title: 'Foreign Secretary', of: 'country:gbr', kind: 'minister', from: '2016-07-13', to: '2018-07-09' },
      { title: 'Prime Minister', of: 'country:gbr', kind: 'head-of-government', from: '2019-07-24', to: '2022-09-06' },
    ],
  });
  const nameOf = () => 'the United Kingdom';
  it('names the role held on the article’s date, or the last one before it', () => {
    expect(roleOn(johnson, '2019-09-01', nameOf)).toBe('Prime Minister of the United Kingdom (since 24 Jul 2019)');
    expect(roleOn(johnson, '2017-01-01', nameOf)).toBe('Foreign Secretary of the United Kingdom (since 13 Jul 2016)');
    expect(roleOn(johnson, '2025-03-17', nameOf)).toBe('Former Prime Minister of the United Kingdom (2019–2022)');
    expect(roleOn(johnson, '2010-01-01', nameOf)).toBeNull();
    expect(readableDate('2024-07-05')).toBe('5 Jul 2024');
  });
});
