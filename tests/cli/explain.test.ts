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

  it('lists the quotations and the names set aside, each group with its rules in plain words', () => {
    const notes = annotateText(
      'On Monday the farmers watched The Long Dock on the show “Harbor Lights”.\n“We won,” Ann Lee said.',
      loadKnowledgeIndex(),
      { publishedAt: '2025-03-17' },
    );
    const out = formatExplain(notes);
    expect(out).toMatch(/Set aside: quotation marks not read as speech \(1\)\n {2}“Harbor Lights” .*\[quote:/);
    expect(out).toMatch(/Set aside: names not taken as actors \(\d\)/);
    expect(out).toContain(
      '“The Long Dock”  Not an actor: a work’s title opening with ‘The’, which never speaks or acts [name:aside-the-title]',
    );
  });
});
