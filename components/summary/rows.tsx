import type { Actor, Claim } from '../../lib/notes';
import type { Voice } from '../../lib/voices';
import { isUnsure } from '../../lib/sureness';
import { shownName } from '../parts';
import { clip } from '../../lib/text/clip';

const KIND_LABEL: Record<Claim['kind'], string> = {
  quote: 'Quote',
  'partial-quote': 'Partial quote',
  reported: 'Reported',
  numeric: 'Figure',
};

const ONE_TYPE: Record<Actor['type'], string> = {
  person: 'Person',
  organization: 'Organisation',
  group: 'Group',
  country: 'Country',
  place: 'Place',
};

export type OnSelect = (start: number, end: number) => void;

/** A voice: its name, who it is (the knowledge file's words, else the article's), how often and how it is quoted. */
export function VoiceRow({
  v,
  actor,
  firstClaim,
  onSelect,
}: {
  v: Voice;
  actor: Actor | undefined;
  firstClaim: Claim | undefined;
  onSelect: OnSelect;
}) {
  const total = v.direct + v.partial + v.reported;
  const how = [
    v.direct && `${v.direct} direct`,
    v.partial && `${v.partial} partial`,
    v.reported && `${v.reported} reported`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li>
      <button
        type="button"
        class="ps-row ps-voice"
        onClick={() => firstClaim && onSelect(firstClaim.start, firstClaim.end)}
      >
        <span class="ps-name">{shownName(v.name, v.unnamed)}</span>
        {actor?.known && actor.description ? (
          <span class="ps-desc">{actor.description}</span>
        ) : (
          actor?.articleDescription && (
            <span class="ps-desc ps-article" title="What the article says">
              {actor.articleDescription}
            </span>
          )
        )}
        <span class="ps-desc ps-how">{how}</span>
        <span
          class="ps-times"
          aria-label={`quoted ${total} ${total === 1 ? 'time' : 'times'}, ${Math.round(v.share * 100)}% of quotes`}
        >
          <span class="ps-count">{total}×</span>
          {v.share > 0 && (
            <span class="ps-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(v.share * 100)}%` }} />
            </span>
          )}
        </span>
      </button>
    </li>
  );
}

/** An actor: its name, its type where the list mixes types, what is known or said of it, its mentions. */
export function ActorRow({ a, showType, onSelect }: { a: Actor; showType: boolean; onSelect: OnSelect }) {
  const first = a.mentions[0];
  return (
    <li>
      <button type="button" class={`ps-row ps-${a.type}`} onClick={() => onSelect(first.start, first.end)}>
        <span class="ps-name">{shownName(a.name, a.unnamed)}</span>
        <span class="ps-desc">
          {showType && `${ONE_TYPE[a.type]} · `}
          {a.known
            ? a.description
            : a.unnamed
              ? 'unnamed source'
              : a.articleDescription
                ? `in this article: ${a.articleDescription}`
                : 'not in the knowledge file'}
        </span>
        <span class="ps-count" aria-label={`${a.mentions.length} mentions`}>
          {a.mentions.length}×
        </span>
      </button>
    </li>
  );
}

/** A claim: its kind, its words (cut), its speaker (and "not sure" where the speaker is a guess), its topics. */
export function ClaimRow({ c, unnamed, onSelect }: { c: Claim; unnamed: boolean; onSelect: OnSelect }) {
  const guess = isUnsure(c);
  return (
    <li>
      <button
        type="button"
        class={`ps-row ps-claim ps-${c.kind}${guess ? ' ps-guess' : ''}`}
        onClick={() => onSelect(c.start, c.end)}
      >
        <span class="ps-kind">{KIND_LABEL[c.kind]}</span>
        <span class="ps-quote">
          {c.kind === 'numeric' || c.kind === 'reported' ? clip(c.text, 140) : `“${clip(c.text, 140)}”`}
        </span>
        {c.kind !== 'numeric' && (
          <span class="ps-speaker">
            — {c.speaker ? <span class="ps-who">{shownName(c.speaker.name, unnamed)}</span> : 'unattributed'}
            {guess && <span class="ps-sure"> (not sure)</span>}
          </span>
        )}
        {c.context.length > 0 && <span class="ps-context">{c.context.map((x) => x.title).join(' · ')}</span>}
      </button>
    </li>
  );
}
