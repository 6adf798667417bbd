import type { Entity, NameTable } from './schema';
import { normalizeKey, normalizeName } from './normalize';

/**
 * The names an index finds entities by, in their normal form. The build writes the table for the
 * bundled entities into public/knowledge.json, so the background does not normalise ~10,000 names
 * every time the service worker starts; packs are tabled the same way when they are installed.
 */
export interface EntityKeys {
  /** Name, aliases, official name and demonyms, normalised (lookupKey form), without repeats. */
  names: string[];
  /** A person's last name: a weaker key. */
  surname: string | null;
  /** Multi-word names written in lower case ("coalition of the willing"), normalised. */
  lowercase: string[];
}

/** Every name an entity can be found by: name, aliases, official name, demonyms. */
export function namesOf(entity: {
  name: string;
  aliases?: string[];
  officialName?: string;
  demonyms?: string[];
}): string[] {
  const names = [entity.name, ...(entity.aliases ?? [])];
  if (entity.officialName) names.push(entity.officialName);
  names.push(...(entity.demonyms ?? []));
  return names;
}

/** Generational suffixes after a surname, in normal form. */
const GENERATION = /^(?:jr|sr|ii|iii|iv)$/;

export function entityKeys(e: Pick<Entity, 'type' | 'name' | 'aliases' | 'officialName' | 'demonyms'>): EntityKeys {
  const names: string[] = [];
  for (const raw of namesOf(e)) {
    const k = normalizeKey(raw);
    if (k && !names.includes(k)) names.push(k);
  }

  let surname: string | null = null;
  // (an entry from open data is found by its full names only: "Smith said" is none of 40 former Smiths;
  // nor is an entry whose surname is marked as not finding it: "Reno" is a city before it is Janet Reno)
  const { provenance, bySurname } = e as Pick<Entity, 'provenance' | 'bySurname'>;
  if (e.type === 'person' && provenance?.scope !== 'entry' && bySurname !== false) {
    // (without a generational suffix: "Robert F. Kennedy Jr." is found by "Kennedy", not by "Jr")
    const words = normalizeKey(e.name)
      .split(' ')
      .filter((w, i) => i === 0 || !GENERATION.test(w));
    if (words.length > 1) surname = words[words.length - 1];
  }

  const lowercase: string[] = [];
  for (const a of [...e.aliases, e.name]) {
    if (a !== a.toLowerCase() || !/\s/.test(a)) continue;
    const n = normalizeName(a);
    if (n.includes(' ') && !lowercase.includes(n)) lowercase.push(n);
  }
  return { names, surname, lowercase };
}

/** The table for a list of entities (those `keep` accepts, if given); refs are positions in that list. */
export function computeNameTable(entities: readonly Entity[], keep?: (e: Entity) => boolean): NameTable {
  const table: NameTable = { names: { keys: [], refs: [] }, surnames: { keys: [], refs: [] }, lowercase: [] };
  entities.forEach((e, i) => {
    if (keep && !keep(e)) return;
    const k = entityKeys(e);
    for (const name of k.names) {
      table.names.keys.push(name);
      table.names.refs.push(i);
    }
    if (k.surname) {
      table.surnames.keys.push(k.surname);
      table.surnames.refs.push(i);
    }
    for (const phrase of k.lowercase) if (!table.lowercase.includes(phrase)) table.lowercase.push(phrase);
  });
  return table;
}

/** A table fits its entity list: paired arrays, and every ref a position in the list. */
export function tableFits(table: NameTable, entityCount: number): boolean {
  for (const part of [table.names, table.surnames]) {
    if (part.keys.length !== part.refs.length) return false;
    for (const r of part.refs) if (!Number.isInteger(r) || r < 0 || r >= entityCount) return false;
  }
  return true;
}
