import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/**
 * "tweeted" and "posted" report speech only before "that" (lib/words/reporting-verbs-before-that.json,
 * rule reported:responded-that): with an object they tell what was done. Made-up sentences.
 */
const reported = (text: string) => annotate(text).notes.claims.filter((c) => c.kind === 'reported');

describe('verbs that report only before "that"', () => {
  it('"tweeted that" and "posted that" give what was said and who said it', () => {
    const [c] = reported('Tom Ray tweeted that Ann Lee had done too little about the floods.');
    expect(c?.text).toBe('Ann Lee had done too little about the floods');
    expect(c?.speaker?.name).toBe('Tom Ray');
    expect(c?.why).toContain('reported:responded-that');
    expect(reported('On Monday, Ann Lee posted that the bridge would open in May.')[0]?.speaker?.name).toBe('Ann Lee');
  });

  it('with an object, nothing was said', () => {
    expect(reported('Tom Ray tweeted a chart of the flood levels on Sunday.')).toEqual([]);
    expect(reported('Ann Lee posted a photo of the bridge on Monday.')).toEqual([]);
  });
});
