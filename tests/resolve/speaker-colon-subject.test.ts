import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// A colon (or a comma after a word in lower case) right before a quotation, with no verb of saying:
// the person or body the sentence opens with introduces the words (cue:colon-subject). Made-up sentences.
afterEach(() => setOff([]));

describe('a colon after the sentence’s subject', () => {
  it('gives the words to the one the sentence opens with, not the one who spoke before', () => {
    const { said } = annotate(
      '“The dock will close,” Ann Varga said.\nTomas Berg was blunt with the council: “The river has never been this low.”',
    );
    expect(said('never been this low')).toBe('Tomas Berg');
  });

  it('a comma after a word in lower case does too', () => {
    const { said } = annotate('“The dock will close,” Ann Varga said.\nTomas Berg turned to the crowd, “It will not.”');
    expect(said('It will not')).toBe('Tomas Berg');
  });

  it('a name after a word in lower case before the colon is the clause’s object, not the speaker', () => {
    const { said } = annotate('Tomas Berg sent a blunt message to Ann Varga: “It is time to stop.”');
    expect(said('time to stop')).toBe('Tomas Berg');
  });

  it('not the one after a subordinator', () => {
    const { notes } = annotate(
      '“The dock will close,” Ann Varga said.\nAfter Tomas Berg left, the room went quiet: “It will not.”',
    );
    const claim = notes.claims.find((c) => c.text.includes('It will not'));
    expect(claim?.why).not.toContain('cue:colon-subject');
  });

  it('a colon ending the sentence before lends no verb from further back', () => {
    const { said } = annotate(
      'Tomas Berg stated, “The river is low.”\nMr. Cole gloated: “I told you he would not be ready.”',
    );
    expect(said('would not be ready')).toBe('Cole');
  });
});

describe('a verb of saying after “who”', () => {
  it('the name before the relative clause said the words', () => {
    const { said } = annotate(
      'The harbor was quiet.\nThe board met Ann Varga, who has called the plan “a disaster,” and Tomas Berg, who says it is “overdue.”',
    );
    expect(said('a disaster')).toBe('Ann Varga');
    expect(said('overdue')).toBe('Tomas Berg');
  });

  it('the person, not the place after “of”', () => {
    const { said } = annotate(
      'The harbor was quiet.\nSen. Ann Varga of Florida, who called the plan “a disaster,” left.',
    );
    expect(said('a disaster')).toBe('Ann Varga');
  });
});
