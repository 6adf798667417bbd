import type { KnowledgeIndex } from '../knowledge/index';
import type { Findings } from '../engine/findings';
import type { Claim, SetAside } from '../notes';
import type { ActorSet } from '../actors/actors';
import { namedAfterContinuation } from './carry-over';
import { addFigures } from './figures';
import { joinLists } from './joined';
import { attributeQuote } from './quotes';
import { attributeReported } from './reported';
import { claimState } from './state';

/**
 * Speakers for quotes, reported speech and figures, in the order the engine decides:
 *   1. quotations and reported statements in text order, so a pronoun or a cue-less paragraph can
 *      lean on whoever spoke last:
 *      - reported statements (attributeReported: the verb's subject, named, a pronoun or a description);
 *      - quotations (attributeQuote): kept or dropped, then every rule proposes a speaker (the cue's
 *        subject, resolved like a reported statement's; the reported statement it sits in; carry-over
 *        from the quote or paragraph before) and the registry's priorities decide;
 *   2. a paragraph of speech left open takes the speaker named after its continuation;
 *      a list of quoted phrases in one sentence becomes one claim (joinLists);
 *   3. figures, spoken by whoever says the claim they sit in;
 * each claim with its `why` and `confidence` (lib/claims/assemble.ts).
 */
export function buildClaims(
  text: string,
  findings: Findings,
  set: ActorSet,
  index: KnowledgeIndex,
  date: string | null = null,
  /** Filled with the quotations set aside as no speech, each with its rule. */
  setAside: SetAside[] = [],
): Claim[] {
  const st = claimState(text, findings, set, index, date);
  for (const ev of speechInTextOrder(findings)) {
    if (ev.kind === 'r') attributeReported(st, findings.reported[ev.i]);
    else attributeQuote(st, findings.quotes[ev.i]);
  }
  namedAfterContinuation(st);
  joinLists(st);
  addFigures(st);
  for (const x of st.setAside) setAside.push({ text: text.slice(x.start, x.end), ...x });
  return st.claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Quotations and reported statements interleaved in text order, so "he" finds the last speaker. */
function speechInTextOrder(findings: Findings) {
  type Ev = { pos: number; kind: 'q'; i: number } | { pos: number; kind: 'r'; i: number };
  const events: Ev[] = [
    ...findings.quotes.map((q, i) => ({ pos: q.open, kind: 'q' as const, i })),
    ...findings.reported.map((r, i) => ({ pos: r.cue.start, kind: 'r' as const, i })),
  ];
  return events.sort((a, b) => a.pos - b.pos);
}
