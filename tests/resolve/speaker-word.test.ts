import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

/**
 * A lone unknown word that is the subject of a verb of saying is a person (actor:speaker-word), unless
 * a mention shows a body or places it; and "he" or "she" prefers a person of that sex by title or given
 * name, the subject of a verb since, over such a word of no known sex (speaker:pronoun-known-sex).
 * Made-up sentences.
 */
afterEach(() => setOff([]));

describe('a lone word that speaks', () => {
  it('after a quotation or a comma, before “said”: a person', () => {
    expect(annotate('Prices rose a lot this year, Brannagh said.').actor('Brannagh')?.type).toBe('person');
    expect(annotate('“We will rebuild it,” Brannagh said.').actor('Brannagh')?.type).toBe('person');
    expect(annotate('In May, Brannagh told reporters the dock would close.').actor('Brannagh')?.type).toBe('person');
  });

  it('after “said” at its clause’s end: a person', () => {
    expect(annotate('“We will rebuild it,” said Brannagh.').actor('Brannagh')?.type).toBe('person');
  });

  it('not a place by a list with a known place in it', () => {
    const { actor } = annotate(
      'Garvey thrilled the crowds with promises to fix things in Washington, Stovall said.\nStovall left early.',
    );
    expect(actor('Stovall')?.type).toBe('person');
  });

  it('a body by its shares or its own words stays an organisation', () => {
    expect(annotate('Brannagh shares fell.\n“We will rebuild it,” Brannagh said.').actor('Brannagh')?.type).toBe(
      'organization',
    );
    expect(
      annotate('Prices rose, Brannagh said, and it would cut jobs.\nBrannagh said it would.').actor('Brannagh')?.type,
    ).toBe('organization');
  });

  it('a word of a body’s longer name stays an organisation', () => {
    const { actor } = annotate('The Brannagh Department cut its forecast.\nSales fell in May, Brannagh said.');
    expect(actor('Brannagh')?.type).not.toBe('person');
  });

  it('at a sentence’s start: a person, unless the word is a plural or “it” follows its verb', () => {
    expect(annotate('Brannagh said she would rebuild the dock.').actor('Brannagh')?.type).toBe('person');
    expect(annotate('Brannagh said the dock would close.').actor('Brannagh')?.type).toBe('person');
    // "Traders said", "Acme said it would": a group or a body
    expect(annotate('Shippers said the dock would close.').actor('Shippers')?.type).not.toBe('person');
    expect(annotate('Brannagh said it would close the dock.').actor('Brannagh')?.type).not.toBe('person');
    expect(annotate('Brannagh said that its dock would close.').actor('Brannagh')?.type).not.toBe('person');
  });

  it('“after a name that is an object”: no speaker', () => {
    expect(annotate('The mayor told Brannagh the dock would close.').actor('Brannagh')?.type).not.toBe('person');
  });

  it('a known place that speaks stays what the knowledge says (metonymy)', () => {
    const { notes } = annotate('Ranchers met on Monday.\n“We will not accept the tariffs,” Texas said.');
    const texas = notes.actors.find((a) => a.mentions.some((m) => m.text === 'Texas'));
    expect(texas?.type).toBe('place');
  });

  it('switched off, the word is an organisation for want of evidence', () => {
    setOff(['actor:speaker-word']);
    expect(annotate('Prices rose a lot this year, Brannagh said.').actor('Brannagh')?.type).toBe('organization');
  });
});

describe('“he” and “she” over a lone word of no known sex', () => {
  const text =
    '“The dock will close,” Brannagh said.\nWhen Brannagh pointed out that the river had dropped by a full metre over the summer, Susan Holt shook her head. “It has never been this low,” she said.';

  it('the woman by her given name, the subject since, is “she”', () => {
    expect(annotate(text).said('never been this low')).toBe('Susan Holt');
  });

  it('a woman named as an object is not', () => {
    const { said } = annotate(
      '“The dock will close,” Brannagh said of a plan that Susan Holt drew up.\n“It has never been this low,” she said.',
    );
    expect(said('never been this low')).toBe('Brannagh');
  });

  it('switched off, the word that spoke last is', () => {
    setOff(['speaker:pronoun-known-sex']);
    expect(annotate(text).said('never been this low')).toBe('Brannagh');
  });

  it('“he” or “she” after the word’s own verb tells its sex', () => {
    const { notes } = annotate('Brannagh said she would rebuild the dock.');
    expect(notes.actors.find((a) => a.name === 'Brannagh')?.type).toBe('person');
  });
});
