import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// The subject of a verb of saying read past an apposition: of several parts after the quote, and a
// name set in commas after a description before the verb. Made-up sentences.
describe('a subject and its apposition', () => {
  it('“…,” Name, age, job in a town, state, said: the name speaks', () => {
    const { said } = annotate(
      '“The dock will close,” Ann Varga said.\n“I just don’t think it will,” Tomas Berg, 67, a retired pilot in Dayton, Ohio, said.',
    );
    expect(said('think it will')).toBe('Tomas Berg');
  });

  it('a description then a name in commas before the verb: the name, not one before the description', () => {
    const { said } = annotate(
      'In a statement to the Harbor Gazette, her senior policy adviser, Tomas Berg, said: “The river has never been this low.”',
    );
    expect(said('never been this low')).toBe('Tomas Berg');
  });

  it('a name opening the sentence keeps the words, past a name set in its apposition', () => {
    const { said } = annotate(
      'Tomas Berg, the editor of the town’s paper, the Harbor Gazette, said: “The river has never been this low.”',
    );
    expect(said('never been this low')).toBe('Tomas Berg');
  });
});
