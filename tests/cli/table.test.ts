import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatNotesTable } from '../../lib/format-notes';
import { annotateTargetWithText, annotationJson } from '../../lib/cli/annotate-file';
import { parseAnnotateArgs, UsageError } from '../../lib/cli/args';
import { loadKnowledgeIndex } from '../../lib/cli/project';
import { sampleNotes } from '../notes-fixture';

const LONG = 'Commissioner Anna-Maria Wilhelmina Oppenheimer-Castellanos';

describe('the command line table', () => {
  it('shows each claim’s speaker, cue and confidence in words, under a header', () => {
    const notes = sampleNotes();
    notes.claims[1].confidence = 0.45;
    const lines = formatNotesTable(notes).split('\n');
    const head = lines.findIndex((l) => l.trim().startsWith('kind'));
    expect(lines[head]).toMatch(/^ {2}kind +speaker +cue +confidence +words$/);
    const rows = lines.slice(head + 1, head + 5);
    expect(rows[0]).toMatch(/^ {2}quote +Keir Starmer +said +0\.95 sure +We are ready\.$/);
    expect(rows[1]).toMatch(/^ {2}partial-quote +Vladimir Putin +said +0\.45 not sure +premature$/);
    // no confidence in the notes, and a figure: a dash, never a made-up figure
    expect(rows[2]).toMatch(/^ {2}reported +Officials +said +— +30 countries agreed$/);
    expect(rows[3]).toMatch(/^ {2}numeric +— +— +— +30 countries$/);
    // the columns line up: every row's words start where the header's do
    const at = lines[head].indexOf('words');
    for (const r of rows) expect(r.slice(at)).not.toMatch(/^\s/);
  });

  it('never cuts a name, however long (actors and speakers)', () => {
    const notes = sampleNotes();
    notes.actors[1].name = LONG;
    notes.claims[1].speaker!.name = LONG;
    const t = formatNotesTable(notes);
    expect(t).not.toContain('…');
    expect(t).toMatch(new RegExp(`\\n {2}${LONG} +1× +President of Russia\\n`));
    expect(t).toMatch(new RegExp(`\\n {2}partial-quote +${LONG} +said `));
  });
});

describe('annotate --json --with-text', () => {
  it('adds the article text last, and every offset points into it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-lens-text-'));
    try {
      const path = join(dir, 'story.html');
      writeFileSync(
        path,
        '<article><p>Ann Lee, the mayor of Eastfield, said the bridge would reopen in May.</p><p>“We are on schedule,” she said.</p></article>',
      );
      const read = await annotateTargetWithText(path, loadKnowledgeIndex());
      const json = annotationJson(read, true) as ReturnType<typeof annotationJson> & { text: string };
      expect(Object.keys(json).at(-1)).toBe('text');
      expect(json.text).toContain('We are on schedule');
      expect(json.claims.length).toBeGreaterThan(0);
      for (const c of json.claims) expect(json.text.slice(c.start, c.end)).toBe(c.text);
      for (const a of json.actors) for (const m of a.mentions) expect(json.text.slice(m.start, m.end)).toBe(m.text);
      expect('text' in annotationJson(read, false)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is an option of --json only', () => {
    expect(parseAnnotateArgs(['a.html', '--json', '--with-text']).withText).toBe(true);
    expect(parseAnnotateArgs(['a.html', '--json']).withText).toBe(false);
    expect(() => parseAnnotateArgs(['a.html', '--with-text'])).toThrow(UsageError);
    expect(() => parseAnnotateArgs(['--jsonl', 'dir', '--with-text'])).toThrow(/goes with --json/);
  });
});
