import { describe, expect, it } from 'vitest';
import { countNotesDiff, diffNotes, formatNotesDiff } from '../../lib/cli/golden-diff';
import { currentGolden, goldenCases, readGolden, staleGoldenFiles } from '../../lib/cli/golden';
import { loadKnowledgeIndex } from '../../lib/cli/project';

/**
 * The command line's output on the pages the project keeps is pinned in tests/golden/. A change
 * that moves it fails here with a summary of what moved; if the move is meant, run
 * `npm run golden:update` and say what moved (and the eval figures before and after) in the commit.
 */
const index = loadKnowledgeIndex();
const cases = goldenCases();

describe('golden outputs (tests/golden)', () => {
  it('has pages to pin and no golden file without its page', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(staleGoldenFiles(), 'golden files whose page is gone: run npm run golden:update').toEqual([]);
  });

  for (const c of cases) {
    it(`${c.input} gives ${c.golden}`, () => {
      const stored = readGolden(c);
      expect(stored, `${c.golden} is missing: run npm run golden:update`).not.toBeNull();
      const now = currentGolden(c, index);
      const d = diffNotes(stored!, now);
      const summary = `${c.input} moved (${countNotesDiff(d)}):\n${formatNotesDiff(d, 20)}\nIf this is meant, run npm run golden:update and list the moves in the commit message.`;
      expect(now, summary).toEqual(stored);
    });
  }
});
