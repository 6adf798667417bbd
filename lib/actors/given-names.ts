/**
 * "Hillary" where the text also writes "Clinton": a given name written alone is the one known person
 * named by it and a surname the text writes alone (rule actor:given-name-of-known). Reads and writes the
 * name table of the names-by-knowledge pass (lookup.ts).
 */
import { isOn } from '../engine/rules';
import type { KnowledgeIndex, LookupContext } from '../knowledge/index';
import type { Entity } from '../knowledge/schema';
import { isGivenName } from '../words';
import type { NameTable } from './lookup';

/** How many distinct lone surnames a given name is tried with (a bound for pages of thousands of names). */
const MOST_SURNAMES = 40;

/** The words the text writes alone, capitalised, no title, that are no given name: surnames, maybe. */
function loneSurnames(table: NameTable): string[] {
  const out = new Set<string>();
  table.nameCands.forEach((c, ci) => {
    const core = table.cores[ci];
    if (out.size < MOST_SURNAMES && c.kind === 'name' && !core.includes(' ') && !isGivenName(table.keys[ci]))
      out.add(core);
  });
  return [...out];
}

/** Links each lone given name to the one known person of that given name and a lone surname of the text. */
export function linkGivenNames(index: KnowledgeIndex, lk: LookupContext, table: NameTable): void {
  if (!isOn('actor:given-name-of-known')) return;
  let surnames: string[] | undefined;
  const found = new Map<string, Entity | null>();
  table.nameCands.forEach((c, ci) => {
    const key = table.keys[ci];
    if (table.resolved[ci] || c.kind !== 'name' || c.title || key.includes(' ') || !isGivenName(key)) return;
    let e = found.get(key);
    if (e === undefined) {
      e = null;
      for (const s of (surnames ??= loneSurnames(table))) {
        const full = `${table.cores[ci]} ${s}`;
        const hit = index.lookupFirst(full, { ...lk, type: 'person' });
        if (!hit || hit.name !== full) continue;
        if (e && e !== hit) {
          e = null; // (two people: "Bill" and "Hillary" are both Clintons; one given name, two surnames)
          break;
        }
        e = hit;
      }
      found.set(key, e);
    }
    if (!e) return;
    table.resolved[ci] = e;
    table.linkedBy.set(ci, 'actor:given-name-of-known');
  });
}
