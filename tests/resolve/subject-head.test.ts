import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// A name right after a preposition is that preposition's object, not the subject of the verb after
// it (lib/speech/subject-head.ts, read by subjectBefore). Made-up sentences.
describe('the subject before a verb of saying, over names after prepositions', () => {
  const reported = (text: string, words: string) =>
    annotate(text).notes.claims.find((c) => c.kind === 'reported' && c.text.includes(words))?.speaker?.name;

  it('“Ann Lee of the Harbor Church in Dover, said …” is Ann Lee’s', () => {
    expect(
      reported(
        'Tomas Berg runs the harbor.\nOne pastor, Ann Lee of the Harbor Church in Dover, said she had made many calls to the council.',
        'many calls',
      ),
    ).toBe('Ann Lee');
  });

  it('not past a possessive: the owner of the body is not its subject', () => {
    expect(
      reported(
        'Tomas Berg runs the harbor.\nThe union’s complaint to the Dover Court of Appeals’ Board on Harbor Conduct says Berg broke the rules of the port.',
        'broke the rules',
      ),
    ).not.toBe('Dover Court of Appeals');
  });
});
