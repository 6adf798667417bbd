/**
 * The known names of an article lean the names after them toward their own countries
 * (actor:co-actor-country): after "Malcolm Turnbull", "the ABC" is Australia's broadcaster, not the US
 * network the knowledge file also calls ABC. Part of the names-by-knowledge pass (lookup.ts): the lookup
 * context's co-actors hold the ids of the names found and, with this rule, their countries.
 */
import { isOn } from '../engine/rules';
import type { KnowledgeIndex } from '../knowledge/index';
import type { Entity } from '../knowledge/schema';
import type { LookupContext } from '../knowledge/lookup/types';

export class CoActors {
  /** the ids of the names found so far, without their countries: the lookup as it was before the rule */
  readonly #ids = new Set<string>();

  constructor(
    private readonly index: KnowledgeIndex,
    private readonly co: Set<string>,
  ) {}

  /**
   * Notes a name's entity as a co-actor (and its country); says whether the countries of the names
   * before it decided the pick: without them the name would have been another country's entity.
   */
  note(core: string, lk: LookupContext, hit: Entity): boolean {
    const on = isOn('actor:co-actor-country');
    let decided = false;
    if (on && hit.country && this.co.has(hit.country) && !this.#ids.has(hit.country)) {
      const alt = this.index.lookupFirst(core, { ...lk, coActors: this.#ids });
      decided = !!alt && alt !== hit && alt.country !== hit.country;
    }
    this.co.add(hit.id);
    this.#ids.add(hit.id);
    if (on && hit.country) this.co.add(hit.country);
    return decided;
  }
}
