import type { Range } from '../engine/findings';
import type { Claim } from '../notes';
import type { ActorDraft } from '../actors/actors';
import { confidenceOf } from '../engine/rules';
import type { Attribution, ClaimState } from './state';

/**
 * A claim as the reader gets it: its words, its speaker and cue, its context, the rules that made
 * and attributed it (`why`) and how sure they are (confidenceOf).
 */
export function makeClaim(
  st: ClaimState,
  kind: Claim['kind'],
  span: Range,
  speaker: Claim['speaker'],
  cue: string | null,
  context: Claim['context'],
  why: string[],
  attribution: string | null,
): Claim {
  return {
    kind,
    text: st.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    speaker,
    cue,
    context,
    why,
    confidence: confidenceOf(why),
    attribution,
  };
}

/** Adds a claim and its actor; returns the claim's index. */
export function addClaim(st: ClaimState, claim: Claim, actor: ActorDraft | null): number {
  st.claims.push(claim);
  st.claimActors.push(actor);
  return st.claims.length - 1;
}

/** The speaker as a claim names it: the actor's entity id and name, and the words that named them. */
export function speakerOf(st: ClaimState, a: Attribution): Claim['speaker'] {
  return a.actor
    ? {
        id: a.actor.entity?.id ?? null,
        name: a.actor.name,
        mention: a.mention
          ? { text: st.text.slice(a.mention.start, a.mention.end), start: a.mention.start, end: a.mention.end }
          : null,
      }
    : null;
}

const sentenceText = (st: ClaimState, si: number) => {
  const s = st.findings.sentences[si];
  return s ? st.text.slice(s.start, s.end) : '';
};

/** A claim's context: the speaker's entity (or the body they speak for), then up to three topics of its sentence. */
export function contextFor(st: ClaimState, actor: ActorDraft | null, si: number): Claim['context'] {
  const ctx: { id: string; title: string }[] = [];
  if (actor?.entity) ctx.push({ id: actor.entity.id, title: actor.entity.name });
  else if (actor?.speaksFor?.id) ctx.push({ id: actor.speaksFor.id, title: actor.speaksFor.name });
  let topics = st.topicsBySentence.get(si);
  if (!topics) {
    topics = st.index.topicsFor(sentenceText(st, si), { date: st.date }); // only topics of the article's time
    st.topicsBySentence.set(si, topics);
  }
  for (const t of topics.slice(0, 3)) if (!ctx.some((c) => c.id === t.id)) ctx.push({ id: t.id, title: t.name });
  return ctx;
}
