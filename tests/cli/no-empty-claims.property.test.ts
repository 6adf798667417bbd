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
const subject = fc.constantFrom('Keir Starmer', 'Ann Lee', 'Mr Witkoff', 'the Prime Minister', 'Putin', 'officials', 'a Downing Street spokesperson', 'the White House', 'he', 'she', 'they');
const verb = fc.constantFrom('said', 'says', 'told reporters', 'added', 'warned', 'claimed', 'insisted');
const segment = fc.oneof(
  fc.tuple(subject, verb).map(([s, v]) => `${s} ${v}`),
  fc.constantFrom('on Monday', 'in a statement', 'last week', 'that', 'according to', 'while', 'but', 'and'),
  fc.constantFrom('the plan would work', 'it was over', 'we will win', 'talks failed', 'prices rose 3%', 'not'),
  fc.constantFrom(',', '.', ':', ';', '?', '“', '”', '"', "'", '’', '—', '(', ')', '…', '\u00a0', '\u00ad', ''),
);
const sentence = fc.array(segment, { minLength: 1, maxLength: 12 }).map((s) => s.join(' '));
const newsText = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 4 }).map((p) => p.join('\n'));
const anyText = fc.oneof({ weight: 4, arbitrary: newsText }, { weight: 1, arbitrary: fc.string({ maxLength: 300 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) });

const emptyClaims = (notes: PageNotes) => notes.claims.filter((c) => c.end <= c.start || !c.text.trim());

/**
 * The one shape known to make an empty claim (reported to the engine's owner, lib/extract/cues.ts):
 * a time or place after the verb followed by stray punctuation, then a second speaker in the same
 * sentence: "Ann Lee said on Monday , Tom Hale said the plan would work." gives the first speaker
 * an empty reported claim. findReported's WHEN_WHERE skip leaves the start on the comma, and the
 * second speaker's cut ("a second speaker in the same sentence ends the first one's words") moves
 * the first claim's end back to its start, with no length check after it.
 */
const KNOWN_EMPTY = /\b(?:on Monday|in a statement|last week)\s*[^\s\p{L}\p{N}]/u;

describe('no claim is ever empty (fast-check, the CLI text path)', () => {
  it('for arbitrary text, apart from the one known shape below', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        fc.pre(!KNOWN_EMPTY.test(text));
        expect(emptyClaims(annotateText(text, index))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  // KNOWN ENGINE BUG, for lib/extract/cues.ts (findReported). Found with fast-check seed 5
  // (numRuns 300, the newsText generator above, before the shape was excluded); shrunk to the
  // example below. it.fails passes while the bug stands: when it is fixed, this fails — then turn
  // both into it(...) and drop KNOWN_EMPTY from the property above.
  it.fails('KNOWN ENGINE BUG (seed 5): "X said on Monday , Y said …" gives X an empty reported claim', () => {
    const notes = annotateText('Ann Lee said on Monday , Tom Hale said the plan would work.', index);
    expect(emptyClaims(notes)).toEqual([]);
  });

  it.fails('KNOWN ENGINE BUG (seed 5): the unfiltered property finds it', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(emptyClaims(annotateText(text, index))).toEqual([]);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
