import { extractFindings } from '../../lib/engine/extract';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import type { ArticleMeta } from '../../lib/notes';
import { resolveFindings } from '../../lib/engine/resolve';
import { tinyKnowledge } from './knowledge-fixture';

export const tinyIndex = buildKnowledgeIndex(tinyKnowledge());

export function annotate(text: string, meta: Partial<ArticleMeta> = {}) {
  const notes = resolveFindings(
    {
      text,
      findings: extractFindings(text),
      meta: { url: null, title: null, publishedAt: '2025-03-17', site: 'inews.co.uk', ...meta },
    },
    tinyIndex,
  );
  const actor = (name: string) => notes.actors.find((a) => a.name === name);
  const forms = (name: string) => actor(name)?.mentions.map((m) => m.text) ?? [];
  // the quotation holding these words, else the reported claim
  const said = (quote: string) =>
    (
      notes.claims.find((c) => (c.kind === 'quote' || c.kind === 'partial-quote') && c.text.includes(quote)) ??
      notes.claims.find((c) => c.kind === 'reported' && c.text.includes(quote))
    )?.speaker?.name ?? null;
  return { notes, actor, forms, said };
}
