import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { reportedClaims } from './bundled-reported';

/**
 * reported:as-source — "As the Valley Courier reported, …": a source opening its sentence with "as" and a
 * verb of saying vouches for the clause after the comma. And "according to" one plural word ("according
 * to police") reads as "police said" does (reported:according-to-document). Made-up sentences.
 */
const reported = (text: string) => reportedClaims(text, 'mention');
afterEach(() => setOff([]));

describe('“As X reported, …”', () => {
  it('reads the clause after the comma, the source its speaker', () => {
    expect(reported('As the Valley Courier reported, the council spent twice its budget on the ferry.')).toEqual([
      { text: 'the council spent twice its budget on the ferry', speaker: 'Valley Courier' },
    ]);
  });

  it('after an opener, an adverb, a phrase of two words or a time', () => {
    expect(reported('But as Tomas Berg pointed out, the farmers will give the plan a second look.')).toContainEqual({
      text: 'the farmers will give the plan a second look',
      speaker: 'Tomas Berg',
    });
    expect(
      reported('And, as the Valley Courier first reported, the mayor met the builder twice in May.').map((r) => r.text),
    ).toContain('the mayor met the builder twice in May');
    expect(
      reported('As Tomas Berg noted last week, the dam has held back the river for a century.').map((r) => r.text),
    ).toContain('the dam has held back the river for a century');
  });

  it('not a clause of time, a comparison or a quotation', () => {
    expect(reported('As the ferry left the quay, the crowd cheered and waved its flags.')).toEqual([]);
    expect(reported('As Valley states and neighbours, the two towns share the river and its dam.')).toEqual([]);
    expect(reported('As Tomas Berg said, “We will fight this plan all the way to the top.”')).toEqual([]);
  });

  it('switched off, the sentence reports nothing', () => {
    setOff(['reported:as-source']);
    expect(reported('As the Valley Courier reported, the council spent twice its budget on the ferry.')).toEqual([]);
  });
});

describe('“according to” one plural word', () => {
  it('reads “according to police” first and last', () => {
    expect(reported('According to police, two men left the bank with a bag of cash.')).toContainEqual({
      text: 'two men left the bank with a bag of cash',
      speaker: 'police',
    });
    expect(reported('The bridge was closed for two days, according to police.').map((r) => r.text)).toContain(
      'The bridge was closed for two days',
    );
  });

  it('not a word that names no one: “according to some”, “according to plan”', () => {
    expect(reported('According to some, the plan for the valley is dead.')).toEqual([]);
    expect(reported('The dish is made with rice and beans, according to tradition.')).toEqual([]);
  });
});
