import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/** reported:share-subject-more, reported:those-subject, reported:catenative-subject (lib/speech/subject-share.ts, subject-catenative.ts). */
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
  it('reads "those" and a participle or an age', () => {
    expect(reported('By a wide margin, those surveyed say the dam should be rebuilt.')).toContainEqual({
      text: 'the dam should be rebuilt',
      speaker: 'those surveyed',
    });
    expect(reported('Those over 60 say the river will flood the lower valley again.')).toContainEqual({
      text: 'the river will flood the lower valley again',
      speaker: 'Those over 60',
    });
  });
});

describe('reported speech after a verb that carries it on', () => {
  it('reads "continued to say" and "were more likely to say"', () => {
    expect(reported('Even after the vote, Tomas Berg continued to say the dam was safe.')).toContainEqual({
      text: 'the dam was safe',
      speaker: 'Tomas Berg',
    });
    expect(reported('Older growers were slightly more likely to say the dam was safe.')).toContainEqual({
      text: 'the dam was safe',
      speaker: 'Older growers',
    });
  });
  it('does not read a verb that is no saying', () => {
    expect(reported('Tomas Berg continued to walk to the dam before the vote.')).toEqual([]);
  });
});
