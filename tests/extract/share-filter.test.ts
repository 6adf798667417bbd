import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayBeShare, SHARE } from '../../lib/speech/reported-described';

/**
 * shareBefore asks mayBeShare before SHARE, so a page's first run compiles SHARE only where a clause
 * could be a share: the filter may let through clauses that are none, but never hold back one that is.
 */
describe('mayBeShare', () => {
  it('lets through the shares SHARE finds', () => {
    for (const s of ['47 percent of voters', 'Six in 10 voters', 'a majority of Democrats', 'most of the candidates'])
      expect(mayBeShare(s) && SHARE.test(s)).toBe(true);
    expect(mayBeShare('the union leaders')).toBe(false);
  });

  it('never holds back a clause SHARE matches', () => {
    const pieces = ['nearly', 'a', 'the', 'Half', 'PERCENT', 'per cent', '%', 'Most', 'of', 'them', 'voters'];
    const more = ['Two', 'thirds', 'six', 'in', '10', 'out of', 'only', 'Quarter', 'ſome', 'ſix', 'union', 'said'];
    const gaps = [' ', '-', '  ', ''];
    const clause = fc.array(fc.constantFrom(...pieces, ...more, ...gaps), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(
      fc.property(clause, (c) => {
        if (SHARE.test(c)) expect(mayBeShare(c)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
