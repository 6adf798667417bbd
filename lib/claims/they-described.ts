import type { ActorDraft } from '../actors/actors';
import { isOn } from '../engine/rules';
import { lastSaid, sentenceOf, type ClaimState } from './state';

/** The rule that lets "they" stand for a group just described as speaking. */
export const THEY_DESCRIBED = 'speaker:pronoun-they-described';

/** How many claims back the search looks (claims are few; this bounds the work per pronoun). */
const CLAIMS_BACK = 40;

/**
 * speaker:pronoun-they-described — "Lenders say that … What's more, they note, …": "they" stands for
 * the speakers known only by a plural description ("Lenders", "Other Democratic leaders") whose
 * reported speech is the last speech before it, in its sentence or the one before, with no one named
 * speaking since. Those speakers are no one the other pronoun rules lean on (reported.ts keeps them
 * out of `said`), so without this "they" went to the last body named, often a place.
 */
export function theyDescribed(st: ClaimState, pos: number): ActorDraft | null {
  if (!isOn(THEY_DESCRIBED)) return null;
  const { claims, claimActors } = st;
  let best = -1;
  let bestStart = -1;
  for (let i = claims.length - 1; i >= 0 && i >= claims.length - CLAIMS_BACK; i--) {
    const m = claims[i].speaker?.mention;
    if (!m || m.end > pos || m.start <= bestStart) continue;
    best = i;
    bestStart = m.start;
  }
  if (best < 0) return null;
  const claim = claims[best];
  const actor = claimActors[best];
  if (!actor || !actor.unnamed || !claim.why?.includes('speaker:described-reported')) return null;
  if (!/s$/i.test(actor.name) || sentenceOf(st, pos) - sentenceOf(st, bestStart) > 1) return null;
  // (someone else spoke after the description's speech: "they" is theirs to settle)
  const said = lastSaid(st, pos);
  return said && said.end > bestStart ? null : actor;
}
