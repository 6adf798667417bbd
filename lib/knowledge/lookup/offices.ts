import { Role as RoleSchema, RoleKind as RoleKindSchema } from '../schema';
import type { Entity, Role, RoleKind } from '../schema';
import { normalizeKey } from '../normalize';
import { usableEntry } from '../load';
import { holdingKeys, titledOrOfKinds, type HoldingKeys } from '../holding-keys';
import { onDate, type RoleHolding } from './types';

const ROLE_KINDS = new Set<string>(RoleKindSchema.options);

/** Everyday words for kinds of office, so "the leader" and "the premier" find a holder. */
const TITLE_KINDS: Record<string, RoleKind[]> = {
  leader: ['head-of-government', 'head-of-state', 'monarch', 'party-leader', 'organization-leader'],
  'prime minister': ['head-of-government'],
  pm: ['head-of-government'],
  premier: ['head-of-government'],
  chancellor: ['head-of-government'],
  president: ['head-of-state'],
  'head of state': ['head-of-state', 'monarch'],
  monarch: ['monarch'],
  king: ['monarch'],
  queen: ['monarch'],
};

/**
 * Offices and who held them: every role of every entity, by the body it belongs to. A body's roles
 * are checked (Role) on the first question about it, before any is read; a holder, before it is
 * handed out (usableEntry).
 */
export class Offices {
  readonly #rolesByOf = new Map<string, RoleHolding[]>();
  readonly #checkedBodies = new Set<string>();
  // each role's title and title aliases as keys, worked out on its body's first question rather
  // than at every question (nor at start-up: most bodies are never asked about)
  readonly #titleKeys = new Map<Role, string[]>();
  // each body's holdings by title key and kind, made on the body's first question (holding-keys.ts)
  readonly #keysByOf = new Map<string, HoldingKeys>();

  readonly #knowledgeDate: string;

  constructor(entities: Iterable<Entity>, knowledgeDate: string) {
    this.#knowledgeDate = knowledgeDate;
    for (const e of entities) {
      for (const role of e.roles) {
        const list = this.#rolesByOf.get(role.of);
        if (list) list.push({ entity: e, role });
        else this.#rolesByOf.set(role.of, [{ entity: e, role }]);
      }
    }
  }

  #titleKeysOf = (role: Role): string[] => {
    let keys = this.#titleKeys.get(role);
    if (!keys)
      this.#titleKeys.set(role, (keys = [normalizeKey(role.title), ...role.titleAliases.map((a) => normalizeKey(a))]));
    return keys;
  };

  /** Whether the role is titled w (a key) by its title or an alias. */
  #titled(role: Role, w: string) {
    return this.#titleKeysOf(role).includes(w);
  }

  #keysOf(ofId: string, list: RoleHolding[]) {
    let keys = this.#keysByOf.get(ofId);
    if (!keys) this.#keysByOf.set(ofId, (keys = holdingKeys(list, this.#titleKeysOf)));
    return keys;
  }

  /** The holdings of a body's offices whose roles are well formed (checked on the first question). */
  #holdings(ofId: string): RoleHolding[] | undefined {
    const list = this.#rolesByOf.get(ofId);
    if (!list || this.#checkedBodies.has(ofId)) return list;
    const usable = list.filter((h) => RoleSchema.safeParse(h.role).success);
    this.#rolesByOf.set(ofId, usable);
    this.#checkedBodies.add(ofId);
    return usable;
  }

  /** The positions in `list` (ofId's holdings) of those a kind or title matches, on any day. */
  #positionsOf(ofId: string, list: RoleHolding[], kindOrTitle: string): readonly number[] {
    const keys = this.#keysOf(ofId, list);
    let at = keys.asked.get(kindOrTitle);
    if (at === undefined) {
      // a kind matches by kind; a title by the role's title or an alias, else by the kinds the word means
      const w = normalizeKey(kindOrTitle);
      at = ROLE_KINDS.has(kindOrTitle)
        ? (keys.byKind.get(kindOrTitle) ?? [])
        : titledOrOfKinds(keys, w, TITLE_KINDS[w]);
      keys.asked.set(kindOrTitle, at);
    }
    return at;
  }

  /** Every holding of an office of `ofId` matching the title or kind, on `date`. */
  holdingsOf(kindOrTitle: string, ofId: string, date?: string | null): RoleHolding[] {
    const day = date ?? this.#knowledgeDate;
    const list = this.#holdings(ofId);
    if (!list) return [];
    const found: RoleHolding[] = [];
    for (const i of this.#positionsOf(ofId, list, kindOrTitle))
      if (onDate(list[i].role, day) && usableEntry(list[i].entity)) found.push(list[i]);
    if (found.length < 2) return found;
    // An exact title beats a kind; among kinds, the order the word lists them in.
    const w = normalizeKey(kindOrTitle);
    const kinds = TITLE_KINDS[w];
    const rank = (h: RoleHolding) => (this.#titled(h.role, w) ? 0 : 1 + (kinds ? kinds.indexOf(h.role.kind) : 0));
    return found.sort((a, b) => rank(a) - rank(b));
  }

  /** Roles the entity held on `date`. */
  rolesOn(e: Entity | undefined, date?: string | null): Role[] {
    const day = date ?? this.#knowledgeDate;
    return e ? e.roles.filter((r) => onDate(r, day)) : [];
  }
}
