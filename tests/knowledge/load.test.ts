import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseKnowledgeFile, entityDetails } from '../../lib/knowledge/load';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { annotatePage } from '../../lib/annotate-page';
import { extractFindings } from '../../lib/engine/extract';

const entity = (over: object) => ({
  id: 'jane-doe',
  type: 'person',
  name: 'Jane Doe',
  aliases: [],
  description: 'Mayor of Northfield',
  roles: [],
  demonyms: [],
  facts: [{ text: 'Elected mayor in 2024.', asOf: '2025-01-01', source: 'https://en.wikipedia.org/wiki/Mayor' }],
  links: {},
  related: [],
  ...over,
});
const file = (e: object) => ({ version: 1, knowledgeDate: '2025-06-01', entities: [e], topics: [] });

describe('parseKnowledgeFile', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses a file whose start-up fields are malformed, naming the path', () => {
    expect(() => parseKnowledgeFile(file(entity({ id: 'Not A Slug' })))).toThrow(/entities\[0\]\.id/);
    expect(() => parseKnowledgeFile(file(entity({ type: 'planet' })))).toThrow(/entities\[0\]\.type/);
    expect(() => parseKnowledgeFile(file(entity({ roles: [{ title: 'Mayor' }] })))).toThrow(/entities\[0\]\.roles/);
    expect(() => parseKnowledgeFile({ version: 2 })).toThrow(/knowledge file is invalid/);
  });

  it('hands out no entry whose resolver fields are malformed: not by name, id, office or country code', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const badRole = { title: 'Mayor', of: 'northfield', kind: 'other', from: 'spring', to: null };
    const goodRole = { ...badRole, from: '2024-01-01' };
    const mayor = (over: object) => entity({ roles: [goodRole], ...over });
    const cases: [string, object][] = [
      ['a role without a date', { roles: [badRole] }],
      ['a name list that is no list', { aliases: 'Doe' }],
      ['a description of one letter', { description: 'x' }],
      ['a country that is no id', { country: 'Not A Slug' }],
      ['a related entry that is no id', { related: [7] }],
    ];
    for (const [what, over] of cases) {
      const parsed = parseKnowledgeFile(file(mayor(over)));
      const index = buildKnowledgeIndex(parsed);
      expect(index.lookup('Jane Doe'), what).toEqual([]);
      expect(index.lookupFirst('Doe'), what).toBeUndefined();
      expect(index.entity('jane-doe'), what).toBeUndefined();
      expect(index.holderOf('Mayor', 'northfield', '2025-01-01'), what).toBeUndefined();
    }
    // the same entry, well formed, is found every way
    const index = buildKnowledgeIndex(parseKnowledgeFile(file(mayor({}))));
    expect(index.lookupFirst('Jane Doe')?.id).toBe('jane-doe');
    expect(index.entity('jane-doe')?.id).toBe('jane-doe');
    expect(index.holderOf('Mayor', 'northfield', '2025-01-01')?.id).toBe('jane-doe');
    // of two entries sharing a name, a malformed one leaves the other as the name's one meaning
    const twin = { ...mayor({}), id: 'jane-doe-2', description: 'x' };
    const both = { ...file(mayor({})), entities: [mayor({}), twin] };
    expect(
      buildKnowledgeIndex(parseKnowledgeFile(both))
        .lookup('Jane Doe')
        .map((e) => e.id),
    ).toEqual(['jane-doe']);
    const country = { id: 'nl', type: 'country', name: 'Netherlands', iso2: 'NL', description: 'x' };
    const withCountry = { ...file(mayor({})), entities: [mayor({}), entity(country)] };
    expect(buildKnowledgeIndex(parseKnowledgeFile(withCountry)).countryByIso2('NL')).toBeUndefined();
  });

  it('checks the fields few entries have wherever an entry has them, as strictly as the others', () => {
    const country = { type: 'country', iso2: 'NL', iso3: 'NLD', officialName: 'Kingdom of the Netherlands' };
    expect(parseKnowledgeFile(file(entity(country))).entities[0].iso2).toBe('NL');
    expect(() => parseKnowledgeFile(file(entity({ ...country, iso2: 'NLD' })))).toThrow(/entities\[0\]\.iso2/);
    expect(() => parseKnowledgeFile(file(entity({ scope: 'galactic' })))).toThrow(/entities\[0\]\.scope/);
    expect(() => parseKnowledgeFile(file(entity({ speaksFor: 'Not A Slug' })))).toThrow(/entities\[0\]\.speaksFor/);
    expect(() =>
      parseKnowledgeFile(file(entity({ provenance: { source: 'us-congress-legislators', scope: 'entry' } }))),
    ).toThrow(/entities\[0\]\.provenance\.url/);
    expect(() => parseKnowledgeFile(file(entity({ officialName: 7 })))).toThrow(/entities\[0\]\.officialName/);
  });

  it("checks the build's name table and the former members' rows as lists, element by element", () => {
    const table = (keys: unknown[], refs: unknown[]) => ({
      ...file(entity({})),
      index: { names: { keys, refs }, surnames: { keys: [], refs: [] }, lowercase: [] },
    });
    expect(parseKnowledgeFile(table(['jane doe'], [0])).index?.names.keys).toEqual(['jane doe']);
    expect(() => parseKnowledgeFile(table(['jane doe', 7], [0, 0]))).toThrow(/index\.names\.keys/);
    expect(() => parseKnowledgeFile(table(['jane doe'], ['0']))).toThrow(/index\.names\.refs/);
    const formers = (rows: unknown) => ({
      ...file(entity({})),
      formers: { source: 'us-congress-legislators', licence: 'CC0-1.0', asOf: '2025-01-01', rows },
    });
    expect(() => parseKnowledgeFile(formers({}))).toThrow(/formers\.rows/);
  });

  it('checks card fields before a card shows them: a malformed fact keeps the card away', () => {
    const bad = parseKnowledgeFile(
      file(entity({ facts: [{ text: 'x', asOf: 'never', source: 'http://evil.example' }] })),
    );
    expect(entityDetails(bad.entities[0])).toBeNull();
    const good = parseKnowledgeFile(file(entity({})));
    expect(entityDetails(good.entities[0])?.facts[0].asOf).toBe('2025-01-01');
    const text = 'Jane Doe opened the bridge.';
    const meta = { url: null, title: null, publishedAt: '2025-03-01' };
    const withBad = annotatePage({ text, findings: extractFindings(text), meta }, buildKnowledgeIndex(bad));
    expect(withBad.entities['jane-doe']).toBeUndefined();
    const withGood = annotatePage({ text, findings: extractFindings(text), meta }, buildKnowledgeIndex(good));
    expect(withGood.entities['jane-doe'].facts).toHaveLength(1);
  });
});
