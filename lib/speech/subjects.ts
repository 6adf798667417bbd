import type { Range } from '../engine/findings';
import { tokenAt, type Token } from '../text/tokens';
import {
  alternation,
  BARE_SUBJECTS,
  DESCRIBED_BODIES,
  DESCRIBED_PEOPLE,
  DESCRIBED_TITLES,
  DOCUMENTS,
  NAME_DETERMINERS,
  NAMING_VERBS,
  OBJECT_PREPOSITIONS,
  PHRASE_ENDS,
  PRONOUNS,
  SPEECH_VERBS,
  VERB_FILLERS,
} from '../words';
import { nounUse } from './verbs';
import { isOn } from '../engine/rules/switched-off';
import { asideInDashes, floatingQuantifier, headBeforePrepositions, pastBracket } from './subject-head';
import type { Speakers, Subject } from './speakers-index';
import { apposedSubject, firstOfPair, headOfChain, namedApposition } from './subject-apposed';
import { describedEndingAt } from './reported-described';

export { ByToken, indexSubjects, type Speakers, type Subject } from './speakers-index';
export { headOfChain } from './subject-apposed';

/**
 * The subject of a verb of saying: the one that ends just before a verb (subjectBefore), among the names
 * and pronouns outside quotation marks (indexSubjects, lib/speech/speakers-index.ts).
 */

/** Heads of descriptions that stand for a person ("the 45-year-old", "the former minister"): a word of the class or any age. */
const AGE = /^\d+-year-old$/;
const isDescribedPerson = (w: string) => DESCRIBED_PEOPLE.has(w) || AGE.test(w);

/** Heads of descriptions that stand for an organisation ("the Russian space agency said"). */
export const DESCRIBED_BODY = new RegExp(`^(?:${alternation(DESCRIBED_BODIES)})$`);

/**
 * The name r ending before the verb, or the source it belongs to: "Officials in Kyiv said", "Sources
 * close to the minister said": the source, not the place or the person.
 */
function namedSubject(text: string, tokens: Token[], sp: Speakers, r: Range, floor: number): Subject {
  let a = tokenAt(tokens, r.start) - 1;
  if (a - 1 > floor && tokens[a].lower === 'the' && tokens[a - 1].lower === 'of') a--; // "… of the Y said"
  if (a > floor && /^(?:to|with)$/.test(tokens[a].lower) && /^(?:close|familiar|near|loyal)$/.test(tokens[a - 1].lower))
    a--;
  else if (!(a > floor && /^(?:in|at|from|of|for|on|inside|within)$/.test(tokens[a].lower))) a = -1;
  const source = a > floor ? sp.endAt.get(a - 1) : undefined;
  if (source && sp.sources.has(source.start)) return { range: source, bare: false };
  // "Opposition leader Yoshihiko Noda of the Constitutional Democratic Party accused …": the person, not the party
  if (
    source &&
    tokens[a].lower === 'of' &&
    tokens[tokenAt(tokens, source.start)].cap &&
    /^\s+$/.test(text.slice(source.end, tokens[a].start))
  )
    return { range: source, bare: false };
  return { range: r, bare: false };
}

/** "the 45-year-old said", "the veteran diplomat added": a description standing for someone named before. */
function describedSubject(
  text: string,
  tokens: Token[],
  sp: Speakers,
  k: number,
  floor: number,
  nearest: boolean,
): Subject | null {
  const head = tokens[k].lower;
  // ("the governor said", "the prince said": a title stands for a person too, speaker:description-title)
  const titled = DESCRIBED_TITLES.has(head) && isOn('speaker:description-title');
  if (!isDescribedPerson(head) && !DESCRIBED_BODY.test(head) && !titled) return null;
  for (let d = k - 1; d >= floor && k - d <= 4; d--) {
    if (tokens[d].lower === 'the') return { range: { start: tokens[d].start, end: tokens[k].end }, bare: false };
    // (a quotation's cue: "At the back a man yelled “…”": the nearest determiner opens it)
    if (nearest && NAME_DETERMINERS.has(tokens[d].lower)) return determinedSubject(text, tokens, sp, k, k + 1, floor);
    // "China's commerce ministry said": a named owner's body or person
    const owner = sp.endAt.get(d);
    if (owner && /^[’'ʼ]s?\s/.test(text.slice(tokens[d].end, tokens[d + 1].start + 1)))
      return { range: { start: owner.start, end: tokens[k].end }, bare: false };
    if (/[,.;:]/.test(text.slice(tokens[d].end, tokens[d + 1].start))) break;
  }
  return null;
}

/** Nouns that end like an adverb ("the family said", "the daily reported"). */
const LY_NOUNS = new Set(['family', 'assembly', 'daily', 'weekly', 'monthly', 'ally']);
/** An adverb in "-ly" between a subject and its verb ("Ms Lee jokingly said"), no head of a description. */
export const isAdverb = (t: Token) =>
  !t.cap &&
  t.lower.length > 5 &&
  t.lower.endsWith('ly') &&
  !LY_NOUNS.has(t.lower) &&
  !isDescribedPerson(t.lower) &&
  !DESCRIBED_BODY.test(t.lower);

/**
 * The subject ending just before token v, over fillers ("Mr Obama has also said"); with `adverbs` (the
 * cues of quotations, not reported speech), over an adverb in "-ly" too ("Ms Lee jokingly said").
 */
export function subjectBefore(
  tokens: Token[],
  sp: Speakers,
  v: number,
  floor: number,
  text = '',
  adverbs = false,
): Subject | null {
  const found =
    (text ? dashedSubject(text, tokens, sp, v, floor, adverbs) : null) ??
    nearestSubject(tokens, sp, v, floor, text, adverbs);
  // ("Lee and Hale have both argued": the subject before a floating quantifier)
  const q = found && text ? floatingQuantifier(text, tokens, found, floor) : -1;
  const before = q > 0 ? nearestSubject(tokens, sp, q, floor, text, adverbs) : null;
  const s = before && !before.bare ? { ...before, head: 'reported:head-before-quantifier' } : found;
  return s && text ? headBeforePrepositions(text, tokens, sp, s, floor) : s;
}

/**
 * reported:head-before-dashes — "Tim Sand — a farmer from Yakima — says": the subject before an aside set
 * in dashes right before the verb at v; where none is, a name that opens the aside after a description
 * ("A former senator -- Tom Hale, who lost to Lee -- said"), else that description ("Most farmers - 63
 * percent in a poll - still believe"). An aside that opens with "and" is the subject's last conjunct
 * ("Farmers — and some teachers — say": all of them). Null where there is no such aside, or none of them.
 */
function dashedSubject(
  text: string,
  tokens: Token[],
  sp: Speakers,
  v: number,
  floor: number,
  adverbs: boolean,
): Subject | null {
  const aside = asideInDashes(text, tokens, v, floor);
  if (!aside) return null;
  const b = aside.first;
  const before = nearestSubject(tokens, sp, b, floor, text, adverbs);
  const opening = before ? null : sp.startAt.get(b);
  const range =
    before && !before.bare
      ? before.range
      : opening && !tokens[b - 1].cap
        ? opening
        : before
          ? null
          : (describedEndingAt(text, tokens, b - 1, floor)?.range ?? null);
  if (!range) return null;
  // (not a preposition's object after a description: "the rules of the Harbor Party — as written — add",
  // "insiders across the four states — and … — said")
  let p = tokenAt(tokens, range.start) - 1;
  if (p > floor && tokens[p].lower === 'the') p--;
  if (
    p > floor &&
    !tokens[p - 1].cap &&
    (tokens[p].lower === 'of' || (range !== before?.range && OBJECT_PREPOSITIONS.has(tokens[p].lower)))
  )
    return null;
  const end = tokens[b].lower === 'and' ? tokens[aside.last].end : range.end;
  return { range: { start: range.start, end }, bare: false, head: 'reported:head-before-dashes' };
}

/** The name, pronoun or description nearest before the verb at v (subjectBefore). */
function nearestSubject(
  tokens: Token[],
  sp: Speakers,
  v: number,
  floor: number,
  text: string,
  adverbs: boolean,
): Subject | null {
  let k = v - 1;
  // "Elizabeth Warren (D-Mass.) said": step over a bracket
  if (text && k > floor && /\)\s*$/.test(text.slice(tokens[k].end, tokens[v].start))) {
    let b = k;
    while (b > floor && k - b < 6 && !text.slice(tokens[b - 1].end, tokens[b].start).includes('(')) b--;
    if (b > floor) k = b;
    v = k;
    k = v - 1;
  }
  // (fillers are skipped, but not past a comma that closes an apposition: "…, who met Putin in Alaska on
  // Friday, said": the comma is before the verb, the fillers belong to the clause)
  const commaBeforeVerb = !!text && k >= floor && /,\s*$/.test(text.slice(tokens[k].end, tokens[v].start));
  // (nor a filler that ends a name: "Theresa May said" is no "may")
  if (!commaBeforeVerb)
    while (
      k >= floor &&
      (VERB_FILLERS.has(tokens[k].lower) || (adverbs && isAdverb(tokens[k]))) &&
      v - k <= 4 &&
      !(tokens[k].cap && sp.endAt.get(k))
    )
      k--;
  if (text && k > floor && k < v - 1) k = pastBracket(text, tokens, k, floor);
  if (k < floor) return null;
  const r = sp.endAt.get(k);
  if (text && /,\s*$/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end))) {
    const apposed = apposedSubject(text, tokens, sp, k, floor);
    // ("In a statement to the Observer, her senior adviser, Ann Lee, said": a name set in commas right
    // before the verb is the subject, not a name before the description it closes, unless that name
    // opens the sentence: "Ann Lee, the editor of the town's paper, the Courier, said")
    if (apposed && r && apposed.range.start > tokens[floor].start && namedApposition(text, tokens, r, floor))
      return namedSubject(text, tokens, sp, r, floor);
    if (apposed) return apposed;
  }
  // (a quotation's cue: "Acme issued a statement saying “…”": who put the document out)
  const d = r && adverbs && text && DOCUMENTS.has(tokens[k].lower) ? tokenAt(tokens, r.start) : -1;
  const publisher = d > floor && NAME_DETERMINERS.has(tokens[d].lower) ? publisherOf(text, tokens, sp, d, floor) : null;
  if (publisher) return publisher;
  // ("Tom Ray of Washington, D.C., explained": the head of the chain before a place and its state)
  const pair = r && text ? firstOfPair(text, tokens, sp, r, floor) : undefined;
  const chainHead = pair && headOfChain(tokens, sp, pair, floor);
  if (chainHead && chainHead !== pair) return { range: chainHead, bare: false };
  if (r) return namedSubject(text, tokens, sp, r, floor);
  // (a quotation's cue: "Ms. Lee smiled and said, “…”": the subject of the verb before "and")
  if (adverbs && text && tokens[k].lower === 'and') {
    const first = coordinatedVerbSubject(text, tokens, sp, k, floor);
    if (first) return first;
  }
  if (BARE_SUBJECTS.has(tokens[k].lower)) return { range: { start: tokens[k].start, end: tokens[k].end }, bare: true };
  return (
    describedSubject(text, tokens, sp, k, floor, adverbs) ??
    (adverbs ? determinedSubject(text, tokens, sp, k, v, floor) : null)
  );
}

/**
 * "Ms. Lee smiled and said", "Lee laughed loudly and said": before "and" at token k, one or two words
 * in lower case (a verb, an adverb) and a name or pronoun ending right before them.
 */
function coordinatedVerbSubject(text: string, tokens: Token[], sp: Speakers, k: number, floor: number): Subject | null {
  for (let j = k - 1; j >= floor && k - j <= 2; j--) {
    if (tokens[j].cap || !/^[ \u00a0]+$/.test(text.slice(tokens[j].end, tokens[j + 1].start))) return null;
    const r = j - 1 >= floor ? sp.endAt.get(j - 1) : undefined;
    if (r && /^[ \u00a0]+$/.test(text.slice(r.end, tokens[j].start))) return { range: r, bare: false };
  }
  return null;
}

/** How many words a description may hold after its determiner ("the Christie campaign's field director"). */
const DETERMINED_WORDS = 4;

/**
 * "a man yelled “…”", "the Christie supporter retorted: “…”", "The ad claims “…”": a determiner and up to
 * four words joined by spaces, the last in lower case, right before the verb of a quotation's cue.
 * The claim pass reads who they describe (a person named before, or someone unnamed).
 */
function determinedSubject(
  text: string,
  tokens: Token[],
  sp: Speakers,
  k: number,
  v: number,
  floor: number,
): Subject | null {
  const head = tokens[k];
  // (joined to the verb by spaces and fillers only: no closing mark or full stop between them)
  if (!/^[\s\p{L}]*$/u.test(text.slice(head.end, tokens[v].start)) || NAMING_VERBS.has(tokens[v].lower)) return null;
  // (no pronoun, relative or linking word heads it: "the way she shouted", "her post and said", "a
  // platform that calls for": the clause's verb is not the cue's)
  if (PRONOUNS.has(head.lower) || PHRASE_ENDS.has(head.lower) || BARE_SUBJECTS.has(head.lower)) return null;
  if (
    head.cap ||
    !/^\p{Ll}[\p{L}-]*$/u.test(head.lower) ||
    VERB_FILLERS.has(head.lower) ||
    NAME_DETERMINERS.has(head.lower)
  )
    return null;
  for (let d = k - 1; d >= floor && k - d <= DETERMINED_WORDS; d--) {
    if (!/^[ \u00a0]+$/.test(text.slice(tokens[d].end, tokens[d + 1].start))) return null;
    if (NAME_DETERMINERS.has(tokens[d].lower))
      return (
        (DOCUMENTS.has(head.lower) ? publisherOf(text, tokens, sp, d, floor) : null) ?? {
          range: { start: tokens[d].start, end: head.end },
          bare: false,
        }
      );
    if (SPEECH_VERBS.has(tokens[d].lower) || PHRASE_ENDS.has(tokens[d].lower)) return null;
  }
  return null;
}

/**
 * "Acme issued a statement saying “…”", "Lee’s campaign sent out a press release saying “…”": the one
 * who put the document out (a name or pronoun, then a verb in lower case and "out" at most, right
 * before the determiner at token d), not the document.
 */
function publisherOf(text: string, tokens: Token[], sp: Speakers, d: number, floor: number): Subject | null {
  let k = d - 1;
  if (k > floor && tokens[k].lower === 'out') k--;
  if (k <= floor || tokens[k].cap || !/^\p{Ll}+$/u.test(tokens[k].lower)) return null;
  const r = sp.endAt.get(k - 1);
  if (!r || !/^[ \u00a0]+$/.test(text.slice(r.end, tokens[k].start))) return null;
  return namedSubject(text, tokens, sp, r, floor);
}

/**
 * "X described the visit as “historic” and said …": the second verb of X's, after "and" or "but",
 * has the subject of a verb of saying before it in the sentence.
 */
export function coordinatedSubject(
  text: string,
  tokens: Token[],
  sp: Speakers,
  v: number,
  first: number,
): Subject | null {
  const link = tokens[v - 1]?.lower;
  if (v - 1 <= first || (link !== 'and' && link !== 'but')) return null;
  for (let u = v - 2; u > first && v - u <= 24; u--) {
    if (!SPEECH_VERBS.has(tokens[u].lower) || nounUse(text, tokens, u)) continue;
    const s = subjectBefore(tokens, sp, u, first, text);
    return s && !s.bare ? s : null;
  }
  return null;
}
