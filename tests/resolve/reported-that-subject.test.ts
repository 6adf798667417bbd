import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/** "said that was not true": a "that" right after the verb, before an auxiliary, is the clause's subject. */
const reported = (text: string) => reportedClaims(text);

describe('"that" as the subject of the words said', () => {
  it('keeps "that" before an auxiliary', () => {
    expect(reported('Tomas Berg said that was not true.')).toContainEqual({
      text: 'that was not true',
      speaker: 'Tomas Berg',
    });
    expect(reported('Tomas Berg told reporters that would be a mistake for the valley.')).toContainEqual({
      text: 'that would be a mistake for the valley',
      speaker: 'Tomas Berg',
    });
  });
  it('still reads "that" before a subject as the conjunction', () => {
    expect(reported('Tomas Berg said that the dam was not safe.')).toContainEqual({
      text: 'the dam was not safe',
      speaker: 'Tomas Berg',
    });
  });
});
