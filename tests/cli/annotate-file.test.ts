import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateFile, annotateHtml, annotateText, isIsoDate, plainTextArticle } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';
import { asHtmlDocument } from '../../lib/read-page';
import type { PageNotes } from '../../lib/notes';

const index = loadKnowledgeIndex();
const STORY = 'Ann Lee, the mayor of Eastfield, said the bridge would reopen in May. “We are on schedule,” she said.';

/** Every claim and mention is its slice of the text read. */
function expectConsistent(notes: PageNotes, text: string) {
  for (const c of notes.claims) expect(c.text).toBe(text.slice(c.start, c.end));
  for (const a of notes.actors) for (const m of a.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
}

function withFile<T>(name: string, body: string, fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, body);
    return fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const quoteOf = (notes: PageNotes) => notes.claims.find((c) => c.kind === 'quote');

describe('an .html file that is not a whole document is read as an article', () => {
  it('text with no tags at all (linkedom gives no document element: it used to crash)', () => {
    const notes = withFile('tagless.html', `${STORY}\n`, (p) => annotateFile(p, index));
    expect(notes.actors.map((a) => a.name)).toContain('Ann Lee');
    expect(quoteOf(notes)).toMatchObject({ text: 'We are on schedule', speaker: { name: 'Ann Lee' } });
  });

  it('a bare <p> fragment (it used to give empty notes)', () => {
    const notes = withFile('fragment.html', `<p>${STORY}</p>`, (p) => annotateFile(p, index));
    expect(notes.actors.map((a) => a.name)).toContain('Ann Lee');
    expect(quoteOf(notes)?.speaker?.name).toBe('Ann Lee');
  });

  it('fragments of several paragraphs, a <div>, a doctype without <html>, a head without <html>', () => {
    const two =
      '<p>Ann Lee, the mayor of Eastfield, said the bridge would reopen in May.</p><p>“We are on schedule,” she said.</p>';
    for (const html of [
      two,
      `<div>${two}</div>`,
      `<!DOCTYPE html>${two}`,
      `<head><title>Bridge to reopen</title></head>${two}`,
    ]) {
      const notes = annotateHtml(html, null, index);
      expect(quoteOf(notes)?.speaker?.name, html.slice(0, 40)).toBe('Ann Lee');
    }
    expect(annotateHtml(`<head><title>Bridge to reopen</title></head>${two}`, null, index).title).toBe(
      'Bridge to reopen',
    );
  });

  it('tag-less text keeps its paragraphs (blank lines) and its entities, and escapes a bare "<"', () => {
    expect(asHtmlDocument('One &amp; two < three.\n\nNext paragraph.')).toBe(
      '<!doctype html><html><head></head><body><p>One &amp; two &lt; three.</p>\n<p>Next paragraph.</p></body></html>',
    );
    const notes = annotateHtml(
      'Ann Lee said the plan & the budget were ready.\n\n“We are on schedule,” she said.',
      null,
      index,
    );
    expect(quoteOf(notes)?.speaker?.name).toBe('Ann Lee');
  });

  it('a whole document is left as it is', () => {
    const doc = '<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>';
    expect(asHtmlDocument(doc)).toBe(doc);
    expect(asHtmlDocument('<body><p>x</p></body>')).toBe('<body><p>x</p></body>');
  });

  it('empty and whitespace-only files give empty notes, not an error', () => {
    for (const body of ['', '   \n\n  ', '<p></p>']) {
      const notes = withFile('empty.html', body, (p) => annotateFile(p, index));
      expect(notes.actors).toEqual([]);
      expect(notes.claims).toEqual([]);
    }
  });
});

describe('a .txt article', () => {
  it('is one paragraph a line: lines trimmed, blank lines dropped', () => {
    expect(plainTextArticle('  First line. \r\n\n\t\nSecond line.  \n')).toBe('First line.\nSecond line.');
  });

  it('has no date unless given one, and keeps the date it is given', () => {
    const text = plainTextArticle(STORY);
    const undated = annotateText(STORY, index);
    expect(undated.publishedAt).toBeNull();
    const dated = withFile('story.txt', STORY, (p) => annotateFile(p, index, { publishedAt: '2016-09-08' }));
    expect(dated.publishedAt).toBe('2016-09-08');
    expectConsistent(dated, text);
  });

  it('a given date replaces a page’s own', () => {
    const html = `<html><head><meta property="article:published_time" content="2025-01-02"></head><body><p>${STORY}</p></body></html>`;
    expect(annotateHtml(html, null, index).publishedAt).toBe('2025-01-02');
    expect(annotateHtml(html, null, index, { publishedAt: '2016-10-01' }).publishedAt).toBe('2016-10-01');
  });
});

describe('isIsoDate', () => {
  it('takes real calendar dates written YYYY-MM-DD only', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    for (const s of ['2015-02-29', '2016-13-01', '2016-1-01', '16-01-01', '2016-01-01T00:00', ''])
      expect(isIsoDate(s), s).toBe(false);
  });
});
