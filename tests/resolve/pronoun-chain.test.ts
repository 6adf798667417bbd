import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/** speaker:pronoun-chain — "She …. She said …": a pronoun opening sentence after sentence keeps its person. Made-up sentences. */
describe('a chain of the same pronoun opening each sentence', () => {
  it('keeps the person the first one stood for, past a woman named inside the chain', () => {
    const { said } = annotate(
      '“We will rebuild the dam,” Ann Lee said.\n\nShe has fought the council since May over a plan by Maria Ortiz. She has lost two votes on it.\n\nShe said the council had refused to listen.\n\n“They never heard us,” she said.',
    );
    expect(said('the council had refused to listen')).toBe('Ann Lee');
    expect(said('They never heard us')).toBe('Ann Lee');
  });

  it('counter-example: a sentence opened by a name breaks the chain', () => {
    const { said } = annotate(
      '“We will rebuild the dam,” Ann Lee said.\n\nShe has fought the council since May. Maria Ortiz opposed her plan. She said the council had refused to listen.',
    );
    expect(said('the council had refused to listen')).toBe('Maria Ortiz');
  });
});
