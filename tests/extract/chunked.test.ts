import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractFindings } from '../../lib/engine/extract';
import { extractFindingsSliced, mergeFindings, splitIntoChunks } from '../../lib/text/chunked';
import { readArticle } from '../../lib/article/find-article';
import { Findings } from '../../lib/engine/findings';

const seedText = readArticle(
  parseHTML(readFileSync(join(__dirname, '../fixtures/seed-article.html'), 'utf8')).document as unknown as Document,
).model.text;
const noPause = async () => {};

describe('chunked extraction', () => {
  it('cuts after paragraphs and covers the text exactly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 5, max: 60 }), (text, max) => {
        const chunks = splitIntoChunks(text, max);
        let at = 0;
        for (const c of chunks) {
          expect(c.start).toBe(at);
          expect(c.end).toBeGreaterThan(c.start);
          at = c.end;
        }
        expect(at).toBe(text.length);
      }),
    );
  });

  it('gives the same findings as one pass when the text fits one chunk', async () => {
    expect(await extractFindingsSliced(seedText, noPause, 1_000_000)).toEqual(extractFindings(seedText));
  });

  it('merges chunk findings into valid findings whose spans point into the whole text', async () => {
    const text = Array.from({ length: 6 }, () => seedText).join('\n');
    const sliced = await extractFindingsSliced(text, noPause, 3_000);
    expect(Findings.safeParse(sliced).success).toBe(true);
    const whole = extractFindings(text);
    // Chunks are cut between paragraphs, so paragraphs and quotes agree with the one-pass reading.
    expect(sliced.paragraphs).toEqual(whole.paragraphs);
    expect(sliced.quotes.map((q) => text.slice(q.start, q.end))).toEqual(
      whole.quotes.map((q) => text.slice(q.start, q.end)),
    );
    for (const n of sliced.names) expect(n.end).toBeLessThanOrEqual(text.length);
    for (const q of sliced.quotes) {
      expect(sliced.sentences[q.sentence].start).toBeLessThanOrEqual(q.open);
      expect(sliced.paragraphs[q.paragraph].start).toBeLessThanOrEqual(q.open);
    }
    const nameTexts = (f: typeof whole) => f.names.map((n) => text.slice(n.start, n.end)).sort();
    expect(nameTexts(sliced)).toEqual(nameTexts(whole));
  });

  it('sets aside a headline’s echo of a quotation in a later chunk, as one pass does', async () => {
    const filler = (n: number) =>
      `The harbour board met again on day ${n} and went through the tide tables, the repairs and the budget line by line.`;
    const text = [
      '“We need to listen”: Town fears the river as the spring floods come early',
      ...[1, 2, 3, 4, 5, 6].map(filler),
      'Maria Lopez said: “The water is rising every year. We need to listen to the river before it floods again.”',
    ].join('\n');
    const regions = [{ start: 0, end: text.indexOf('\n'), kind: 'headline' as const }];
    const sliced = await extractFindingsSliced(text, noPause, 200, regions);
    expect(splitIntoChunks(text, 200).length).toBeGreaterThan(2);
    const headline = sliced.quotes.find((q) => q.start < 30)!;
    expect(headline.kind).toBe('not-speech');
    expect(headline.reason).toBe('quote:heading-echo');
    expect(extractFindings(text, regions).quotes.find((q) => q.start < 30)!.reason).toBe('quote:heading-echo');
  });

  it('merges nothing into empty findings', () => {
    expect(mergeFindings(0, []).names).toEqual([]);
  });
});
