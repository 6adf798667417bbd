import type { Range } from '../engine/findings';
import { tokenAt, type Token } from '../text/tokens';
import { anyStateCode } from '../knowledge/us-congress/seats';
import { alternation, APPOSITION_JOBS } from '../words';
import type { Speakers, Subject } from './speakers-index';

/**
 * A subject set off by an apposition in commas ("Mr Smith, the foreign minister, said"), and the head of a
 * chain of names linked by prepositions ("Judge Ann Lee of the District Court in Maryland"). Read by
 * subjectBefore (lib/speech/subjects.ts).
 */

/** The prepositions that link names in a chain, "X of (the) Y in Z", and close an apposition, "a nurse from Dover". */
export const CHAIN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'for', 'from']);

/** The first name of a chain "X of (the) Y in Z" ending with the name r. */
export function headOfChain(tokens: Token[], sp: Speakers, r: Range, floor: number): Range {
  for (let hops = 0; hops < 3; hops++) {
    let k = tokenAt(tokens, r.start) - 1;
    if (k > floor && tokens[k].lower === 'the') k--;
    if (!(k > floor && CHAIN_PREPOSITIONS.has(tokens[k].lower))) break;
    const before = sp.endAt.get(k - 1);
    if (!before) break;
    r = before;
  }
  return r;
}

/**
 * What opens an apposition after a name: lower case, a number, an owner (", OpenAI's largest backer,", ", Color of Change's director,"),
 * a party and a state (", Republican of Louisiana,"), or a job after capitalised words (", Middle East
 * director at Human Rights Watch,").
 */
const APPOSITION_OPENS = new RegExp(
  String.raw`^,\s*(?:\p{Ll}|\d|(?:\p{Lu}[\p{L}\p{M}-]*\s+(?:(?:of|for|and)\s+)?){0,3}\p{Lu}[\p{L}\p{M}-]*[’'ʼ]s?\s|(?:Republican|Democrat|Independent)\s+of\s|[DRI][-‐]\p{Lu}[\p{L}.]*,|(?:\p{Lu}[\p{L}\p{M}-]*\s+){1,3}(?:${alternation(APPOSITION_JOBS)})\b)`,
  'u',
);

/**
 * "Mr Smith, the foreign minister, said" / "Ms Jones, who leads the union, said": the name before an
 * apposition that ends with a comma after token k. (A relative clause may run longer: ", who spoke on
 * condition of anonymity because he was not authorised to brief the media, said".)
 */
export function apposedSubject(text: string, tokens: Token[], sp: Speakers, k: number, floor: number): Subject | null {
  for (let b = k - 1; b >= floor && k - b <= 24; b--) {
    const a = sp.endAt.get(b);
    // (not the state after a town, "Columbus, Ohio,", "Washington, D.C.,": it is inside the apposition
    // of a name before it, "X, who was to travel to Columbus, Ohio, on Wednesday, said")
    if (a && firstOfPair(text, tokens, sp, a, floor)) continue;
    if (a && k - b > 14 && !/^,\s*(?:who|which|whose|the|a|an)\s/.test(text.slice(a.end, a.end + 10))) continue;
    if (a && APPOSITION_OPENS.test(afterName(text, a))) {
      // "President Vladimir Putin of Russia, the summit's host, praised …", "Judge Deborah Boardman of
      // the US District Court in Maryland, who …, wrote": the person, not the country or the court
      return { range: headOfChain(tokens, sp, outerApposed(text, tokens, sp, a, floor), floor), bare: false };
    }
  }
  return null;
}

/**
 * The town before a state and a comma ("Columbus" of "Columbus, Ohio", "Washington" of "Washington,
 * D.C."), where the name a is a US state; else undefined.
 */
export function firstOfPair(text: string, tokens: Token[], sp: Speakers, a: Range, floor: number): Range | undefined {
  if (!anyStateCode(text.slice(a.start, a.end))) return undefined;
  const c = tokenAt(tokens, a.start) - 1;
  return c > floor && /^,\s+$/.test(text.slice(tokens[c].end, a.start)) ? sp.endAt.get(c) : undefined;
}

/**
 * Whether the name r (before a comma and the verb) closes an apposition of a description: a comma right
 * before it, after words in lower case ("her senior policy adviser, Ann Lee,").
 */
export function namedApposition(text: string, tokens: Token[], r: Range, floor: number): boolean {
  const a = tokenAt(tokens, r.start) - 1;
  return a > floor && /^,\s+$/.test(text.slice(tokens[a].end, r.start)) && /^\p{Ll}+$/u.test(tokens[a].text);
}

/** A party-and-state tag after a name ("Rep. Ann Lee (D-Md.), chair of …"), or a state's alone ("(Mich.)", "(N.Y.)"). */
const PARTY_TAG = /^\s*\((?:[DRI][-‐][^)]{1,10}|\p{Lu}[\p{L}.]{1,8}(?: \p{Lu}[\p{L}.]{1,8})?)\)/u;
/** The words after a name, past its party-and-state tag. */
const afterName = (text: string, a: Range) => text.slice(a.end, a.end + 80).replace(PARTY_TAG, '');
/** An apposition with no comma inside but after an age: ", an actor in ", ", 24, from " (before a name that is part of it). */
const INNER_APPOSITION = /^,\s*(?:\d{1,3},\s*)?(?:an?\s|the\s|\p{Ll})[^,;()“”"]*$/u;

/**
 * "Ann Lee, an actor in Dallas, who runs a theater, recalled": a name inside the apposition of a name
 * before it stands for neither; that earlier name is the subject (one step back).
 */
function outerApposed(text: string, tokens: Token[], sp: Speakers, a: Range, floor: number): Range {
  const start = tokenAt(tokens, a.start);
  for (let b = start - 1; b >= floor && start - b <= 12; b--) {
    const outer = sp.endAt.get(b);
    if (!outer || !APPOSITION_OPENS.test(afterName(text, outer))) continue;
    return INNER_APPOSITION.test(text.slice(outer.end, a.start).replace(PARTY_TAG, '')) ? outer : a;
  }
  return a;
}
