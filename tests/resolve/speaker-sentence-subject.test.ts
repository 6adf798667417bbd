import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// A phrase in quotation marks with no verb of saying next to it, in a sentence that opens with a person
// or a body: theirs (speaker:sentence-subject), rather than left out. Made-up sentences.
afterEach(() => setOff([]));

const phrase = (notes: ReturnType<typeof annotate>['notes'], words: string) =>
  notes.claims.find((c) => c.kind !== 'reported' && c.text.includes(words));

describe('a phrase given to the one its sentence opens with', () => {
  it('the subject of the sentence: the union pushed Lee to “…”', () => {
    const { said } = annotate(
      'Tomas Berg opened the dock.\nThe Harbor Union pushed Mia Holt to “stop the cuts to the night shift” before winter.',
    );
    expect(said('stop the cuts')).toBe('Harbor Union');
  });

  it('past a few words opening the sentence: On Monday, Lee groused that the paper “…”', () => {
    const { said } = annotate(
      'Tomas Berg opened the dock.\nOn Monday, Mia Holt groused that the paper “never treats the dock fairly” at all.',
    );
    expect(said('never treats')).toBe('Mia Holt');
  });

  it('past a title before the name: Former union organizer Mia Holt is questioning whether …', () => {
    const { said } = annotate(
      'Tomas Berg opened the dock.\nFormer union organizer Mia Holt is questioning whether the board would have acted “if the gates had failed in summer” at all.',
    );
    expect(said('gates had failed')).toBe('Mia Holt');
  });

  it('a pronoun opening the sentence: She applauded him for …', () => {
    const { said } = annotate(
      'Mia Holt spoke at the dock on Monday.\nShe applauded the crew for fixing the gates “over and over again in the cold” all winter.',
    );
    expect(said('over and over')).toBe('Mia Holt');
  });

  it('counter-example: a title of a show in quotation marks is no one’s words', () => {
    const { notes } = annotate(
      'Tomas Berg opened the dock.\nMia Holt appeared on “Harbor Nights Tonight” to talk about it.',
    );
    expect(phrase(notes, 'Harbor Nights')).toBeUndefined();
  });

  it('counter-example: a sentence that opens with no name gives the phrase to no one', () => {
    const { notes } = annotate(
      'Tomas Berg opened the dock.\nAfter the long winter, the night shift was cut to “stop the losses at the dock” in spring.',
    );
    expect(phrase(notes, 'stop the losses')).toBeUndefined();
  });

  it('a verb of saying next to the phrase still decides', () => {
    const { said } = annotate(
      'Tomas Berg opened the dock.\nThe Harbor Union said Mia Holt had been “very slow to act” on the gates.',
    );
    expect(said('very slow')).toBe('Harbor Union');
  });

  it('switched off, the phrase is left out', () => {
    setOff(['speaker:sentence-subject']);
    const { notes } = annotate(
      'Tomas Berg opened the dock.\nThe Harbor Union pushed Mia Holt to “stop the cuts to the night shift” before winter.',
    );
    expect(phrase(notes, 'stop the cuts')).toBeUndefined();
  });
});
