import type { Range } from '../engine/findings';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import {
  AUXILIARIES,
  DESCRIBED_PEOPLE,
  DESCRIBED_SOURCE_FOLLOWERS,
  OBJECT_DETERMINERS,
  SOURCE_NOUNS,
  SUBJECT_QUANTIFIERS,
} from '../words';
import { DESCRIBED_BODY, type Speakers } from './subjects';

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
  // (someone or some body, not a thing the verb's own subject put out: "…, said a spokesman", "…,
  // said several observers", "…, a report said"; not "X, a candidate, tweeted a warning.")
  return sourceHead(tokens, v + 2, k) ? { start: q.start, end: tokens[k].end } : undefined;
}

/** Words after which a described source's head has been read ("a spokesman for …", "one source close to …"). */
const AFTER_HEAD = DESCRIBED_SOURCE_FOLLOWERS;

/** Whether the phrase tokens[from..to] has a head that can speak: a person, a body, a source, or a plural. */
function sourceHead(tokens: Token[], from: number, to: number): boolean {
  let h = from;
  while (h < to && !AFTER_HEAD.has(tokens[h + 1].lower)) h++;
  const w = tokens[Math.min(h, to)].lower;
  return DESCRIBED_PEOPLE.has(w) || DESCRIBED_BODY.test(w) || SOURCE_NOUNS.has(w) || /\p{L}{3}s$/u.test(w);
}

/** "…, said Ann Lee, a senior fellow at Acme[, which …]." / "…, said Sen. Ann Lee (D-Ohio), who …": the name after the verb, then its apposition. */
export function apposedAfter(text: string, tokens: Token[], sp: Speakers, v: number, sentence: Sentence): boolean {
  const name = sp.startAt.get(v + 1);
  if (!name || !/,\s*$/.test(text.slice(tokens[v - 1].end, tokens[v].start))) return false;
  const rest = text.slice(name.end, sentence.end);
  return /^(?:\s*\([^()]{1,30}\))?\s*,\s*(?:an?\s|the\s|who\s|\p{Ll})/u.test(rest) && !/[“”"]/.test(rest);
}
