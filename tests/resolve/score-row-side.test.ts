import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreRowSide } from '../../lib/actors/name-patterns';

/** The test as it was before a row's ends were looked for only 120 characters away: the reference. */
function scoreRowSideReference(text: string, start: number, end: number): boolean {
  if (!/^\s+\d{1,3}(?=\s|$)/.test(text.slice(end, end + 6))) return false;
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(from, start);
  if (!/^\s*$/.test(before) && !/^\s*[\p{L}\s.'’()-]+\s\d{1,3}\s+$/u.test(before)) return false;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  if (to - from > 120) return false;
  const row = text.slice(from, to).trim();
  const SCORE_ROW = /^(?:[\p{Lu}\d.\-/()'’]\S*\s+|of\s+|v\s+|[–—-]\s+)*[\p{Lu}\d.\-/()'’]\S*$/u;
  return !row.includes(',') && SCORE_ROW.test(row) && (row.match(/(?:^|\s)\d+(?=\s|$)/g)?.length ?? 0) >= 2;
}

/** Lines of sides and scores of any length (some over 120 characters), prose, commas, blank lines. */
const word = fc.constantFrom('Eastfield', 'North Port', 'Rovers', '2', '14', '7', '0');
const line = fc.oneof(
  fc.array(word, { minLength: 2, maxLength: 40 }).map((w) => w.join(' ')),
  fc.array(fc.constantFrom('Eastfield', 'won', 'the', '2', 'games,', 'and'), { maxLength: 30 }).map((w) => w.join(' ')),
  fc.constant(''),
);
const lines = fc.array(line, { minLength: 1, maxLength: 8 }).map((l) => l.join('\n'));

describe('scoreRowSide reads at most a row’s length around the name', () => {
  it('answers as the full-line reference does, on rows of every length, prose and blank lines', () => {
    let sides = 0;
    fc.assert(
      fc.property(lines, fc.nat(), (text, at) => {
        const names = [...text.matchAll(/[A-Z][a-z]+(?: [A-Z][a-z]+)?/g)];
        if (!names.length) return;
        const m = names[at % names.length];
        const start = m.index!;
        const end = start + m[0].length;
        const want = scoreRowSideReference(text, start, end);
        expect(scoreRowSide(text, start, end)).toBe(want);
        if (want) sides++;
      }),
      { numRuns: 3000 },
    );
    // (the runs held sides of rows, not only names that are none)
    expect(sides).toBeGreaterThan(100);
  });

  it('takes a row of exactly 120 characters, not one of 121', () => {
    const row = (n: number) => {
      const base = 'Eastfield 2 Northby 1';
      const rest = n - base.length;
      return base + (rest % 2 ? `${' 9'.repeat((rest - 3) / 2)} 99` : ' 9'.repeat(rest / 2));
    };
    for (const n of [119, 120, 121, 122]) {
      const text = `Intro\n${row(n)}\nMore`;
      expect(row(n)).toHaveLength(n);
      const start = text.indexOf('Northby');
      expect(scoreRowSide(text, start, start + 7)).toBe(n <= 120);
      expect(scoreRowSideReference(text, start, start + 7)).toBe(n <= 120);
    }
  });
});
