/** The name table's keys read together: the candidates of each key, and the shorter forms of bodies' names (once per table). */
import { ORG_WORDS } from '../words';
import type { NameTable } from './lookup';

/** Each key's candidates, in text order: made once per name table (a scan per name made a page of many names quadratic). */
const BY_KEY = new WeakMap<NameTable, Map<string, number[]>>();
export function sameKey(table: NameTable): Map<string, number[]> {
  let byKey = BY_KEY.get(table);
  if (!byKey) {
    byKey = new Map();
    table.keys.forEach((k, j) => {
      const list = byKey!.get(k);
      if (list) list.push(j);
      else byKey!.set(k, [j]);
    });
    BY_KEY.set(table, byKey);
  }
  return byKey;
}

/** The shorter forms of the text's names that end in a body's word ("banc two" of "Banc Two Corp."), once per table. */
const LONGER = new WeakMap<NameTable, Set<string>>();
/** Whether the text also names the key with more words ending in a body's word ("Banc Two Corp."). */
export function longerBodyName(table: NameTable, key: string): boolean {
  let prefixes = LONGER.get(table);
  if (!prefixes) {
    prefixes = new Set();
    for (const k of table.keys) {
      const words = k.split(' ');
      if (words.length < 2 || words.length > 6 || !ORG_WORDS.test(words[words.length - 1])) continue;
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    }
    LONGER.set(table, prefixes);
  }
  return prefixes.has(key);
}
