import type { QuoteSpan } from '../engine/findings';
import type { Claim } from '../notes';
import { confidenceOf, isOn } from '../engine/rules';
import { sentenceAt } from '../text/sentences';
import type { ClaimState } from './state';

/** A quotation mark: a gap holding one holds another quotation, so the two are not one utterance. */
const MARK = /[“”"‘’«»„]/;
/** The cue clause between the halves ends at a comma, a full stop or a dash, right before the next mark. */
const CLAUSE_END = /[,.;:—–-]\s*$/;
/**
 * The most words between the two pieces: the cue and a few words on its speaker or occasion ("he
 * said of the plan,"); a longer clause is the reporter's own sentence, told apart.
 */
const GAP_WORDS_MAX = 8;
/** A word's start: a non-space after a space or the gap's start. */
const WORD = /(?:^|\s)\S/g;

/**
 * One sentence interrupted by its cue: in “…,” Ann Lee said, “because …” the second piece goes on the
 * first one's sentence (it opens in lower case), so the two are one quotation: the first piece's claim
 * runs on to the second's end (the cue between them), and the second is no claim of its own. Both
 * pieces are in one paragraph, the cue of the first (a few words) stands between them and ends its
 * clause right before the second opens, and the second has no cue of its own and the same speaker.
 * Two whole sentences around a cue (“….” Ann Lee said. “…”) stay two claims.
 */
export function joinAroundCue(st: ClaimState): void {
  if (!isOn('quote:joined-around-cue')) return;
  const quotes = st.findings.quotes;
  const gone = new Set<number>();
  let prev: QuoteSpan | null = null;
  for (const q of quotes) {
    if (q.nested) continue;
    const a = prev;
    prev = q;
    if (!a || !joins(st, a, q)) continue;
    const first = st.quoteClaims.get(a);
    const second = st.quoteClaims.get(q);
    if (!first || !second || gone.has(first.index)) continue;
    if (!st.claimActors[first.index] || st.claimActors[second.index] !== st.claimActors[first.index]) continue;
    widenClaim(st, first.claim, first.claim.start, second.claim.end, second.claim.kind, 'quote:joined-around-cue');
    gone.add(second.index);
    st.quoteClaims.set(q, first);
    prev = null; // (two pieces at most: a third is told apart)
  }
  dropClaims(st, gone);
}

/** The claim runs from start to end (its words between them), a quote if `kind` is one, made also by `rule`. */
export function widenClaim(st: ClaimState, c: Claim, start: number, end: number, kind: Claim['kind'], rule: string) {
  c.start = start;
  c.end = end;
  c.text = st.text.slice(start, end);
  if (kind === 'quote') c.kind = 'quote';
  const why = c.why ?? [];
  if (!why.includes(rule)) c.why = [why[0], rule, ...why.slice(1)].filter((id): id is string => Boolean(id));
  c.confidence = confidenceOf(c.why ?? []);
}

/** Drops the claims at these indices (and their actors). */
export function dropClaims(st: ClaimState, gone: ReadonlySet<number>) {
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

/** Whether b goes on a, the cue of a standing between them (see joinAroundCue). */
function joins(st: ClaimState, a: QuoteSpan, b: QuoteSpan): boolean {
  const cue = a.cue;
  if (a.close === null || a.paragraph !== b.paragraph || !cue || cue.position !== 'after') return false;
  if (cue.verb.start <= a.close || cue.verb.end > b.open) return false;
  if (b.cue && b.cue.verb.start !== cue.verb.start) return false;
  // (the second piece goes on the first one's sentence: it opens in lower case)
  if (!/^\p{Ll}/u.test(st.text.slice(b.start, b.start + 1))) return false;
  const gap = st.text.slice(a.close + 1, b.open);
  if (gap.length > 20 * GAP_WORDS_MAX || MARK.test(gap) || !CLAUSE_END.test(gap)) return false;
  if ((gap.match(WORD)?.length ?? 0) > GAP_WORDS_MAX) return false;
  // (the cue's sentence ends right before the second piece, or the second piece goes on in it)
  const sentences = st.findings.sentences;
  return sentenceAt(sentences, b.open) <= sentenceAt(sentences, cue.verb.end) + 1;
}
