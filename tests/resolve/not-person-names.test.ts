import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';
import { titleShaped } from '../../lib/actors/quoted-titles';

// Capitalised words that name no person: titles in quotation marks, and the like. Made-up names and sentences.
const people = (text: string) =>
  annotate(text)
    .notes.actors.filter((a) => a.type === 'person')
    .map((a) => a.name);

describe('titles in quotation marks are no person', () => {
  it('a show, a book and a nickname in quotation marks make no person', () => {
    const names = people(
      "Mia Holt hosts the weekly show “Harbor Lights Tonight,” and wrote the book ''Stony Roads Home.'' Critics call her “Lazy Mia.” Holt said she did not mind.",
    );
    expect(names).toContain('Mia Holt');
    expect(names).not.toContain('Harbor Lights Tonight');
    expect(names).not.toContain('Lights Tonight');
    expect(names).not.toContain('Stony Roads Home');
    expect(names).not.toContain('Lazy Mia');
  });

  it('a slogan chanted, with a verb after it, is still no person', () => {
    expect(people('The crowd chanted “Dump Garvey” outside the hall on Monday.')).not.toContain('Dump Garvey');
  });

  it('counter-example: a name in quotation marks that is then said to speak is a person', () => {
    const names = people('Asked who would run, she said: “Tomas Berg.” Tomas Berg said he would think about it.');
    expect(names).toContain('Tomas Berg');
  });

  it('counter-example: a name inside a quoted sentence is a person', () => {
    expect(people('“Tomas Berg was at the dock all night,” the harbour master said.')).toContain('Tomas Berg');
  });
});

describe('titleShaped', () => {
  it('reads capitalised words with a title’s small words as a title', () => {
    expect(titleShaped('Harbor Lights Tonight')).toBe(true);
    expect(titleShaped('The Lord of the Docks')).toBe(true);
    expect(titleShaped('Stony Roads: How We Got Home')).toBe(true);
    expect(titleShaped('Are You Smarter Than a Harbor Pilot?')).toBe(true);
  });
  it('not a sentence, one word, or words in lower case', () => {
    expect(titleShaped('Tomas Berg was at the dock.')).toBe(false);
    expect(titleShaped('Hi All! Tomas Berg Wins')).toBe(false);
    expect(titleShaped('Harbor')).toBe(false);
  });
});

describe('times, eras, events and polls are no person', () => {
  it('a time zone, a holiday’s eve, an era, a games and a poll make no person', () => {
    const names = people(
      'Polls close at 8 p.m. Northby Standard Time on Christmas Eve. Tomas Berg, who studied the Northby Revolution, said the Westmoor Olympics and the Dockside Poll would wait.',
    );
    expect(names).toContain('Tomas Berg');
    for (const n of [
      'Northby Standard Time',
      'Christmas Eve',
      'Northby Revolution',
      'Westmoor Olympics',
      'Dockside Poll',
    ])
      expect(names, n).not.toContain(n);
  });

  it('counter-example: such a word alone, or before a name, leaves the name a person', () => {
    expect(people('Tomas Berg said the debate would wait. Mia Holt agreed.')).toEqual(
      expect.arrayContaining(['Tomas Berg', 'Mia Holt']),
    );
  });
});

describe('bodies, places and events by their last word', () => {
  it('a conference, a corps, a society, a system and an international firm are organisations; a ranch and a refuge places', () => {
    const { notes } = annotate(
      'Tomas Berg spoke at the Northby Security Conference. The Westmoor Harbor Corps, the Dockside Society, the Eastfield Retirement System and Halvard International backed him. He bought the Gray Elm Ranch near the Stony Marsh Refuge.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    for (const n of [
      'Northby Security Conference',
      'Westmoor Harbor Corps',
      'Dockside Society',
      'Eastfield Retirement System',
      'Halvard International',
    ])
      expect(typeOf(n), n).toBe('organization');
    for (const n of ['Gray Elm Ranch', 'Stony Marsh Refuge']) expect(typeOf(n), n).toBe('place');
    expect(typeOf('Tomas Berg')).toBe('person');
  });

  it('a breakfast or a dinner is no person', () => {
    expect(people('Mia Holt spoke at the Harbor Monitor Breakfast and the Northby Closing Dinner.')).toEqual([
      'Mia Holt',
    ]);
  });
});

describe('plurals are groups, not people', () => {
  it('an abbreviation’s plural, a "-ers" word of a name in the text, a plural the text writes in lower case', () => {
    const { notes } = annotate(
      'Tomas Berg leads the polls. The Never Bergers and the Harbor Streeters distrust him, and Harbor Street does too. Dockside PACs paid for ads. Westmoor Owners met; the owners said little.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    for (const n of ['Never Bergers', 'Harbor Streeters', 'Dockside PACs', 'Westmoor Owners'])
      expect(typeOf(n), n).not.toBe('person');
    expect(typeOf('Tomas Berg')).toBe('person');
  });

  it('counter-example: a surname ending in -s or -ers stays a person', () => {
    const names = people('Tomas Peters and Mia Sanders met the owners. Peters said Sanders would wait.');
    expect(names).toEqual(expect.arrayContaining(['Tomas Peters', 'Mia Sanders']));
  });
});

describe('the pronoun "I" after a name ends it', () => {
  it('"Holt I think", "Suddenly I’ve": the pronoun is no part of the name', () => {
    const { notes } = annotate(
      '“Mayor Tomas Holt I think did well,” Mia Berg said. Suddenly I’ve seen the harbour change. Westmoor I know well.',
    );
    const names = notes.actors.map((a) => a.name);
    expect(
      names.some((n) => /\bI(?:’ve)?$/.test(n)),
      names.join(', '),
    ).toBe(false);
    expect(names).toContain('Tomas Holt');
  });

  it('counter-example: a monarch’s number after a given name or a royal title stays', () => {
    const { notes } = annotate('Queen Marta I died in 1603. Pedro I became emperor. World War I ended in 1918.');
    const mentions = notes.actors.flatMap((a) => a.mentions.map((m) => m.text));
    expect(mentions).toEqual(expect.arrayContaining(['Queen Marta I', 'Pedro I']));
  });
});

describe('roles written with capitals are no person’s name', () => {
  it('"National Committeeman", "Assistant Managing Editor": a role, not a name', () => {
    const names = people(
      'Tomas Berg, a longtime Westland National Committeeman, backed Mia Holt. The paper’s Assistant Managing Editor disagreed.',
    );
    expect(names).toEqual(expect.arrayContaining(['Tomas Berg', 'Mia Holt']));
    expect(names).not.toContain('Westland National Committeeman');
    expect(names).not.toContain('National Committeeman');
    expect(names).not.toContain('Assistant Managing Editor');
  });

  it('counter-example: a family name that is also a job or a title stays a person', () => {
    const names = people('Tomas Bishop met Norvald King and Mia Holt Judge on Monday. Bishop said they agreed.');
    expect(names).toEqual(expect.arrayContaining(['Tomas Bishop', 'Norvald King']));
  });
});

describe('a bearing and a people’s word make a group', () => {
  it('"South Westlandian", "East Norlandish": a people, not a person', () => {
    const names = people('Tomas Berg courted South Westlandian voters and East Norlandish ones. Berg said so.');
    expect(names).toContain('Tomas Berg');
    expect(names).not.toContain('South Westlandian');
    expect(names).not.toContain('East Norlandish');
  });

  it('counter-example: a bearing before a given name and a surname is no people', () => {
    expect(people('West Tomas Berg said so.').length).toBeGreaterThan(0);
  });
});

describe('names opening with "The" are no person', () => {
  it('a paper that reports is an organisation; a work’s title is no actor', () => {
    const { notes } = annotate(
      'Tomas Berg, a fan of The Crimson Game, spoke on Monday, The Northby Courier reported. He later told The Dockside.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(typeOf('The Northby Courier')).toBe('organization');
    expect(typeOf('The Dockside')).toBe('organization');
    expect(typeOf('The Crimson Game')).toBeUndefined();
    expect(typeOf('Tomas Berg')).toBe('person');
  });
});

describe('a verb of saying only with "back" after it makes no name of the word before (lib/words/back-verbs.json)', () => {
  const names = (text: string) => annotate(text).notes.actors.map((a) => a.name);
  it('"Gold hit a low" keeps "Gold" no actor', () => {
    expect(names('Prices fell on Friday.\nGold hit a two-week low before the close.')).not.toContain('Gold');
  });

  it('counter-example: "Bergstrom hit back" is a name before a verb of saying', () => {
    expect(names('The council met on Monday.\nBergstrom hit back at the critics.')).toContain('Bergstrom');
  });
});
