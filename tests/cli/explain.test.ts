import { describe, expect, it } from 'vitest';
import { formatExplain } from '../../lib/cli/explain';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

describe('annotate --explain', () => {
  it('prints each claim with its kind, speaker, cue, confidence and rules in plain words, and each mention’s rules', () => {
    const notes = annotateText(
      'Ann Lee runs the farm.\n“The river has never been this low,” she said.',
      loadKnowledgeIndex(),
      { publishedAt: '2025-03-17' },
    );
    const out = formatExplain(notes);
    expect(out).toContain('“The river has never been this low”');
    expect(out).toMatch(/kind quote · speaker Ann Lee · cue ‘said’ · confidence 0\.70 \(fairly sure\)/);
    expect(out).toContain('- Named right after the quote: ‘said’  [cue:after-quote-said]');
    expect(out).toContain('- A pronoun: ‘she’ → Ann Lee  [speaker:pronoun]');
    expect(out).toMatch(
      /Ann Lee · person · 1 mention\n\s+0 {2}Ann Lee {2}0\.80 {2}A name in capitals \[name:capitalised\]/,
    );
  });
});
