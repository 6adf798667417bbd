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

// The head of a longer subject: past a floating quantifier and a party tag, and the first of
// coordinated subjects. Made-up sentences.
describe('the head of the subject of a verb of saying', () => {
  const reported = (text: string, words: string) =>
    annotate(text).notes.claims.find((c) => c.kind === 'reported' && c.text.includes(words))?.speaker?.name;
  const intro = 'The council met on Monday to discuss the water plan for the valley.\n';

  it('past a floating quantifier and a party tag', () => {
    expect(
      reported(`${intro}Ruth Hale and Senator Ivo Stan have both argued that the plan was unfair.`, 'was unfair'),
    ).toBe('Ruth Hale');
    expect(reported(`${intro}On the other side, Ivo Stan (D-Ore.) has said the plan was unfair.`, 'was unfair')).toBe(
      'Ivo Stan',
    );
  });

  it('the first of coordinated subjects after an opening phrase; a coordination of descriptions read whole', () => {
    expect(
      reported(`${intro}Since earlier this year, Mr. Xu and other leaders have said the plan must pass.`, 'must pass'),
    ).toBe('Xu');
    expect(reported(`${intro}Current and former officials said the plan had been drafted in haste.`, 'in haste')).toBe(
      'Current and former officials',
    );
  });
});
