import type { Entity } from '../schema';
import { normalizeKey } from '../normalize';
import { usableEntry } from '../load';
import { US_STATES } from '../open-data';
import type { FormerMembers } from './former-members';
import { isOpen, onDate, type LookupContext, type MemberHint, type OpenRef } from './types';

/**
 * Open-data people (US Congress): entries imported whole and former members' rows, judged by what
 * the text says of them (a chamber, a state, a party) and by the article's date.
 */
export class OpenPeople {
  // open-data people by surname, made on the first question (memberBySurname only)
  #bySurname: Map<string, OpenRef[]> | null = null;

  readonly #entities: Map<string, Entity>;

  constructor(
    entities: Map<string, Entity>,
    readonly formers: FormerMembers,
  ) {
    this.#entities = entities;
  }

  /** The entry a ref stands for. */
  at(ref: OpenRef): Entity | undefined {
    return typeof ref === 'number' ? (this.formers.at(ref) ?? undefined) : ref;
  }

  /** Whether an open-data person fits what the text says of them: any seat they held, for an entry. */
  fitsMember(ref: OpenRef, hint: MemberHint): boolean {
    const party = hint.party?.toLowerCase();
    if (typeof ref === 'number') {
      const row = this.formers.rows[ref];
      return (
        (!hint.chamber || row[3] === hint.chamber) &&
        (!hint.state || row[4] === hint.state) &&
        (!party || row[6].toLowerCase().startsWith(party))
      );
    }
    const state = hint.state ? (US_STATES[hint.state] ?? hint.state) : null;
    return ref.roles.some(
      (r) =>
        r.kind === 'legislator' &&
        (!hint.chamber || r.of === (hint.chamber === 'sen' ? 'us-senate' : 'us-house')) &&
        (!state || (r.seat ?? '').startsWith(state)) &&
        (!party || (r.seat ?? '').toLowerCase().includes(`(${party}`)),
    );
  }

  /**
   * Of members who share a full name, the one of the states the article names, where the article names
   * the state of exactly one of them ("Rep. Ann Lee" in a story about Ohio, with another Ann Lee of Iowa);
   * else the list as it was.
   */
  #ofTextState(list: OpenRef[], states: readonly string[]): OpenRef[] {
    const of = list.filter((ref) => states.some((st) => this.fitsMember(ref, { state: st })));
    return of.length === 1 ? of : list;
  }

  #surnames(): Map<string, OpenRef[]> {
    if (this.#bySurname) return this.#bySurname;
    const map = new Map<string, OpenRef[]>();
    const add = (k: string, ref: OpenRef) => {
      if (!k) return;
      const l = map.get(k);
      if (l) l.push(ref);
      else map.set(k, [ref]);
    };
    for (const e of this.#entities.values()) if (isOpen(e) && e.type === 'person') add(surnameKey(e.name), e);
    this.formers.rows.forEach((row, i) => add(surnameKey(row[1]), i));
    return (this.#bySurname = map);
  }

  /**
   * The one open-data member of Congress with this surname who fits the hint (a chamber or a state at
   * least) and serves on ctx.date, or none.
   */
  memberBySurname(surname: string, ctx: LookupContext & { member: MemberHint }): Entity | undefined {
    const hint = ctx.member;
    if (!hint.chamber && !hint.state) return undefined; // a party alone tells too little
    const openAsOf = this.formers.asOf;
    const day = ctx.date ?? openAsOf;
    // (an entry is read only once the fields the resolver reads are checked: usableEntry)
    const list = (this.#surnames().get(normalizeKey(surname)) ?? []).filter(
      (ref) => (typeof ref === 'number' || usableEntry(ref)) && this.fitsMember(ref, hint),
    );
    // serving on the day: an entry's terms; a former member's row has no dates, so it serves only when
    // no entry does and it alone fits (born 25 to 100 years before the day)
    const on = list.filter(
      (ref) => typeof ref !== 'number' && ref.roles.some((r) => r.kind === 'legislator' && onDate(r, day)),
    );
    if (on.length === 1) return on[0] as Entity;
    if (on.length > 1) return undefined;
    const year = Number(day.slice(0, 4));
    const rows = list.filter((ref) => typeof ref === 'number' && day < openAsOf && this.formers.fitsYear(ref, year));
    return rows.length === 1 ? (this.formers.at(rows[0] as number) ?? undefined) : undefined;
  }

  /**
   * The open-data person a full name means in an article of ctx.date (else as of the data's date), or
   * none. A titled form ("Sen. Brown") holds only while its one sitting holder sits. A name of one person
   * links where that person fits the day (any entry; a former member born 25 to 100 years before it). A
   * shared name links to the only one serving on the day (an entry's terms, or a former member of those
   * years, whose dates the data does not give, before the data's date), else to the only one who fits it;
   * otherwise it stays unknown.
   */
  on(open: OpenRef[], titled: boolean, ctx: LookupContext): Entity | undefined {
    if (ctx.type && ctx.type !== 'person') return undefined;
    let list = ctx.member ? open.filter((ref) => this.fitsMember(ref, ctx.member!)) : open;
    if (!list.length) return undefined;
    if (list.length > 1 && ctx.member?.chamber && ctx.member.textStates?.length)
      list = this.#ofTextState(list, ctx.member.textStates);
    const openAsOf = this.formers.asOf;
    const day = ctx.date ?? openAsOf;
    const year = Number(day.slice(0, 4));
    const fits = (ref: OpenRef) => typeof ref !== 'number' || this.formers.fitsYear(ref, year);
    const serving = (ref: OpenRef) =>
      typeof ref === 'number' ? day < openAsOf && fits(ref) : ref.roles.some((r) => onDate(r, day));
    if (titled) {
      const e = list.length === 1 ? list[0] : null;
      return e && typeof e !== 'number' && e.roles.some((r) => r.kind === 'legislator' && onDate(r, day))
        ? e
        : undefined;
    }
    if (list.length === 1) return fits(list[0]) ? this.at(list[0]) : undefined;
    const on = list.filter(serving);
    if (on.length === 1) return this.at(on[0]);
    if (on.length > 1) return undefined;
    const fit = list.filter(fits);
    return fit.length === 1 ? this.at(fit[0]) : undefined;
  }
}

/** A full name's surname key (without a generational suffix), or '' for one word. */
function surnameKey(name: string): string {
  const w = normalizeKey(name)
    .split(' ')
    .filter((x, i) => i === 0 || !/^(?:jr|sr|ii|iii|iv)$/.test(x));
  return w.length > 1 ? w[w.length - 1] : '';
}
