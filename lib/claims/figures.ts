import type { Claim } from '../notes';
import type { ActorDraft } from '../actors/actors';
import { isOn } from '../engine/rules';
import { contextFor, makeClaim } from './assemble';
import type { ClaimState } from './state';

/**
 * Figures: spoken by whoever says the claim they sit in (one of the twelve spoken claims that start
 * last before it), else in the article's own words. Added after the claims with speakers are settled.
 */
export function addFigures(st: ClaimState): void {
  const { claims, claimActors } = st;
  const spoken = claims.filter((c) => c.speaker).sort((a, b) => a.start - b.start);
  const actorOfClaim = new Map<Claim, ActorDraft | null>(claims.map((c, i) => [c, claimActors[i]]));
  let k = 0;
  for (const n of [...st.findings.numerics].sort((a, b) => a.start - b.start)) {
    while (k < spoken.length && spoken[k].start <= n.start) k++;
    let holder: Claim | undefined;
    if (isOn('figure:in-claim'))
      for (let i = k - 1; i >= 0 && i >= k - 12 && !holder; i--) if (spoken[i].end >= n.end) holder = spoken[i];
    if (!holder && !isOn('figure:alone')) continue;
    const actor = holder ? (actorOfClaim.get(holder) ?? null) : null;
    // (the figure's speaker came by its claim's rules: those, then the figure's own)
    const why = holder
      ? [...(holder.why ?? []).filter((id) => !id.startsWith('quote:')), 'figure:in-claim']
      : ['figure:alone'];
    claims.push(
      makeClaim(
        st,
        'numeric',
        n,
        holder?.speaker ?? null,
        holder?.cue ?? null,
        contextFor(st, actor, n.sentence),
        why,
        holder ? (holder.attribution ?? null) : null,
      ),
    );
  }
}
