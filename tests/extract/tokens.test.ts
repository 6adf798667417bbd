import { describe, expect, it } from 'vitest';
import { tokenAt, tokenize } from '../../lib/text/tokens';

/** The words as the engine's original regex found them (before "’s" is dropped and hyphens split). */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}\u00AD]+(?:[’'\u02bc\-‐][\p{L}\p{M}\p{N}\u00AD]+)*/gu;
const regexWords = (text: string) =>
  [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** Joins the tokens split out of one word again, to compare with the regex's words. */
function scannedWords(text: string) {
  const out: { start: number; end: number }[] = [];
  for (const t of tokenize(text)) {
    const prev = out[out.length - 1];
    if (prev && t.start === prev.end + 1 && /[-‐]/.test(text[prev.end])) prev.end = t.end;
    else out.push({ start: t.start, end: t.end });
  }
  return out;
}
const dropPossessive = (text: string, r: { start: number; end: number }) =>
  r.end - r.start > 2 && /^[’'\u02bc][sS]$/.test(text.slice(r.end - 2, r.end)) ? { start: r.start, end: r.end - 2 } : r;

describe('tokenize', () => {
  it('finds the words the regex finds, in any script', () => {
    const samples = [
      'Sir Keir Starmer’s spokesman met U.S. and U.K. officials; the U.S.A team won.',
      'Jean-Claude Juncker, Bashar al-Assad, pro-Russian, US-backed and don’t, we’re, Americans’ votes.',
      'Māori iwi of Ngātiwai at Whangārei; Zelenskyy’s “peace” — 4.1% of £2.3bn in 2014–15.',
      'soft\u00adhyphen, e\u0301 combining, 𝐀𝐁𝐂 and 😀 emoji, ١٢٣ digits, ΑΘΗΝΑ and Ωmega, ʼokina.',
      "Trailing apostrophe' and -lead hyphen and end-",
    ];
    for (const text of samples)
      expect(scannedWords(text)).toEqual(regexWords(text).map((r) => dropPossessive(text, r)));
  });

  it('lowers words and marks capitals and acronyms', () => {
    const [a, b, c, d] = tokenize('Ärzte NATO U.S. quiet');
    expect(a).toMatchObject({ text: 'Ärzte', lower: 'ärzte', cap: true, acronym: false });
    expect(b).toMatchObject({ lower: 'nato', acronym: true });
    expect(c).toMatchObject({ text: 'U.S.', lower: 'u.s.', acronym: true });
    expect(d).toMatchObject({ lower: 'quiet', cap: false });
  });

  it('joins capitals around "&" with no space into one acronym ("AT&T"), not spaced ones or lower case', () => {
    const words = (text: string) => tokenize(text).map((t) => t.text);
    expect(words('Zorvex sold its stake to KL&M and QRS&T’s unit.')).toEqual([
      'Zorvex',
      'sold',
      'its',
      'stake',
      'to',
      'KL&M',
      'and',
      'QRS&T',
      'unit',
    ]);
    expect(tokenize('KL&M')[0]).toMatchObject({ cap: true, acronym: true });
    expect(words('Bayer & Hale, salt&pepper, Tomas&Co')).toEqual(['Bayer', 'Hale', 'salt', 'pepper', 'Tomas', 'Co']);
  });

  it('tokenAt finds the first token starting at or after a position', () => {
    const text = `${'word '.repeat(40)}${' '.repeat(300)}tail end   ${'x'.repeat(130)} last`;
    const tokens = tokenize(text);
    const firstFrom = (pos: number) => {
      const i = tokens.findIndex((t) => t.start >= pos);
      return i < 0 ? tokens.length : i;
    };
    for (let pos = -2; pos <= text.length + 2; pos++) expect(tokenAt(tokens, pos)).toBe(firstFrom(pos));
    expect(tokenAt(tokens, Infinity)).toBe(tokens.length);
    expect(tokenAt([], 5)).toBe(0);
  });
});

describe('a word in text decoded twice', () => {
  it('keeps a letter’s second byte after “Ã” or “Â” in the word (“JuliÃ¡n”, “FranÃ\u0083Â§ois”)', () => {
    const text = 'JuliÃ¡n Berg met Fran\u00c3\u0083\u00c2\u00a7ois Lund and FranA\u0303\u0083A\u0302\u00a7ois Lund.';
    expect(tokenize(text).map((t) => t.text)).toEqual([
      'JuliÃ¡n',
      'Berg',
      'met',
      'Fran\u00c3\u0083\u00c2\u00a7ois',
      'Lund',
      'and',
      'FranA\u0303\u0083A\u0302\u00a7ois',
      'Lund',
    ]);
  });

  it('counter-example: a no-break space after “Â” still parts two words', () => {
    expect(tokenize('Berg\u00c2\u00a0Lund').map((t) => t.text)).toEqual(['Berg\u00c2', 'Lund']);
  });
});
