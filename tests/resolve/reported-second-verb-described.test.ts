import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/** reported:second-verb-described — "Some officers chafed at the rules and said …". */
const reported = (text: string) => reportedClaims(text, 'mention');

describe('reported speech of a second verb, its subject described', () => {
  it('reads the described subject that opens the sentence', () => {
    expect(reported('Some officers chafed at the new rules and said waiting for help was right.')).toContainEqual({
      text: 'waiting for help was right',
      speaker: 'Some officers',
    });
    expect(
      reported('Beyond the footage, the report cited talks with farmers and said that the dam had cracked.'),
    ).toContainEqual({ text: 'the dam had cracked', speaker: 'the report' });
  });
});
