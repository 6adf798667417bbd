import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alternation, wholeWords } from '../../lib/words/compile';

/** What wholeWords stands for: the class as one case-blind regex of whole words. */
const reference = (words: string[]) => new RegExp(`\\b(?:${alternation(words)})\\b`, 'i');

describe('wholeWords', () => {
  const words = ['court', 'bank', 'banks', 'times'];
  const ww = wholeWords(words);

  it('finds a class word as a whole word, in any case', () => {
    expect(ww.test('Eastfield Crown Court')).toBe(true);
    expect(ww.test('the BANK of Northby')).toBe(true);
    expect(ww.test('Northby-Times')).toBe(true);
    expect(ww.test('Courtney Lee')).toBe(false);
    expect(ww.test('bank_2 and court9')).toBe(false);
    expect(ww.test('')).toBe(false);
  });

  it('answers as the regex does, on any text', () => {
    // (class words in any case, near misses, and what may stand beside them: letters, digits, "_", marks)
    const pieces = ['court', 'Court', 'BANK', 'banks', 'courts', 'times', 'TiMeS', 'ban', 'x', '2', '_'];
    const gaps = [' ', '-', '’', '.', '\n', 'é', 'ſ', '\u212a', ''];
    const text = fc.array(fc.constantFrom(...pieces, ...gaps), { maxLength: 12 }).map((a) => a.join(''));
    const re = reference(words);
    fc.assert(
      fc.property(text, (t) => {
        expect(ww.test(t)).toBe(re.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the regex for words that are not plain lower-case letters', () => {
    const odd = wholeWords(['st.', 'new york']);
    expect(odd).toBeInstanceOf(RegExp);
    expect(odd.test('New York Times')).toBe(true);
  });
});
