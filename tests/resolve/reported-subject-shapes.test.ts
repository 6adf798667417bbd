import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/**
 * Shapes of the subject of reported speech. A word that can be an auxiliary ("may", "will") but ends a name before a verb of saying is the name,
 * not a filler to step over ("Ann May said", "Tom Will said"); and a share may be written "eight of 10".
 * Made-up sentences.
 */
const reported = (text: string) => reportedClaims(text, 'mention');

describe('a name ending in an auxiliary’s word', () => {
  it('is the subject of the verb of saying', () => {
    expect(reported('Ann May said that the valley would lose its dam next year.')).toEqual([
      { text: 'the valley would lose its dam next year', speaker: 'Ann May' },
    ]);
    expect(reported('The valley would lose its dam next year, Ann May said.')).toEqual([
      { text: 'The valley would lose its dam next year', speaker: 'Ann May' },
    ]);
  });

  it('a lower-case auxiliary is still stepped over', () => {
    expect(reported('Ann Lee has said that the valley would lose its dam next year.')).toEqual([
      { text: 'the valley would lose its dam next year', speaker: 'Ann Lee' },
    ]);
  });
});

describe('a share written “eight of 10”', () => {
  it('is the subject, as “eight in 10” is', () => {
    expect(reported('Nearly eight of 10 farmers say they will plant less wheat.')).toEqual([
      { text: 'they will plant less wheat', speaker: 'Nearly eight of 10 farmers' },
    ]);
  });
});

describe('a described subject whose determiner is a name’s possessive', () => {
  it('is the whole subject, the name and the job after it', () => {
    expect(reported('Westland’s tax commissioner said an internal review found no leak.')).toEqual([
      { text: 'an internal review found no leak', speaker: 'Westland’s tax commissioner' },
    ]);
    expect(reported('But Tomas Berg’s campaign manager says the rally will go ahead.')).toEqual([
      { text: 'the rally will go ahead', speaker: 'Tomas Berg’s campaign manager' },
    ]);
  });

  it('not a possessive inside a phrase before it', () => {
    expect(reported('A visit to Westland’s tax office said nothing about the leak.')).toEqual([]);
  });
});

describe('a subject whose name received the words (“seen by”, “obtained by”)', () => {
  it('is spoken by its head, not by the name after “by”', () => {
    expect(reported('Reports seen by the agency suggest the dam lost water for three years.')).toEqual([
      { text: 'the dam lost water for three years', speaker: 'Reports seen by the agency' },
    ]);
    expect(
      reportedClaims('Reports seen by the agency suggest the dam lost water for three years.').map((r) => r.speaker),
    ).not.toContain('the agency');
  });

  it('counter-example: a statement issued by a body is the body’s', () => {
    expect(
      reportedClaims('A statement issued by the ministry said the dam lost water for three years.').map(
        (r) => r.speaker,
      ),
    ).toEqual(['the ministry']);
  });
});

describe('a described subject with its complement (reported:described-complement)', () => {
  it('a plural behind modifiers, before its preposition: “senior officials from both towns say …”', () => {
    expect(reported('Senior officials from both towns say the valley will lose its dam.')).toEqual([
      { text: 'the valley will lose its dam', speaker: 'Senior officials from both towns' },
    ]);
  });

  it('“Those close to him say …”: “those” and a complement ending on an object pronoun', () => {
    expect(reported('Those close to him say the valley will lose its dam.')).toEqual([
      { text: 'the valley will lose its dam', speaker: 'Those close to him' },
    ]);
  });

  it('two complements joined by “and”: “farmers in Westby and across the valley say …”', () => {
    expect(reported('Farmers in Westby and across the valley say the dam will go.')).toEqual([
      { text: 'the dam will go', speaker: 'Farmers in Westby and across the valley' },
    ]);
  });

  it('counter-example: a clause joined by “and” is no complement of the subject', () => {
    expect(reported('The vote passed and officials from both towns say the dam will go.')).toEqual([
      { text: 'the dam will go', speaker: 'officials from both towns' },
    ]);
  });

  it('counter-example: a verb after “those” with no complement reads nothing new', () => {
    expect(reported('Those say nothing about the dam.')).toEqual([]);
  });
});

describe('a source that passes the words on, then a time (reported:source-last)', () => {
  it('“…, people close to the plan told the Harbor Times,” the Westby Post reported on Tuesday evening.', () => {
    const found = reported(
      'The dam will close in May, people close to the plan told the Harbor Times,” the Westby Post reported on Tuesday evening.',
    );
    expect(found.map((r) => r.text)).not.toContain('Times,” the Westby Post reported on Tuesday evening');
    expect(found.some((r) => r.text.includes('reported on Tuesday'))).toBe(false);
  });
});

describe('a source set in commas inside its words, before an infinitive (reported:source-between)', () => {
  it('“It is her job, she said, to warn the town”: the aside, not “said to” an audience', () => {
    expect(reported('Ann Lee runs the harbor. It is her job, she said, to warn the town about the dam.')).toEqual([
      { text: 'It is her job, she said, to warn the town about the dam', speaker: 'she' },
    ]);
  });

  it('counter-example: “said to reporters” names an audience, and reports nothing', () => {
    expect(reported('Ann Lee said to reporters on Monday.')).toEqual([]);
  });
});

describe('a described subject, then a one-word aside, then the verb (reported:aside-subject)', () => {
  it('“Critics, however, say …”', () => {
    expect(reported('Critics, however, say the dam will not hold.')).toEqual([
      { text: 'the dam will not hold', speaker: 'Critics' },
    ]);
  });

  it('“Opponents of the dam, however, say …”: a description with its complement', () => {
    expect(reported('Opponents of the dam, however, say it will not hold.')).toEqual([
      { text: 'it will not hold', speaker: 'Opponents of the dam' },
    ]);
  });

  it('counter-example: a one-word aside that is no sentence adverb is no aside', () => {
    expect(reported('Critics, farmers, say the dam will not hold.')).not.toContainEqual({
      text: 'the dam will not hold',
      speaker: 'Critics',
    });
  });
});

describe('coordinated subjects after the sentence’s opening conjunction (reported:coordinated-subject)', () => {
  it('“But lawyers and legal experts said …”: the speaker leaves the “But” out', () => {
    expect(reported('But lawyers and legal experts said the dam would hold.')).toEqual([
      { text: 'the dam would hold', speaker: 'lawyers and legal experts' },
    ]);
  });

  it('counter-example: with no conjunction first, the whole subject', () => {
    expect(reported('Current and former farmers say the dam will go.')).toEqual([
      { text: 'the dam will go', speaker: 'Current and former farmers' },
    ]);
  });
});

describe('an unnamed source after the sentence’s opening conjunction (name:unnamed-source)', () => {
  it('“But aides said …”: the source is “aides”, not “But aides”', () => {
    expect(reported('But aides said the dam would hold.')).toEqual([{ text: 'the dam would hold', speaker: 'aides' }]);
  });

  it('counter-example: a capitalised qualifier stays (“Harbor aides said …”)', () => {
    expect(reported('Harbor aides said the dam would hold.')).toEqual([
      { text: 'the dam would hold', speaker: 'Harbor aides' },
    ]);
  });
});
