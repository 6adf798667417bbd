import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordsAlsoLower } from '../../lib/actors/actors';
import { normalizeKey } from '../../lib/knowledge/normalize';

/** The words the scan must find: cores written in lower case as whole runs of letters and marks. */
function reference(text: string, cores: string[]): Set<string> {
  const runs = new Set([...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]));
  const out = new Set<string>();
  for (const core of cores) {
    if (!/^\p{L}[\p{L}\p{M}]{2,}$/u.test(core)) continue;
    const w = core.toLowerCase();
    if (runs.has(w)) out.add(normalizeKey(w));
  }
  return out;
}

describe('wordsAlsoLower', () => {
  it('finds the capitalised words the text also writes in lower case, as whole words', () => {
    const text = 'Kauri trees grow here. The kauri is old; Kauris and kauri-based dyes too. Māori and māori.';
    expect(wordsAlsoLower(text, ['Kauri', 'Trees', 'Grow', 'Māori', 'Dyes', 'Old'])).toEqual(
      new Set(['kauri', 'trees', 'grow', 'maori', 'dyes', 'old']),
    );
  });

  it('answers as a plain split into runs of letters does, on any text', () => {
    const chars = fc.constantFrom(...Array.from('abAB éÉ\u0301-’.,𝐚𝐀ǅ\n'));
    const text = fc.array(chars, { maxLength: 40 }).map((a) => a.join(''));
    const core = fc
      .array(fc.constantFrom(...Array.from('abABéÉ\u0301𝐚𝐀ǅ')), { minLength: 1, maxLength: 5 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.array(core, { maxLength: 6 }), (t, cores) => {
        expect(wordsAlsoLower(t, cores)).toEqual(reference(t, cores));
      }),
      { numRuns: 2000 },
    );
  });
});
