/**
 * Hand-written entries the data's people may already be: the same Wikidata item, the same Wikipedia
 * page, or, for a US person, the same full name; and their roles merged with the data's terms.
 */
import type { Entity, Role } from '../schema';
import { normalizeKey } from '../normalize';

const wikiTitleKey = (t: string) =>
  normalizeKey(decodeURIComponent(t.replace(/^https:\/\/en\.wikipedia\.org\/wiki\//, '')).replace(/_/g, ' '));
const qid = (url: string | undefined) => url?.match(/Q\d+$/)?.[0];

/** Two terms overlap when one starts before the other ends (a handover day, one's end and the other's start, is no overlap). */
const overlaps = (a: Role, b: Role) => a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31');
const firstWord = (t: string) => t.toLowerCase().split(/\s+/)[0];

/** A term from open data conflicts with a hand-written role of the same kind and title word held at the same time. */
export function conflicts(open: Role, own: Role): boolean {
  return overlaps(open, own) && open.kind === own.kind && firstWord(open.title) === firstWord(own.title);
}

/** The hand-written roles, plus the open-data ones that conflict with none of them. */
export function mergeRoles(own: Role[], open: Role[]): Role[] {
  return [...own, ...open.filter((r) => !own.some((o) => conflicts(r, o)))];
}

export class HandWritten {
  private byQ = new Map<string, Entity>();
  private byWiki = new Map<string, Entity>();
  private byName = new Map<string, Entity[]>();
  constructor(entities: Entity[]) {
    for (const e of entities) {
      if (e.type !== 'person') continue;
      const q = qid(e.links.wikidata);
      if (q) this.byQ.set(q, e);
      if (e.links.wikipedia) this.byWiki.set(wikiTitleKey(e.links.wikipedia), e);
      if (
        e.country === 'country:usa' ||
        e.roles.some((r) => r.of === 'country:usa' || r.of === 'us-senate' || r.of === 'us-house')
      ) {
        for (const n of [e.name, ...e.aliases]) {
          const k = normalizeKey(n);
          this.byName.set(k, [...(this.byName.get(k) ?? []), e]);
        }
      }
    }
  }
  find(ids: { wikidata?: string; wikipedia?: string }, names: string[]): Entity | undefined {
    if (ids.wikidata && this.byQ.has(ids.wikidata)) return this.byQ.get(ids.wikidata);
    if (ids.wikipedia) {
      const w = this.byWiki.get(wikiTitleKey(ids.wikipedia));
      if (w) return w;
    }
    // a name alone, never an entry whose own ids name someone else ("George Bush": the father is not the son)
    // (an open-data record with no ids of its own never takes over an entry that has ids: nothing shows it is that person)
    const otherIds = (e: Entity) =>
      (!ids.wikidata && !ids.wikipedia && (!!qid(e.links.wikidata) || !!e.links.wikipedia)) ||
      (!!ids.wikidata && !!qid(e.links.wikidata) && qid(e.links.wikidata) !== ids.wikidata) ||
      (!!ids.wikipedia && !!e.links.wikipedia && wikiTitleKey(e.links.wikipedia) !== wikiTitleKey(ids.wikipedia));
    for (const n of names) {
      const list = [...new Set(this.byName.get(normalizeKey(n)) ?? [])].filter((e) => !otherIds(e));
      if (list.length === 1) return list[0];
    }
    return undefined;
  }
}
