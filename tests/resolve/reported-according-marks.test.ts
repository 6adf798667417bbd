import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/**
 * "according to X" after a mark other than a plain comma: an abbreviation's dot ("Salem, Mass., according
 * to …"), a dash that closes an aside ("… — including theft — according to …"), and a source that ends
 * the sentence on a colon or a title in two quotation marks; and the words of a clause that opens with a
 * subordinator end at its comma, not at the comma of a figure ("2,400") (lib/speech/reported-according.ts,
 * lib/speech/reported.ts). Made-up sentences.
 */
const reported = (text: string) => annotate(text).notes.claims.filter((c) => c.kind === 'reported');

describe('"according to" after other marks', () => {
  it('after an abbreviation’s dot and its comma', () => {
    const [c] = reported(
      'The new contract covers about 100 workers in Dover and one store in Salem, Mass., according to the Valley Workers Union.',
    );
    expect(c?.text).toBe('The new contract covers about 100 workers in Dover and one store in Salem, Mass.');
    const [b] = reported('About 10:03 p.m., according to a council timeline, the workers left for the plant.');
    expect(b?.text).toBe('About 10:03 p.m., according to a council timeline, the workers left for the plant');
  });

  it('after a dash that closes an aside', () => {
    const [c] = reported(
      'In 2014, Dover had 115 cases of violent crime — including theft and robbery — according to the state police.',
    );
    expect(c?.text).toBe('In 2014, Dover had 115 cases of violent crime — including theft and robbery');
  });

  it('a source that ends on a colon or on a title in quotation marks', () => {
    const [c] = reported(
      'There are four systems that keep the records of the office, according to the State Department:',
    );
    expect(c?.text).toBe('There are four systems that keep the records of the office');
    const [b] = reported(
      "He paid $8 million for an old plane from a Texas company, according to his book ''The Plan.''",
    );
    expect(b?.text).toBe('He paid $8 million for an old plane from a Texas company');
  });

  it('not after a mark that ends a clause of its own', () => {
    expect(reported('The plant closed; according to the council the workers left.')).toEqual([]);
  });
});

describe('an opening clause ends at its comma, not at a figure’s', () => {
  it('"While one group says there are more than 2,400 …, another says …"', () => {
    const found = reported(
      'While one company says there are more than 2,400 farms in the valley, another says there are about 1,800.',
    );
    expect(found[0]?.text).toBe('there are more than 2,400 farms in the valley');
  });
});
