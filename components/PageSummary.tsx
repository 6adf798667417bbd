import { useMemo, useState } from 'preact/hooks';
import type { AnnotatedPage } from '../lib/messages';
import type { Actor, Claim } from '../lib/notes';
import { ACTOR_TYPE_ORDER, actorTypeLabel } from '../lib/format-notes';
import { summarizeVoices } from '../lib/voices';
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

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

const matches = (q: string, ...texts: (string | null | undefined)[]) =>
  !q || texts.some((t) => t?.toLowerCase().includes(q));

/** The toolbar popup's view of one page: counts, actors, voices and claims. */
export function PageSummary({ page, onSelect }: PageSummaryProps) {
  const { notes } = page;
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const voices = useMemo(() => summarizeVoices(notes), [notes]);
  const quotes = notes.claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote');
  const figures = notes.claims.filter((c) => c.kind === 'numeric');
  const unnamed = voices.filter((v) => v.unnamed);
  const unnamedNames = useMemo(() => new Set(notes.actors.filter((a) => a.unnamed).map((a) => a.name)), [notes]);
  const first = (a: Actor) => a.mentions[0];
  const shownClaims = notes.claims.filter((c) => matches(q, c.text, c.speaker?.name));

  return (
    <div class="ps">
      <header class="ps-head">
        <h1 class="ps-title">{notes.title ?? 'This page'}</h1>
        <p class="ps-meta">
          {sentenceCase(describeDate(notes))} · Knowledge as of {page.knowledgeDate}
        </p>
        <ul class="ps-counts" aria-label="Counts">
          <li><strong>{notes.actors.length}</strong> actors</li>
          <li><strong>{quotes.length}</strong> quotes</li>
          <li><strong>{voices.length}</strong> voices</li>
          <li><strong>{figures.length}</strong> figures</li>
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

      <section aria-labelledby="ps-actors">
        <h2 id="ps-actors" class="ps-h2">Actors</h2>
        {ACTOR_TYPE_ORDER.map((type) => {
          const actors = notes.actors
            .filter((a) => a.type === type && matches(q, a.name, a.description))
            .sort((a, b) => b.mentions.length - a.mentions.length);
          if (!actors.length) return null;
          return (
            <div key={type} class="ps-group">
              <h3 class="ps-h3">
                {actorTypeLabel(type)} <span class="ps-n">{actors.length}</span>
              </h3>
              <ul class="ps-list">
                {actors.map((a) => (
                  <li key={`${a.id ?? a.name}`}>
                    <button type="button" class={`ps-row ps-${type}`} onClick={() => onSelect(first(a).start, first(a).end)}>
                      <span class="ps-name">{shownName(a.name, a.unnamed)}</span>
                      <span class="ps-desc">{a.known ? a.description : a.unnamed ? 'unnamed source' : 'not in the knowledge file'}</span>
                      <span class="ps-count" aria-label={`${a.mentions.length} mentions`}>{a.mentions.length}×</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="ps-voices">
        <h2 id="ps-voices" class="ps-h2">Voices</h2>
        {voices.length === 0 ? (
          <p class="ps-empty">Nobody is quoted on this page.</p>
        ) : (
          <ul class="ps-list">
            {voices.filter((v) => matches(q, v.name)).map((v) => {
              const firstClaim = notes.claims.find((c) => c.speaker && c.speaker.name === v.name);
              return (
                <li key={v.key}>
                  <button type="button" class="ps-row ps-voice" onClick={() => firstClaim && onSelect(firstClaim.start, firstClaim.end)}>
                    <span class="ps-name">
                      {shownName(v.name, v.unnamed)}
                      {v.unnamed && <span class="ps-tag">unnamed</span>}
                    </span>
                    <span class="ps-desc">
                      {v.direct} direct · {v.partial} partial · {v.reported} reported
                    </span>
                    <span class="ps-bar" aria-label={`${Math.round(v.share * 100)}% of quotes`}>
                      <span style={{ width: `${Math.round(v.share * 100)}%` }} />
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {unnamed.length > 0 && (
          <p class="ps-note">
            {unnamed.length} unnamed {unnamed.length === 1 ? 'source' : 'sources'}: {unnamed.map((v) => shownName(v.name, true)).join(', ')}
          </p>
        )}
      </section>

      <section aria-labelledby="ps-claims">
        <h2 id="ps-claims" class="ps-h2">Claims</h2>
        {shownClaims.length === 0 ? (
          <p class="ps-empty">No quotes, statements or figures found.</p>
        ) : (
          <ul class="ps-list">
            {shownClaims.map((c) => (
              <li key={`${c.start}-${c.end}`}>
                <button type="button" class={`ps-row ps-claim ps-${c.kind}`} onClick={() => onSelect(c.start, c.end)}>
                  <span class="ps-kind">{KIND_LABEL[c.kind]}</span>
                  <span class="ps-quote">{c.kind === 'numeric' || c.kind === 'reported' ? clip(c.text, 140) : `“${clip(c.text, 140)}”`}</span>
                  {c.kind !== 'numeric' && <span class="ps-speaker">— {c.speaker ? shownName(c.speaker.name, unnamedNames.has(c.speaker.name)) : 'unattributed'}</span>}
                  {c.context.length > 0 && <span class="ps-context">{c.context.map((x) => x.title).join(' · ')}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
