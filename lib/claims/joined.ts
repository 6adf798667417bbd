import type { QuoteSpan } from '../engine/findings';
import type { Claim } from '../notes';
import type { ActorDraft } from '../actors/actors';
import { confidenceOf, isOn } from '../engine/rules';
import { alternation, QUOTE_LIST_JOINERS } from '../words';
import type { ClaimState } from './state';

/**
 * Between two quoted phrases of a list: punctuation and at most three small words ("and", "a", "who
 * is", "and, yes,"), nothing that says anything of its own.
 */
const LIST_GAP = new RegExp(`^['’”"]?[\\s,;…]*(?:(?:${alternation(QUOTE_LIST_JOINERS)})[\\s,;…]+){0,3}['‘“"]?$`, 'iu');

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

/** The claim runs from start to end (its words between them), a quote if `kind` is one, made also by `rule`. */
function widenClaim(st: ClaimState, c: Claim, start: number, end: number, kind: Claim['kind'], rule: string) {
  c.start = start;
  c.end = end;
  c.text = st.text.slice(start, end);
  if (kind === 'quote') c.kind = 'quote';
  const why = c.why ?? [];
  if (!why.includes(rule)) c.why = [why[0], rule, ...why.slice(1)].filter((id): id is string => Boolean(id));
  c.confidence = confidenceOf(c.why ?? []);
}

/** Drops the claims at these indices (and their actors). */
function dropClaims(st: ClaimState, gone: ReadonlySet<number>) {
  if (!gone.size) return;
  let k = 0;
  for (let i = 0; i < st.claims.length; i++) {
    if (gone.has(i)) continue;
    st.claims[k] = st.claims[i];
    st.claimActors[k] = st.claimActors[i];
    k++;
  }
  st.claims.length = k;
  st.claimActors.length = k;
  // (the quotations' claims by their new places; a dropped claim's quotation holds the one it joined)
  const at = new Map(st.claims.map((c, i) => [c, i]));
  for (const e of new Set(st.quoteClaims.values())) e.index = at.get(e.claim) ?? -1;
}
