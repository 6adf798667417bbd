import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/** Invented sentences: each tries one way an article says who someone is. */
const desc = (text: string, name: string) => annotate(text).actor(name)?.articleDescription ?? null;

describe('articleDescription: what the article says about a person', () => {
  it('takes an apposition after the name, without its indefinite article', () => {
    expect(desc('Ann Lee, an analyst at Acme Research, said the figures were weak.', 'Ann Lee')).toBe(
      'analyst at Acme Research',
    );
  });

  it('keeps "the" in a definite apposition given at a later mention', () => {
    const text = 'Ann Lee spoke first. Later, Lee, the company’s chief executive, said sales had fallen.';
    expect(desc(text, 'Ann Lee')).toBe('the company’s chief executive');
  });

  it('takes a title written before the name, body and all', () => {
    expect(desc('Acme spokeswoman Ann Lee said the plant would reopen.', 'Ann Lee')).toBe('Acme spokeswoman');
  });

  it('writes out an abbreviated title and adds the party tag', () => {
    expect(desc('Sen. Ann Lee, D-N.Y., said the bill would pass.', 'Ann Lee')).toBe('Senator, D-N.Y.');
  });

  it('takes a relative clause that says what the person does', () => {
    expect(desc('Tom Hale, who leads the dockworkers’ union, said the strike would go on.', 'Tom Hale')).toBe(
      'leads the dockworkers’ union',
    );
  });

  it('takes "X is the Y" when Y is a role', () => {
    expect(desc('Tom Hale said the vote was close. Hale is the union’s treasurer.', 'Tom Hale')).toBe(
      'the union’s treasurer',
    );
  });

  it('cuts at the end of the clause and never runs past 80 characters', () => {
    const d = desc(
      'Ann Lee, a researcher at the Institute for Coastal Studies who has written three books on tides, said so.',
      'Ann Lee',
    );
    expect(d).toBe('researcher at the Institute for Coastal Studies');
    expect(d!.length).toBeLessThanOrEqual(80);
  });

  it('says nothing where the article says nothing, or only addresses the person', () => {
    expect(desc('Ann Lee said the plant would reopen.', 'Ann Lee')).toBeNull();
    expect(desc('Mr. Tom Hale said the plant would reopen.', 'Tom Hale')).toBeNull();
  });

  it('takes no clause, time or comment for an apposition', () => {
    expect(desc('Ann Lee, a day after the vote, said she would resign.', 'Ann Lee')).toBeNull();
    expect(desc('Like Ann Lee, the answer is no, said Tom Hale.', 'Ann Lee')).toBeNull();
  });

  it('does not take another person’s name as the head', () => {
    const d = desc('Ann Lee, Tom Hale and Bo Park said they would appeal.', 'Ann Lee');
    expect(d).toBeNull();
  });

  it('stops a title at the sentence before', () => {
    expect(desc('The vote was on Tuesday. Gov. Ann Lee signed the bill.', 'Ann Lee')).toBe('Governor');
  });

  it('gives a title of one lower-case word no place ("nominee Ann Lee" says too little)', () => {
    expect(desc('The nominee Ann Lee spoke in Ohio.', 'Ann Lee')).toBeNull();
  });

  it('takes a role set before the name in commas (issue 17)', () => {
    expect(desc('The Acme chief executive, Ann Lee, said sales had fallen.', 'Ann Lee')).toBe('Acme chief executive');
    expect(
      desc('Speaking for the union, its general secretary, Tom Hale, said the strike would go on.', 'Tom Hale'),
    ).toBe('general secretary');
    expect(desc('Northfield’s planning director, Ann Lee, said the road would close.', 'Ann Lee')).toBe(
      'Northfield’s planning director',
    );
  });

  it('an age is no description, the apposition after it is', () => {
    expect(desc('Ann Lee, 52, a retired nurse from Dover, said she would vote.', 'Ann Lee')).toBe(
      'retired nurse from Dover',
    );
    expect(desc('Ann Lee, 52, said she would vote.', 'Ann Lee')).toBeNull();
  });

  it('a one-word job before the name is enough, a relation is not', () => {
    expect(desc('“We are ready,” said spokesman Tom Hale on Monday.', 'Tom Hale')).toBe('spokesman');
    expect(desc('“We are ready,” said nominee Tom Hale on Monday.', 'Tom Hale')).toBeNull();
    expect(desc('The club is expected to host Tom Hale on Monday.', 'Tom Hale')).toBeNull();
  });

  it('an apposition "X is the Y" gives way to an apposition at a later mention', () => {
    const text =
      'Tom Hale said the vote was close. Hale is the incumbent. Hale, the chairman of the harbour board, said more.';
    expect(desc(text, 'Tom Hale')).toBe('the chairman of the harbour board');
  });

  it('a long apposition is cut before a preposition, not dropped', () => {
    const text =
      'Ann Lee, a securities analyst for the Northfield-based investment house Brantley Horne Pemberton Associates, said it.';
    expect(desc(text, 'Ann Lee')).toBe('securities analyst');
  });

  it('takes "one of …", a role of someone named after a preposition, and a title-led "who served as"', () => {
    expect(desc('Tom Hale, one of the mayor’s closest aides, said the bridge would open.', 'Tom Hale')).toBe(
      'one of the mayor’s closest aides',
    );
    expect(desc('An attorney for Northfield Council, Ann Lee, said the case was weak.', 'Ann Lee')).toBe(
      'attorney for Northfield Council',
    );
    expect(desc('Ann Lee, who served as U.S. ambassador to Chile, said it.', 'Ann Lee')).toBe(
      'U.S. ambassador to Chile',
    );
    expect(desc('Ann Lee, who is third in the polls, said it.', 'Ann Lee')).toBeNull();
  });

  it('a possessive phrase that is the next clause’s subject is no description', () => {
    expect(desc('He met Ann Lee, his sister said on Monday.', 'Ann Lee')).toBeNull();
    expect(desc('Ann Lee, its chief executive, said sales fell.', 'Ann Lee')).toBe('its chief executive');
  });

  it('a possessive after the role is the body’s, a possessive before it keeps its owner', () => {
    const text = 'The deal failed, said a former spokesman for Northland’s Foreign Ministry, Tom Hale, on Monday.';
    expect(desc(text, 'Tom Hale')).toBe('former spokesman for Northland’s Foreign Ministry');
    expect(desc('It is half of what her husband’s finance adviser, Tom Hale, wanted.', 'Tom Hale')).toBe(
      'her husband’s finance adviser',
    );
  });

  it('a role of someone named after "to the"', () => {
    expect(desc('“Yes,” said Tom Hale, a longtime adviser to the Brantley family who runs the fund.', 'Tom Hale')).toBe(
      'longtime adviser to the Brantley family',
    );
  });

  it('a job of one word before the name: a moderator, a screenwriter, a co-host', () => {
    expect(desc('The debate was run by Acme News moderator Ann Lee on Monday.', 'Ann Lee')).toBe('Acme News moderator');
    expect(desc('“It works,” said screenwriter Tom Hale.', 'Tom Hale')).toBe('screenwriter');
  });

  it('a middle initial inside an apposition does not end it', () => {
    expect(desc('Tom Hale, a former speechwriter for Ann B. Lee, said the speech was rushed.', 'Tom Hale')).toBe(
      'former speechwriter for Ann B. Lee',
    );
  });
  it('a retiree, a coordinator, a committeeman: who an ordinary person is, after an age too', () => {
    expect(desc('“It is fine,” said Ann Lee, 71, a retiree from Dunmore.', 'Ann Lee')).toBe('retiree from Dunmore');
    expect(desc('“We try,” said Tom Hale, the shelter’s volunteer coordinator.', 'Tom Hale')).toBe(
      'the shelter’s volunteer coordinator',
    );
  });

  it('a relative clause with "now" or "also" before its verb, and an owner of several words with "of"', () => {
    expect(desc('“Come in,” said Tom Hale, who now runs the town’s boxing gym.', 'Tom Hale')).toBe(
      'runs the town’s boxing gym',
    );
    expect(desc('“No,” said Ann Lee, Friends of Dunmore’s executive director.', 'Ann Lee')).toBe(
      'Friends of Dunmore’s executive director',
    );
  });
  it('another person named as the role’s modifier (“a Lee supporter”), and where a person is from after an age', () => {
    expect(desc('“No,” said Tom Hale, a Lee campaign spokesman. Ann Lee agreed.', 'Tom Hale')).toBe(
      'Lee campaign spokesman',
    );
    expect(desc('“Yes,” said Tom Hale, 59, of Dunmore. He left.', 'Tom Hale')).toBe('of Dunmore');
    // (a title before the name says more than either)
    expect(desc('“No,” said Sen. Tom Hale, a Lee supporter. Ann Lee agreed.', 'Tom Hale')).toBe('Senator');
  });

  it('nouns before a job written before the name, but no verb, question word or title', () => {
    expect(desc('“It will pass,” election law expert Tom Hale said on Monday.', 'Tom Hale')).toBe(
      'election law expert',
    );
    expect(desc('“It is weak,” Acme Bank portfolio manager Ann Lee said.', 'Ann Lee')).toBe(
      'Acme Bank portfolio manager',
    );
    expect(desc('The mayor met campaign strategist Tom Hale on Monday.', 'Tom Hale')).toBe('campaign strategist');
    expect(desc('Voters asked whether President Tom Hale would run.', 'Tom Hale')).toBe('President');
    expect(desc('She spoke to a female reporter.\n\nTom Hale said nothing.', 'Tom Hale')).toBeNull();
  });

  it('an apposition set in dashes, and a job after nouns with no article', () => {
    expect(desc('Tom Hale — a teacher at the local school — voted early.', 'Tom Hale')).toBe(
      'teacher at the local school',
    );
    expect(desc('“It was bold,” said Ann Lee, education and law professor at Acme University.', 'Ann Lee')).toBe(
      'education and law professor at Acme University',
    );
    expect(desc('Tom Hale, 53, a security guard at a casino, backs the plan.', 'Tom Hale')).toBe(
      'security guard at a casino',
    );
  });

  it('"another" leads an apposition as an article does, and "the Rev." stands between a title and the name', () => {
    expect(desc('Tom Hale, another Iowa Republican strategist, said it was close.', 'Tom Hale')).toBe(
      'Iowa Republican strategist',
    );
    expect(desc('“No,” Vatican spokesman the Rev. Carlo Bianchi told reporters.', 'Carlo Bianchi')).toBe(
      'Vatican spokesman',
    );
  });

  it('a body or place the file does not know after "of", at the clause’s end or before a verb of saying', () => {
    expect(desc('“It is over,” said Ann Berglund of Northby Weekly. She left.', 'Ann Berglund')).toBe(
      'of Northby Weekly',
    );
    expect(desc('Ann Berglund of Northby Weekly then wrote more.', 'Ann Berglund')).toBeNull();
  });

  it('another person after a preposition and a few more words (“under former President …”) does not stop a description', () => {
    expect(
      desc('Tom Hale, the Labour home secretary under former Prime Minister Ann Lee, spoke first.', 'Tom Hale'),
    ).toBe('the Labour home secretary under former Prime Minister Ann Lee');
    expect(desc('Tom Hale, press director for the small rural charity Ann Lee Trust, spoke.', 'Tom Hale')).toBe(
      'press director for the small rural charity Ann Lee Trust',
    );
  });

  it('a long apposition cut before a second role joined by "and", not inside a body’s name', () => {
    expect(
      desc(
        'Tom Hale, a former mayor of Dunmore and currently chairman of the Northern Regional Development Council of the Valley, said it.',
        'Tom Hale',
      ),
    ).toBe('former mayor of Dunmore');
  });

  it('a hyphen set for a dash opens an apposition only when another closes it; "then" may lead it', () => {
    expect(desc('Ann Lee - Tom Hale’s sister and business partner - said no.', 'Ann Lee')).toBe(
      'Tom Hale’s sister and business partner',
    );
    expect(desc('The crowd cheered for Ann Lee - the loudest cheer since 1990.', 'Ann Lee')).toBeNull();
    expect(desc('“It was fine,” said Ann Lee, then Acme’s chief executive.', 'Ann Lee')).toBe(
      'then Acme’s chief executive',
    );
  });

  it('a comma before "is" only after an age: the name ends an apposition of someone else', () => {
    expect(desc('Tom Hale, 43, is a retired teacher.', 'Tom Hale')).toBe('retired teacher');
    expect(desc('Jo Hale, the daughter of Tom Hale, is the winner of the race.', 'Tom Hale')).toBeNull();
  });

  it('an owner the file does not know before the name is the body the person is of, not a clause’s word or a person', () => {
    expect(desc('“It is over,” Quillbury’s Ann Berglund wrote on Friday.', 'Ann Berglund')).toBe('of Quillbury');
    expect(desc('As The Courier’s Ann Berglund noted, the vote was close.', 'Ann Berglund')).toBe('of The Courier');
    expect(desc('Then That’s Ann Berglund on the phone.', 'Ann Berglund')).toBeNull();
    expect(desc('Tom Hale spoke. Hale’s Ann Berglund said little.', 'Ann Berglund')).toBeNull();
  });

  it('a body or place before a title (the name is the bare name), and a chamber before a party', () => {
    expect(desc('Dunmore Alderman Jo Quill said the plan was late.', 'Jo Quill')).toBe('Dunmore Alderman');
    expect(desc('House Republican Jo Quill said the plan was late.', 'House Republican Jo Quill')).toBe(
      'House Republican',
    );
  });

  it('a plural role before two names gives each the role; a role before a preposition and its object', () => {
    const text = 'Two tax analysts, Ann Berglund and Tom Hale, found the plan costly.';
    expect(desc(text, 'Ann Berglund')).toBe('tax analyst');
    expect(desc(text, 'Tom Hale')).toBe('tax analyst');
    expect(desc('Another delegate on the Quill slate, Tom Hale, said he was undecided.', 'Tom Hale')).toBe(
      'delegate on the Quill slate',
    );
    expect(desc('The city’s secretary for the arts, Ann Berglund, said no.', 'Ann Berglund')).toBe(
      'city’s secretary for the arts',
    );
  });

  it('a body’s name after "of" runs on through "of" and "for", not "and"', () => {
    expect(desc('“It is late,” said Ann Berglund of the University of Dunmore School of Law.', 'Ann Berglund')).toBe(
      'of the University of Dunmore School of Law',
    );
  });

  it('one of several before the name gives the role in the singular; a capitalised owner is no time head', () => {
    expect(desc('One of the firm’s top executives, Tom Hale, said sales were up.', 'Tom Hale')).toBe(
      'firm’s top executive',
    );
    expect(desc('Ann Berglund, Time’s deputy editor, said it was chosen.', 'Ann Berglund')).toBe(
      'Time’s deputy editor',
    );
  });

  it('a long apposition cut before a preposition does not end on a bare participle', () => {
    expect(
      desc(
        'The plan, run by Tom Hale, who was a city hall aide involved in the long and failed effort by the council to rebuild the old harbour wall in the town, stalled.',
        'Tom Hale',
      ),
    ).toBe('city hall aide');
  });
});
