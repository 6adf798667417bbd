import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/** speaker:lone-quantifier — "as several have suggested …": the quantifier stands for the plural named before it. Made-up sentences. */
describe('a quantifier alone as the speaker', () => {
  it('is named by the sentence’s first plural noun', () => {
    const claims = reportedClaims(
      'It is unclear which towns will share the water, as several have suggested the dam should be raised.',
    );
    expect(claims).toContainEqual({ text: 'the dam should be raised', speaker: 'several towns' });
  });

  it('reads "others" as "other …"', () => {
    const claims = reportedClaims('Some farmers want a new dam on the river, and others say the old one will do.');
    expect(claims.map((c) => c.speaker)).toContain('other farmers');
  });

  it('counter-example: a verb in -s after "it" is no plural; with none, the quantifier stands alone', () => {
    const claims = reportedClaims('It remains unclear, as several have suggested the dam should be raised.');
    expect(claims).toContainEqual({ text: 'the dam should be raised', speaker: 'several' });
  });
  it('counter-example: a quantifier after a preposition is no subject to name ("among others")', () => {
    const claims = reportedClaims(
      'The film, which weaves footage with interviews from historians and activists, among others ― explains the history of the valley.',
    );
    expect(claims.map((c) => c.speaker).filter((s) => /^other\s/.test(s ?? ''))).toEqual([]);
  });
});
