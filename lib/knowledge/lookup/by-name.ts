import type { Entity } from '../schema';
import { usableEntry } from '../load';
import { normalizeKey } from '../normalize';
import type { NameIndex } from './names';
import { hashKey } from './key-filter';
import type { OpenPeople } from './people';
import { onDate, type LookupContext, type OpenRef } from './types';

/** What a name may mean: one entity, several (best first once judged), or nothing. */
interface Candidates {
  one: Entity | null;
  shared: Entity[] | null;
  /** Open-data people by this full name (an entry, or a former member's row): judged by the article's date. */
  open?: OpenRef[] | null;
  /** The name is a titled form ("Sen. Brown"): it holds only while the person sits. */
  titled?: boolean;
}
const NO_CANDIDATES: Candidates = { one: null, shared: null };

const TITLED = /^(?:sen|senator|rep|representative|congressman|congresswoman|congressmember|del) /;

/** Forms remembered per index between clears; a long page has a few thousand distinct forms. */
const RECENT_LIMIT = 8192;

/** How well the i-th entity of a shared name fits the context (co: the co-actors as a Set). */
function fit(e: Entity, i: number, ctx: LookupContext, co: ReadonlySet<string> | null): number {
  let score = -i * 0.01;
  if (ctx.type && e.type === ctx.type) score += 2;
  if (ctx.country && (e.country === ctx.country || e.id === ctx.country)) score += 1;
  if (co) {
    if (co.has(e.id)) score += 3;
    else if (e.related.some((r) => co.has(r)) || (e.country && co.has(e.country))) score += 1;
  }
  if (ctx.date && e.roles.some((r) => onDate(r, ctx.date!))) score += 0.5;
  else if (e.roles.length) score += 0.2; // of two Bidens, the one who held office is the likelier
  return score;
}

const coActorsOf = (ctx: LookupContext): ReadonlySet<string> | null =>
  !ctx.coActors ? null : ctx.coActors instanceof Set ? ctx.coActors : new Set(ctx.coActors);

/** Entities by name, judged by the context where a name has several. */
export class NameLookup {
  // A page names the same people again and again: the candidates for a form, as written, are
  // remembered (bounded), so a repeated name costs one small-map read however big the index is.
  readonly #recent = new Map<string, Candidates>();

  readonly #names: NameIndex;
  readonly #open: OpenPeople;

  constructor(names: NameIndex, open: OpenPeople) {
    this.#names = names;
    this.#open = open;
  }

  /** Forgets the remembered recent forms. */
  forgetRecent() {
    this.#recent.clear();
  }

  /** The open-data people with this full name: entries first, then former members' rows. */
  #openOf(key: string): OpenRef[] | undefined {
    const listed = this.#names.openNames.get(key)?.filter((e) => typeof e === 'number' || usableEntry(e));
    const entries = listed?.length ? listed : undefined;
    const rows = this.#open.formers.refs(key);
    return entries && rows ? [...entries, ...rows] : (entries ?? rows);
  }

  #candidates(name: string): Candidates {
    let hit = this.#recent.get(name);
    if (hit === undefined) {
      const key = normalizeKey(name);
      const { byName, keys } = this.#names;
      // (a key in no table, the commonest case, is told by the filter without reading them)
      const hash = hashKey(key);
      if (!key || (!keys.mayHoldHash(hash) && !this.#open.formers.mayHold(key, hash))) {
        if (this.#recent.size >= RECENT_LIMIT) this.#recent.clear();
        this.#recent.set(name, NO_CANDIDATES);
        return NO_CANDIDATES;
      }
      // (surnames included, after full names; an entry is a candidate once the fields the resolver
      // reads are checked, on the first question for it: usableEntry)
      const found = byName.one.get(key);
      const usable = found ? undefined : byName.shared.get(key)?.filter(usableEntry);
      const one = found ? (usableEntry(found) ? found : undefined) : usable?.length === 1 ? usable[0] : undefined;
      const shared = usable && usable.length > 1 ? usable : undefined;
      const open = one || shared ? undefined : this.#openOf(key);
      hit = one
        ? { one, shared: null }
        : shared
          ? { one: null, shared }
          : open
            ? { one: null, shared: null, open, titled: TITLED.test(key) }
            : NO_CANDIDATES;
      if (this.#recent.size >= RECENT_LIMIT) this.#recent.clear();
      this.#recent.set(name, hit);
    }
    return hit;
  }

  /** Entities a name may mean, best first. */
  lookup(name: string, ctx: LookupContext = {}): Entity[] {
    const c = this.#candidates(name);
    const { one, shared: hit } = c;
    if (one) return [one];
    if (c.open) {
      const e = this.#open.on(c.open, !!c.titled, ctx);
      return e ? [e] : [];
    }
    if (!hit) return [];
    const co = coActorsOf(ctx);
    const scored = hit.map((e, i) => ({ e, score: fit(e, i, ctx, co) }));
    return scored.sort((a, b) => b.score - a.score).map((s) => s.e);
  }

  /** lookup(name, ctx)[0], without building the list. */
  lookupFirst(name: string, ctx: LookupContext = {}): Entity | undefined {
    const c = this.#candidates(name);
    const { one, shared: hit } = c;
    if (one) return one;
    if (c.open) return this.#open.on(c.open, !!c.titled, ctx);
    if (!hit) return undefined;
    // what lookup's stable sort puts first: the highest score, the earliest of equal ones
    const co = coActorsOf(ctx);
    let best: Entity | undefined;
    let bestScore = 0;
    for (let i = 0; i < hit.length; i++) {
      const score = fit(hit[i], i, ctx, co);
      if (best === undefined || score > bestScore) {
        best = hit[i];
        bestScore = score;
      }
    }
    return best;
  }
}
