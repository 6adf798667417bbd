import type { QuoteSpan } from '../engine/findings';
import type { ActorDraft } from '../actors/actors';
import { isOn } from '../engine/rules';
import { dropClaims, widenClaim } from './joined';
import type { ClaimState } from './state';

/**
 * Between two quoted phrases of a list: punctuation and at most three small words ("and", "a", "who
 * is", "and, yes,"), nothing that says anything of its own.
 */
const LIST_GAP =
  /^['’”"]?[\s,;…]*(?:(?:and|or|but|nor|a|an|the|some|who|which|is|are|was|were|being|because|yes|then|also)[\s,;…]+){0,3}['‘“"]?$/i;

/**
 * Phrases quoted in a row, one sentence listing someone's words (called it a “…,” a “…” and a “…”;
 * “…” and “…”): one claim, from the first phrase to the last, where the phrases that are claims have
 * one speaker. Short phrases quoted with no claim of their own (a word in quotation marks) join it.
 */
export function joinLists(st: ClaimState): void {
  if (!isOn('quote:joined-list')) return;
  const gone = new Set<number>();
  let run: QuoteSpan[] = [];
  const flush = () => {
    if (run.length > 1) joinRun(st, run, gone);
    run = [];
  };
  for (const q of st.findings.quotes) {
    if (q.nested) continue;
    const last = run[run.length - 1];
    if (!last || !inList(st, last, q)) flush();
    run.push(q);
  }
  flush();
  dropClaims(st, gone);
}

/** Whether b follows a in one list: one sentence, one paragraph, a list's small words between them. */
function inList(st: ClaimState, a: QuoteSpan, b: QuoteSpan): boolean {
  if (a.close === null || a.paragraph !== b.paragraph || a.sentence !== b.sentence) return false;
  return b.open - a.close <= 40 && LIST_GAP.test(st.text.slice(a.close, b.open));
}

/** The run's claims become the first one's, widened over the run, where they have one speaker. */
function joinRun(st: ClaimState, run: readonly QuoteSpan[], gone: Set<number>) {
  const held = run.map((q) => st.quoteClaims.get(q)).filter((e) => e !== undefined && !gone.has(e.index));
  if (!held.length) return;
  let actor: ActorDraft | null = null;
  for (const e of held) {
    const a = st.claimActors[e!.index];
    if (!a || (actor && a !== actor)) return;
    actor = a;
  }
  const first = held[0]!;
  const kind = held.some((e) => e!.claim.kind === 'quote') ? 'quote' : first.claim.kind;
  widenClaim(
    st,
    first.claim,
    Math.min(run[0].start, first.claim.start),
    run[run.length - 1].end,
    kind,
    'quote:joined-list',
  );
  for (const e of held.slice(1)) gone.add(e!.index);
  for (const q of run) st.quoteClaims.set(q, first);
}
