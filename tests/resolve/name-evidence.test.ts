import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../lib/knowledge/normalize';
import { parseKnowledgeFile } from '../../lib/knowledge/load';
import type { Entity } from '../../lib/knowledge/schema';
import { namedBy } from '../../lib/names/evidence';
import { readBundledJson } from '../../lib/cli/project';

/** namedBy as it was written before its keys were worked out once per entity. */
const reference = (e: Entity, name: string, k = normalizeKey(name)): boolean =>
  !!k &&
  (normalizeKey(e.name) === k ||
    e.aliases.some((a) => normalizeKey(a) === k) ||
    e.demonyms.some((d) => normalizeKey(d) === k) ||
    normalizeKey(e.officialName ?? '') === k ||
    (e.iso3 ?? '').toLowerCase() === k ||
    normalizeKey(e.name.replace(/s$/, '')) === k ||
    e.demonyms.some((d) => normalizeKey(d) === k.replace(/s$/, '')));

describe('namedBy', () => {
  it('answers as the formula it replaced, for every bundled entity and its own and its neighbours’ names', () => {
    const file = parseKnowledgeFile(readBundledJson());
    const entities = file.entities;
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i];
      const other = entities[(i + 1) % entities.length];
      const names = [
        e.name,
        ...e.aliases,
        ...e.demonyms,
        `${e.demonyms[0] ?? 'x'}s`,
        e.officialName ?? '',
        e.iso3 ?? '',
        `${e.name}s`,
        other.name,
        '',
        'the',
      ];
      for (const n of names) expect(namedBy(e, n), `${e.id} / ${n}`).toBe(reference(e, n));
    }
  });
});
