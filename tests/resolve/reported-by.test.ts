import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// reported:reported-by — "The meeting was first reported by X.": the sentence's subject is what X
// reported. Made-up sentences.
describe('a news report in the passive, its source last', () => {
  const claim = (text: string, words: string) =>
    annotate(text).notes.claims.find((c) => c.kind === 'reported' && c.text === words);

  it('the subject before "was first reported by" is what the source reported', () => {
    const c = claim(
      'Tomas Berg runs the harbor.\nThe plan to close the gates was first reported by the Harbor Gazette.',
      'The plan to close the gates',
    );
    expect(c?.why).toContain('reported:reported-by');
    expect(c?.cue).toBe('was first reported by');
    expect(c?.speaker?.name).toBe('Harbor Gazette');
  });

  it('a time between "reported" and "by"', () => {
    const c = claim(
      'Tomas Berg runs the harbor.\nNews of the council’s move was first reported last week by the Harbor Gazette.',
      'News of the council’s move',
    );
    expect(c?.why).toContain('reported:reported-by');
  });

  it('not a report sent to someone, nor a subject with a clause in it', () => {
    const { notes } = annotate(
      'Tomas Berg runs the harbor.\nThe plan to close the gates was first sent to the Harbor Gazette.\nWhen the gates closed, the damage was first reported by the Harbor Gazette.',
    );
    expect(notes.claims.filter((c) => c.why?.includes('reported:reported-by'))).toEqual([]);
  });
});
