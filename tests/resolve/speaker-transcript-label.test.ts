import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// A transcript's lines in quotation marks, each opening with its speaker's surname in capitals and a
// colon (speaker:transcript-label). Made-up sentences.
afterEach(() => setOff([]));

const TRANSCRIPT =
  'On the radio show, harbor master Tomas Berg said the gates were rusted.\nPartial transcript as follows:\n' +
  '"HOLT: Why would the board do that?\n"BERG: Because the gates are rusted, Mia.\n"HOLT: Will they be fixed?\n"BERG: By spring.';

describe('a transcript line in quotation marks', () => {
  it('is the words of the person whose surname labels it, or of an unnamed speaker by that name', () => {
    const { said } = annotate(TRANSCRIPT);
    expect(said('Why would the board')).toBe('Holt');
    expect(said('Because the gates')).toBe('Tomas Berg');
    expect(said('Will they be fixed')).toBe('Holt');
    expect(said('By spring')).toBe('Tomas Berg');
  });

  it('counter-example: a note in capitals is no speaker', () => {
    const { said } = annotate('Tomas Berg spoke on Monday.\n"UPDATE: The board will meet again at noon."');
    expect(said('board will meet')).not.toBe('Update');
  });

  it('switched off, the lines are carried over as before', () => {
    setOff(['speaker:transcript-label']);
    const { said } = annotate(TRANSCRIPT);
    expect(said('Why would the board')).not.toBe('Holt');
  });
});
