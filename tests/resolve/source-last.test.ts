import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// cue:source-last — the source that closes a sentence speaks the words quoted in it. Made-up sentences.
describe('a source at the end of the sentence a quotation is in', () => {
  it('a phrase quoted inside the sentence, and the quote after it, are the source’s', () => {
    const { said } = annotate(
      'Tomas Berg runs the harbor.\nBerg “felt a duty to fix” the old gates, Mia Holt said. “This is core work for him.”',
    );
    expect(said('felt a duty')).toBe('Mia Holt');
    expect(said('core work')).toBe('Mia Holt');
  });

  it('a quotation that opens its sentence, the writer’s words after it', () => {
    const { said } = annotate(
      'Tomas Berg runs the harbor. Peter Lind spoke next.\n“We do not teach anything” against the dock workers in the council meetings, Mia Holt said.',
    );
    expect(said('do not teach anything')).toBe('Mia Holt');
  });

  it('a quotation that opens its sentence, with only a few words of the writer’s after it', () => {
    const { said } = annotate(
      'Tomas Berg runs the harbor. Peter Lind spoke next.\n“Let me thank the dock workers” for the win, Mia Holt said.',
    );
    expect(said('Let me thank')).toBe('Mia Holt');
  });

  it('not where the sentence ends before the source', () => {
    const { said } = annotate(
      'Tomas Berg runs the harbor.\nBerg “felt a duty to fix” the old gates. Mia Holt said so too.',
    );
    expect(said('felt a duty')).not.toBe('Mia Holt');
  });
});
