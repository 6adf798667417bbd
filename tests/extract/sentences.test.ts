/**
 * Sentence ends are searched once over the whole text, and a run of stops is read once (the search
 * used to restart from each paragraph's start, and to read a run of dots again from each of its
 * dots: 100 KB of dots took half a minute). The splits must be the ones the old search made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Range } from '../../lib/engine/findings';
import { splitParagraphs, splitSentences, type Sentence } from '../../lib/text/sentences';
import { isDottedLetters, isOneLetter } from '../../lib/text/ascii';
import { isSpaceAt } from '../../lib/text/chars';
import { SENTENCE_WORDS } from '../../lib/words';

/** The old search, word for word (its regex and its per-paragraph restarts). */
function reference(text: string, paragraphs: Range[]): Sentence[] {
  const ABBREVIATIONS = new Set(
    'mr mrs ms dr st sen gov rep gen lt col maj capt sgt adm prof rev fr no nos vs v jr sr co inc ltd corp dept est approx fig vol op ed cllr supt det insp mt ft etc al'.split(
      ' ',
    ),
  );
  const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
  const BOUNDARY = /[.!?…]+["”’'»)]*(?=\s+(?:''|["“‘'«(])?[\p{Lu}\d])/gu;
  const NEXT_WORD = /^\s+(?:''|["“‘'«(])?([A-Za-z]+)/;
  const opensSentence = (i: number) => {
    const m = NEXT_WORD.exec(text.slice(i, i + 24));
    return !!m && SENTENCE_WORDS.has(m[1].toLowerCase());
  };
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    let start = p.start;
    BOUNDARY.lastIndex = p.start;
    for (let m = BOUNDARY.exec(text); m && m.index + m[0].length < p.end; m = BOUNDARY.exec(text)) {
      if (m[0][0] === '.') {
        const word = (
          /([\p{L}.]+)$/u.exec(text.slice(Math.max(p.start, m.index - 12), m.index))?.[1] ?? ''
        ).toLowerCase();
        const numberSign =
          (word === 'no' || word === 'nos') && !/^\s+\d/.test(text.slice(m.index + m[0].length, p.end));
        // (a month cut short before a day's number: "Dec. 5")
        const date = MONTHS.has(word) && /^\s+\d/.test(text.slice(m.index + m[0].length, p.end));
        if (
          (ABBREVIATIONS.has(word) && !numberSign) ||
          date ||
          ((isOneLetter(word) || isDottedLetters(word)) && !opensSentence(m.index + m[0].length))
        )
          continue;
      }
      const end = m.index + m[0].length;
      out.push({ start, end, paragraph: pi });
      start = end;
      while (start < p.end && isSpaceAt(text, start)) start++;
    }
    if (start < p.end) out.push({ start, end: p.end, paragraph: pi });
  });
  return out;
}

const piece = fc.constantFrom(
  '.',
  '.',
  '..',
  '...',
  '…',
  '!',
  '?',
  '?!',
  '”',
  '"',
  "'",
  "''",
  ')',
  '»',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  'The',
  'His',
  'he',
  'A',
  'W.',
  'U.S.',
  'Mr',
  'Dec',
  'Sept',
  'No',
  'no',
  'nos',
  '5',
  '12',
  '“',
  '(',
  'word',
  'É',
  'été',
  'Žena',
);
const texts = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));

describe('sentences', () => {
  it('splits as the old search did', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const paragraphs = splitParagraphs(text);
        expect(splitSentences(text, paragraphs)).toEqual(reference(text, paragraphs));
      }),
      { numRuns: 2000 },
    );
  });

  it("ends a sentence before a quotation opened with two apostrophes (''…'', a newspaper's house style)", () => {
    const text = "Jobs will not come back, said Ann Lee. ''We have no fixes,'' she said. ''None.''";
    const cut = splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));
    expect(cut).toEqual(['Jobs will not come back, said Ann Lee.', "''We have no fixes,'' she said.", "''None.''"]);
    // one apostrophe opens a sentence as before
    const one = "He left late. 'Twas dark.";
    expect(splitSentences(one, splitParagraphs(one)).length).toBe(2);
  });

  it('ends no sentence at a month cut short before a day’s number (“Dec. 5”), as AP writes dates', () => {
    const text =
      'The vote was held on Dec. 5 in Ohio. Officials said on Sept. 12, 2015, that it would pass. It closed in Dec. The board met.';
    const cut = splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));
    expect(cut).toEqual([
      'The vote was held on Dec. 5 in Ohio.',
      'Officials said on Sept. 12, 2015, that it would pass.',
      'It closed in Dec.',
      'The board met.',
    ]);
  });

  it('reads a run of stops once: 200,000 dots, and 50,000 one-word paragraphs', () => {
    const dots = `Stop${'.'.repeat(200_000)} Then`;
    expect(splitSentences(dots, splitParagraphs(dots)).length).toBe(2);
    const lines = 'word\n'.repeat(50_000);
    expect(splitSentences(lines, splitParagraphs(lines)).length).toBe(50_000);
  });
});
