import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/**
 * A subject that says nobody says it ("Few would argue that …", "No one claims …") makes no reported
 * claim, as a negated verb makes none ("would not say whether …"): no one is a source, and "Few" is no
 * voice for the popup (lib/speech/reported-subject.ts, speaksHere). Made-up sentences.
 */
const reported = (text: string) => annotate(text).notes.claims.filter((c) => c.kind === 'reported');

describe('a negative subject makes no reported claim', () => {
  it('"Few would argue …", "No one claims …", "Nobody said …"', () => {
    expect(reported('Few would argue against the use of such records to catch criminals.')).toEqual([]);
    expect(reported('No one claims the count was fair.')).toEqual([]);
    expect(reported('Nobody said the bridge would close.')).toEqual([]);
  });

  it('a named subject beside it still speaks', () => {
    const found = reported('No one claims the count was fair, but Ann Lee said the count was slow.');
    expect(found.map((c) => c.speaker?.name)).toEqual(['Ann Lee']);
    expect(reported('Many voters said the count was slow.').length).toBe(1);
  });
});
