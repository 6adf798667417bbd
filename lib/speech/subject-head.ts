import { isOn } from '../engine/rules/switched-off';
import type { Token } from '../text/tokens';
import { tokenAt } from '../text/tokens';
import { OBJECT_PREPOSITIONS, OPENING_PHRASE_PREPOSITIONS, VERB_FILLERS } from '../words';
import type { Speakers, Subject } from './speakers-index';

/**
 * The head of the subject of a verb of saying, where the word found right before the verb is not it: a
 * name after a preposition ("Ann Lee of the Harbor Church in Dover, said"), a party tag in brackets
 * ("Ann Lee (D-Ohio) has said"), a floating quantifier ("Lee and Hale have both argued"), the first of
 * coordinated subjects after an opening phrase ("Since May, Lee and her aides have said"), an aside set in
 * dashes ("Tim Sand — a farmer from Yakima — says"). Read by
 * subjectBefore (lib/speech/subjects.ts) and coordinatedStart (lib/speech/reported-aside.ts).
 */

/** How many prepositional links ("of X in Y") are walked back from a subject. */
const LINKS = 3;

/**
 * "Elizabeth Warren (D-Mass.) has said": the token before a bracket that closes right after token k
 * (k itself where none does, or it opens too far back).
 */
export function pastBracket(text: string, tokens: Token[], k: number, floor: number): number {
  if (!/^[.\s]*\)/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end))) return k;
  for (let b = k; b > floor && k - b < 6; b--)
    if (text.slice(tokens[b - 1].end, tokens[b].start).includes('(')) return b - 1;
  return k;
}

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
  return head === s.range ? s : { ...s, range: head, bare: false };
}
/** The longest opening phrase, in tokens ("Since earlier this year,"). */
const OPENING_PHRASE = 8;

/**
 * Whether token k opens the clause after an opening phrase set off by a comma: "Since earlier this year,
 * Ann Lee and other leaders have said …", "At the same time, Lee and her aides argue …" (a preposition
 * first, no other comma, no quotation marks).
 */
export function afterOpeningPhrase(text: string, tokens: Token[], first: number, k: number): boolean {
  if (!isOn('reported:coordinated-subject') || k - first < 2 || k - first > OPENING_PHRASE) return false;
  if (
    !OPENING_PHRASE_PREPOSITIONS.has(tokens[first].lower) ||
    !/^\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start))
  )
    return false;
  return !/[,;:“”"()—–]/.test(text.slice(tokens[first].end, tokens[k - 1].end));
}

/** Quantifiers that may float after their subject ("Lee and Hale have both argued", "… all said"). */
const FLOATING = new Set(['both', 'all', 'each']);

/**
 * reported:head-before-quantifier — "Ann Lee and Sen. Tom Hale have both argued", "Lee, Hale and Cole
 * all said": where the subject found is a floating quantifier right after other words, the token to
 * look for the subject before (-1 where it is none).
 */
export function floatingQuantifier(text: string, tokens: Token[], s: Subject, floor: number): number {
  if (!s.bare || !isOn('reported:head-before-quantifier')) return -1;
  const b = tokenAt(tokens, s.range.start);
  if (!FLOATING.has(tokens[b].lower) || b - 1 <= floor) return -1;
  // (joined by spaces or a closing bracket: "(D-N.J.) all said"; not "of all", "for both")
  if (!/^[.)\s]+$/.test(text.slice(tokens[b - 1].end, tokens[b].start)) || OBJECT_PREPOSITIONS.has(tokens[b - 1].lower))
    return -1;
  return b;
}

/** A dash that sets off an aside: an em or en dash, two hyphens, or one between spaces. */
const DASH = /^\s*(?:—|–|--)\s*$|^\s+-\s+$/;
/** How many tokens an aside set in dashes may hold. */
const ASIDE_TOKENS = 30;

/**
 * reported:head-before-dashes — "Tim Sand — a farmer from Yakima — says", "Democrats -- including Lee --
 * quickly accused": where a dash closes an aside right before the verb at v (or its fillers), the aside's
 * first and last tokens (its opening dash in the sentence, no other dash inside, its quotations closed);
 * null where there is none. The subject is looked for before its first token.
 */
export function asideInDashes(
  text: string,
  tokens: Token[],
  v: number,
  floor: number,
): { first: number; last: number } | null {
  if (!isOn('reported:head-before-dashes')) return null;
  let k = v - 1;
  while (k > floor && VERB_FILLERS.has(tokens[k].lower) && v - k <= 3) k--;
  if (k <= floor || !DASH.test(text.slice(tokens[k].end, tokens[k + 1].start))) return null;
  for (let b = k; b > floor && k - b < ASIDE_TOKENS; b--) {
    const gap = text.slice(tokens[b - 1].end, tokens[b].start);
    if (DASH.test(gap)) return closedQuotes(text.slice(tokens[b].start, tokens[k].end)) ? { first: b, last: k } : null;
    if (/[—–]|--/.test(gap)) return null;
  }
  return null;
}

/** Whether every quotation mark opened in s is closed in it ("who said he would “shut off” the wells"). */
function closedQuotes(s: string): boolean {
  const count = (re: RegExp) => s.match(re)?.length ?? 0;
  return count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g);
}
