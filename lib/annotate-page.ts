import type { ArticleMeta } from './notes';
import type { Findings } from './engine/findings';
import type { KnowledgeIndex } from './knowledge/index';
import { entityDetails, topicDetails } from './knowledge/load';
import type { AnnotatedPage } from './messages';
import { resolveFindings } from './engine/resolve';
import { emptyFindings } from './engine/findings';
import { toEntityCard, toTopicCard, withArticle, type EntityCard, type TopicCard } from './knowledge/card';

/**
 * Background half of the pipeline: resolve the content script's findings against the
 * knowledge index, and gather the card data for every entity and topic the notes name.
 */
export function annotatePage(
  input: { text: string; findings: Findings; meta: ArticleMeta },
  index: KnowledgeIndex,
): AnnotatedPage {
  // an article not in English (lib/article/language.ts) is not read: no actors, claims or figures
  const language = input.meta.language && !input.meta.language.english ? input.meta.language : null;
  const notes = resolveFindings(language ? { ...input, findings: emptyFindings(input.text.length) } : input, index);
  // the cards show the actor as of the article's date; with none, no office is "current" (card.ts)
  const date = notes.publishedAt;
  const nameOf = (id: string) => {
    const e = index.entity(id);
    return e ? withArticle(e.name, e.type) : undefined;
  };
  const entities: Record<string, EntityCard> = {};
  const topics: Record<string, TopicCard> = {};
  const addEntity = (id: string | null | undefined) => {
    if (!id || entities[id]) return;
    const e = index.entity(id);
    const full = e ? entityDetails(e) : null;
    if (full) entities[id] = toEntityCard(full, date, nameOf, index.knowledgeDate);
  };
  for (const a of notes.actors) {
    addEntity(a.id);
    addEntity(a.speaksFor?.id);
  }
  for (const c of notes.claims) {
    addEntity(c.speaker?.id);
    for (const ctx of c.context) {
      const t = index.topic(ctx.id);
      if (!t) addEntity(ctx.id);
      else if (!topics[t.id]) {
        const full = topicDetails(t);
        if (full) topics[t.id] = toTopicCard(full);
      }
    }
  }
  return {
    notes: { ...notes, knowledgeDate: index.knowledgeDate, ...(language ? { language } : {}) },
    entities,
    topics,
    knowledgeDate: index.knowledgeDate,
  };
}
