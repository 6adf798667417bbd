import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/**
 * A participle of saying ("…, saying “…”") speaks for its clause's subject. Where that subject is a
 * body, a capitalised title and a name ("Westland Police Chief Calvin Moss"), the person speaks, not
 * the body that opens the run. Made-up sentences.
 */
describe('the subject of a participle of saying, past a body and a title', () => {
  it('a capitalised title between the body and the name', () => {
    const { said } = annotate(
      'Before the vote, Westland Police Chief Calvin Moss lobbied to end open carry, saying, “Fewer guns, fewer deaths.”',
    );
    expect(said('Fewer guns')).toBe('Calvin Moss');
  });

  it('a place, a title and a name', () => {
    const { said } = annotate(
      'Northby Mayor Ann Pelt defended the budget on Monday, calling it “the best in a decade.”',
    );
    expect(said('the best in a decade')).toBe('Ann Pelt');
  });

  it('the body alone still speaks', () => {
    const { said } = annotate('Westland Police defended the arrests on Monday, calling them “lawful and necessary.”');
    expect(said('lawful and necessary')).toBe('Westland Police');
  });
});
