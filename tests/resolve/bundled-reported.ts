import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

/** The bundled knowledge file, loaded once for the test files that read text with it. */
let index: ReturnType<typeof loadKnowledgeIndex> | undefined;

/**
 * The reported claims the engine finds in `text` (with the bundled knowledge, dated 2025-03-17): each
 * claim's words and its speaker, by the speaker's name or, with `by: 'mention'`, by the words that name
 * the speaker in the text.
 */
export function reportedClaims(text: string, by: 'name' | 'mention' = 'name') {
  index ??= loadKnowledgeIndex();
  return annotateText(text, index, { publishedAt: '2025-03-17' })
    .claims.filter((c) => c.kind === 'reported')
    .map((c) => ({
      text: c.text,
      speaker: (by === 'name' ? c.speaker?.name : c.speaker?.mention?.text) ?? null,
    }));
}
