import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/**
 * Reported words that are wholly one quotation are the quote itself (lib/speech/reported-content.ts,
 * notSaid): the quote claim is made, no reported claim duplicates it. Made-up sentences.
 */
const claims = (text: string) => annotate(text).notes.claims;

describe('a quotation after a verb and a venue is a quote, not reported words', () => {
  it('"X said in a statement, “…”" gives the quote alone', () => {
    const found = claims('Ann Lee said in a statement, “We are ready to build the bridge.”');
    expect(found.filter((c) => c.kind === 'reported')).toEqual([]);
    const quote = found.find((c) => c.kind === 'quote');
    expect(quote?.speaker?.name).toBe('Ann Lee');
  });

  it('"X said on Monday, "…"" with straight marks gives the quote alone', () => {
    const found = claims('Tom Ray said on Monday, "The council will vote next week."');
    expect(found.filter((c) => c.kind === 'reported')).toEqual([]);
    expect(found.some((c) => c.kind === 'quote')).toBe(true);
  });

  it('reported words that only hold a quotation are still reported', () => {
    const found = claims('Ann Lee said on Monday that the plan was “a disaster for the town.”');
    expect(found.filter((c) => c.kind === 'reported').map((c) => c.speaker?.name)).toEqual(['Ann Lee']);
  });
});
