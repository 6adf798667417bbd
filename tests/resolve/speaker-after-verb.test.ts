import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// "…,” said X": the words after the verb name the speaker even where they open with an employer, a
// place, an owner or a title (speaker:behind-title), or describe someone unnamed (speaker:described-after-verb).
// Made-up sentences.
afterEach(() => setOff([]));

const whyOf = (notes: ReturnType<typeof annotate>['notes'], words: string) =>
  notes.claims.find((c) => c.kind === 'quote' && c.text.includes(words))?.why ?? [];

describe('the speaker named after the verb', () => {
  it('past an employer and a job: “…,” said Harbor Board spokesman Tomas Berg', () => {
    const { said } = annotate(
      'Mia Holt opened the harbor on Monday.\n“We will open the gates at dawn,” said Harbor Board spokesman Tomas Berg.',
    );
    expect(said('open the gates')).toBe('Tomas Berg');
  });

  it('past a title, before where they come from: “…,” said Sen. Ann Varga of Ohio', () => {
    const { said, notes } = annotate(
      '“There is a middle ground here,” said Sen. Ann Varga of Ohio. “We will find it.”',
    );
    expect(said('middle ground')).toBe('Ann Varga');
    // (the cue itself stops at the name: "of" is no word of a title)
    expect(whyOf(notes, 'middle ground')).not.toContain('speaker:behind-title');
    expect(said('We will find it')).toBe('Ann Varga');
  });

  it('past an owner: “…,” said Varga’s deputy campaign manager, Tomas Berg, who …', () => {
    const { said } = annotate(
      'Ann Varga spoke in Dayton.\n“The early vote is ours,” said Varga’s deputy campaign manager, Tomas Berg, who ran the count.',
    );
    expect(said('early vote')).toBe('Tomas Berg');
  });

  it('past a place: “…,” said Dayton resident Mia Holt', () => {
    const { said } = annotate('Ann Varga spoke in Dayton.\n“It was a good speech,” said Dayton resident Mia Holt.');
    expect(said('good speech')).toBe('Mia Holt');
  });

  it('a description set beside the name in commas: “…,” said another dock worker, Mia Holt.', () => {
    const { said } = annotate(
      'Tomas Berg runs the harbor.\n“The gates are rusted,” said another dock worker, Mia Holt.',
    );
    expect(said('gates are rusted')).toBe('Mia Holt');
  });

  it('counter-example: the name first, then where they work, stays the cue’s own', () => {
    const { said, notes } = annotate('“We will open the gates at dawn,” said Tomas Berg of the Harbor Board.');
    expect(said('open the gates')).toBe('Tomas Berg');
    expect(whyOf(notes, 'open the gates')).not.toContain('speaker:behind-title');
  });

  it('switched off, the name found by the cue stands', () => {
    setOff(['speaker:behind-title']);
    const { said } = annotate('“There is a middle ground here,” said Varga ally Tomas Berg.');
    expect(said('middle ground')).not.toBe('Tomas Berg');
  });
});

describe('the speaker described after the verb', () => {
  it('an unnamed speaker, not the person named before: “…,” said one longtime dock worker', () => {
    const { said, notes } = annotate(
      'Tomas Berg runs the harbor.\n“The gates are rusted,” said one longtime dock worker. “Nobody listens.”',
    );
    expect(said('gates are rusted')).toBe('one longtime dock worker');
    expect(said('Nobody listens')).toBe('one longtime dock worker');
    expect(whyOf(notes, 'gates are rusted')).toContain('speaker:described-after-verb');
  });

  it('with what completes the description: “…,” said a longtime adviser to the mayor, who …', () => {
    const { said } = annotate(
      'Tomas Berg runs the harbor.\n“The gates are rusted,” said a longtime adviser to the mayor, who asked not to be named.',
    );
    expect(said('gates are rusted')).toBe('a longtime adviser to the mayor');
  });

  it('switched off, the quote falls back to the speaker carried over', () => {
    setOff(['speaker:described-after-verb']);
    const { said } = annotate('Tomas Berg runs the harbor.\n“The gates are rusted,” said one longtime dock worker.');
    expect(said('gates are rusted')).not.toBe('one longtime dock worker');
  });
});

describe('a reported statement right after the quote', () => {
  it('gives the quote its speaker where the cue found none', () => {
    // (cue:after-quote-name-run reads this shape too, as a cue: off, to show this rule's own work)
    setOff(['cue:after-quote-name-run']);
    const { said, notes } = annotate(
      'Tomas Berg opened the dock.\n“The gates are rusted,” Harbor Fund organizing director Mia Holt later told reporters that the dock would close.',
    );
    expect(said('gates are rusted')).toBe('Mia Holt');
    expect(whyOf(notes, 'gates are rusted')).toContain('speaker:reported-after-quote');
  });

  it('not across a full stop: a statement in the next sentence is someone else’s evidence', () => {
    const { notes } = annotate(
      'Tomas Berg opened the dock.\n“The gates are rusted.” Later, Harbor Fund organizing director Mia Holt later told reporters that the dock would close.',
    );
    expect(whyOf(notes, 'gates are rusted')).not.toContain('speaker:reported-after-quote');
  });

  it('switched off, the quote keeps the speaker carried over', () => {
    setOff(['speaker:reported-after-quote', 'cue:after-quote-name-run']);
    const { said } = annotate(
      'Tomas Berg opened the dock.\n“The gates are rusted,” Harbor Fund organizing director Mia Holt later told reporters that the dock would close.',
    );
    expect(said('gates are rusted')).not.toBe('Mia Holt');
  });
});

describe('a description between the quote and the verb (cue:after-quote-described)', () => {
  it('an unnamed speaker: “…,” one longtime dock worker told the paper', () => {
    const { said, notes } = annotate(
      'Tomas Berg runs the harbor.\n“The gates are rusted,” one longtime dock worker told the paper.',
    );
    expect(said('gates are rusted')).toBe('one longtime dock worker');
    expect(whyOf(notes, 'gates are rusted')).toContain('cue:after-quote-described');
  });

  it('the person the words end on: “…,” his cousin Mia Holt added', () => {
    const { said } = annotate('Tomas Berg runs the harbor.\n“The gates are rusted,” his cousin Mia Holt added.');
    expect(said('gates are rusted')).toBe('Mia Holt');
  });

  it('the person named in commas after an owner’s job: “…,” Berg’s campaign manager, Mia Holt, said', () => {
    const { said } = annotate(
      'Tomas Berg spoke at the fair.\n“We will carry the county,” Berg’s campaign manager, Mia Holt, said in an interview.',
    );
    expect(said('carry the county')).toBe('Mia Holt');
  });

  it('counter-example: a comma inside the words is no such cue', () => {
    const { notes } = annotate(
      'Tomas Berg runs the harbor.\n“The gates are rusted,” one worker, in a hurry, said nothing.',
    );
    expect(whyOf(notes, 'gates are rusted')).not.toContain('cue:after-quote-described');
  });

  it('switched off, no such cue', () => {
    setOff(['cue:after-quote-described']);
    const { notes } = annotate(
      'Tomas Berg runs the harbor.\n“The gates are rusted,” one longtime dock worker told the paper.',
    );
    expect(whyOf(notes, 'gates are rusted')).not.toContain('cue:after-quote-described');
  });
});

describe('a participle before the quote’s comma (cue:participle)', () => {
  it('“…, telling reporters, “…”” gives the main clause’s subject, not the listener', () => {
    const { said } = annotate('Mia Holt visited the harbor on Monday, telling Tomas Berg, “The gates are rusted.”');
    expect(said('gates are rusted')).toBe('Mia Holt');
  });

  it('“…, asking, “…”” gives the main clause’s subject', () => {
    const { said } = annotate(
      'Tomas Berg spoke first.\nMia Holt turned to the crowd, asking, “Who will pay for the gates?”',
    );
    expect(said('Who will pay')).toBe('Mia Holt');
  });

  it('an adverb in -ly between the subject and the verb: Mia Holt jokingly said, “…”', () => {
    const { said } = annotate('Tomas Berg spoke first.\nMia Holt jokingly said, “The gates are older than I am.”');
    expect(said('older than I am')).toBe('Mia Holt');
  });
});

describe('words on a job between the quote and a name (cue:after-quote-job)', () => {
  it('“…,” Harbor Fund dock rigging foreman Tomas Berg told the paper', () => {
    const { said, notes } = annotate(
      'Mia Holt runs the harbor.\n“The gates are rusted,” Harbor Fund dock rigging foreman Tomas Berg told the paper.',
    );
    expect(said('gates are rusted')).toBe('Tomas Berg');
    expect(whyOf(notes, 'gates are rusted')).toContain('cue:after-quote-job');
  });

  it('counter-example: a clause word before the name is no such cue', () => {
    const { notes } = annotate(
      'Mia Holt runs the harbor.\n“The gates are rusted,” but when Tomas Berg said so, no one listened.',
    );
    expect(whyOf(notes, 'gates are rusted')).not.toContain('cue:after-quote-job');
  });
});

describe('a long apposition between the name after the quote and the verb', () => {
  it('“…,” Mia Holt, who has run the old harbor on the north side of the bay for nearly thirty years, said', () => {
    const { said } = annotate(
      'Tomas Berg opened the dock.\n“The gates are rusted,” Mia Holt, who has run the old harbor on the north side of the bay for nearly thirty years, said.',
    );
    expect(said('gates are rusted')).toBe('Mia Holt');
  });
});

describe('a description after the quote that names no one found', () => {
  it('“…,” the ministry said: the unnamed speaker described, not someone carried over', () => {
    const { said } = annotate(
      'Ann Lee spoke on Monday, and Norland’s foreign ministry weighed in.\n“Far-off countries should keep their word,” the ministry said in a statement.',
    );
    expect(said('keep their word')).not.toBe('Ann Lee');
  });
});

describe('verbs of saying only with "back" (lib/words/back-verbs.json)', () => {
  it('“…,” Tomas Berg shot back: his, the verb with its particle', () => {
    const { said, notes } = annotate(
      'Mia Holt spoke first.\n“You never read the report,” Tomas Berg shot back. “Let me finish.”',
    );
    expect(said('never read the report')).toBe('Tomas Berg');
    const claim = notes.claims.find((c) => c.text.includes('never read the report'));
    expect(claim?.cue).toBe('shot back');
  });

  it('Tomas Berg fired back: “…”', () => {
    const { said } = annotate('Mia Holt spoke first.\nTomas Berg fired back forcefully: “You never read the report.”');
    expect(said('never read the report')).toBe('Tomas Berg');
  });

  it('counter-example: without "back" no verb of saying (“…!” Tomas Berg fired twice)', () => {
    const { said } = annotate('“Stop the car,” Mia Holt said.\n“Stop the truck!” Tomas Berg fired twice.');
    expect(said('Stop the truck')).not.toBe('Tomas Berg');
  });
});
