import type { ActorType } from '../lib/notes';
import { linkDomain, packLine, type PackMark } from '../lib/knowledge/card';

const TYPE_NAMES: Record<string, string> = {
  person: 'Person',
  organization: 'Organisation',
  country: 'Country',
  place: 'Place',
  group: 'Group',
};

/** An unnamed source's label as a name is shown: "report" as "Report", "senior official" as "Senior official". */
export const shownName = (name: string, unnamed?: boolean): string =>
  unnamed && name ? name[0].toUpperCase() + name.slice(1) : name;

export function TypeChip({ type, unnamed }: { type: ActorType | string; unnamed?: boolean }) {
  return <span class={`nl-chip nl-chip-${type}`}>{unnamed ? 'Unnamed source' : (TYPE_NAMES[type] ?? type)}</span>;
}

export function FactList({ facts }: { facts: { text: string; asOf: string; source: string }[] }) {
  if (!facts.length) return null;
  return (
    <ul class="nl-facts">
      {facts.map((f) => {
        const domain = linkDomain(f.source);
        return (
          <li key={f.text}>
            {f.text}{' '}
            {domain ? (
              <a class="nl-asof" href={f.source} target="_blank" rel="noopener noreferrer" title={`Source: ${domain}`}>
                as of {f.asOf}
              </a>
            ) : (
              <span class="nl-asof">as of {f.asOf}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A card's links, each with the host it goes to after its label ("Wikipedia (en.wikipedia.org)"),
 * read from the link itself, so a pack cannot label a look-alike site "Wikipedia" unseen. Only
 * http(s) links are shown.
 */
export function LinkList({ links }: { links: { label: string; url: string }[] }) {
  const shown = links.flatMap((l) => {
    const domain = linkDomain(l.url);
    return domain ? [{ ...l, domain }] : [];
  });
  if (!shown.length) return null;
  return (
    <p class="nl-links">
      {shown.map((l) => (
        <a key={l.url} href={l.url} target="_blank" rel="noopener noreferrer">
          {l.label} <span class="nl-domain">({l.domain})</span> ↗
        </a>
      ))}
    </p>
  );
}

/** Says that a line, or a card's knowledge, came from a pack the reader imported. */
export function PackNote({ mark, inline }: { mark: PackMark | null | undefined; inline?: boolean }) {
  if (!mark) return null;
  const text = packLine(mark);
  return inline ? (
    <span class="nl-pack nl-pack-inline"> · {text}</span>
  ) : (
    <p class="nl-pack">
      <span class="nl-pack-icon" aria-hidden="true">
        ◆
      </span>{' '}
      {text[0].toUpperCase() + text.slice(1)}
    </p>
  );
}

/** Says which packs gave the names in a card's role or country lines. */
export function NamesFromNote({ packs }: { packs: string[] | undefined }) {
  if (!packs?.length) return null;
  return (
    <p class="nl-pack">
      <span class="nl-pack-icon" aria-hidden="true">
        ◆
      </span>{' '}
      Names in these lines from {packs.length === 1 ? 'pack' : 'packs'} {packs.map((p) => `‘${p}’`).join(', ')}
    </p>
  );
}

/** Where an entry's data came from when it is imported open data: "From the US Congress open data (CC0), as of 15 June 2026", with its link and the link's host. */
export function SourceNote({ source }: { source: { text: string; url: string } | null | undefined }) {
  if (!source) return null;
  const domain = linkDomain(source.url);
  return (
    <p class="nl-source">
      {source.text}
      {domain && (
        <>
          {' · '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            record <span class="nl-domain">({domain})</span> ↗
          </a>
        </>
      )}
    </p>
  );
}
