import { normalizeKey } from '../normalize';
import { namesOf } from '../name-table';

/** Lower-case, diacritics stripped, apostrophes and dashes unified, spaces collapsed: for de-duplicating one entity's names. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02BB\u02BC\u0060\u00B4\u2032]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The key the runtime index looks names up by (lib/knowledge/normalize.ts): also drops a leading
 * article, dots in acronyms and possessives, so "the Kremlin" and "Kremlin", "U.S." and "US" meet.
 * Collisions are judged on this key because that is where two entities would really clash.
 */
export function lookupKey(name: string): string {
  return normalizeKey(name);
}

/** Every name an entity can be found by (shared with the runtime's name table). */
export { namesOf };

/** The values whose normal form (normaliseName) is new, in order; none equal to one of `exclude`. */
export function uniqueNames(values: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set<string>([...exclude].map(normaliseName));
  const out: string[] = [];
  for (const value of values) {
    const key = normaliseName(value);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}
