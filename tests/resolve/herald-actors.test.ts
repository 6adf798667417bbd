import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// Actors on real opinion pages (issue 15): a person named only as a source's owner, a place's people.
// Made-up names and sentences.
const actors = (text: string) => annotate(text).notes.actors;
describe('a person named only as a source’s owner (actor:owner-surname)', () => {
  it('the later lone surname is that person, and the owner gets no mention of its own', () => {
    const text =
      'The plan, from Ann Westmoor’s office, was read to the council on Monday. Critics said Westmoor wanted the dock closed.';
    const a = actors(text).find((x) => x.name === 'Ann Westmoor');
    expect(a?.type).toBe('person');
    expect(a?.mentions.map((m) => m.text)).toEqual(['Westmoor']);
    expect(a?.mentions[0].why).toContain('actor:owner-surname');
  });

  it('counter-example: an owner with no given name first makes no person', () => {
    const text =
      'The plan, from the Westmoor Trust’s office, was read to the council on Monday. Critics said Trust wanted the dock closed.';
    expect(actors(text).some((x) => x.mentions.some((m) => (m.why ?? []).includes('actor:owner-surname')))).toBe(false);
  });
});

describe('a place’s people (actor:place-people)', () => {
  it('"Texans" in a text naming Texas is a group', () => {
    const a = actors('The mayor met farmers in Texas on Monday. The bridge was too old, Texans said.').find(
      (x) => x.name === 'Texans',
    );
    expect(a?.type).toBe('group');
  });

  it('counter-example: a plural word of a place the text does not name is not made a group', () => {
    const a = actors('The mayor met farmers in Westmoor on Monday. The bridge was too old, Texans said.').find(
      (x) => x.name === 'Texans',
    );
    expect(a?.mentions[0].why ?? []).not.toContain('actor:place-people');
  });
});
