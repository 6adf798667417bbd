import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// "he" and "she" stand for a person whose given name fits (speaker:pronoun-sex), among the people
// named in the paragraph or the one before. Made-up sentences.
afterEach(() => setOff([]));

describe('a pronoun and the sex a given name tells', () => {
  it('“she” is not the man who opened the sentence before', () => {
    const { said } = annotate('Susan Holt spoke first.\nPeter Berg listened. “It has never been this low,” she said.');
    expect(said('never been this low')).toBe('Susan Holt');
  });

  it('“he” is not the woman who spoke last', () => {
    const { said } = annotate(
      '“We will rebuild the dock,” Susan Holt said after meeting Peter Berg on Monday.\n“It will take years,” he said.',
    );
    expect(said('take years')).toBe('Peter Berg');
  });

  it('names that tell no sex change nothing', () => {
    const { said } = annotate('Alex Holt spoke first.\nRobin Berg listened. “It has never been this low,” she said.');
    expect(said('never been this low')).toBe('Robin Berg');
  });

  it('a person of unknown sex named paragraphs before is not reached for', () => {
    const { said } = annotate(
      'Robin Holt opened the meeting.\nThe harbor was quiet.\nThe boats were moored.\nAlex Berg listened. “It has never been this low,” she said.',
    );
    expect(said('never been this low')).toBe('Alex Berg');
  });

  it('“she” is never a man by his given name: the woman named paragraphs before', () => {
    const { said } = annotate(
      'Susan Holt opened the meeting.\nThe harbor was quiet.\nThe boats were moored.\nPeter Berg listened. “It has never been this low,” she said.',
    );
    expect(said('never been this low')).toBe('Susan Holt');
  });

  it('switched off, the pronoun is resolved as before', () => {
    setOff(['speaker:pronoun-sex']);
    const { said } = annotate('Susan Holt spoke first.\nPeter Berg listened. “It has never been this low,” she said.');
    expect(said('never been this low')).toBe('Peter Berg');
  });
});
