import type { Entity, EntityType, Role } from '../schema';

export interface LookupContext {
  type?: EntityType;
  /** ISO date the text was written; roles and topics are judged on it. */
  date?: string;
  /** Entity id of the article's country context. */
  country?: string;
  /** Entity ids already found in the article (a Set is used as it is; the resolver grows one). */
  coActors?: readonly string[] | ReadonlySet<string>;
  /**
   * What the text says of a member of Congress it names ("Sen.", "(D-Fla.)", "a Florida Democrat"): it
   * narrows the open-data people a full name may mean, and is what memberBySurname needs.
   */
  member?: MemberHint;
}

/** A member of Congress as the text describes them: chamber, state (USPS code, "FL"), party ("Democrat"). */
export interface MemberHint {
  chamber?: 'sen' | 'rep';
  state?: string;
  party?: string;
  /**
   * The states the article names (postal codes), where the name has a member's title and no state of
   * its own: weak context, read only to tell apart members who share a full name (two former
   * representatives called Ann Lee, one of each state).
   */
  textStates?: readonly string[];
}

export interface RoleHolding {
  entity: Entity;
  role: Role;
}

/** An open-data person: an entry of the file, or the position of a former member's row. */
export type OpenRef = Entity | number;

/** Whether the role is held on `date` (ISO). */
export const onDate = (role: Role, date: string) => role.from <= date && (role.to === null || date <= role.to);

/** An entry imported whole from open data: found by its full names only. */
export const isOpen = (e: Entity) => e.provenance?.scope === 'entry';
