import { describe, expect, it } from 'vitest';
import { parseAnnotateArgs, UsageError } from '../../lib/cli/args';

describe('parseAnnotateArgs', () => {
  it('one page, as a table or JSON, with a date', () => {
    expect(parseAnnotateArgs(['page.html'])).toMatchObject({ mode: 'table', targets: ['page.html'], date: null });
    expect(parseAnnotateArgs(['a.txt', '--json', '--date', '2016-09-08'])).toMatchObject({
      mode: 'json',
      targets: ['a.txt'],
      date: '2016-09-08',
    });
    expect(parseAnnotateArgs(['--date=2016-09-08', 'a.txt']).date).toBe('2016-09-08');
  });

  it('--explain prints why; it goes with one page and no other mode', () => {
    expect(parseAnnotateArgs(['page.html', '--explain'])).toMatchObject({ mode: 'explain', targets: ['page.html'] });
    expect(() => parseAnnotateArgs(['page.html', '--explain', '--json'])).toThrow(/--json and --explain: choose one/);
  });

  it('a batch of files and folders with a dates file', () => {
    expect(parseAnnotateArgs(['--jsonl', 'dir', 'b.txt', '--dates', 'dates.tsv', '--quiet'])).toMatchObject({
      mode: 'jsonl',
      targets: ['dir', 'b.txt'],
      datesFile: 'dates.tsv',
      quiet: true,
    });
  });

  it('refuses what it cannot do, saying why', () => {
    const bad: [string[], RegExp][] = [
      [[], /no page/],
      [['--jsonl'], /at least one/],
      [['a.html', 'b.html'], /use --jsonl/],
      [['a.html', '--json', '--jsonl'], /choose one/],
      [['a.txt', '--date', '2016-9-8'], /YYYY-MM-DD/],
      [['a.txt', '--date'], /needs a value/],
      [['a.txt', '--dates', '--json'], /needs a value/],
      [['a.txt', '--verbose'], /unknown option --verbose/],
    ];
    for (const [argv, why] of bad) expect(() => parseAnnotateArgs(argv), argv.join(' ')).toThrow(why);
    expect(() => parseAnnotateArgs([])).toThrow(UsageError);
  });

  it('--help needs nothing else', () => {
    expect(parseAnnotateArgs(['--help']).help).toBe(true);
  });
});
