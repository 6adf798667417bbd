/**
 * Pass: the final actor list. Decides which mentions stay where they overlap (the first, and longest,
 * of any overlapping run) and which actors remain (those with a mention). Reads and writes the context's
 * mentions and the actors' mention lists; returns the ActorSet.
 */
import type { ActorPassContext } from './context';
import type { ActorDraft, ActorSet, MentionDraft } from './types';

export function finishActors(ctx: ActorPassContext, mainCountry: string | null): ActorSet {
  const { mentions, actors } = ctx;
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // mentions never overlap: keep the first (and longest) of any overlapping run
  const kept: MentionDraft[] = [];
  let lastEnd = -1;
  // (the dropped ones leave their actors' lists after, each list filtered once: filtering it for each
  // dropped mention was quadratic in an actor's mentions)
  const dropped = new Set<MentionDraft>();
  for (const m of mentions) {
    if (m.start < lastEnd) {
      dropped.add(m);
      continue;
    }
    kept.push(m);
    lastEnd = m.end;
  }
  if (dropped.size) {
    const touched = new Set<ActorDraft>();
    for (const m of dropped) touched.add(m.actor);
    for (const a of touched) a.mentions = a.mentions.filter((x) => !dropped.has(x));
  }
  const byStart = new Map<number, MentionDraft>();
  for (const m of kept) byStart.set(m.start, m);
  return {
    actors: actors.filter((a) => a.mentions.length > 0),
    byStart,
    mentions: kept,
    country: mainCountry,
    setAside: ctx.setAside.sort((a, b) => a.start - b.start),
  };
}
