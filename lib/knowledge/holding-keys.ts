import type { Role } from './schema';

/**
 * One body's role holdings (a list of the index's rolesByOf) by title key and by kind, as positions
 * in the list, ascending. A question about "the president" of a body then reads the few holdings
 * so titled or of those kinds, not every office of it (a country holds thousands: its legislators).
 */
export interface HoldingKeys {
  byTitle: Map<string, number[]>;
  byKind: Map<string, number[]>;
  /** the positions each question (a kind or a title, as asked) matches: a page asks the same few again and again */
  asked: Map<string, readonly number[]>;
}

/** The keys of `list`; `titleKeys` gives a role's title and title aliases as keys. */
export function holdingKeys(list: readonly { role: Role }[], titleKeys: (role: Role) => string[]): HoldingKeys {
  const byTitle = new Map<string, number[]>();
  const byKind = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const at = map.get(key);
    if (!at) map.set(key, [i]);
    else if (at[at.length - 1] !== i) at.push(i); // a title and an alias of one key: the position once
  };
  for (let i = 0; i < list.length; i++) {
    const { role } = list[i];
    for (const key of titleKeys(role)) add(byTitle, key, i);
    add(byKind, role.kind, i);
  }
  return { byTitle, byKind, asked: new Map() };
}

const NONE: readonly number[] = [];

/**
 * The positions, ascending, of the holdings titled `key` or of one of `kinds`: those that
 * `titled(role, key) || kinds.includes(role.kind)` keeps, in the list's order.
 */
export function titledOrOfKinds(
  keys: HoldingKeys,
  key: string,
  kinds: readonly string[] | undefined,
): readonly number[] {
  const titled = keys.byTitle.get(key) ?? NONE;
  if (!kinds) return titled;
  const parts = [titled, ...kinds.map((k) => keys.byKind.get(k) ?? NONE)].filter((p) => p.length);
  if (parts.length < 2) return parts[0] ?? NONE;
  return [...new Set(parts.flat())].sort((a, b) => a - b);
}
