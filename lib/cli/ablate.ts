import type { Figures, TargetRow } from './eval-targets';

/**
 * `npm run eval -- --ablate`: the eval once per rule switched off (NEWSLENS_OFF=id), and what each
 * figure loses without the rule. A loss is the baseline minus the figure without the rule, turned
 * round for figures where lower is better (leaks, failures), so a positive loss means the rule earns
 * it. A rule that loses nothing anywhere is a candidate to drop.
 */

export interface AblationRow {
  id: string;
  /** The sum of the losses over the table's figures (positive: the rule helps). */
  impact: number;
  /** The figures that moved: their row, and the loss (negative: better without the rule). */
  moves: { row: TargetRow; loss: number }[];
  /** It earns nothing: no figure is worse without it (and the eval scores what it does). */
  candidateToDrop: boolean;
  /** What it does is not scored by the eval (speakers' organisations, figures): nothing can move. */
  unscored: boolean;
}

/** The families whose work no eval figure scores: figures' speakers, whom an unnamed source speaks for. */
export const UNSCORED_FAMILIES = new Set(['figure', 'actor']);

const round = (x: number) => Math.round(x * 10000) / 10000;

export function ablationRows(
  rows: TargetRow[],
  base: Figures,
  runs: { id: string; figures: Figures }[],
): AblationRow[] {
  const out = runs.map(({ id, figures }): AblationRow => {
    const moves: AblationRow['moves'] = [];
    for (const row of rows) {
      const b = base[row.id];
      const a = figures[row.id];
      if (typeof b !== 'number' || typeof a !== 'number' || a === b) continue;
      const loss = round(row.op === '<=' ? a - b : b - a);
      if (loss !== 0) moves.push({ row, loss });
    }
    moves.sort((x, y) => y.loss - x.loss);
    const impact = round(moves.reduce((s, m) => s + m.loss, 0));
    const unscored = UNSCORED_FAMILIES.has(id.slice(0, id.indexOf(':'))) && !moves.length;
    return { id, impact, moves, candidateToDrop: !unscored && !moves.some((m) => m.loss > 0), unscored };
  });
  return out.sort((x, y) => y.impact - x.impact || x.id.localeCompare(y.id));
}

const fmt = (x: number) => (x > 0 ? `−${x}` : `+${-x}`);

/** The table, most useful rule first: each rule's impact and what each figure loses without it. */
export function formatAblation(table: AblationRow[], maxMoves = 6): string {
  const lines = ['rule                                  impact  what the figures lose without it (− worse, + better)'];
  lines.push(`${'-'.repeat(37)}  ${'-'.repeat(6)}  ${'-'.repeat(60)}`);
  for (const r of table) {
    const moves = r.moves.slice(0, maxMoves).map((m) => `${m.row.set} ${m.row.figure} ${fmt(m.loss)}`);
    if (r.moves.length > maxMoves) moves.push(`+${r.moves.length - maxMoves} more`);
    const what = moves.length
      ? moves.join('; ')
      : r.unscored
        ? 'nothing moves (the eval does not score what it does)'
        : 'nothing moves';
    lines.push(
      `${r.id.padEnd(37)}  ${r.impact.toFixed(3).padStart(6)}  ${what}${r.candidateToDrop ? '  ← candidate to drop' : ''}`,
    );
  }
  const drop = table.filter((r) => r.candidateToDrop).map((r) => r.id);
  lines.push(
    '',
    drop.length ? `candidates to drop (earn nothing on these sets): ${drop.join(', ')}` : 'every rule earns something',
  );
  return lines.join('\n');
}
