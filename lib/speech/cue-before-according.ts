import type { Range, SpeechCue } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { isOn } from '../engine/rules/switched-off';
import type { CueContext } from './cues';
import { CUE_WINDOW } from './verbs';

/**
 * The cues of a quotation read from "according to X" (earlier or later in its sentence) and from "by X"
 * right after its closing mark ("“heartbreaking” by the department"). Moved from cue-before.ts.
 */

/** cue:passive-by — "“heartbreaking” by the conservation department" after a description verb. */
export function passiveBy(c: CueContext): Range | null {
  const { text, tokens, sp, q, sentEnd } = c;
  if (q.close === null) return null;
  const k = tokenAt(tokens, q.close);
  if (!(k < sentEnd && tokens[k].lower === 'by' && tokens[k].start - q.close < 4)) return null;
  const named = sp.startAt.get(k + 1);
  if (named) return named;
  // "by the conservation department": a lower-case body, resolved later against known names
  if (tokens[k + 1]?.lower !== 'the') return null;
  let e = k + 2;
  while (e < sentEnd && e - k <= 5 && !/[,.;:!?]/.test(text.slice(tokens[e - 1].end, tokens[e].start))) e++;
  return e > k + 2 ? { start: tokens[k + 1].start, end: tokens[e - 1].end } : null;
}

/** cue:according-to — "according to X" at token v (its "to"), earlier in the sentence. */
export function accordingToBefore(c: CueContext, v: number): SpeechCue | null {
  const { tokens, sp } = c;
  const t = tokens[v];
  if (!(t.lower === 'to' && v > c.sentFirst && tokens[v - 1].lower === 'according')) return null;
  const s = sp.startAt.get(v + 1) ?? sp.startAt.get(v + 2);
  if (!s) return null;
  return {
    verb: { start: tokens[v - 1].start, end: t.end },
    subject: s,
    position: 'according-to',
    rule: 'cue:according-to',
  };
}

/** Pass (cue:according-to): "according to X" later in the sentence, after the closing mark. */
export function cueAccordingLater(c: CueContext): SpeechCue | null {
  const { tokens, sp, q, sentEnd } = c;
  if (!isOn('cue:according-to')) return null;
  const closeTok = q.close === null ? sentEnd : tokenAt(tokens, q.close);
  for (let v = closeTok; v + 1 < sentEnd && v - closeTok < CUE_WINDOW; v++) {
    if (tokens[v].lower !== 'according' || tokens[v + 1].lower !== 'to') continue;
    const s = sp.startAt.get(v + 2) ?? sp.startAt.get(v + 3);
    if (s)
      return {
        verb: { start: tokens[v].start, end: tokens[v + 1].end },
        subject: s,
        position: 'according-to',
        rule: 'cue:according-to',
      };
  }
  return null;
}

/** Pass (cue:passive-by): "by X" right after the closing mark. */
export function cuePassiveByLater(c: CueContext): SpeechCue | null {
  const by = isOn('cue:passive-by') ? passiveBy(c) : null;
  return by ? { verb: { start: by.start, end: by.start }, subject: by, position: 'by', rule: 'cue:passive-by' } : null;
}
