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

describe('a described source after a trailing verb is someone, not a thing', () => {
  it('"…, said a spokesman for the council" and "…, said several observers" still give their source', () => {
    expect(reported('The plan will fail, said a spokesman for the council.')[0]?.speaker?.name).toBe('spokesman');
    expect(reported('The plan will fail, said several observers.')[0]?.speaker?.mention?.text).toBe(
      'several observers',
    );
  });

  it('"X, a candidate who …, tweeted a warning." has no source "a warning"', () => {
    const claims = reported(
      'On the other side, Sen. Tom Ray (R-Tex.), a candidate who has made liberty the centre of his campaign, tweeted a warning.',
    );
    expect(claims.map((c) => c.speaker?.mention?.text)).not.toContain('a warning');
  });
});
