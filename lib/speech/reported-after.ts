import type { Range } from '../engine/findings';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import { AUXILIARIES, OBJECT_DETERMINERS, SUBJECT_QUANTIFIERS } from '../words';
import type { Speakers } from './subjects';

/**
 * The source of a trailing verb of saying that stands after it (reported:source-last): "…, said one
 * source in the room.", "…, said Ann Lee, a senior fellow at Acme.".
 */

/** "…, said one source in the room." / "…, said several observers.": a described source after the verb, to the sentence's end. */
export function describedAfter(text: string, tokens: Token[], v: number, sentence: Sentence): Range | undefined {
  const q = tokens[v + 1];
  // (not an object: "stressed his experience", "recalled numerous calls", "says her concern is …")
  if (!q || !SUBJECT_QUANTIFIERS.has(q.lower) || OBJECT_DETERMINERS.has(q.lower)) return undefined;
  let k = v + 1;
  while (k + 1 < tokens.length && tokens[k + 1].start < sentence.end && k - v < 7) {
    if (!/^\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return undefined;
    k++;
    if (AUXILIARIES.has(tokens[k].lower)) return undefined;
  }
  if (k + 1 < tokens.length && tokens[k + 1].start < sentence.end) return undefined;
  if (!/^[\s.!?]*$/.test(text.slice(tokens[k].end, sentence.end))) return undefined;
  return { start: q.start, end: tokens[k].end };
}

/** "…, said Ann Lee, a senior fellow at Acme[, which …]." / "…, said Sen. Ann Lee (D-Ohio), who …": the name after the verb, then its apposition. */
export function apposedAfter(text: string, tokens: Token[], sp: Speakers, v: number, sentence: Sentence): boolean {
  const name = sp.startAt.get(v + 1);
  if (!name || !/,\s*$/.test(text.slice(tokens[v - 1].end, tokens[v].start))) return false;
  const rest = text.slice(name.end, sentence.end);
  return /^(?:\s*\([^()]{1,30}\))?\s*,\s*(?:an?\s|the\s|who\s|\p{Ll})/u.test(rest) && !/[“”"]/.test(rest);
}
