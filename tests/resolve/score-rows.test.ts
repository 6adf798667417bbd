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

  it('a club of several words: a bearing, a place word or a known place in it, or beside towns in the table', () => {
    const { notes } = annotate(
      'Table:\nEast Northby 4 3 1 0 9\nPort Westmoor 4 2 1 1 7\nRed Rovers 4 1 1 2 5\nEastfield 4 0 1 3 2\n',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.mentions.some((m) => m.text === name))?.type;
    expect(typeOf('East Northby')).toBe('organization');
    expect(typeOf('Port Westmoor')).toBe('organization');
    expect(typeOf('Red Rovers')).toBe('organization');
  });

  it('a side named elsewhere with nothing placing it is the club; "in" or "at" before it, the town', () => {
    const { notes } = annotate(
      'Eastfield beat Northby on Saturday before fans in Eastfield.\nNext: Southdale at Eastfield.\nResults:\nEastfield 2 Northby 1\n',
    );
    const at = (i: number) => notes.actors.find((a) => a.mentions.some((m) => m.start === i))?.type;
    const text = 'Eastfield beat Northby on Saturday before fans in Eastfield.\nNext: Southdale at Eastfield.';
    expect(at(0)).toBe('organization');
    expect(at(text.indexOf('in Eastfield') + 3)).toBe('place');
    expect(at(text.indexOf('at Eastfield') + 3)).toBe('place');
  });
});
