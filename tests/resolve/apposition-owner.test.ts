import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/**
 * An apposition that opens with an owner whose name holds "of" ("Tom Ray, Voice of Change's executive
 * director, said") belongs to the name before it, which speaks. Made-up sentences.
 */
describe('an owner named with "of" opening an apposition', () => {
  it('the name before the apposition speaks', () => {
    const { said } = annotate('Tom Ray, Voice of Change’s executive director, said the group would sue the city.');
    expect(said('the group would sue')).toBe('Tom Ray');
  });

  it('a longer owner with "of"', () => {
    const { said } = annotate('Tom Ray, Friends of Westland’s executive director, said the group would sue the city.');
    expect(said('the group would sue')).toBe('Tom Ray');
  });
});
