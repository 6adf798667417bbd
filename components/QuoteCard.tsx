import type { Claim, Actor } from '../lib/notes';
import type { EntityCard, TopicCard } from '../lib/knowledge/card';
import { howFound, sureWords } from '../lib/engine/explain';
import { isUnsure } from '../lib/sureness';
import { FactList, PackNote, TypeChip, shownName } from './parts';
import { DescriptionAsOf } from './TimeNotes';
import { clip } from '../lib/text/clip';

export interface QuoteCardProps {
  claim: Claim;
  speakerActor: Actor | null;
  speakerEntity: EntityCard | null;
  topics: TopicCard[];
  /** This quote's place among the speaker's quotes in the article. */
  position: { index: number; total: number };
  onStep?: (delta: 1 | -1) => void;
  knowledgeDate: string;
}

const KIND_LABEL: Record<string, string> = {
  quote: 'Direct quote',
  'partial-quote': 'Partial quote',
  reported: 'Reported speech',
  numeric: 'Figure',
};

/** Who said it (the knowledge file's role, or whom they speak for), how we know, and how sure. */
function SpeakerSection(props: {
  claim: Claim;
  speakerName: string | null;
  speakerActor: Actor | null;
  speakerEntity: EntityCard | null;
}) {
  const { claim, speakerName, speakerActor, speakerEntity } = props;
  // how the speaker was found and how sure, in plain words (never an internal label or "0% confident")
  const how = speakerName ? howFound(claim) : [];
  const sure = speakerName ? sureWords(claim) : null;
  // A low-confidence attribution looks different: a dashed frame, the speaker underlined dashed, "Not sure".
  const unsure = Boolean(speakerName) && isUnsure(claim);
  return (
    <section class={`nl-speaker${unsure ? ' nl-unsure' : ''}`}>
      {unsure && (
        <p class="nl-unsure-note">
          <span class="nl-unsure-mark" aria-hidden="true">
            ?
          </span>{' '}
          Not sure who said this
        </p>
      )}
      {speakerName ? (
        <>
          <p class="nl-speaker-name">
            <strong class="nl-speaker-strong">{speakerName}</strong>
            {speakerActor && <TypeChip type={speakerActor.type} unnamed={speakerActor.unnamed} />}
          </p>
          {speakerEntity ? (
            <p class="nl-desc">
              {speakerEntity.role ?? speakerEntity.description}
              {!speakerEntity.role && <DescriptionAsOf asOf={speakerEntity.asOf} />}
              <PackNote mark={speakerEntity.pack} inline />
            </p>
          ) : speakerActor?.speaksFor ? (
            <p class="nl-desc">Speaking for {speakerActor.speaksFor.name}</p>
          ) : null}
        </>
      ) : (
        <p class="nl-desc nl-muted">No speaker could be attributed.</p>
      )}
      {(how.length > 0 || sure) && (
        <p class="nl-attrib">
          <span class="nl-label">How we know</span> {how.length ? how.join('; ') : 'From the words around it'}
          {sure && <span class="nl-confidence"> · {sure}</span>}
        </p>
      )}
    </section>
  );
}

/** Who said it, how we know, and what it is about. */
export function QuoteCard({
  claim,
  speakerActor,
  speakerEntity,
  topics,
  position,
  onStep,
  knowledgeDate,
}: QuoteCardProps) {
  const speakerName =
    speakerEntity?.name ?? (claim.speaker ? shownName(claim.speaker.name, speakerActor?.unnamed) : null);
  const isSpeech = claim.kind !== 'numeric';
  return (
    <article class="nl-card-body" aria-label={`${KIND_LABEL[claim.kind]}${speakerName ? ` by ${speakerName}` : ''}`}>
      <header class="nl-head">
        <span class={`nl-chip nl-chip-${claim.kind}`}>{KIND_LABEL[claim.kind]}</span>
        {isSpeech && position.total > 1 && (
          <span class="nl-stepper">
            <button type="button" aria-label="Previous quote by this speaker" onClick={() => onStep?.(-1)}>
              ‹
            </button>
            <span aria-live="polite">
              {position.index + 1} of {position.total}
            </span>
            <button type="button" aria-label="Next quote by this speaker" onClick={() => onStep?.(1)}>
              ›
            </button>
          </span>
        )}
      </header>
      <blockquote class="nl-quote">{clip(claim.text, 280)}</blockquote>
      {isSpeech && (
        <SpeakerSection
          claim={claim}
          speakerName={speakerName}
          speakerActor={speakerActor}
          speakerEntity={speakerEntity}
        />
      )}
      {topics.length > 0 && (
        <section class="nl-context">
          <h3 class="nl-subtitle">Context</h3>
          {topics.map((t) => (
            <div key={t.id} class="nl-topic">
              <p>
                <strong>{t.name}</strong> — {t.description}
                <PackNote mark={t.pack} inline />
              </p>
              <FactList facts={t.facts.slice(0, 2)} />
            </div>
          ))}
        </section>
      )}
      <footer class="nl-foot">
        <span>Knowledge as of {knowledgeDate}</span>
      </footer>
    </article>
  );
}
