import { FormerMember } from '../schema';
import type { Entity, KnowledgeFile } from '../schema';
import { formerEntity, formerKeys, US_CONGRESS_AS_OF, usableFormerKeys } from '../open-data';
import { lowerBound } from '../../text/search';
import { hashKey, KeyFilter } from './key-filter';

/**
 * The former members of Congress (open data, ~12,000 rows): found by their full names only, each
 * row made an entry only when it is asked for.
 */
export class FormerMembers {
  readonly rows: readonly FormerMember[];
  /** The data's as-of date (rows have no dates of their own). */
  readonly asOf: string;
  // Former members' names (~20,000) are read where the build wrote them, sorted, by binary search:
  // nothing is tabled at start-up or on the first page. A file without them (or with keys that do
  // not fit its rows) has them worked out on first need.
  #table: { keys: readonly string[]; refs: readonly number[] } | null = null;
  /** the names' filter, made with the table: most full names a page asks about are no former member's */
  #filter: KeyFilter | null = null;
  readonly #byId = new Map<string, number>(); // made on the first question for a former member's id
  readonly #cache = new Map<number, Entity | null>();

  readonly #file: KnowledgeFile;

  constructor(file: KnowledgeFile) {
    this.#file = file;
    this.rows = file.formers?.rows ?? [];
    this.asOf = file.formers?.asOf ?? US_CONGRESS_AS_OF;
  }

  #names() {
    return (this.#table ??= usableFormerKeys(this.#file.formers, this.rows.length) ?? formerKeys(this.rows));
  }

  /** False when no former member has this full name; true when one may have (hash: the key's hashKey, if known). */
  mayHold(key: string, hash?: number): boolean {
    if (!this.rows.length || !key.includes(' ')) return false;
    this.#filter ??= new KeyFilter(this.#names().keys, this.#names().keys.length);
    return this.#filter.mayHoldHash(hash ?? hashKey(key));
  }

  /** The rows of the former members with this full name, in row order; undefined if none. */
  refs(key: string): number[] | undefined {
    if (!this.mayHold(key)) return undefined;
    const { keys, refs } = this.#names();
    let i = lowerBound(keys, key);
    if (keys[i] !== key) return undefined;
    const out: number[] = [];
    for (; i < keys.length && keys[i] === key; i++) if (out[out.length - 1] !== refs[i]) out.push(refs[i]);
    return out;
  }

  /** The entry a former member's row stands for (null for a row that is not a FormerMember). */
  at(i: number): Entity | null {
    let e = this.#cache.get(i);
    if (e === undefined)
      this.#cache.set(
        i,
        (e = FormerMember.safeParse(this.rows[i]).success ? formerEntity(this.rows[i], this.asOf) : null),
      );
    return e;
  }

  /** The former member with this id ("us-congress:<bioguide>"), if any. */
  entity(id: string): Entity | undefined {
    if (!this.rows.length || !id.startsWith('us-congress:')) return undefined;
    if (!this.#byId.size) this.rows.forEach((r, i) => this.#byId.set(`us-congress:${r[0].toLowerCase()}`, i));
    const i = this.#byId.get(id);
    return i === undefined ? undefined : (this.at(i) ?? undefined);
  }

  /** Whether the former member of row i fits an article of `year`: born 25 to 100 years before it. */
  fitsYear(i: number, year: number): boolean {
    const born = this.rows[i][7];
    return born !== null && born >= year - 100 && born <= year - 25;
  }
}
