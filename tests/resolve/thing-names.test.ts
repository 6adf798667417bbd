import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';
import { hyphenLower, modelCode } from '../../lib/actors/thing-names';

// Names of made things (models, classes of visas, vehicles) are no actors. Made-up names and sentences.
const actors = (text: string) => annotate(text).notes.actors.map((a) => a.name);

describe('modelCode', () => {
  it('reads letters, a hyphen and digits as a name’s last word as a code', () => {
    for (const core of ['K-9', 'Norland XR-7', 'Vessmark MS-02', 'ZuG-31', 'Q-12B']) expect(modelCode(core)).toBe(true);
  });

  it('counter-example: no digits, digits first, a road, or the code not last', () => {
    for (const core of ['Norland-X', 'Westmoor-Eastfield', '4-H', 'I-95', 'XR-7 Norland', 'Norland XR'])
      expect(modelCode(core)).toBe(false);
  });
});

describe('codes of models and classes are no actors', () => {
  it('a visa’s class and a rifle’s model said twice are no actors', () => {
    const names = actors(
      'Tomas Berg said Q-7 visas were late. The Q-7 rules changed in May, and his Norland XR-7 was stolen. Norland XR-7 owners met on Monday.',
    );
    expect(names).toContain('Tomas Berg');
    expect(names).not.toContain('Q-7');
    expect(names).not.toContain('Norland XR-7');
  });

  it('counter-example: a body with a letter after its hyphen is still a body', () => {
    expect(actors('Wealth-Q said on Monday that Wealth-Q had counted 40 new firms.')).toContain('Wealth-Q');
  });
});

describe('names written only beside a thing’s noun are no actors', () => {
  it('a rocket, a cargo ship and a tax named only so are no actors', () => {
    const names = actors(
      'The Vessmark rocket lifted off on Monday with the Dunlo cargo ship. A second Vessmark rocket waits, Tomas Berg said. The Harrow tax was cut.',
    );
    expect(names).toContain('Tomas Berg');
    expect(names).not.toContain('Vessmark');
    expect(names).not.toContain('Dunlo');
    expect(names).not.toContain('Harrow');
  });

  it('a thing’s noun before the name: a drug named so is no actor', () => {
    expect(actors('Doctors gave him the drug Zelvix, and the drug Zelvix worked, Tomas Berg said.')).not.toContain(
      'Zelvix',
    );
  });

  it('counter-example: a name that also acts on its own is an actor', () => {
    expect(actors('The Vessmark rocket lifted off on Monday. Vessmark said a second would follow.')).toContain(
      'Vessmark',
    );
  });

  it('counter-example: a place’s name before a job is a place', () => {
    expect(actors('Tomas Berg ran for Ardel County tax assessor on Monday.')).toContain('Ardel County');
  });
});

describe('hyphenLower', () => {
  it('reads a name, a hyphen and lower-case words as a word made of a name', () => {
    for (const core of ['Westmoorish-language', 'Census-takers', 'Vessmark-for-all', 'TV-ready', 'Tomas Berg-style'])
      expect(hyphenLower(core)).toBe(true);
  });

  it('counter-example: a syllable of a given name, or capitals after the hyphen', () => {
    for (const core of ['Han Min-koo', 'Lee Teng-hui', 'Westmoor-Eastfield', 'Norland-X', 'Vessmark'])
      expect(hyphenLower(core)).toBe(false);
  });

  it('a language’s adjective of a name is no actor; a person with a hyphen in a given name is', () => {
    const names = actors('Tomas Berg told Westmoorish-language papers on Monday that Han Min-koo would come.');
    expect(names).toContain('Tomas Berg');
    expect(names).toContain('Han Min-koo');
    expect(names).not.toContain('Westmoorish-language');
  });
});
