import { describe, expect, it } from 'vitest';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { parseKnowledgeFile } from '../../lib/knowledge/load';
import { formerKeys } from '../../lib/knowledge/open-data';
import { readBundledJson } from '../../lib/cli/project';

const raw = readBundledJson();
const file = parseKnowledgeFile(raw);

describe("former members' names written by the build", () => {
  it('the bundled file carries them, as formerKeys computes them', () => {
    expect(file.formers?.keys).toEqual(formerKeys(file.formers!.rows));
  });

  it('an index without them finds every former member the same way', () => {
    const withKeys = buildKnowledgeIndex(file);
    const without = buildKnowledgeIndex({ ...file, formers: { ...file.formers!, keys: undefined } });
    const stale = buildKnowledgeIndex({ ...file, formers: { ...file.formers!, keys: { keys: ['x'], refs: [1e9] } } });
    // every 97th row's name, and its other names
    const names = file.formers!.rows.filter((_, i) => i % 97 === 0).flatMap((r) => [r[1], ...r[2]]);
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      const ids = withKeys.lookup(name).map((e) => e.id);
      expect(without.lookup(name).map((e) => e.id)).toEqual(ids);
      expect(stale.lookup(name).map((e) => e.id)).toEqual(ids);
    }
  });
});
