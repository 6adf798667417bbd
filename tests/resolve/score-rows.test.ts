import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

describe('sides in rows of scores and league tables', () => {
  it('a town or an unknown word as a side in a row of scores is a club, an organisation', () => {
    const { notes } = annotate('Results on Saturday:\nEastfield 2 Northby 1\nChicago 0 Southdale 3\n');
    const typeOf = (name: string) => notes.actors.find((a) => a.mentions.some((m) => m.text === name))?.type;
    expect(typeOf('Eastfield')).toBe('organization');
    expect(typeOf('Northby')).toBe('organization');
    expect(typeOf('Chicago')).toBe('organization');
  });

  it('a country stays the country (its national side); prose and full names are read as usual', () => {
    const { notes } = annotate('Table:\nFrance 3 2 1 0 7\nTomas Berg 68 70 71\nChicago sold 2 farms and Boston 1.\n');
    const typeOf = (name: string) => notes.actors.find((a) => a.mentions.some((m) => m.text === name))?.type;
    expect(typeOf('France')).toBe('country');
    expect(typeOf('Tomas Berg')).toBe('person');
    expect(typeOf('Chicago')).not.toBe('organization');
  });
});
