import { describe, expect, it } from 'vitest';
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
  it('refuses a file whose indexed fields are malformed, naming the path', () => {
    expect(() =>
      parseKnowledgeFile(
        file(entity({ roles: [{ title: 'Mayor', of: 'x', kind: 'other', from: 'spring', to: null }] })),
      ),
    ).toThrow(/entities\[0\]\.roles\[0\]\.from: expected a date/);
    expect(() => parseKnowledgeFile(file(entity({ id: 'Not A Slug' })))).toThrow(/entities\[0\]\.id/);
    expect(() => parseKnowledgeFile({ version: 2 })).toThrow(/knowledge file is invalid/);
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
