import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/** reported:share-subject — a share of a group as a poll reports it: "three-fourths say", "nine out of 10 say". */
const reported = (text: string) => reportedClaims(text);

describe('reported speech of a share of a group', () => {
  it('reads a fraction in fourths', () => {
    expect(
      reported('The farmers are worried, and three-fourths say the dam should be rebuilt next year.'),
    ).toContainEqual({
      text: 'the dam should be rebuilt next year',
      speaker: 'three-fourths',
    });
  });
  it('reads "N out of M"', () => {
    expect(reported('Nearly nine out of 10 say the river will flood the lower valley again.')).toContainEqual({
      text: 'the river will flood the lower valley again',
      speaker: 'Nearly nine out of 10',
    });
  });
});
