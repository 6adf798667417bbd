import { describe, expect, it } from 'vitest';
import { formatEvalTable, statusOf, summarizeTargets, targetRows, type TargetRow } from '../../lib/cli/eval-targets';

const row = (target: number | null, op: '>=' | '<=' = '>='): TargetRow => ({
  id: 'x',
  set: 's',
  figure: 'f',
  target,
  op,
  issue: 15,
});

describe('eval targets', () => {
  it('a figure meets its target, misses it, has none, or was not measured', () => {
    expect(statusOf(row(0.9), 0.9)).toBe('met');
    expect(statusOf(row(0.9), 0.89)).toBe('not met');
    expect(statusOf(row(0, '<='), 0)).toBe('met');
    expect(statusOf(row(0, '<='), 1)).toBe('not met');
    expect(statusOf(row(null), 0.5)).toBe('no target');
    expect(statusOf(row(0.9), null)).toBe('not measured');
    expect(statusOf(row(0.9), undefined)).toBe('not measured');
  });

  it('holds the open issues’ targets', () => {
    const rows = new Map(targetRows('dev').map((r) => [r.id, r]));
    expect(rows.get('polnear.directQuoteRecall')).toMatchObject({ target: 0.98, issue: 15 });
    expect(rows.get('polnear.speakerAccuracyStrict')?.target).toBe(0.9);
    expect(rows.get('polnear.partialFragmentRecall4PlusWords')?.target).toBe(0.9);
    expect(rows.get('polnear.reportedRecall_speechCue')?.target).toBe(0.85);
    expect(rows.get('polnear.reportedPrecision')?.target).toBe(0.92);
    expect(rows.get('polnear.reportedSpeakerAccuracyStrict')?.target).toBe(0.92);
    expect(rows.get('conll.nonSports.F1')?.target).toBe(0.85);
    expect(rows.get('conll.all.F1')?.target).toBe(0.8);
    expect(rows.get('coverage.polnear.knownRate')).toMatchObject({ target: 0.6, issue: 17 });
    expect(rows.get('coverage.polnear.descriptionShare')?.target).toBe(0.8);
    expect(targetRows('train')[0].set).toBe('PolNeAR train');
  });

  it('counts and lists what is not met', () => {
    const rows = [
      { ...row(0.9), id: 'a' },
      { ...row(0.9), id: 'b' },
      { ...row(null), id: 'c' },
      { ...row(0.5), id: 'd' },
    ];
    expect(summarizeTargets(rows, { a: 0.95, b: 0.5, c: 0.1 })).toEqual({
      met: 1,
      notMet: 1,
      notMeasured: 1,
      failing: ['b'],
    });
  });

  it('prints aligned columns, with an earlier run’s figures and the change when given', () => {
    const rows: TargetRow[] = [
      { id: 'p.r', set: 'PolNeAR dev', figure: 'direct-quote recall', target: 0.98, op: '>=', issue: 15 },
      { id: 'p.f', set: 'PolNeAR dev', figure: 'articles failed', target: 0, op: '<=', issue: null },
    ];
    const table = formatEvalTable(rows, { 'p.r': 0.952, 'p.f': 0 }, undefined, { 'p.r': '459/482' });
    expect(table.split('\n')).toEqual([
      'set          figure               value    count   target  met  issue',
      '-----------  -------------------  -----  -------  -------  ---  -----',
      'PolNeAR dev  direct-quote recall  0.952  459/482  ≥ 0.980  NO   #15',
      'PolNeAR dev  articles failed          0               ≤ 0  yes',
    ]);
    const withBefore = formatEvalTable(rows, { 'p.r': 0.96, 'p.f': 0 }, { 'p.r': 0.952, 'p.f': 0 });
    expect(withBefore.split('\n')[2]).toMatch(/0\.960\s+0\.952\s+\+0\.008/);
    expect(withBefore.split('\n')[3]).toMatch(/\s0\s+0\s+=/);
  });
});
