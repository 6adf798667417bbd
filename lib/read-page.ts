import { readArticle } from './article/find-article';
import { readArticleMeta } from './article/meta';
import { extractFindings } from './extract/index';
import type { TextModel } from './article/text-model';
import type { ArticleMeta } from './notes';
import type { Findings } from './extract/findings';

/** Content-script half of the pipeline: the article's text, metadata and findings. */
export interface PageReading {
  model: TextModel;
  meta: ArticleMeta;
  findings: Findings;
}

export function readPage(doc: Document, locationUrl: string | null): PageReading {
  const { model } = readArticle(doc);
  const meta = readArticleMeta(doc, locationUrl);
  const findings = extractFindings(model.text);
  return { model, meta, findings };
}
