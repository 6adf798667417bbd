import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

/**
 * A word before a known person's full name that is no part of it (rule actor:word-before-name), and
 * initials written together for the spaced ones of the knowledge file. Made-up sentences.
 */
const index = loadKnowledgeIndex();
const annotate = (text: string, date = '2016-06-01') => annotateText(text, index, { publishedAt: date });
const actorOf = (text: string, mention: string) =>
  annotate(text).actors.find((a) => a.mentions.some((m) => m.text === mention));

describe('a word before a known person’s full name', () => {
  it('links the person and gives the name its own span', () => {
    const text = 'Pollster Ann Selzer? Every pollster in Iowa reads her numbers.';
    const a = actorOf(text, 'Pollster Ann Selzer');
    expect(a?.id).toBe('ann-selzer');
    const m = a!.mentions.find((x) => x.text === 'Pollster Ann Selzer')!;
    expect(text.slice(m.nameStart!, m.nameEnd ?? m.end)).toBe('Ann Selzer');
  });

  it('a plural before the name: "Senators Ted Cruz and …"', () => {
    expect(actorOf('The bill was backed by Senators Ted Cruz and Mike Lee.', 'Senators Ted Cruz')?.id).toBe('ted-cruz');
  });

  it('not a given name, nor a word the text never writes in lower case', () => {
    // (a man called Michael Patrick Leahy is not Senator Patrick Leahy)
    expect(actorOf('Michael Patrick Leahy wrote the story on Monday.', 'Michael Patrick Leahy')?.id ?? null).toBeNull();
    expect(actorOf('Dakota Patrick Leahy wrote the story on Monday.', 'Dakota Patrick Leahy')?.id ?? null).toBeNull();
  });

  it('a word before the surname of a person the article names in full: "Republican Cruz", "Shadowing Cruz"', () => {
    const text =
      'Ted Cruz spoke in Iowa. Republican Cruz then left, and the other republican stayed. Shadowing Cruz, reporters ran.';
    expect(actorOf(text, 'Republican Cruz')?.id).toBe('ted-cruz');
    expect(actorOf(text, 'Shadowing Cruz')?.id).toBe('ted-cruz');
  });

  it('not before a surname the article never writes in full, nor after a given name', () => {
    expect(
      actorOf('Republican Cruz then left, and the other republican stayed.', 'Republican Cruz')?.id ?? null,
    ).toBeNull();
    expect(actorOf('Ted Cruz spoke. Carla Cruz, a nurse, spoke too.', 'Carla Cruz')?.id ?? null).toBeNull();
  });

  it('a place or body and a party before a known full name: "Missouri Republican Roy Blunt"', () => {
    const text = 'Missouri Republican Roy Blunt said no. North Dakota Republican John Hoeven left.';
    expect(actorOf(text, 'Missouri Republican Roy Blunt')?.id).toBe(actorOf('Roy Blunt spoke.', 'Roy Blunt')?.id);
    expect(actorOf(text, 'Missouri Republican Roy Blunt')?.id).toBeTruthy();
    expect(actorOf(text, 'North Dakota Republican John Hoeven')?.id).toBeTruthy();
    expect(actorOf('Mary Ann Lee Roy Blunt is odd.', 'Mary Ann Lee Roy Blunt')?.id ?? null).toBeNull();
  });

  it('not the start of an unknown three-word name', () => {
    expect(
      actorOf('Pollster Ann Berglund spoke. Every pollster agreed.', 'Pollster Ann Berglund')?.id ?? null,
    ).toBeNull();
  });
});

describe('a former member led by initials, without the suffix the data writes', () => {
  it('"G.K. Butterfield" is the member the data calls "G.K. Butterfield Jr."', () => {
    const a = annotate('Rep. G.K. Butterfield spoke on Monday.').actors.find((x) => /Butterfield/.test(x.name));
    expect(a?.id).toBe('us-congress:b001251');
  });
});

describe('a nickname of the knowledge file', () => {
  it('links the person, alone or before the full name', () => {
    expect(actorOf('He called her Crooked Hillary again on Monday.', 'Crooked Hillary')?.id).toBe('hillary-clinton');
    expect(actorOf('Crooked Hillary Clinton will lose, he wrote.', 'Crooked Hillary Clinton')?.id).toBe(
      'hillary-clinton',
    );
    expect(actorOf('The crowd chanted "Little Marco" at the rally.', 'Little Marco')?.id).toBe('marco-rubio');
  });
  it('not in the name of a body that holds the nickname', () => {
    const a = actorOf('Defeat Crooked Hillary raised money in May.', 'Defeat Crooked Hillary');
    expect(a?.id ?? null).not.toBe('hillary-clinton');
  });
});

describe('a US state demonym before a known person’s full name', () => {
  it('is no part of the name: "Vermonter", "Kentuckian", "Ohioan"', () => {
    expect(actorOf('Fellow Kentuckian Rand Paul spoke first.', 'Fellow Kentuckian Rand Paul')?.id).toBe(
      'us-congress:p000603',
    );
    expect(actorOf('Ohioan John Boehner spoke first.', 'Ohioan John Boehner')?.id).toBe('john-boehner');
  });
  it('an unknown name keeps it', () => {
    expect(actorOf('Texan Jordan Vale won the race.', 'Texan Jordan Vale')?.id ?? null).toBeNull();
  });
});
