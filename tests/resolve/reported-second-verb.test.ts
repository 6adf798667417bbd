import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/**
 * reported:second-verb — the second verb of the main clause's subject ("X did Y and said Z"), where the
 * subject opens after "But the", after a wire dateline's dash, is a name "of" a place, a title in lower
 * case before a name, "He’s", or an auxiliary stands between "and" and the verb.
 */
const reported = (text: string) => reportedClaims(text, 'mention');

describe('reported speech of a second verb', () => {
  it('reads an auxiliary between "but" and the verb', () => {
    expect(reported('Tomas Berg has voiced doubts but has said the dam should be rebuilt next year.')).toContainEqual({
      text: 'the dam should be rebuilt next year',
      speaker: 'Tomas Berg',
    });
  });
  it('reads a subject after "But the"', () => {
    expect(
      reported('But the Valley Water Board overruled the mayor and said the dam would be rebuilt next year.'),
    ).toContainEqual({ text: 'the dam would be rebuilt next year', speaker: 'Valley Water Board' });
  });
  it('reads a subject after a wire dateline', () => {
    expect(
      reported('(Reuters) - Tomas Berg met farmers from the lower valley on Monday and said the dam would be rebuilt.'),
    ).toContainEqual({ text: 'the dam would be rebuilt', speaker: 'Tomas Berg' });
  });
  it('reads a name of a place', () => {
    expect(
      reported('A spokesman for Mayor Tomas Berg of Dayton defended the plan and said the dam would be rebuilt.'),
    ).toContainEqual({ text: 'the dam would be rebuilt', speaker: 'A spokesman for Mayor Tomas Berg' });
  });
  it('reads the name after a title in lower case', () => {
    expect(
      reported('Democratic candidate Tomas Berg toured the valley on Monday and said the dam would be rebuilt.'),
    ).toContainEqual({ text: 'the dam would be rebuilt', speaker: 'Tomas Berg' });
  });
  it('reads "He’s … and says"', () => {
    expect(
      reported(
        'Tomas Berg spoke first. He’s comparing the dam to the old bridge and says the council is wasting money.',
      ),
    ).toContainEqual({ text: 'the council is wasting money', speaker: 'He' });
  });
  it('does not take a name in the first clause for the subject', () => {
    expect(
      reported('Tomas Berg told reporters Ann Lee had toured the valley and said nothing.').map((r) => r.speaker),
    ).not.toContain('Ann Lee');
  });
});
