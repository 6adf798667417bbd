import { useMemo, useState } from 'preact/hooks';
import type { AnnotatedPage } from '../lib/messages';
import { summarizeVoices } from '../lib/voices';
import { describeDate, sentenceCase } from '../lib/article/dates';
import { notEnglishLine } from '../lib/article/language-names';
import { ActorsSection, ClaimsSection, VoicesSection } from './summary/sections';

export { TOP_CLAIMS } from './summary/sections';

export interface PageSummaryProps {
  page: AnnotatedPage;
  /** Scroll the page to a range of the article text and flash it. */
  onSelect: (start: number, end: number) => void;
}

/** The toolbar popup's view of one page: counts, then who is quoted, the claims, and the actors (ten, then all). */
export function PageSummary({ page, onSelect }: PageSummaryProps) {
  const { notes } = page;
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const voices = useMemo(() => summarizeVoices(notes), [notes]);
  const quotes = notes.claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote').length;
  const figures = notes.claims.filter((c) => c.kind === 'numeric').length;
  const counts: [number, string][] = [
    [notes.actors.length, 'actors'],
    [quotes, 'quotes'],
    [voices.length, 'voices'],
    [figures, 'figures'],
  ];
  const heading = (
    <>
      <h1 class="ps-title">{notes.title ?? 'This page'}</h1>
      <p class="ps-meta">
        {sentenceCase(describeDate(notes))} · Knowledge as of {page.knowledgeDate}
      </p>
    </>
  );
  // an article not in English was not read: the line says so, and there is nothing to count or search
  if (notes.language && !notes.language.english)
    return (
      <div class="ps">
        <header class="ps-head">
          {heading}
          <p class="ps-lang" role="status">
            {notEnglishLine(notes.language)}
          </p>
        </header>
      </div>
    );
  return (
    <div class="ps">
      <header class="ps-head">
        {heading}
        <ul class="ps-counts" aria-label="Counts">
          {counts.map(([n, what]) => (
            <li key={what}>
              <strong>{n}</strong> {what}
            </li>
          ))}
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
      <VoicesSection notes={notes} voices={voices} q={q} query={query} onSelect={onSelect} />
      <ClaimsSection notes={notes} q={q} onSelect={onSelect} />
      <ActorsSection notes={notes} q={q} query={query} onSelect={onSelect} />
    </div>
  );
}
