import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { annotatePage } from '../annotate-page';
import { extractFindings } from '../engine/extract';
import type { KnowledgeIndex } from '../knowledge/index';
import type { ArticleMeta, PageNotes } from '../notes';
import { asHtmlDocument, readPage } from '../read-page';

/**
 * The command line's annotation of one page, as functions: an .html page (read as the content
 * script reads it), a .txt article (one paragraph a line) or an http(s) URL.
 */

export interface AnnotateOptions {
  /** The publication date (YYYY-MM-DD): a .txt has none; for a page it replaces the page's own. Its source is 'given'. */
  publishedAt?: string | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The article text the tool builds from a .txt: lines trimmed, blank lines dropped, one paragraph a line. */
export function plainTextArticle(body: string): string {
  return body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

export function annotateHtml(
  html: string,
  url: string | null,
  index: KnowledgeIndex,
  opts: AnnotateOptions = {},
): PageNotes {
  const { document } = parseHTML(asHtmlDocument(html));
  const { model, meta, findings } = readPage(document as unknown as Document, url);
  const dated: ArticleMeta = opts.publishedAt ? { ...meta, publishedAt: opts.publishedAt, dateSource: 'given' } : meta;
  return withDateSource(annotatePage({ text: model.text, findings, meta: dated }, index).notes, dated);
}

/** A plain article: one paragraph a line. */
export function annotateText(body: string, index: KnowledgeIndex, opts: AnnotateOptions = {}): PageNotes {
  const text = plainTextArticle(body);
  const meta: ArticleMeta = {
    url: null,
    title: null,
    publishedAt: opts.publishedAt ?? null,
    dateSource: opts.publishedAt ? 'given' : null,
    site: null,
  };
  return withDateSource(annotatePage({ text, findings: extractFindings(text), meta }, index).notes, meta);
}

/** The notes carry where their date came from (the resolver copies only the date itself). */
function withDateSource(notes: PageNotes, meta: ArticleMeta): PageNotes {
  return { ...notes, dateSource: notes.dateSource ?? (notes.publishedAt ? (meta.dateSource ?? null) : null) };
}

export const isUrl = (target: string) => /^https?:\/\//i.test(target);
export const isTextFile = (path: string) => /\.txt$/i.test(path);

/** A file on disk: .txt as plain text, anything else as HTML. */
export function annotateFile(path: string, index: KnowledgeIndex, opts: AnnotateOptions = {}): PageNotes {
  const abs = resolve(path);
  const body = readFileSync(abs, 'utf8');
  return isTextFile(abs) ? annotateText(body, index, opts) : annotateHtml(body, pathToFileURL(abs).href, index, opts);
}

/** A file or an http(s) URL. */
export async function annotateTarget(
  target: string,
  index: KnowledgeIndex,
  opts: AnnotateOptions = {},
): Promise<PageNotes> {
  if (!isUrl(target)) return annotateFile(target, index, opts);
  const res = await fetch(target);
  if (!res.ok) throw new Error(`${target}: HTTP ${res.status}`);
  return annotateHtml(await res.text(), target, index, opts);
}
