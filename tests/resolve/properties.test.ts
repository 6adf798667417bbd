import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../lib/engine/extract';
import { Findings } from '../../lib/engine/findings';
import { resolveFindings } from '../../lib/engine/resolve';
import { tinyIndex } from './helpers';

// Text built from the pieces news prose is made of, so the generator reaches the engine's rules.
const piece = fc.constantFrom(
  'Sir Keir Starmer',
  'Mr Witkoff',
  'the Prime Minister',
  'the Russian leader',
  'Putin',
  'he',
  'she',
  'said',
  'told reporters',
  ':',
  ' “',
  '” ',
  '"',
  "'",
  '‘',
  '’',
  ',',
  '.',
  '\n',
  ' ',
  'US-backed',
  'U.S.',
  '30-day',
  'more than 30 countries',
  '£2.3bn',
  'according to',
  'the spokesman',
  'a Downing Street spokesperson',
  'von der',
  'al-',
  'Ngātiwai',
  '\u00ad',
  'The',
  'coalition of the willing',
);
const newsText = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((a) => a.join(' ')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

describe('engine properties', () => {
  it('extractFindings never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const f = extractFindings(text);
        expect(Findings.safeParse(f).success).toBe(true); // it must cross the message boundary
        for (const r of [...f.names, ...f.pronouns, ...f.quotes, ...f.reported, ...f.numerics, ...f.sentences]) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(r.start).toBeLessThanOrEqual(r.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('resolveFindings never throws; texts equal their slices; mentions never overlap', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const notes = resolveFindings(
          {
            text,
            findings: extractFindings(text),
            meta: { url: null, title: null, publishedAt: '2025-03-17', site: 'inews.co.uk' },
          },
          tinyIndex,
        );
        const all = notes.actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
        for (let i = 0; i < all.length; i++) {
          expect(all[i].text).toBe(text.slice(all[i].start, all[i].end));
          if (i > 0) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
        }
        for (const c of notes.claims) {
          expect(c.text).toBe(text.slice(c.start, c.end));
          if (c.speaker?.mention)
            expect(c.speaker.mention.text).toBe(text.slice(c.speaker.mention.start, c.speaker.mention.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});
