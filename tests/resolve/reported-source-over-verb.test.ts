import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// reported:source-over-verb — a sentence that closes on its source after a comma is that source's,
// the verbs of saying inside it with their words. Made-up sentences.
afterEach(() => setOff([]));

const BEFORE = 'Tomas Berg opened the harbor on Monday.\n';

describe('the source named last passes on the whole sentence', () => {
  it('“Mia Holt told aides …, the Harbor Times reported.”: the paper', () => {
    const { said } = annotate(
      `${BEFORE}Mia Holt told her aides in July that the dam would be shut by May, the Harbor Times reported.`,
    );
    expect(said('dam would be shut')).toBe('Harbor Times');
  });

  it('“Mia Holt, who has argued many cases, will do a fine job, Berg maintains.”: Berg', () => {
    const { said } = annotate(
      `${BEFORE}Mia Holt, a graduate of the Harbor School who has argued many cases before the court, will do a fine job, Berg maintains.`,
    );
    expect(said('fine job')).toBe('Tomas Berg');
  });

  it('counter-example: the source is no apposition (“…, a point Berg also acknowledged”)', () => {
    const { said } = annotate(
      `${BEFORE}Mia Holt told the board that the dam would be shut by May, a point Berg also acknowledged to the paper.`,
    );
    expect(said('dam would be shut')).toBe('Mia Holt');
  });

  it('switched off: the verb inside keeps its words', () => {
    setOff(['reported:source-over-verb']);
    const { said } = annotate(
      `${BEFORE}Mia Holt told her aides in July that the dam would be shut by May, the Harbor Times reported.`,
    );
    expect(said('dam would be shut')).toBe('Mia Holt');
  });
});
