/**
 * "Pasadena, Calif.", "Concord, N.H.", "Gary, Ind.": a US state written as the news agencies shorten it,
 * after a town and its comma, is the state (rule actor:state-after-town). Elsewhere the same letters may
 * be a title, a word or a body ("Miss", "Mass", "Ind."), so only this place is read.
 */
import { isOn } from '../engine/rules';
import type { NameCandidate } from '../engine/findings';
import type { KnowledgeIndex } from '../knowledge/index';
import type { Entity } from '../knowledge/schema';
import { stateCode, US_STATES } from '../knowledge/us-congress/seats';
import { STATE_ABBREVIATIONS } from '../words';
import type { LookupContext } from './lookup';

/** A capitalised word, then a comma and spaces, right before the name: the town. */
const TOWN_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*,[ \u00a0]+$/u;

/**
 * The postal code of a state shortened with or without its stops ("Calif.", "Fla", "N.H."), as a
 * member's tag reads it (stateCode), or '': not capitals with no stops, a body's letters or a city's
 * ("VA", "LA"), nor two letters with no stops the agencies do not write ("Me", "Oh", "Hi").
 */
export function shortStateCode(written: string): string {
  const bare = !written.includes('.');
  if (
    bare &&
    (written === written.toUpperCase() || (written.length === 2 && !STATE_ABBREVIATIONS.has(written.toLowerCase())))
  )
    return '';
  return stateCode(written);
}

/** The state the name at c is, where it is a shortened state after a town ("Tujunga, Calif."), or undefined. */
export function stateAfterTown(
  text: string,
  index: KnowledgeIndex,
  lk: LookupContext,
  c: NameCandidate,
  core: string,
): Entity | undefined {
  if (core.length > 6 || core.includes(' ') || c.title || !isOn('actor:state-after-town')) return undefined;
  const code = shortStateCode(core);
  if (!code || !TOWN_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) return undefined;
  // (the state, not its city: "New York state", "Washington state" where the knowledge tells them apart)
  const place = { ...lk, type: 'place' as const };
  const state = index.lookupFirst(`${US_STATES[code]} state`, place) ?? index.lookupFirst(US_STATES[code], place);
  return state?.type === 'place' ? state : undefined;
}
