import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/** reported:share-subject-more (lib/speech/subject-share.ts). */
const reported = (text: string) => reportedClaims(text);

describe('reported speech of a group without a name', () => {
  it('reads a share before an adverb', () => {
    expect(reported('But 16 percent of the growers still say they know too little about the dam.')).toContainEqual({
      text: 'they know too little about the dam',
      speaker: '16 percent of the growers',
    });
  });
  it('reads a share of "whom"', () => {
    expect(
      reported('The council asked 300 farmers, half of whom said the dam should be rebuilt next year.'),
    ).toContainEqual({ text: 'the dam should be rebuilt next year', speaker: 'half of whom' });
  });
});
