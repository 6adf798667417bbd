import { useMemo, useState } from 'preact/hooks';
import type { AnnotatedPage } from '../lib/messages';
import type { Actor, Claim } from '../lib/notes';
import { ACTOR_TYPE_ORDER, actorTypeLabel } from '../lib/format-notes';
import { summarizeVoices, speakerKey, type Voice } from '../lib/voices';
import { isUnsure } from '../lib/sureness';
import { shownName } from './parts';
import { describeDate, sentenceCase } from '../lib/article/dates';

export interface PageSummaryProps {
  page: AnnotatedPage;
  /** Scroll the page to a range of the article text and flash it. */
  onSelect: (start: number, end: number) => void;
}

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
/** Actors listed before "Show all". */
const TOP_ACTORS = 10;
/** Claims listed before "Show all", in reading order. */
export const TOP_CLAIMS = 10;

/** The actor a voice speaks as, for its description. */
function actorOf(actors: Actor[], v: Voice): Actor | undefined {
  return actors.find((a) => speakerKey(a) === v.key);
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

const matches = (q: string, ...texts: (string | null | undefined)[]) =>
  !q || texts.some((t) => t?.toLowerCase().includes(q));

/** The toolbar popup's view of one page: counts, then who is quoted, the claims, and the actors (ten, then all). */
export function PageSummary({ page, onSelect }: PageSummaryProps) {
  const { notes } = page;
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const voices = useMemo(() => summarizeVoices(notes), [notes]);
  const quotes = notes.claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote');
  const figures = notes.claims.filter((c) => c.kind === 'numeric');
  const unnamedNames = useMemo(() => new Set(notes.actors.filter((a) => a.unnamed).map((a) => a.name)), [notes]);
  const first = (a: Actor) => a.mentions[0];
  const shownClaims = notes.claims.filter((c) => matches(q, c.text, c.speaker?.name));
  const [allClaims, setAllClaims] = useState(false);
  const claimsCollapsed = !allClaims && !q && shownClaims.length > TOP_CLAIMS;
  const [allActors, setAllActors] = useState(false);
  const shownActors = notes.actors.filter((a) => matches(q, a.name, a.description, a.articleDescription));
  const byMentions = [...shownActors].sort((a, b) => b.mentions.length - a.mentions.length);
  // Ten at first; a search shows every match.
  const collapsed = !allActors && !q && shownActors.length > TOP_ACTORS;
  const shownVoices = voices.filter((v) => {
    const a = actorOf(notes.actors, v);
    return matches(q, v.name, a?.description, a?.articleDescription);
  });
  const shownNamed = shownVoices.filter((v) => !v.unnamed);
  const shownUnnamed = shownVoices.filter((v) => v.unnamed);

  const voiceRow = (v: Voice) => {
    const firstClaim = notes.claims.find((c) => c.speaker && c.speaker.name === v.name && c.kind !== 'numeric');
    const actor = actorOf(notes.actors, v);
    const total = v.direct + v.partial + v.reported;
    const how = [
      v.direct && `${v.direct} direct`,
      v.partial && `${v.partial} partial`,
      v.reported && `${v.reported} reported`,
    ]
      .filter(Boolean)
      .join(' · ');
    return (
      <li key={v.key}>
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
  };

  const actorRow = (a: Actor, showType: boolean) => (
    <li key={`${a.id ?? a.name}`}>
      <button type="button" class={`ps-row ps-${a.type}`} onClick={() => onSelect(first(a).start, first(a).end)}>
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

  return (
    <div class="ps">
      <header class="ps-head">
        <h1 class="ps-title">{notes.title ?? 'This page'}</h1>
        <p class="ps-meta">
          {sentenceCase(describeDate(notes))} · Knowledge as of {page.knowledgeDate}
        </p>
        <ul class="ps-counts" aria-label="Counts">
          <li>
            <strong>{notes.actors.length}</strong> actors
          </li>
          <li>
            <strong>{quotes.length}</strong> quotes
          </li>
          <li>
            <strong>{voices.length}</strong> voices
          </li>
          <li>
            <strong>{figures.length}</strong> figures
          </li>
        </ul>
        <label class="ps-search">
          <span class="ps-sr">Search actors and claims</span>
          <input
            type="search"
            placeholder="Search actors and claims"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      </header>

      <section aria-labelledby="ps-voices">
        <h2 id="ps-voices" class="ps-h2">
          Who is quoted <span class="ps-n">{voices.length}</span>
        </h2>
        {voices.length === 0 ? (
          <p class="ps-empty">Nobody is quoted on this page.</p>
        ) : (
          <>
            {shownNamed.length > 0 && <ul class="ps-list">{shownNamed.map(voiceRow)}</ul>}
            {shownUnnamed.length > 0 && (
              <div class="ps-group ps-unnamed">
                <h3 class="ps-h3">
                  Unnamed sources <span class="ps-n">{shownUnnamed.length}</span>
                </h3>
                <ul class="ps-list">{shownUnnamed.map(voiceRow)}</ul>
              </div>
            )}
            {shownNamed.length + shownUnnamed.length === 0 && (
              <p class="ps-empty">No voice matches “{query.trim()}”.</p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="ps-claims">
        <h2 id="ps-claims" class="ps-h2">
          Claims <span class="ps-n">{notes.claims.length}</span>
        </h2>
        {shownClaims.length === 0 ? (
          <p class="ps-empty">No quotes, statements or figures found.</p>
        ) : (
          <>
            <ul class="ps-list">
              {(claimsCollapsed ? shownClaims.slice(0, TOP_CLAIMS) : shownClaims).map((c) => {
                const guess = isUnsure(c);
                return (
                  <li key={`${c.start}-${c.end}`}>
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
                          —{' '}
                          {c.speaker ? (
                            <span class="ps-who">{shownName(c.speaker.name, unnamedNames.has(c.speaker.name))}</span>
                          ) : (
                            'unattributed'
                          )}
                          {guess && <span class="ps-sure"> (not sure)</span>}
                        </span>
                      )}
                      {c.context.length > 0 && (
                        <span class="ps-context">{c.context.map((x) => x.title).join(' · ')}</span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
            {claimsCollapsed && (
              <button type="button" class="ps-more" aria-expanded="false" onClick={() => setAllClaims(true)}>
                Show all {shownClaims.length} claims
              </button>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="ps-actors">
        <h2 id="ps-actors" class="ps-h2">
          Actors <span class="ps-n">{notes.actors.length}</span>
        </h2>
        {shownActors.length === 0 ? (
          <p class="ps-empty">{q ? `No actor matches “${query.trim()}”.` : 'No actors found.'}</p>
        ) : collapsed ? (
          <>
            <p class="ps-note ps-top-note">The {TOP_ACTORS} most mentioned</p>
            <ul class="ps-list">{byMentions.slice(0, TOP_ACTORS).map((a) => actorRow(a, true))}</ul>
            <button type="button" class="ps-more" aria-expanded="false" onClick={() => setAllActors(true)}>
              Show all {shownActors.length} actors
            </button>
          </>
        ) : (
          ACTOR_TYPE_ORDER.map((type) => {
            const actors = byMentions.filter((a) => a.type === type);
            if (!actors.length) return null;
            return (
              <div key={type} class="ps-group">
                <h3 class="ps-h3">
                  {actorTypeLabel(type)} <span class="ps-n">{actors.length}</span>
                </h3>
                <ul class="ps-list">{actors.map((a) => actorRow(a, false))}</ul>
              </div>
            );
          })
        )}
      </section>
    </div>
  );
}
