import type { Actor } from '../lib/notes';
import type { EntityCard } from '../lib/knowledge/card';
import { FactList, LinkList, NamesFromNote, PackNote, SourceNote, TypeChip, shownName } from './parts';
import { AfterArticle, DateUnknown, DescriptionAsOf } from './TimeNotes';

export interface ActorCardProps {
  actor: Actor;
  entity: EntityCard | null;
  quoteCount: number;
  knowledgeDate: string;
  articleDate: string | null;
}

/** What the article itself says of a known actor, beside the knowledge file's role. */
function ArticleSays({ text }: { text: string }) {
  return (
    <p class="nl-role nl-article">
      <span class="nl-label">In this article</span> {text}
    </p>
  );
}

/** Who an actor is: from the knowledge file when known, and how the article uses them. */
export function ActorCard({ actor, entity, quoteCount, knowledgeDate, articleDate }: ActorCardProps) {
  const mentions = actor.mentions.length;
  const usage = `Mentioned ${mentions} ${mentions === 1 ? 'time' : 'times'}${
    quoteCount ? ` · quoted ${quoteCount} ${quoteCount === 1 ? 'time' : 'times'}` : ''
  } in this article`;
  return (
    <article
      class="nl-card-body"
      aria-label={`${actor.name}: ${entity?.description ?? actor.articleDescription ?? actor.type}`}
    >
      <header class="nl-head">
        <h2 class="nl-title">{entity?.name ?? shownName(actor.name, actor.unnamed)}</h2>
        <TypeChip type={actor.type} unnamed={actor.unnamed} />
      </header>
      {entity ? (
        <>
          <p class="nl-desc">
            {entity.description}
            <DescriptionAsOf asOf={entity.asOf} />
          </p>
          <PackNote mark={entity.pack} />
          {!articleDate && <DateUnknown roles={entity.roles} />}
          {articleDate && entity.role && (
            <p class="nl-role">
              <span class="nl-label">On {articleDate}</span> {entity.role}
            </p>
          )}
          {actor.articleDescription && <ArticleSays text={actor.articleDescription} />}
          <NamesFromNote packs={entity.namesFrom} />
          {entity.summary && <p class="nl-summary">{entity.summary}</p>}
          <FactList facts={entity.facts} />
          <AfterArticle later={entity.later} />
          <LinkList links={entity.links} />
          <SourceNote source={entity.source} />
        </>
      ) : (
        <>
          {!actor.unnamed && actor.articleDescription && (
            <p class="nl-desc nl-article">In this article: {actor.articleDescription}</p>
          )}
          <p class="nl-desc nl-muted">
            {actor.unnamed
              ? `An unnamed source${actor.speaksFor ? ` speaking for ${actor.speaksFor.name}` : ''}.`
              : 'Not in the News Lens knowledge file.'}
          </p>
        </>
      )}
      <footer class="nl-foot">
        <span>{usage}</span>
        <span>Knowledge as of {knowledgeDate}</span>
      </footer>
    </article>
  );
}
