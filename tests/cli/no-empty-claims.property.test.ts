import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';
import type { PageNotes } from '../../lib/notes';

/**
 * No claim is ever empty: whatever text reaches the command line's text path (a .txt, one
 * paragraph a line), every claim has characters and some that are not blank.
 */
const index = loadKnowledgeIndex();

// Sentences built from the parts attribution is made of (speakers, verbs of saying, time and
// place after the verb, conjunctions, stray punctuation), so the generator reaches the cue rules.
const subject = fc.constantFrom(
  'Keir Starmer',
  'Ann Lee',
  'Mr Witkoff',
  'the Prime Minister',
  'Putin',
  'officials',
  'a Downing Street spokesperson',
  'the White House',
  'he',
  'she',
  'they',
);
const verb = fc.constantFrom('said', 'says', 'told reporters', 'added', 'warned', 'claimed', 'insisted');
const segment = fc.oneof(
  fc.tuple(subject, verb).map(([s, v]) => `${s} ${v}`),
  fc.constantFrom('on Monday', 'in a statement', 'last week', 'that', 'according to', 'while', 'but', 'and'),
  fc.constantFrom('the plan would work', 'it was over', 'we will win', 'talks failed', 'prices rose 3%', 'not'),
  fc.constantFrom(',', '.', ':', ';', '?', '“', '”', '"', "'", '’', '—', '(', ')', '…', '\u00a0', '\u00ad', ''),
);
const sentence = fc.array(segment, { minLength: 1, maxLength: 12 }).map((s) => s.join(' '));
const newsText = fc
  .array(
    fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')),
    { minLength: 1, maxLength: 4 },
  )
  .map((p) => p.join('\n'));
const anyText = fc.oneof(
  { weight: 4, arbitrary: newsText },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
);

const emptyClaims = (notes: PageNotes) => notes.claims.filter((c) => c.end <= c.start || !c.text.trim());

describe('no claim is ever empty (fast-check, the CLI text path)', () => {
  it('for arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(emptyClaims(annotateText(text, index))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  // Found by the property below at fast-check seed 5: a time after the verb, a stray comma, then a
  // second speaker whose words cut the first one's to nothing. The first speaker now has no claim.
  it('"X said on Monday , Y said …" gives X no empty reported claim', () => {
    const notes = annotateText('Ann Lee said on Monday , Tom Hale said the plan would work.', index);
    expect(emptyClaims(notes)).toEqual([]);
  });

  it('news-like text (fast-check seed 5, where the shape above was found)', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(emptyClaims(annotateText(text, index))).toEqual([]);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
