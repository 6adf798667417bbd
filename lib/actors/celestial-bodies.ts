/**
 * A planet's or a moon's name ("the best on Earth", "the Earth's climate", "planet Earth"): a place, not
 * the organisation an unknown lone word is taken for (rule actor:celestial-body).
 */
import { CELESTIAL_BODIES } from '../words';

/** "the", "on" or "planet" right before the word (not "to Mercury", "of Mercury": a firm may be paid or led). */
const BODY_BEFORE = /(?:^|[^\p{L}])(?:the|on|planet)\s+$/iu;

/** Whether the lone word `key` (lower case) at `start` names a body of the sky. */
export function celestialBody(text: string, start: number, key: string): boolean {
  return CELESTIAL_BODIES.has(key) && BODY_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
