import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  capitalAndSuffix,
  datelineAt,
  isAcronymWord,
  isDottedLetters,
  isOneLetter,
  isWordOfLetters,
  prefixAndCapital,
  startsUpperOrDigit,
  startsWithParticle,
  upperOrDigitFirst,
} from '../../lib/text/ascii';
import { LETTER, LOWER, MARK, NUMBER, UPPER, classOf, splitLength } from '../../lib/text/chars';
import { nounWordsEnd } from '../../lib/figures/numbers';

/** The Unicode regexes the fast paths stand in for, as they were written before. */
const original = {
  acronym: (w: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]+$|^\p{Lu}+(?:&\p{Lu}+)+$/u.test(w),
  particle: (w: string) => /^(?:al|el|ad|ash|as|an|at|ul|bin|ibn)[-‐]\p{Lu}/u.test(w),
  capSuffix: (w: string) => /^(\p{Lu}[\p{L}\p{M}\u00AD.]*)[-‐](\p{Ll}{3,}(?:[-‐]\p{Ll}+)*)$/u.exec(w),
  prefixCap: (w: string) => /^(\p{Ll}{2,})[-‐](\p{Lu}[\p{L}\p{M}\u00AD]*)$/u.exec(w),
  oneLetter: (w: string) => /^\p{L}$/u.test(w),
  dotted: (w: string) => /^(?:\p{L}\.)+\p{L}$/u.test(w),
  startsUpper: (s: string) => /^\[?[\p{Lu}\d…]/u.test(s),
  upperOrDigit: (s: string) => /^[\p{Lu}\d]/u.test(s),
  wordOfLetters: (w: string) => /^\p{L}[\p{L}\p{M}]{2,}$/u.test(w),
  dateline: (s: string) =>
    /^[\p{Lu}][\p{Lu}\s.,'’-]{2,40}(?:,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:,\s[\p{L}]+\.?\s\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s+/u.exec(
      s,
    ),
};
const same = (a: RegExpExecArray | null, b: RegExpExecArray | null) =>
  expect(a ? [...a] : null).toEqual(b ? [...b] : null);
/** Every word test agrees with its original on w. */
function agree(w: string) {
  expect(isAcronymWord(w)).toBe(original.acronym(w));
  expect(startsWithParticle(w)).toBe(original.particle(w));
  same(capitalAndSuffix(w), original.capSuffix(w));
  same(prefixAndCapital(w), original.prefixCap(w));
  expect(isOneLetter(w)).toBe(original.oneLetter(w));
  expect(isDottedLetters(w)).toBe(original.dotted(w));
  expect(startsUpperOrDigit(w)).toBe(original.startsUpper(w));
  expect(upperOrDigitFirst(w)).toBe(original.upperOrDigit(w));
  expect(isWordOfLetters(w)).toBe(original.wordOfLetters(w));
}

// words and texts of the characters these patterns turn on, ASCII and not
const chars = fc.constantFrom(...Array.from("aAbBzZlsin09.-‐\u00ad[…’' ,()—–\tÉéßŁł\u0301𝐀ǅ"));
const words = fc.array(chars, { maxLength: 12 }).map((a) => a.join(''));
const asciiWords = fc
  .array(fc.constantFrom(...Array.from("aAlsinZz09.-[ ,()'")), { maxLength: 12 })
  .map((a) => a.join(''));
const part = fc.array(fc.constantFrom(...Array.from('aAzZéÉ.')), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
const hyphenated = fc.tuple(part, fc.constantFrom('-', '‐', '--'), part).map((p) => p.join(''));
const any = fc.oneof(words, asciiWords, hyphenated, fc.string({ unit: 'binary', maxLength: 16 }));

describe('ASCII fast paths answer as the Unicode regexes do', () => {
  it('on generated words', () => {
    fc.assert(
      fc.property(any, (w) => {
        agree(w);
      }),
      { numRuns: 3000 },
    );
  });

  it('on words that match', () => {
    for (const w of [
      'NATO',
      'U.S.',
      'G7',
      'ÉU',
      'al-Assad',
      'bin-Salman',
      'US-backed',
      'US-led',
      'UK-us',
      'Jean-Claude',
      'pre-War',
      'x-Y',
      'pro-Russian',
      'anti-Éire',
      'W',
      'é',
      'u.s',
      'é.u',
      '[T]he',
      '9 days',
      '…and',
      'Éric',
    ]) {
      agree(w);
    }
    expect(
      isAcronymWord('NATO') &&
        startsWithParticle('al-Assad') &&
        isOneLetter('W') &&
        isDottedLetters('u.s') &&
        startsUpperOrDigit('[T]he'),
    ).toBe(true);
    expect(capitalAndSuffix('US-backed')?.slice(1)).toEqual(['US', 'backed']);
  });

  it('datelines, generated and real', () => {
    const lines = fc
      .tuple(
        fc.constantFrom(
          'ISTANBUL',
          'MOSCOW',
          'SÃO PAULO',
          'KYIV, Ukraine',
          'UK',
          'The',
          'Mr',
          'A',
          'WASHINGTON’S',
          'É',
        ),
        fc.constantFrom('', ', May 16', ', Mai 3', ', Ukraine', ', N.Y.', ', South Korea'),
        fc.constantFrom('', ' (Reuters)', ' (AP)'),
        fc.constantFrom(' - ', ' — ', ' – ', ', ', ' '),
        fc.constantFrom('An unmanned craft', 'the talks', ''),
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(lines, any), (s) => {
        same(datelineAt(s), original.dateline(s));
      }),
      { numRuns: 3000 },
    );
    expect(datelineAt('MOSCOW (AP) — An unmanned craft')?.[0]).toBe('MOSCOW (AP) — ');
    expect(datelineAt('KYIV, Ukraine (AP) — Russia launched')?.[0]).toBe('KYIV, Ukraine (AP) — ');
    expect(datelineAt('The craft broke up')).toBeNull();
  });
});

describe('the character table and the words after a count', () => {
  const byRegex = (cp: number) => {
    const s = String.fromCodePoint(cp);
    return (
      (/\p{L}/u.test(s) ? LETTER : 0) |
      (/\p{M}/u.test(s) ? MARK : 0) |
      (/\p{N}/u.test(s) ? NUMBER : 0) |
      (/\p{Lu}/u.test(s) ? UPPER : 0) |
      (/\p{Ll}/u.test(s) ? LOWER : 0)
    );
  };
  it('ASCII and General Punctuation, set without regexes, are classed as the Unicode regexes class them', () => {
    for (let cp = 0; cp < 128; cp++) expect(classOf(cp) & 31, `U+${cp.toString(16)}`).toBe(byRegex(cp));
    for (let cp = 0x2000; cp <= 0x206f; cp++) expect(classOf(cp) & 31, `U+${cp.toString(16)}`).toBe(byRegex(cp));
    for (const cp of [0xe9, 0xc9, 0x301, 0x663, 0x1d400, 0xd800]) expect(classOf(cp) & 31).toBe(byRegex(cp));
  });

  it('nounWordsEnd ends where /(?:\\s+\\p{Ll}[\\p{L}\\p{M}-]*){0,3}/uy does', () => {
    const re = /(?:\s+\p{Ll}[\p{L}\p{M}-]*){0,3}/uy;
    const text = fc
      .array(fc.constantFrom(...Array.from('ab Z-\u00a0\n\t.éÉ\u0301𝐚𝐀ǅ1')), { maxLength: 24 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(24), (t, at) => {
        const i = Math.min(at, t.length);
        re.lastIndex = i;
        expect(nounWordsEnd(t, i)).toBe(i + re.exec(t)![0].length);
      }),
      { numRuns: 3000 },
    );
    expect(nounWordsEnd('30 other nations joined today', 2)).toBe('30 other nations joined'.length);
  });

  it('splitLength counts what text.slice(a, b).split(/\\s+/).length counts, up to its limit', () => {
    const text = fc
      .array(fc.constantFrom(...Array.from('ab \u00a0\n\t\u2003\u3000.’x')), { maxLength: 24 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(24), fc.nat(24), fc.integer({ min: 1, max: 9 }), (t, x, y, limit) => {
        const a = Math.min(x, y, t.length);
        const b = Math.min(Math.max(x, y), t.length);
        const want = t.slice(a, b).split(/\s+/).length;
        expect(splitLength(t, a, b)).toBe(want);
        expect(splitLength(t, a, b, limit)).toBe(Math.min(want, limit));
      }),
      { numRuns: 3000 },
    );
  });
});
