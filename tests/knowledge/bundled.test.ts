import { beforeAll, describe, expect, it } from 'vitest';
import { readBundledJson } from '../../lib/cli/project';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../../lib/knowledge/index';
import { parseKnowledgeFile } from '../../lib/knowledge/load';
import { extractFindings } from '../../lib/engine/extract';
import { annotatePage } from '../../lib/annotate-page';
import type { ArticleMeta } from '../../lib/notes';
import { computeNameTable } from '../../lib/knowledge/name-table';

// The bundled file as the extension loads it (npm run knowledge writes it; postinstall runs that).
let index: KnowledgeIndex;

beforeAll(() => {
  index = buildKnowledgeIndex(parseKnowledgeFile(readBundledJson()));
});

const annotate = (text: string, meta: Partial<ArticleMeta>) =>
  annotatePage(
    { text, findings: extractFindings(text), meta: { url: null, title: null, publishedAt: null, ...meta } },
    index,
  );

describe('the bundled knowledge, as the background uses it', () => {
  it('carries the name table the index would compute from its entities', () => {
    const file = parseKnowledgeFile(readBundledJson());
    expect(file.index).toEqual(computeNameTable(file.entities));
  });

  it('resolves "the Prime Minister" by the article’s date and country', () => {
    const text =
      'The Prime Minister said the plan would go ahead.\nThe Prime Minister later spoke to reporters in London.';
    const uk2019 = annotate(text, { publishedAt: '2019-09-01', site: 'www.example.co.uk' });
    expect(uk2019.notes.actors.find((a) => a.type === 'person')?.name).toBe('Boris Johnson');
    const uk2025 = annotate(text, { publishedAt: '2025-03-17', site: 'www.example.co.uk' });
    expect(uk2025.notes.actors.find((a) => a.type === 'person')?.name).toBe('Keir Starmer');
    expect(uk2025.entities['keir-starmer'].role).toContain('Prime Minister of the United Kingdom');
  });

  it('resolves "the President" in a US article of 2015 to Barack Obama', () => {
    const text =
      'The President said the bill was long overdue.\nSpeaking at the White House in Washington, the President urged Congress to act.';
    const page = annotate(text, { publishedAt: '2015-07-24', site: 'www.example.com' });
    expect(page.notes.actors.find((a) => a.type === 'person')?.name).toBe('Barack Obama');
  });

  it('normalises case, diacritics, apostrophes, possessives, dots and soft hyphens in lookups', () => {
    const first = (name: string) => index.lookup(name)[0]?.name;
    expect(first('Zelenskyy’s')).toBe('Volodymyr Zelensky');
    expect(first('Zelen\u00ADsky')).toBe('Volodymyr Zelensky');
    expect(first('Nato')).toBe(first('NATO'));
    expect(first('U.S.')).toBe('United States');
    expect(first('Erdogan')).toBe(first('Erdoğan'));
  });

  it('gives claims their context: the North Korean troops quote finds its topic', () => {
    const text =
      'The spokesperson said: “It is worth remembering that Russia didn’t ask Ukraine when it deployed North Korean troops to the frontline last year.”';
    const page = annotate(text, { publishedAt: '2025-03-17', site: 'www.example.co.uk' });
    const quote = page.notes.claims.find((c) => c.kind === 'quote');
    expect(quote?.context.map((c) => c.title).join(' | ')).toMatch(/North Korea/i);
  });

  it('reads a shared acronym by the site’s country, and "the Left" as no German party', () => {
    const text = 'Executives from the ABC met the minister. Malcolm Fraser moved to the Left after losing office.';
    const ids = (site: string) => annotate(text, { publishedAt: '2015-03-13', site }).notes.actors.map((a) => a.id);
    expect(ids('www.heraldsun.com.au')).toContain('abc-australia');
    expect(ids('www.example.com')).toContain('abc-news-us');
    expect(ids('www.heraldsun.com.au')).not.toContain('die-linke');
  });

  it('reads a middle initial the file does not write, and a capital named as a place as the city', () => {
    const text =
      'President Vladimir V. Putin of Russia, the summit’s host, praised the meeting, calling it “a positive step.” Tanvi Madan is a fellow at the Brookings Institution in Washington.';
    const page = annotate(text, { publishedAt: '2024-10-23', site: 'www.nytimes.com' });
    const byName = (n: string) => page.notes.actors.find((a) => a.name === n);
    expect(byName('Vladimir Putin')?.id).toBe('vladimir-putin');
    expect(page.notes.claims.find((c) => c.kind === 'partial-quote')?.speaker?.id).toBe('vladimir-putin');
    expect(byName('Washington')).toMatchObject({ id: 'washington-dc', type: 'place' });
  });

  it('knows a body by a description it goes by: "the Russian space agency said"', () => {
    const text =
      'Roscosmos launched the ship from Baikonur. The ship broke up over Siberia, the Russian space agency said.';
    const page = annotate(text, { publishedAt: '2016-12-01', site: 'news.yahoo.com' });
    expect(page.notes.claims.find((c) => c.kind === 'reported')?.speaker?.id).toBe('roscosmos');
    expect(page.notes.actors.find((a) => a.name === 'Siberia')?.type).toBe('place');
  });
});
