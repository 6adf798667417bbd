/**
 * The article reader on made-up pages of many shapes (tests/fixtures/reader-shapes/, each with its
 * NAME.expect.json): the story's sentences are read, the furniture's are not. `npx tsx
 * scripts/reader-shapes.ts` compares the same pages with @mozilla/readability.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../lib/article/find-article';

const DIR = join(__dirname, '../fixtures/reader-shapes');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

describe('the reader on pages of many shapes', () => {
  it('has at least twelve shapes, each with its expectation', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });
  for (const name of pages)
    it(name, () => {
      const exp = JSON.parse(readFileSync(join(DIR, `${name}.expect.json`), 'utf8')) as {
        read: string[];
        notRead: string[];
      };
      const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
      const text = readArticle(parseHTML(html).document as unknown as Document).model.text.replace(/\s+/g, ' ');
      expect(exp.read.filter((s) => !text.includes(s))).toEqual([]);
      expect(exp.notRead.filter((s) => text.includes(s))).toEqual([]);
    });
});
