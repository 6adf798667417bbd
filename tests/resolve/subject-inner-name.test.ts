import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// The subject of a verb of saying is the head of its noun phrase, not a name inside it (issue 15).
// Made-up sentences.
const intro = 'The water board met on Monday to discuss the cuts for the valley.\n';
const claimOf = (text: string, words: string) =>
  annotate(`${intro}${text}`).notes.claims.find((c) => c.text.includes(words));
const speakerOf = (text: string, words: string) => claimOf(text, words)?.speaker?.name;

describe('an aside set in dashes before the verb (reported:head-before-dashes)', () => {
  it('the subject is before the aside, not a name inside it', () => {
    expect(speakerOf('Tim Sand — a farmer from Yakima — says the water ran out in June.', 'ran out')).toBe('Tim Sand');
    expect(
      speakerOf(
        'Rep. Joan Hatter — like Berg, a supporter of the plan’s main critic, Rep. Carl Dunn — recalled that the vote had been close.',
        'been close',
      ),
    ).toBe('Joan Hatter');
    expect(speakerOf('Farmers -- including Hewitt -- quickly accused the board of ignoring them.', 'ignoring')).toBe(
      'Farmers',
    );
    expect(claimOf('Tim Sand — a farmer from Yakima — says the water ran out in June.', 'ran out')?.why).toContain(
      'reported:head-before-dashes',
    );
  });

  it('an aside that holds no name still leaves the subject before it', () => {
    expect(
      speakerOf('Ed Marsh -- after a long pause -- told reporters that he would not run again.', 'run again'),
    ).toBe('Ed Marsh');
    expect(
      speakerOf('Lou Petra — who is listed as a lawyer in Nevada — told the paper that she would appeal.', 'appeal'),
    ).toBe('Lou Petra');
  });

  it('a description before the aside: the name that opens it', () => {
    expect(
      speakerOf(
        'A former board member -- Tom Hale, who lost the 2010 race to Berg -- said the board had no plan.',
        'no plan',
      ),
    ).toBe('Tom Hale');
  });

  it('an aside in single hyphens between spaces, one with a quotation inside, one after a description', () => {
    expect(
      speakerOf(
        'Mayor Tom Hale - who once said he would "shut off" the wells seized by the Harbor Group - said at a rally that the cuts would pass.',
        'cuts would pass',
      ),
    ).toBe('Tom Hale');
    expect(
      claimOf(
        'Most farmers - 63 percent in 2014, according to the Harbor Institute report - still believe the cuts are fair.',
        'are fair',
      )?.speaker?.mention?.text,
    ).toBe('Most farmers');
  });

  it('an aside that opens with “and” is the last of coordinated subjects', () => {
    expect(claimOf('Farmers — and some teachers — say that the cuts are unfair.', 'unfair')?.why).toContain(
      'reported:head-before-dashes',
    );
    expect(
      claimOf('Farmers — and some teachers — say that the cuts are unfair.', 'unfair')?.speaker?.mention?.text,
    ).not.toBe('some teachers');
  });

  it('not a name after “of” and a description', () => {
    expect(
      claimOf(
        'But the rules of the Harbor Party — specifically Rule 40, as it is written — adds another magic number to the mix.',
        'magic number',
      ),
    ).toBeUndefined();
  });
});

describe('a relative clause after a description set in commas (reported:relative-on-apposition)', () => {
  it('“Ann Lee, a nurse from Dover, who said …” is Ann Lee’s, not the place’s', () => {
    expect(
      speakerOf('Nina Bratt, a nurse from Dover, who said that the water would run out, left early.', 'run out'),
    ).toBe('Nina Bratt');
    expect(
      speakerOf(
        '“It is a mess,” said Nicky Dross, 24, from Manchester, who said Hale is best suited to win.',
        'best suited',
      ),
    ).toBe('Nicky Dross');
    expect(
      speakerOf(
        '“You will see many tactics,” said Eliza Arno, 32, a former aide for the Hale campaign in Dover who said she planned to march.',
        'planned to march',
      ),
    ).toBe('Eliza Arno');
    expect(
      claimOf('Nina Bratt, a nurse from Dover, who said that the water would run out, left early.', 'run out')?.why,
    ).toContain('reported:relative-on-apposition');
  });

  it('a name that is no preposition’s object keeps its relative clause', () => {
    expect(speakerOf('The reporters spoke to Ann Lee, who said that the water would run out.', 'run out')).toBe(
      'Ann Lee',
    );
  });
});
