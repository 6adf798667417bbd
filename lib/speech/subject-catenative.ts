import type { Token } from '../text/tokens';
import { isOn } from '../engine/rules/switched-off';
import { AUXILIARIES, DEGREE_BEFORE_LIKELY } from '../words';
import { describedEndingAt } from './reported-described';
import type { Speakers, Subject } from './speakers-index';
import { subjectBefore } from './subjects';

/**
 * reported:catenative-subject — "Ann Lee continued to say …", "Lee went on to say …", "Democrats were
 * more likely to say …": a verb of saying after "to" and a verb or adjective that carries it on, whose
 * subject is that verb's (a name, a pronoun or a description right before it).
 */

/** Words before "to" that carry the verb of saying on, read back from "to". */
const CARRIERS = /^(?:continued|continues|continue|likely)$/;

/** The token the carrying phrase opens at, before "to" at token to (-1 where there is none). */
function carrierStart(tokens: Token[], to: number, first: number): number {
  const w = tokens[to - 1]?.lower ?? '';
  // "went on to say"
  if (w === 'on' && to - 2 > first && tokens[to - 2].lower === 'went') return to - 2;
  if (to - 1 <= first || !CARRIERS.test(w)) return -1;
  if (w !== 'likely') return to - 1;
  // "are (slightly) more likely to say": back over the degree words to the auxiliary
  let a = to - 2;
  while (a > first && DEGREE_BEFORE_LIKELY.has(tokens[a].lower) && to - a <= 5) a--;
  return a > first && a < to - 1 && AUXILIARIES.has(tokens[a].lower) ? a : -1;
}

/** The subject of the verb of saying at v after a carrying phrase ("continued to say"), or null. */
export function catenativeSubject(
  text: string,
  tokens: Token[],
  sp: Speakers,
  v: number,
  first: number,
): Subject | null {
  if (!isOn('reported:catenative-subject') || v - 2 <= first || tokens[v - 1].lower !== 'to') return null;
  if (!/^[ \u00a0]+$/.test(text.slice(tokens[v - 1].end, tokens[v].start))) return null;
  const c = carrierStart(tokens, v - 1, first);
  if (c <= first || /[,;:()“”"—–]/.test(text.slice(tokens[c - 1].end, tokens[v - 1].start))) return null;
  const named = subjectBefore(tokens, sp, c, first, text);
  if (named) return named.bare ? null : named;
  return describedEndingAt(text, tokens, c - 1, first);
}
