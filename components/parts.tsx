import type { ActorType } from '../lib/notes';

const TYPE_NAMES: Record<string, string> = {
  person: 'Person',
  organization: 'Organisation',
  country: 'Country',
  place: 'Place',
  group: 'Group',
};

/** An unnamed source's label as a name is shown: "report" as "Report", "senior official" as "Senior official". */
export const shownName = (name: string, unnamed?: boolean): string => (unnamed && name ? name[0].toUpperCase() + name.slice(1) : name);

export function TypeChip({ type, unnamed }: { type: ActorType | string; unnamed?: boolean }) {
  return <span class={`nl-chip nl-chip-${type}`}>{unnamed ? 'Unnamed source' : (TYPE_NAMES[type] ?? type)}</span>;
}

export function FactList({ facts }: { facts: { text: string; asOf: string; source: string }[] }) {
  if (!facts.length) return null;
  return (
    <ul class="nl-facts">
      {facts.map((f) => (
        <li key={f.text}>
          {f.text}{' '}
          <a class="nl-asof" href={f.source} target="_blank" rel="noopener noreferrer">
            as of {f.asOf}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function LinkList({ links }: { links: { label: string; url: string }[] }) {
  if (!links.length) return null;
  return (
    <p class="nl-links">
      {links.map((l) => (
        <a key={l.url} href={l.url} target="_blank" rel="noopener noreferrer">
          {l.label} ↗
        </a>
      ))}
    </p>
  );
}
