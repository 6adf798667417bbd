import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

describe('a reporter’s line (actor:reporter-line)', () => {
  it('makes the lone surname opening it a person', () => {
    const { actor } = annotate(
      'The mill shut on Friday.\n“It is over,” said a worker.\nHallorann reported from Northby, Westland.',
    );
    expect(actor('Hallorann')?.type).toBe('person');
    expect(actor('Hallorann')?.mentions[0].why).toContain('actor:reporter-line');
  });

  it('leaves a word that does not open the line', () => {
    const { actor } = annotate('The mill shut on Friday. The Hallorann Courier reported from Northby.');
    expect(actor('Hallorann')).toBeUndefined();
  });
});
