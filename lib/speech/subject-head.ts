import type { Token } from '../text/tokens';
import { tokenAt } from '../text/tokens';
import { OBJECT_PREPOSITIONS } from '../words';
import type { Speakers, Subject } from './subjects';

/** How many prepositional links ("of X in Y") are walked back from a subject. */
const LINKS = 3;

/**
 * A name right after a preposition is that preposition's object,
 * not the subject of the verb after it: "Ann Lee of the Harbor Church in Dover, said …" is Ann Lee's,
 * not Dover's. Walks back over "NAME PREP NAME" links to the name that heads them; the subject found
 * stays where no name heads them ("People in Dover said").
 */
export function headBeforePrepositions(
  text: string,
  tokens: Token[],
  sp: Speakers,
  s: Subject,
  floor: number,
): Subject {
  if (s.bare) return s;
  let head = s.range;
  for (let n = 0; n < LINKS; n++) {
    let p = tokenAt(tokens, head.start) - 1;
    if (p > floor && tokens[p].lower === 'the') p--; // ("of the Harbor Church")
    if (p - 1 < floor || !OBJECT_PREPOSITIONS.has(tokens[p].lower)) break;
    if (
      !/^[\s\w]+$/.test(text.slice(tokens[p].end, head.start)) ||
      !/^\s+$/.test(text.slice(tokens[p - 1].end, tokens[p].start))
    )
      break;
    const before = sp.endAt.get(p - 1);
    // (not past a possessive: "the union's complaint to the Court of Appeals' Board on …")
    if (!before || /['’]/.test(text.slice(Math.max(0, before.start - 3), tokens[p].start))) break;
    head = before;
  }
  return head === s.range ? s : { range: head, bare: false };
}
