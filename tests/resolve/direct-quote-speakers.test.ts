import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';
import { extractAsText } from '../extract/helpers';

// Direct quotes and who said them (issue 15). Made-up sentences.

const mentionOf = (notes: ReturnType<typeof annotate>['notes'], words: string) =>
  notes.claims.find((c) => (c.kind === 'quote' || c.kind === 'partial-quote') && c.text.includes(words))?.speaker
    ?.mention?.text ?? null;

describe('quotation marks', () => {
  it('a closing mark typed as an opening one: “…,“ said X', () => {
    const { quotes } = extractAsText('“It is a long road,“ said Tomas Berg, a harbor pilot. “We will walk it.”');
    expect(quotes.map((q) => [q.text, q.subject])).toEqual([
      ['It is a long road', 'Tomas Berg'],
      ['We will walk it.', null],
    ]);
  });

  it('a closing straight mark after a curly opening one: “…," she said, "…"', () => {
    const { quotes } = extractAsText('“The gates are shut," Mia Holt said. "We will open them at dawn."');
    expect(quotes.map((q) => [q.text, q.subject])).toEqual([
      ['The gates are shut', 'Mia Holt'],
      ['We will open them at dawn.', null],
    ]);
  });

  it('counter-example: straight marks nested in curly ones stay nested', () => {
    const { quotes } = extractAsText('She said: “They told us "never again" and meant it.”');
    expect(quotes.filter((q) => q.kind !== 'not-speech').map((q) => q.text)).toEqual([
      'They told us "never again" and meant it.',
    ]);
  });

  it('counter-example: an opening mark after a space still opens a quote inside the open one', () => {
    const { quotes } = extractAsText('He said: “We asked for a “fair deal” and got none.”');
    expect(quotes.some((q) => q.text === 'fair deal')).toBe(true);
  });
});

describe('a description after the quote', () => {
  it('“…,” the Texan said: the description, for the person named before', () => {
    const { said, notes } = annotate(
      'Tomas Berg spoke in Dallas on Monday.\n“The river has never been this low,” the Texan said.',
    );
    expect(said('river has never')).toBe('Tomas Berg');
    expect(mentionOf(notes, 'river has never')).toBe('the Texan');
  });
});

describe('a description before the quote', () => {
  it('a determiner and a few words before the verb: “a dock worker yelled: “…”', () => {
    const { said, notes } = annotate(
      'Tomas Berg runs the harbor.\nAt the back of the hall a dock worker yelled: “We will open the gates at dawn!”',
    );
    expect(said('open the gates')).toBe('a dock worker');
    expect(mentionOf(notes, 'open the gates')).toBe('a dock worker');
  });

  it('the description, not the person named before it: “the harbor pilot retorted: “…”', () => {
    const { notes } = annotate(
      'Tomas Berg spoke first.\nThen the harbor pilot retorted: “There is no money for the gates this year.”',
    );
    expect(mentionOf(notes, 'no money')).toBe('the harbor pilot');
  });

  it('counter-example: a thing given a name is no speaker (“a class called “…”)', () => {
    const { quotes } = extractAsText('Tomas Berg taught a night class called “Harbor Life” for years.');
    expect(quotes[0]?.subject ?? null).toBeNull();
  });

  it('counter-example: no pronoun or linking word heads the description', () => {
    const { quotes } = extractAsText(
      'Mia Holt asked the mayor to resign from her post and said, “The gates must open.”',
    );
    expect(quotes[0]?.subject).toBe('Mia Holt');
  });
});

describe('the subject of the clause', () => {
  it('“…, calling it “…”” past an opening phrase: the main clause’s subject', () => {
    const { quotes } = extractAsText(
      'On Friday, Tomas Berg endorsed the harbor plan at a news conference, calling it “a fine day for the port.”',
    );
    expect(quotes[0]).toMatchObject({ subject: 'Tomas Berg', cue: 'calling' });
  });

  it('“he” stands for the subject of a sentence before, over a man named later in it', () => {
    const { said } = annotate(
      'Mia Holt left the meeting early.\nIn the afternoon, Tomas Berg criticized Peter Varga for the delays. “We lost a whole season,” he said.',
    );
    expect(said('whole season')).toBe('Tomas Berg');
  });

  it('after "But" or "And even", the name still opens its clause', () => {
    const { said } = annotate(
      'Mia Holt spoke first.\nAnd even Tomas Berg praised Peter Varga. “It was well done,” he said.',
    );
    expect(said('well done')).toBe('Tomas Berg');
  });

  it('a man who opens a sentence after the last speaker is "he"', () => {
    const { said } = annotate(
      '“The gates are rusted,” Tomas Berg said.\nPeter Varga was not at the meeting. “They will not open again,” he said.',
    );
    expect(said('not open again')).toBe('Peter Varga');
  });

  it('an owner before a job and a name is not the subject: “Varga adviser Tomas Berg …” → he is Berg', () => {
    const { said } = annotate(
      'Mia Holt spoke first.\nVarga adviser Tomas Berg picked up the thread at the time. “It was the moment,” he said.',
    );
    expect(said('the moment')).toBe('Tomas Berg');
  });
});

describe('cues after a quote of several sentences, and around names in commas', () => {
  it('“… It was late. We left,” the harbor pilot said: the cue after the last sentence', () => {
    const { quotes } = extractAsText(
      'Tomas Berg spoke.\n“The gates were shut. It was late. We left,” the harbor pilot said.',
    );
    expect(quotes[0]).toMatchObject({ subject: 'the harbor pilot', cue: 'said' });
  });

  it('counter-example: the dot of a title is no sentence end ("said Sen. Ann Varga")', () => {
    const { quotes } = extractAsText('“The gates were shut. We left,” said Sen. Ann Varga of Ohio.');
    expect(quotes[0]?.subject).toBe('Sen. Ann Varga');
  });

  it('“…,” the harbor board’s spokesman, Tomas Berg, said: the person in commas', () => {
    const { said } = annotate('“We will open the gates at dawn,” the harbor board spokesman, Tomas Berg, said.');
    expect(said('open the gates')).toBe('Tomas Berg');
  });

  it('“Ms. Holt smiled and said, “…”: the subject of the verb before “and”', () => {
    const { quotes } = extractAsText('Asked about the vote, Ms. Holt smiled and said, “We will win it.”');
    expect(quotes[0]?.subject).toBe('Ms. Holt');
  });
});

describe('verbs that attribute only a quotation', () => {
  it('“…,” the letter read: the letter, described', () => {
    const { notes } = annotate(
      'Tomas Berg wrote to the board.\n“The gates must open before the spring,” the letter read.',
    );
    expect(mentionOf(notes, 'gates must open')).toBe('the letter');
  });

  it('counter-example: "read" reports nothing outside a quotation’s cue', () => {
    const { findings } = extractAsText('Tomas Berg read the report on the gates before the vote.');
    expect(findings.reported).toHaveLength(0);
  });
});

describe('a verb of saying close before the quote, its subject not next to it', () => {
  it('keeps the words a quotation: “One ad, which airs tonight, argues that “…”', () => {
    const { quotes } = extractAsText(
      'One harbor ad, which airs tonight, argues that “only the board can open the gates.”',
    );
    expect(quotes[0]).toMatchObject({ kind: 'partial-quote', cue: 'argues' });
  });

  it('the subject that opens the sentence: “Holt greeted the crowd and told them that “…”', () => {
    const { said } = annotate(
      'Mia Holt greeted 2,000 dock workers on Saturday night and told them that together they would “open every gate on the river.”',
    );
    expect(said('open every gate')).toBe('Mia Holt');
  });

  it('counter-example: a name right after “called” is no quotation', () => {
    const { notes } = annotate('Tomas Berg wrote a play called “Harbor Lights” about the dock workers of his town.');
    expect(notes.claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote')).toHaveLength(0);
  });
});

describe('names of works in quotation marks', () => {
  it('“…,” said on a network’s “Harbor Talk.”: the show is no quotation', () => {
    const { notes } = annotate('“We will open the gates,” Tomas Berg said on KTV’s “Harbor Talk Tonight.”');
    const quotes = notes.claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote');
    expect(quotes.map((c) => c.text)).toEqual(['We will open the gates']);
  });

  it('counter-example: a chant in title case stays a quotation', () => {
    const { notes } = annotate('Tomas Berg spoke.\nThe dock workers outside kept chanting “Open The Gates.”');
    expect(notes.claims.some((c) => c.text.includes('Open The Gates'))).toBe(true);
  });
});

describe('a document put out by someone', () => {
  it('“Harbor Fund issued a statement saying “…”: the one who issued it', () => {
    const { quotes } = extractAsText(
      'The Harbor Fund issued a statement saying it would "keep every gate open through the winter."',
    );
    expect(quotes[0]?.subject).toBe('Harbor Fund');
  });

  it('counter-example: a statement with no one before it stays the statement', () => {
    const { quotes } = extractAsText('On Monday a statement saying that "every gate will stay open" was read aloud.');
    expect(quotes[0]?.subject ?? 'a statement').not.toBe('Monday');
  });
});

describe('names with where they work, titles with “of”, and the clause’s subject', () => {
  it('“…,” Ann Lee of the Harbor Fund wrote: past where she works', () => {
    const { quotes } = extractAsText('“The gates will hold,” Ann Lee of the Harbor Fund wrote in December.');
    expect(quotes[0]).toMatchObject({ subject: 'Ann Lee', cue: 'wrote' });
  });

  it('“…,” said former secretary of state Ann Lee: a title with “of”', () => {
    const { quotes } = extractAsText(
      '“The gates will hold,” said former secretary of state Ann Lee, who visited the dock.',
    );
    expect(quotes[0]?.subject).toBe('Ann Lee');
  });

  it('“Band member Tomas Berg …, writing “…”: the person after the job', () => {
    const { quotes } = extractAsText(
      'Band member Tomas Berg shared the news last week, writing “It feels great to support the dock workers.”',
    );
    expect(quotes[0]?.subject).toBe('Tomas Berg');
  });

  it('counter-example: a sentence’s subject before a long clause and its comma stays the subject', () => {
    const { quotes } = extractAsText(
      'Tomas Berg hardly clarified the matter, treating Ann Lee’s remark as a compliment and, asked again, asserting, “Of course the gates hold.”',
    );
    expect(quotes[0]?.subject).toBe('Tomas Berg');
  });
});

describe('the name before an apposition', () => {
  it('“Ann Lee, an actor in Dallas, who runs a theater, recalled …”: not the place inside the apposition', () => {
    const { quotes } = extractAsText(
      'Ann Lee, an actor in Dallas, who runs a small theater, recalled that in 2009, "I called all my lenders."',
    );
    expect(quotes[0]?.subject).toBe('Ann Lee');
  });

  it('“Rep. Ann Lee (D-Md.), chair of the Harbor Committee, said …”: past the party tag', () => {
    const { quotes } = extractAsText(
      'Rep. Ann Lee (D-Md.), chair of the Harbor Committee, said the vote was "a step forward for the port."',
    );
    expect(quotes[0]?.subject).toBe('Rep. Ann Lee');
  });

  it('“…,” former Gov. Ann Lee of Ohio said: past where she comes from', () => {
    const { quotes } = extractAsText(
      '“There is no place for this in the party,” former Gov. Ann Lee of Ohio said on Twitter.',
    );
    expect(quotes[0]?.subject).toBe('Gov. Ann Lee');
  });
});

describe('a lone “one” or “another” after the verb', () => {
  it('“…,” said one of those dock workers, who …: an unnamed speaker, not a carry-over', () => {
    const { said } = annotate(
      'Mia Holt opened the harbor.\n“The gates are rusted,” said one of those dock workers, who asked not to be named.',
    );
    expect(said('gates are rusted')).toBe('one of those dock workers');
  });

  it('“…,” tweeted another.', () => {
    const { said } = annotate('Mia Holt opened the harbor.\n“The gates are rusted,” tweeted another.');
    expect(said('gates are rusted')).toBe('another');
  });
});

describe('the opening of the sentence for “…, saying “…”', () => {
  it('“The harbor board has been outspoken, arguing “…”: the description that opens the sentence', () => {
    const { quotes } = extractAsText(
      'The harbor board has been outspoken about the plan, arguing it is "a waste of money for the port."',
    );
    expect(quotes[0]?.subject).toBe('The harbor board');
  });

  it('“Speaking at the dock, Berg rejected the plan, saying “…”: past the participle that opens it', () => {
    const { quotes } = extractAsText(
      'Speaking at the dock, Tomas Berg rejected the plan, saying that it "would ruin the harbor."',
    );
    expect(quotes[0]?.subject).toBe('Tomas Berg');
  });
});
