import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/**
 * name:aside-bill sets aside names whose head makes them a law, a page or a day ("the Water Bill",
 * "Harvest Day"); a given name and such a word alone is a person's name ("Steven Law", "Larry Page").
 * Made-up sentences.
 */
describe('a head of no actor’s name after a given name', () => {
  it('is a surname: the person speaks', () => {
    const { actor, said } = annotate(
      'Mayor Ann Lee opened the meeting.\n\n“The plan is sound,” said Steven Law, a former aide to the governor.',
    );
    expect(actor('Steven Law')?.type).toBe('person');
    expect(said('The plan is sound')).toBe('Steven Law');
  });

  it('not after a word that is no given name, nor with a possessive', () => {
    const { notes } = annotate('The Harvest Day fair opened. The Westland Water Law passed. Megan’s Law passed.');
    const names = notes.actors.map((a) => a.name);
    expect(names).not.toContain('Harvest Day');
    expect(names).not.toContain('Westland Water Law');
  });
});
