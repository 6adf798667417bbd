import type { Annotation } from './annotations';

/**
 * Stepping through a page with the keyboard: through every highlight, from quote to quote, or
 * from person to person. Stepping by person visits each person once, where the page first marks
 * them, so a page with a hundred highlights is a dozen steps by person.
 */
export type StepBy = 'any' | 'quote' | 'person';

/** The keys that step while focus is in News Lens (a card, or the highlight a card came from). */
export const STEP_KEYS: Record<string, StepBy> = { n: 'any', q: 'quote', p: 'person' };

/**
 * The index in `order` (reading order) of the stop after (delta 1) or before (delta -1) the one
 * at `from` (-1: none yet), among the `shown` annotations, wrapping around; -1 when there is none.
 */
export function nextStop(
  order: readonly Annotation[],
  shown: ReadonlySet<Annotation>,
  from: number,
  delta: 1 | -1,
  by: StepBy,
): number {
  const n = order.length;
  if (!n) return -1;
  if (by === 'person') return nextPerson(order, shown, from, delta);
  for (let i = 1; i <= n; i++) {
    // From nowhere, the first step forward is the first stop and the first step back the last.
    const idx = from < 0 ? (delta > 0 ? i - 1 : n - i) : (((from + delta * i) % n) + n) % n;
    const a = order[idx];
    if (shown.has(a) && (by === 'any' || a.kind === 'quote')) return idx;
  }
  return -1;
}

/** The person a mention marks; null for anything else. */
const personOf = (a: Annotation): number | null => (a.kind === 'person' && 'actor' in a.ref ? a.ref.actor : null);

function nextPerson(order: readonly Annotation[], shown: ReadonlySet<Annotation>, from: number, delta: 1 | -1): number {
  // Each person's first shown mention, in reading order.
  const firsts: number[] = [];
  const seen = new Set<number>();
  order.forEach((a, i) => {
    const who = personOf(a);
    if (who === null || !shown.has(a) || seen.has(who)) return;
    seen.add(who);
    firsts.push(i);
  });
  const last = firsts.length - 1;
  if (last < 0) return -1;
  if (from < 0) return delta > 0 ? firsts[0] : firsts[last];
  const here = order[from];
  // On a person: the person after (or before) them, wherever in the page the step starts.
  const who = personOf(here);
  const at = who === null ? -1 : firsts.findIndex((i) => personOf(order[i]) === who);
  if (at >= 0) return firsts[(at + delta + firsts.length) % firsts.length];
  // Elsewhere: the first person named after here (or the last one before).
  if (delta > 0) return firsts.find((i) => order[i].start > here.start) ?? firsts[0];
  return firsts.findLast((i) => order[i].start < here.start) ?? firsts[last];
}
