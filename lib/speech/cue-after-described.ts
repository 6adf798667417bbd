import type { SpeechCue } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { NAME_DETERMINERS, QUOTE_VERBS, VERB_FILLERS } from '../words';
import type { CueContext } from './cues';
import type { AfterQuote } from './cue-after';
import { verbSpan } from './verbs';

/** How many words may describe the speaker between a determiner and the verb ("the gambling tycoon told"). */
export const DESCRIBED_WORDS = 6;

/**
 * cue:after-quote-described — "…,” the group said", "…,” one former aide told reporters": a determiner
 * and up to six words with no punctuation between them, then a verb of saying (over the fillers). The
 * subject is the words before the verb; the claim pass reads who they describe.
 */
export function describedThenVerb(c: CueContext, at: AfterQuote): SpeechCue | null {
  const { text, tokens, sentEnd: limit } = c;
  const k = at.k;
  if (k >= limit) return null;
  // (or an owner's possessive: "…,” Berg’s former campaign strategist said", "…,” the ad’s narrator says")
  const owner = ownerFirst(c, k);
  if (!owner && (tokens[k].cap || !NAME_DETERMINERS.has(tokens[k].lower) || tokens[k].lower === 'its')) return null;
  let v = owner || k + 1;
  while (v < limit && v - k <= DESCRIBED_WORDS && !QUOTE_VERBS.has(tokens[v].lower)) {
    const gap = text.slice(tokens[v - 1].end, tokens[v].start);
    if (!/^[\s\u00a0&-]*$/.test(gap) && !(v === owner && POSSESSIVE_GAP.test(gap)))
      return (owner ? v > owner : v - k > 1) ? namedInCommas(c, v) : null;
    v++;
  }
  if (owner && (v === owner || tokens[v - 1].cap)) return null;
  let last = v - 1;
  // (over the fillers: "…,” the agency has said")
  while (last > k && VERB_FILLERS.has(tokens[last].lower)) last--;
  if (last === k || v >= limit || !QUOTE_VERBS.has(tokens[v].lower)) return null;
  if (!/^[\s\u00a0]+$/.test(text.slice(tokens[v - 1].end, tokens[v].start))) return null;
  const subject = { start: tokens[k].start, end: tokens[last].end };
  return { verb: verbSpan(tokens, v), subject, position: 'after', rule: 'cue:after-quote-described' };
}

/** The gap after an owner's word: its possessive and a space. */
const POSSESSIVE_GAP = /^[’'ʼ]s?[\s\u00a0]+$/;

/**
 * cue:after-quote-described, its owner — the token after an owner's possessive that opens the words
 * (a name, "Berg’s", or "the" and a noun, "the ad’s"), or 0 where none does.
 */
function ownerFirst(c: CueContext, k: number): number {
  const { text, tokens, sentEnd: limit } = c;
  let o = k;
  if (!tokens[k].cap) {
    if (tokens[k].lower !== 'the' || k + 1 >= limit) return 0;
    o = k + 1;
  } else {
    // (a name of up to three words: "Bernie Sanders’s campaign manager")
    while (
      o + 1 < limit &&
      o - k < 2 &&
      tokens[o + 1].cap &&
      /^[ \u00a0]$/.test(text.slice(tokens[o].end, tokens[o + 1].start))
    )
      o++;
  }
  if (o + 1 >= limit || !POSSESSIVE_GAP.test(text.slice(tokens[o].end, tokens[o + 1].start))) return 0;
  return tokens[o + 1].cap ? 0 : o + 1;
}

/**
 * "…,” the White House press secretary, Josh Earnest, said", "…,” his wife, Ann Lee, wrote", "…,” Berg’s
 * campaign manager, Ann Lee, said": the person named in commas after the description, right before the
 * verb (cue:after-quote-described).
 */
function namedInCommas(c: CueContext, j: number): SpeechCue | null {
  const { text, tokens, sp, sentEnd: limit } = c;
  if (!/^,\s+$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return null;
  const n = sp.startAt.get(j);
  if (!n) return null;
  let v = tokenAt(tokens, n.end);
  if (v >= limit || !/^,\s+$/.test(text.slice(n.end, tokens[v].start))) return null;
  while (v < limit && VERB_FILLERS.has(tokens[v].lower) && v - j < 8) v++;
  if (v >= limit || !QUOTE_VERBS.has(tokens[v].lower)) return null;
  return { verb: verbSpan(tokens, v), subject: n, position: 'after', rule: 'cue:after-quote-described' };
}
