import { useState } from 'preact/hooks';
import type { Actor, Claim, PageNotes } from '../../lib/notes';
import { ACTOR_TYPE_ORDER, actorTypeLabel } from '../../lib/format-notes';
import { speakerKey, type Voice } from '../../lib/voices';
import { ActorRow, ClaimRow, VoiceRow, type OnSelect } from './rows';

/** Actors listed before "Show all". */
const TOP_ACTORS = 10;
/** Claims listed before "Show all", in reading order. */
export const TOP_CLAIMS = 10;

export const matches = (q: string, ...texts: (string | null | undefined)[]) =>
  !q || texts.some((t) => t?.toLowerCase().includes(q));

/** The actor a voice speaks as, for its description. */
const actorOf = (actors: Actor[], v: Voice): Actor | undefined => actors.find((a) => speakerKey(a) === v.key);

/** Who is quoted: named voices, then unnamed sources; the search keeps the voices it matches. */
export function VoicesSection(props: {
  notes: PageNotes;
  voices: Voice[];
  q: string;
  query: string;
  onSelect: OnSelect;
}) {
  const { notes, voices, q, query, onSelect } = props;
  const shown = voices.filter((v) => {
    const a = actorOf(notes.actors, v);
    return matches(q, v.name, a?.description, a?.articleDescription);
  });
  const row = (v: Voice) => (
    <VoiceRow
      key={v.key}
      v={v}
      actor={actorOf(notes.actors, v)}
      firstClaim={notes.claims.find((c) => c.speaker && c.speaker.name === v.name && c.kind !== 'numeric')}
      onSelect={onSelect}
    />
  );
  const named = shown.filter((v) => !v.unnamed);
  const unnamed = shown.filter((v) => v.unnamed);
  return (
    <section aria-labelledby="ps-voices">
      <h2 id="ps-voices" class="ps-h2">
        Who is quoted <span class="ps-n">{voices.length}</span>
      </h2>
      {voices.length === 0 ? (
        <p class="ps-empty">Nobody is quoted on this page.</p>
      ) : (
        <>
          {named.length > 0 && <ul class="ps-list">{named.map(row)}</ul>}
          {unnamed.length > 0 && (
            <div class="ps-group ps-unnamed">
              <h3 class="ps-h3">
                Unnamed sources <span class="ps-n">{unnamed.length}</span>
              </h3>
              <ul class="ps-list">{unnamed.map(row)}</ul>
            </div>
          )}
          {shown.length === 0 && <p class="ps-empty">No voice matches “{query.trim()}”.</p>}
        </>
      )}
    </section>
  );
}

/** The claims in reading order: ten, then all; a search shows every match. */
export function ClaimsSection({ notes, q, onSelect }: { notes: PageNotes; q: string; onSelect: OnSelect }) {
  const [all, setAll] = useState(false);
  const unnamedNames = new Set(notes.actors.filter((a) => a.unnamed).map((a) => a.name));
  const shown = notes.claims.filter((c) => matches(q, c.text, c.speaker?.name));
  const collapsed = !all && !q && shown.length > TOP_CLAIMS;
  const row = (c: Claim) => (
    <ClaimRow
      key={`${c.start}-${c.end}`}
      c={c}
      unnamed={!!c.speaker && unnamedNames.has(c.speaker.name)}
      onSelect={onSelect}
    />
  );
  return (
    <section aria-labelledby="ps-claims">
      <h2 id="ps-claims" class="ps-h2">
        Claims <span class="ps-n">{notes.claims.length}</span>
      </h2>
      {shown.length === 0 ? (
        <p class="ps-empty">No quotes, statements or figures found.</p>
      ) : (
        <>
          <ul class="ps-list">{(collapsed ? shown.slice(0, TOP_CLAIMS) : shown).map(row)}</ul>
          {collapsed && (
            <button type="button" class="ps-more" aria-expanded="false" onClick={() => setAll(true)}>
              Show all {shown.length} claims
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** The actors: the ten most mentioned, then all by type; a search shows every match. */
export function ActorsSection(props: { notes: PageNotes; q: string; query: string; onSelect: OnSelect }) {
  const { notes, q, query, onSelect } = props;
  const [all, setAll] = useState(false);
  const shown = notes.actors.filter((a) => matches(q, a.name, a.description, a.articleDescription));
  const byMentions = [...shown].sort((a, b) => b.mentions.length - a.mentions.length);
  const collapsed = !all && !q && shown.length > TOP_ACTORS;
  const row = (a: Actor, showType: boolean) => (
    <ActorRow key={`${a.id ?? a.name}`} a={a} showType={showType} onSelect={onSelect} />
  );
  return (
    <section aria-labelledby="ps-actors">
      <h2 id="ps-actors" class="ps-h2">
        Actors <span class="ps-n">{notes.actors.length}</span>
      </h2>
      {shown.length === 0 ? (
        <p class="ps-empty">{q ? `No actor matches “${query.trim()}”.` : 'No actors found.'}</p>
      ) : collapsed ? (
        <>
          <p class="ps-note ps-top-note">The {TOP_ACTORS} most mentioned</p>
          <ul class="ps-list">{byMentions.slice(0, TOP_ACTORS).map((a) => row(a, true))}</ul>
          <button type="button" class="ps-more" aria-expanded="false" onClick={() => setAll(true)}>
            Show all {shown.length} actors
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
              <ul class="ps-list">{actors.map((a) => row(a, false))}</ul>
            </div>
          );
        })
      )}
    </section>
  );
}
