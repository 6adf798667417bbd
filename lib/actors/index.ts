/**
 * The public surface of lib/actors: buildActors (the passes in order, actors.ts), what a mention tells
 * of itself, the searches other modules share, and the article's own descriptions of people.
 */
export {
  buildActors,
  mentionName,
  mentionWhy,
  overlapsAny,
  startsBefore,
  wordsAlsoLower,
  type ActorDraft,
  type ActorSet,
  type MentionDraft,
} from './actors';
export type { ActorPassContext } from './context';
export { addArticleDescriptions, articleDescriptionOf } from './descriptions';
export { MAX_DESCRIPTION } from './description-words';
