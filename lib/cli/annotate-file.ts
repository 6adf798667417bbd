import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { annotatePage } from '../annotate-page';
import { extractFindings } from '../engine/extract';
import type { KnowledgeIndex } from '../knowledge/index';
import { toContractJson, type ArticleMeta, type PageNotes } from '../notes';
import { asHtmlDocument, readPage } from '../read-page';
import { withLanguage } from '../article/language';
import { emptyFindings } from '../engine/findings';

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

/** A page's notes with the article text their offsets refer to (`--with-text`). */
export interface AnnotatedText {
  notes: PageNotes;
  text: string;
}

/** What `annotate --json` prints: the contract, and with `--with-text` the article text last (`"text"`). */
export function annotationJson({ notes, text }: AnnotatedText, withText: boolean) {
  return withText ? { ...toContractJson(notes), text } : toContractJson(notes);
}

export function annotateHtml(
  html: string,
  url: string | null,
  index: KnowledgeIndex,
  opts: AnnotateOptions = {},
): PageNotes {
  return readHtml(html, url, index, opts).notes;
}

function readHtml(html: string, url: string | null, index: KnowledgeIndex, opts: AnnotateOptions): AnnotatedText {
  const { document } = parseHTML(asHtmlDocument(html));
  const { model, meta, findings } = readPage(document as unknown as Document, url);
  const dated: ArticleMeta = opts.publishedAt ? { ...meta, publishedAt: opts.publishedAt, dateSource: 'given' } : meta;
  const notes = withDateSource(annotatePage({ text: model.text, findings, meta: dated }, index).notes, dated);
  return { notes, text: model.text };
}

/** A plain article: one paragraph a line. */
export function annotateText(body: string, index: KnowledgeIndex, opts: AnnotateOptions = {}): PageNotes {
  return readText(body, index, opts).notes;
}

function readText(body: string, index: KnowledgeIndex, opts: AnnotateOptions): AnnotatedText {
  const text = plainTextArticle(body);
  // a text not in English is not read (lib/article/language.ts; a .txt declares no language)
  const meta: ArticleMeta = withLanguage(
    {
      url: null,
      title: null,
      publishedAt: opts.publishedAt ?? null,
      dateSource: opts.publishedAt ? 'given' : null,
      site: null,
    },
    text,
  );
  const findings = meta.language ? emptyFindings(text.length) : extractFindings(text);
  return {
    notes: withDateSource(annotatePage({ text, findings, meta }, index).notes, meta),
    text,
  };
}

/** The notes carry where their date came from (the resolver copies only the date itself). */
function withDateSource(notes: PageNotes, meta: ArticleMeta): PageNotes {
  return { ...notes, dateSource: notes.dateSource ?? (notes.publishedAt ? (meta.dateSource ?? null) : null) };
}

export const isUrl = (target: string) => /^https?:\/\//i.test(target);
export const isTextFile = (path: string) => /\.txt$/i.test(path);

/** A file on disk: .txt as plain text, anything else as HTML. */
export function annotateFile(path: string, index: KnowledgeIndex, opts: AnnotateOptions = {}): PageNotes {
  return readFile(path, index, opts).notes;
}

function readFile(path: string, index: KnowledgeIndex, opts: AnnotateOptions): AnnotatedText {
  const abs = resolve(path);
  const body = readFileSync(abs, 'utf8');
  return isTextFile(abs) ? readText(body, index, opts) : readHtml(body, pathToFileURL(abs).href, index, opts);
}

/** A file or an http(s) URL. */
export async function annotateTarget(
  target: string,
  index: KnowledgeIndex,
  opts: AnnotateOptions = {},
): Promise<PageNotes> {
  return (await annotateTargetWithText(target, index, opts)).notes;
}

/** A file or an http(s) URL, with the article text the notes' offsets refer to. */
export async function annotateTargetWithText(
  target: string,
  index: KnowledgeIndex,
  opts: AnnotateOptions = {},
): Promise<AnnotatedText> {
  if (!isUrl(target)) return readFile(target, index, opts);
  const res = await fetch(target);
  if (!res.ok) throw new Error(`${target}: HTTP ${res.status}`);
  return readHtml(await res.text(), target, index, opts);
}
