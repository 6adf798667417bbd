import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/**
 * reported:relative-who — "Berg, who said …, left": the name the relative clause hangs on speaks,
 * also when that name is one word that opens the sentence; a clause with no commas that opens the
 * sentence ("Farmers who say X were divided") runs into the main verb and reports nothing.
 */
const reported = (text: string) => reportedClaims(text);

describe('reported speech in a relative clause', () => {
  it('finds the words of a one-word name that opens the sentence', () => {
    expect(reported('Berg, who said the dam would hold through the spring, left the valley on Monday.')).toContainEqual(
      {
        text: 'the dam would hold through the spring',
        speaker: 'Berg',
      },
    );
  });
  it('reads nothing into a clause with no commas that opens the sentence', () => {
    expect(
      reported('Farmers who say the dam is the main issue were evenly split between the two plans.').map((r) => r.text),
    ).toEqual([]);
  });
  it('finds the words of a description that is a preposition’s object ("from farmers who say …")', () => {
    const claims = reported('The council heard from the dairy farmers who say the new dam will flood their fields.');
    expect(claims).toContainEqual({
      text: 'the new dam will flood their fields',
      speaker: expect.stringMatching(/farmers$/),
    });
    expect(
      reported('The mayor won among voters who said the water supply was their main worry.').map((r) => r.speaker),
    ).toEqual(['voters']);
  });
  it('counter-example: a preposition’s object before a verb of saying is no subject', () => {
    expect(
      reported('A letter from the dairy farmers says the new dam will flood their fields.').map((r) => r.speaker),
    ).not.toContain('the dairy farmers');
  });
});
