import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_PARTS, compactBundle, expandBundle, joinBundle, splitBundle } from '../../lib/knowledge/bundle-form';
import { readBundledJson } from '../../lib/cli/project';
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

  it('is cut into parts that join back into the same file, each key in one part', () => {
    const compact = { ...compactBundle(sample()), formers: { asOf: '2025-01-01', rows: [] } };
    const parts = splitBundle(compact);
    expect(parts.map((p) => p.file)).toEqual(BUNDLE_PARTS.map((p) => p.file));
    expect(parts[0].json).not.toHaveProperty('formers');
    expect(parts[1].json).toEqual({ formers: compact.formers });
    expect(joinBundle(parts.map((p) => JSON.parse(JSON.stringify(p.json))))).toEqual(compact);
    // a part that is not an object adds nothing (the loader's validation then judges what is left)
    expect(joinBundle([parts[0].json, null])).toEqual(parts[0].json);
  });

  it.skipIf(!existsSync(path))('the parts on disk are what the build makes, once joined and expanded', () => {
    const built = buildKnowledge(readBuildInput().input).knowledge!;
    const onDisk = readBundledJson();
    expandBundle(onDisk);
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it.skipIf(!existsSync(path))(
    'each part stays under the 5 MiB Firefox’s add-on checks parse (addons-linter FILE_TOO_LARGE)',
    () => {
      for (const p of BUNDLE_PARTS)
        expect(statSync(join(__dirname, '../../public', p.file)).size).toBeLessThan(5 * 1024 * 1024);
    },
  );
});
