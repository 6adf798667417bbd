/** The eval's agreement of the article reader with @mozilla/readability, on made-up pages. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageAgreement, readerAgreement } from '../../lib/cli/reader-agreement';

const dir = mkdtempSync(join(tmpdir(), 'agreement-'));
const para = (i: number) =>
  `<p>Paragraph ${i}: the harbour board heard from residents, traders and ferry operators, and the chair said the vote would wait until the spring meeting.</p>`;
const write = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(
    file,
    `<!doctype html><html><head><title>Sea wall</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}<footer><p>© 2025 Example Media, all rights reserved for every page.</p></footer></body></html>`,
  );
  return file;
};

describe('reader agreement', () => {
  it('is near 1 where both read the same story', () => {
    const a = pageAgreement(
      write('story.html', `<article><h1>Sea wall vote delayed</h1>${[1, 2, 3, 4, 5].map(para).join('')}</article>`),
    );
    expect(a.page).toBe('story');
    expect(a.precision).toBeGreaterThan(0.9);
    expect(a.recall).toBeGreaterThan(0.9);
    expect(a.common).toBeLessThanOrEqual(Math.min(a.words, a.peerWords));
  });

  it('counts words as a bag: the lowest page and the whole are reported', () => {
    const one = write('one.html', `<article>${[1, 2, 3, 4].map(para).join('')}</article>`);
    const two = write('two.html', `<article>${[5, 6, 7, 8, 9].map(para).join('')}</article>`);
    const all = readerAgreement([one, two]);
    expect(all.pages.map((p) => p.page)).toEqual(['one', 'two']);
    expect(all.lowestF1).toBeLessThanOrEqual(all.f1 + 1e-9);
    expect(all.f1).toBeGreaterThan(0.9);
  });
});
