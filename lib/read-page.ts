import { readArticle } from './article/find-article';
import { readArticleMeta } from './article/meta';
import { withLanguage } from './article/language';
import { emptyFindings } from './engine/findings';
import { extractFindings } from './engine/extract';
import type { TextModel } from './article/text-model';
import type { ArticleMeta } from './notes';
import type { Findings } from './engine/findings';

/** Content-script half of the pipeline: the article's text, metadata and findings. */
export interface PageReading {
  model: TextModel;
  meta: ArticleMeta;
  findings: Findings;
}

/**
 * An article not in English (article/language.ts) is read for nothing: no findings, and its meta
 * says its language (the notes carry it on).
 */
export function readPage(doc: Document, locationUrl: string | null): PageReading {
  const { model } = readArticle(doc);
  const meta = withLanguage(readArticleMeta(doc, locationUrl), model.text);
  const findings = meta.language ? emptyFindings(model.text.length) : extractFindings(model.text, model.regions);
  return { model, meta, findings };
}

const HTML_OR_BODY_TAG = /<(html|body)[\s>/]/i;
/** A tag opens (the test stays linear on text full of "<"). */
const ANY_TAG = /<\/?[a-z]/i;
const HEAD_PART = /^\s*(<head[\s>][\s\S]*?<\/head\s*>)/i;
const DOCTYPE = /^\s*<!doctype[^>]*>/i;
const escapeText = (s: string) =>
  s
    .replace(/&(?![#a-z0-9]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/**
 * A whole document for markup that is only a fragment ("<p>…</p>", "<div>…</div>") or plain text
 * saved as .html, so that it is read as an article. HTML parsers outside a browser (linkedom)
 * make a fragment's first element the document element, with no body, and a tag-less string no
 * document element at all. Text with no tags becomes one paragraph per block of lines (a blank
 * line between blocks). A full document is returned unchanged.
 */
export function asHtmlDocument(html: string): string {
  if (HTML_OR_BODY_TAG.test(html)) return html;
  const rest = html.replace(DOCTYPE, '');
  if (!ANY_TAG.test(rest)) {
    const paragraphs = rest
      .split(/\r?\n[ \t]*\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => `<p>${escapeText(p)}</p>`);
    return `<!doctype html><html><head></head><body>${paragraphs.join('\n')}</body></html>`;
  }
  const head = HEAD_PART.exec(rest);
  const body = head ? rest.slice(head.index + head[0].length) : rest;
  return `<!doctype html><html>${head ? head[1] : '<head></head>'}<body>${body}</body></html>`;
}
