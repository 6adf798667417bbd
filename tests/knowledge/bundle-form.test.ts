import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactBundle, expandBundle } from '../../lib/knowledge/bundle-form';
import { buildKnowledge } from '../../lib/knowledge/build';
import { KnowledgeFile } from '../../lib/knowledge/schema';
import { readBuildInput } from '../../scripts/build-knowledge';

const W = 'https://en.wikipedia.org/wiki/';
const path = join(__dirname, '../../public/knowledge.json');

/** A made-up file with every list the compact form may leave out, empty and not. */
const sample = (): KnowledgeFile =>
  KnowledgeFile.parse({
    version: 1,
    knowledgeDate: '2025-06-01',
    entities: [
      {
        id: 'ann-quarrington',
        type: 'person',
        name: 'Ann Quarrington',
        description: 'Mayor of a made-up town',
        roles: [{ title: 'Mayor', of: 'country:gbr', kind: 'other', from: '2020-01-01', to: null }],
        facts: [
          { text: 'Elected in 2020.', asOf: '2025-01-01', source: `${W}Ann_Quarrington` },
          { text: 'Re-elected in 2024.', asOf: '2025-01-01', source: 'https://www.wikidata.org/wiki/Q1' },
        ],
        links: { wikipedia: `${W}Ann_Quarrington` },
      },
      {
        id: 'country:gbr',
        type: 'country',
        name: 'United Kingdom',
        aliases: ['UK'],
        description: 'Country in north-western Europe',
        demonyms: ['British'],
        roles: [],
      },
    ],
    topics: [
      {
        id: 'bridge',
        type: 'topic',
        name: 'The bridge',
        description: 'A made-up bridge',
        keywords: ['bridge', 'river'],
        facts: [{ text: 'It opened in 1900.', asOf: '2025-01-01', source: `${W}Bridge` }],
        links: { wikipedia: `${W}Bridge` },
      },
    ],
  });

describe('the bundled file’s compact form', () => {
  it('leaves out empty lists and sources equal to the entry’s link, and expanding restores them', () => {
    const file = sample();
    const compact = compactBundle(file);
    const text = JSON.stringify(compact);
    expect(text).not.toContain('"titleAliases":[]');
    expect(text).not.toContain('"related":[]');
    expect(text.split(`${W}Ann_Quarrington`)).toHaveLength(2); // the link once, not again on its fact
    expect(text).toContain('https://www.wikidata.org/wiki/Q1'); // another source stays
    const back = JSON.parse(text);
    expandBundle(back);
    expect(back).toEqual(JSON.parse(JSON.stringify(file)));
  });

  it.skipIf(!existsSync(path))('the file on disk is what the build makes, once expanded', () => {
    const built = buildKnowledge(readBuildInput().input).knowledge!;
    const onDisk = JSON.parse(readFileSync(path, 'utf8'));
    expandBundle(onDisk);
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it.skipIf(!existsSync(path))(
    'stays under the 5 MiB Firefox’s add-on checks parse (addons-linter FILE_TOO_LARGE)',
    () => {
      expect(statSync(path).size).toBeLessThan(5 * 1024 * 1024);
    },
  );
});
