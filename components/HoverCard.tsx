import type { AnnotatedPage } from '../lib/messages';
import { ActorCard } from './ActorCard';
import { QuoteCard } from './QuoteCard';
import { quotesBySpeaker, speakerKey } from '../lib/voices';

export type CardTarget = { actor: number } | { claim: number };

export interface HoverCardProps {
  page: AnnotatedPage;
  target: CardTarget;
  onClose: () => void;
  /** Show another claim (stepping through a speaker's quotes). */
  onShowClaim?: (claimIndex: number) => void;
  /** Opened from the keyboard: the card lists the keys that step on from it. */
  keys?: boolean;
}

/** The keys that work in a card (handled by the annotator, lib/highlight/stepping.ts). */
export const CARD_KEYS = 'Q Shift+Q P Shift+P N Shift+N Escape';

/** The card shell: picks the actor or quote card and gives it a close button. */
export function HoverCard({ page, target, onClose, onShowClaim, keys }: HoverCardProps) {
  const { notes } = page;
  let body;
  if ('actor' in target) {
    const actor = notes.actors[target.actor];
    if (!actor) return null;
    const quoteCount = notes.claims.filter(
      (c) =>
        (c.kind === 'quote' || c.kind === 'partial-quote') && c.speaker && speakerKey(c.speaker) === speakerKey(actor),
    ).length;
    body = (
      <ActorCard
        actor={actor}
        entity={actor.id ? (page.entities[actor.id] ?? null) : null}
        quoteCount={quoteCount}
        knowledgeDate={page.knowledgeDate}
        articleDate={notes.publishedAt}
      />
    );
  } else {
    const claim = notes.claims[target.claim];
    if (!claim) return null;
    const siblings = claim.speaker ? (quotesBySpeaker(notes).get(speakerKey(claim.speaker)) ?? []) : [];
    const index = Math.max(0, siblings.indexOf(target.claim));
    const speakerActor = claim.speaker
      ? (notes.actors.find((a) => speakerKey(a) === speakerKey(claim.speaker!)) ?? null)
      : null;
    body = (
      <QuoteCard
        claim={claim}
        speakerActor={speakerActor}
        speakerEntity={claim.speaker?.id ? (page.entities[claim.speaker.id] ?? null) : null}
        topics={claim.context.map((c) => page.topics[c.id]).filter((t) => t !== undefined)}
        position={{ index, total: siblings.length }}
        onStep={(d) => {
          if (!siblings.length) return;
          onShowClaim?.(siblings[(index + d + siblings.length) % siblings.length]);
        }}
        knowledgeDate={page.knowledgeDate}
      />
    );
  }
  return (
    <div
      class="nl-card"
      tabIndex={-1}
      role="dialog"
      aria-modal="false"
      aria-label="News Lens"
      aria-keyshortcuts={CARD_KEYS}
    >
      <button type="button" class="nl-close" aria-label="Close (Esc)" onClick={onClose}>
        ×
      </button>
      {body}
      {keys && (
        <p class="nl-keys">
          <kbd>Q</kbd> quotes · <kbd>P</kbd> people · <kbd>N</kbd> all · <kbd>⇧</kbd> back · <kbd>Esc</kbd> close
        </p>
      )}
      <p class="nl-brand" aria-hidden="true">
        News Lens
      </p>
    </div>
  );
}
