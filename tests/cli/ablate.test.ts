import { describe, expect, it } from 'vitest';
import { ablationRows, formatAblation } from '../../lib/cli/ablate';
import type { TargetRow } from '../../lib/cli/eval-targets';

const row = (id: string, op: '>=' | '<=' = '>='): TargetRow => ({
  id,
  set: 'PolNeAR dev',
  figure: id,
  target: null,
  op,
  issue: null,
});

describe('ablation table', () => {
  const rows = [row('speaker'), row('recall'), row('leaks', '<=')];
  const base = { speaker: 0.8, recall: 0.9, leaks: 0 };

  it('what each figure loses without a rule, most useful rule first; a rule that earns nothing is a candidate to drop', () => {
    const t = ablationRows(rows, base, [
      { id: 'speaker:pronoun', figures: { speaker: 0.75, recall: 0.9, leaks: 0 } },
      { id: 'cue:colon', figures: { speaker: 0.7, recall: 0.85, leaks: 1 } },
      { id: 'cue:modal-verb', figures: { speaker: 0.8, recall: 0.9, leaks: 0 } },
      { id: 'cue:passive-by', figures: { speaker: 0.81, recall: 0.9, leaks: 0 } },
    ]);
    expect(t.map((r) => r.id)).toEqual(['cue:colon', 'speaker:pronoun', 'cue:modal-verb', 'cue:passive-by']);
    expect(t[0]).toMatchObject({ impact: 1.15, candidateToDrop: false });
    expect(t[0].moves.map((m) => [m.row.id, m.loss])).toEqual([
      ['leaks', 1],
      ['speaker', 0.1],
      ['recall', 0.05],
    ]);
    expect(t[2]).toMatchObject({ impact: 0, moves: [], candidateToDrop: true });
    expect(t[3]).toMatchObject({ impact: -0.01, candidateToDrop: true }); // better without it
    const text = formatAblation(t);
    expect(text).toMatch(/cue:modal-verb\s+0\.000\s+nothing moves\s+← candidate to drop/);
    expect(text).toMatch(/cue:colon .* −1; .* −0\.1; .* −0\.05/);
    expect(text).toContain('candidates to drop (earn nothing on these sets): cue:modal-verb, cue:passive-by');
  });

  it('a rule whose work the eval does not score is not a candidate to drop', () => {
    const [r] = ablationRows(rows, base, [{ id: 'actor:spokesperson-for', figures: base }]);
    expect(r).toMatchObject({ candidateToDrop: false, unscored: true });
    expect(formatAblation([r])).toContain('nothing moves (the eval does not score what it does)');
  });
});
