import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordAfterComma } from '../../lib/actors/descriptions';
import { wordsThenSpaces } from '../../lib/claims/pronouns';

/**
 * Unicode regexes the engine reads by hand (a page's first run paid more to compile them than to run the
 * pass): each answers as its regex does, on text made of what the regex tells apart.
 */
const pieces = ['a', 'Lee', 'ex-chief', 'é', 'Ö', '𝐀', 'ǅ', '\u0301', '’', "'", '.', '-', ',', '1', '(', '\ud800'];
const gaps = [' ', '  ', '\u00a0', '\n', '\u2009', ''];
const text = fc.array(fc.constantFrom(...pieces, ...gaps), { maxLength: 12 }).map((a) => a.join(''));

describe('wordAfterComma', () => {
  const re = /^,\s+((?:former\s+|acting\s+|interim\s+|deputy\s+|senior\s+)?[\p{L}-]+\s+[^]*)$/u;
  it('reads an apposition after a comma', () => {
    expect(wordAfterComma(', executive director of Acme,')).toBe('executive director of Acme,');
    expect(wordAfterComma(', 52, said')).toBeNull();
    expect(wordAfterComma(',former')).toBeNull();
  });
  it('answers as the regex does, on any text', () => {
    fc.assert(
      fc.property(
        text.map((t) => `,${t}`),
        (t) => {
          expect(wordAfterComma(t)).toBe(re.exec(t)?.[1] ?? null);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('wordsThenSpaces', () => {
  const re = /^(?:[\p{L}’'.-]+\s+){1,5}$/u;
  it('reads one to five words, each before white space', () => {
    expect(wordsThenSpaces('Former United captain ', 5)).toBe(true);
    expect(wordsThenSpaces('Former United captain', 5)).toBe(false);
    expect(wordsThenSpaces('a b c d e f ', 5)).toBe(false);
    expect(wordsThenSpaces('', 5)).toBe(false);
  });
  it('answers as the regex does, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(wordsThenSpaces(t, 5)).toBe(re.test(t));
      }),
      { numRuns: 3000 },
    );
  });
});
