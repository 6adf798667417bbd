import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateBatch, collectInputs, dateFor, parseDatesFile, progressReporter } from '../../lib/cli/batch';
import { loadKnowledgeIndex, PROJECT_ROOT } from '../../lib/cli/project';

const index = loadKnowledgeIndex();
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-lens-batch-'));
  writeFileSync(join(dir, 'b.txt'), 'Ann Lee said the bridge would reopen in May.\n“We are on schedule,” she said.\n');
  writeFileSync(join(dir, 'a.html'), '<p>Tom Hale told reporters the vote was close.</p>');
  writeFileSync(join(dir, 'c.htm'), 'Plain words in an .htm file, no tags.');
  writeFileSync(join(dir, 'notes.md'), '# not an article');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'd.txt'), 'Not read: folders are not walked.');
  writeFileSync(join(dir, 'dates.tsv'), 'b.txt\t2016-09-08\n\n# comment\na.html\t2016-10-01\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectInputs', () => {
  it('a folder gives its .html/.htm/.txt files sorted, not its sub-folders; files are kept as given', () => {
    expect(collectInputs([dir]).map((f) => f.slice(dir.length + 1))).toEqual(['a.html', 'b.txt', 'c.htm']);
    expect(collectInputs([join(dir, 'notes.md'), 'missing.txt'])).toEqual([join(dir, 'notes.md'), 'missing.txt']);
  });
});

describe('parseDatesFile', () => {
  it('reads NAME<TAB>DATE lines, skipping blanks and comments', () => {
    const d = parseDatesFile('x.txt\t2016-09-08\r\n\n# c\ny z.txt\t 2015-11-30 \n');
    expect([...d]).toEqual([
      ['x.txt', '2016-09-08'],
      ['y z.txt', '2015-11-30'],
    ]);
  });

  it('says which line is wrong', () => {
    expect(() => parseDatesFile('x.txt 2016-09-08', 'dates.tsv')).toThrow(/dates.tsv:1: expected NAME<TAB>YYYY-MM-DD/);
    expect(() => parseDatesFile('ok.txt\t2016-09-08\nx.txt\t2016-02-30')).toThrow(/:2: 2016-02-30 is not a date/);
  });

  it('a file gets its own date by path or base name, else the default', () => {
    const d = new Map([
      ['b.txt', '2016-09-08'],
      ['/x/c.txt', '2016-01-01'],
    ]);
    expect(dateFor('/tmp/whatever/b.txt', d, null)).toBe('2016-09-08');
    expect(dateFor('/x/c.txt', d, '2000-01-01')).toBe('2016-01-01');
    expect(dateFor('/y/c.txt', d, '2000-01-01')).toBe('2000-01-01');
  });
});

describe('annotateBatch', () => {
  it('one JSON line a file, the contract plus "file"; a failing file gives an error line and the batch goes on', async () => {
    const lines: string[] = [];
    const progress: number[] = [];
    const files = [...collectInputs([dir]), join(dir, 'missing.txt'), join(dir, 'sub')];
    const result = await annotateBatch(files, index, {
      dates: parseDatesFile('b.txt\t2016-09-08\n'),
      date: '2001-01-01',
      write: (l) => lines.push(l),
      onFile: (done) => progress.push(done),
    });
    expect(result).toMatchObject({ files: 5, failed: 2 });
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.file)).toEqual(files);
    expect(Object.keys(out[0])).toEqual(['file', 'url', 'title', 'publishedAt', 'dateSource', 'actors', 'claims']);
    // every claim and mention says why, and how sure (lib/engine/rules.ts)
    for (const o of out.slice(0, 3)) {
      for (const c of o.claims)
        expect(Object.keys(c)).toEqual([
          'kind',
          'text',
          'start',
          'end',
          'speaker',
          'cue',
          'context',
          'why',
          'confidence',
        ]);
      // (a mention with a title before the name also gives the bare name's span, after its own)
      for (const a of o.actors)
        for (const m of a.mentions)
          expect(Object.keys(m)).toEqual([
            'text',
            'start',
            'end',
            ...('nameStart' in m ? ['nameStart', 'nameEnd'] : []),
            'why',
            'confidence',
          ]);
    }
    expect(out[0].actors.map((a: { name: string }) => a.name)).toContain('Tom Hale');
    expect(out[1]).toMatchObject({ publishedAt: '2016-09-08' });
    expect(out[1].claims.find((c: { kind: string }) => c.kind === 'quote')?.speaker?.name).toBe('Ann Lee');
    expect(out[2].publishedAt).toBe('2001-01-01');
    expect(out[3]).toEqual({ file: join(dir, 'missing.txt'), error: expect.stringMatching(/ENOENT/) });
    expect(out[4]).toEqual({ file: join(dir, 'sub'), error: expect.any(String) });
  });
});

describe('progressReporter', () => {
  it('on a terminal redraws a counter; elsewhere writes a line every 50 files', () => {
    const tty: string[] = [];
    const onTty = progressReporter({ isTTY: true, write: (s: string) => tty.push(s) });
    onTty(1, 2, 0);
    onTty(2, 2, 1);
    expect(tty.join('')).toMatch(/^\rannotate: 1\/2 files, [\d.]+ s\rannotate: 2\/2 files, 1 failed, [\d.]+ s\n$/);
    const log: string[] = [];
    const onLog = progressReporter({ isTTY: false, write: (s: string) => log.push(s) });
    for (let i = 1; i <= 120; i++) onLog(i, 120, 0);
    expect(log.map((l) => l.replace(/, [\d.]+ s/, ''))).toEqual([
      'annotate: 50/120 files\n',
      'annotate: 100/120 files\n',
    ]);
  });
});

describe('npm run annotate -- --jsonl (the command line itself)', () => {
  it(
    'prints pure JSONL on stdout, with dates from --dates, and exits 1 when a file failed',
    { timeout: 60_000 },
    () => {
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/annotate.ts',
          '--jsonl',
          dir,
          join(dir, 'missing.txt'),
          '--dates',
          join(dir, 'dates.tsv'),
        ],
        {
          cwd: PROJECT_ROOT,
          encoding: 'utf8',
        },
      );
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(4);
      const out = lines.map((l) => JSON.parse(l));
      expect(
        out.map((o) => [o.file.slice(dir.length + 1), 'error' in o ? o.error.slice(0, 6) : o.publishedAt]),
      ).toEqual([
        ['a.html', '2016-10-01'],
        ['b.txt', '2016-09-08'],
        ['c.htm', null],
        ['missing.txt', 'ENOENT'],
      ]);
      expect(r.stderr).toMatch(/1 failed/);
      expect(r.status).toBe(1);
    },
  );

  it('the single-page path prints the same contract as the batch line, without "file"', { timeout: 60_000 }, () => {
    const page = join(dir, 'b.txt');
    const one = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/annotate.ts', page, '--json', '--date', '2016-09-08'],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    const batch = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/annotate.ts', '--jsonl', page, '--date', '2016-09-08'],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(one.status).toBe(0);
    const { file, ...rest } = JSON.parse(batch.stdout);
    expect(file).toBe(page);
    expect(rest).toEqual(JSON.parse(one.stdout));
  });
});
