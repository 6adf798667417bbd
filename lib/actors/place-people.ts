/**
 * "Iowans", "Ohioans", "Clevelanders", "Parisians": a lone plural word made of a place's name the text
 * names and a people's ending is the people of that place, a group, not an organisation (rule
 * actor:place-people; read by unknownTypeOf).
 */
import type { NameTable } from './lookup';

/** The endings a place's people take ("Iowa|ns", "Ohio|ans", "Florid|ians", "Cleveland|ers", "Maine|rs"), longest first. */
const PEOPLE_ENDINGS = ['ians', 'ans', 'ers', 'ites', 'ns', 'rs'];
/** What a place's name may end in that its people's word drops ("Florid|a", "Alabam|a", "Tex|as"). */
const DROPPED_ENDS = ['', 'a', 'e', 'o', 'as'];

/** The places and countries the text names (keys), once per name table. */
const PLACE_KEYS = new WeakMap<NameTable, Set<string>>();

/**
 * Whether the lone word `key` (lower case) is a plural people's word of a place or country the text
 * names by its own name: "iowans" in a text that names Iowa.
 */
export function placePeople(table: NameTable, key: string): boolean {
  if (key.includes(' ') || !key.endsWith('s') || key.length < 6) return false;
  let places = PLACE_KEYS.get(table);
  if (!places) {
    places = new Set();
    table.resolved.forEach((e, j) => {
      if (e?.type === 'place' || e?.type === 'country') places!.add(table.keys[j]);
    });
    PLACE_KEYS.set(table, places);
  }
  if (!places.size) return false;
  for (const end of PEOPLE_ENDINGS) {
    if (!key.endsWith(end)) continue;
    const stem = key.slice(0, key.length - end.length);
    if (stem.length < 3) continue;
    if (DROPPED_ENDS.some((d) => places!.has(stem + d))) return true;
  }
  return false;
}
