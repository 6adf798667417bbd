import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// A quotation with no cue of its own, after a person opened a sentence since the last speaker spoke:
// theirs (speaker:subject-since), before the speaker of the paragraph before. Made-up sentences.
afterEach(() => setOff([]));

describe('the person who opened a sentence since the last speaker spoke', () => {
  it('one who agreed, in a new paragraph: “…,” Berg said.\\nHolt agreed. “…”', () => {
    const { said } = annotate(
      '“The river has never been this low,” Tomas Berg said.\nMia Holt agreed. “We have not seen the gates this dry in forty years of work.”',
    );
    expect(said('gates this dry')).toBe('Mia Holt');
  });

  it('past a title opening the sentence: Harbor chief Mia Holt said in a statement. “…”', () => {
    const { said } = annotate(
      '“The river has never been this low,” Tomas Berg said.\nHarbor chief Mia Holt said in a statement. “There are no boats left to count on the river.”',
    );
    expect(said('no boats left')).toBe('Mia Holt');
  });

  it('without the rule: the speaker of the paragraph before', () => {
    setOff(['speaker:subject-since']);
    const { said } = annotate(
      '“The river has never been this low,” Tomas Berg said.\nMia Holt agreed. “We have not seen the gates this dry in forty years of work.”',
    );
    expect(said('gates this dry')).toBe('Tomas Berg');
  });

  it('counter-example: a person named only as the object keeps the speaker before', () => {
    const { said } = annotate(
      '“The river has never been this low,” Tomas Berg said.\nThe council thanked Mia Holt. “We have not seen the gates this dry in forty years of work.”',
    );
    expect(said('gates this dry')).toBe('Tomas Berg');
  });

  it('counter-example: the speaker who opened the sentence is the one carried over', () => {
    const { said } = annotate(
      '“The river has never been this low,” Tomas Berg said.\nTomas Berg walked on with Mia Holt. “We have not seen the gates this dry in forty years of work.”',
    );
    expect(said('gates this dry')).toBe('Tomas Berg');
  });
});
