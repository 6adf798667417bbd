import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/**
 * A capitalised word ending like an adjective ("Kenyan", "Western") before a word in lower case is set
 * aside as no name (name:aside-adjective) — but not a surname after a title or before a verb of saying,
 * which end the same way ("Mr. Sullivan said", "Kwan told"). Made-up sentences.
 */
const setAside = (text: string, words: string) =>
  annotate(text).notes.setAside?.some((s) => s.text === words && s.why.includes('name:aside-adjective')) ?? false;

describe('surnames that end like adjectives', () => {
  it('a titled surname before a verb of saying is a person who speaks', () => {
    const { actor, said } = annotate('Prices rose a lot this year, Mr. Sullivan said.');
    expect(actor('Sullivan')?.type).toBe('person');
    expect(said('Prices rose')).toBe('Sullivan');
  });

  it('a bare one before a verb of saying is not set aside', () => {
    expect(setAside('Prices rose a lot this year, Kwan told reporters.', 'Kwan')).toBe(false);
    expect(annotate('Prices rose a lot this year, Kwan told reporters.').said('Prices rose')).toBe('Kwan');
  });

  it('an adjective before a noun still is', () => {
    expect(setAside('Talks stalled as Westlandian farmers met on Monday.', 'Westlandian')).toBe(true);
  });
});
