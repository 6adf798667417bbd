import type { Entity } from '../knowledge/schema';
import type { KnowledgeIndex } from '../knowledge/index';
import { normalizeKey } from '../knowledge/normalize';
import type { Findings, NameCandidate, Range } from '../engine/findings';
import type { ActorDraft } from '../actors/actors';
import { LETTER, NUMBER, classOf, codePointAt } from '../text/chars';
import { countBefore } from '../text/search';
import { escapeRegExp } from '../words';

/** The rules that set a quotation aside as a term or a name (lib/engine/rules/quote.ts): such a phrase may name an actor. */
const TERM_REASONS = new Set(['quote:term-after-word', 'quote:single-term', 'quote:title-case']);

interface Term {
  phrase: string;
  key: string;
  hits: Range[];
}

/** The phrase as a whole word or words, any case: a term's occurrences are this regex's matches. */
const termRegex = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'giu');

/**
 * A name set in quotation marks once and written plainly elsewhere ("the ‘coalition of the willing’")
 * is an actor: every occurrence is a mention.
 */
export function addQuotedTerms(
  text: string,
  findings: Findings,
  index: KnowledgeIndex,
  actors: ActorDraft[],
  addMention: (a: ActorDraft, r: Range, c: NameCandidate | null, inQuote: boolean) => unknown,
  actorFor: (key: string, make: () => Omit<ActorDraft, 'key' | 'mentions' | 'titles'>) => ActorDraft,
  entityActor: (e: Entity) => ActorDraft,
) {
  const done = new Set<string>();
  const terms: Term[] = [];
  for (const q of findings.quotes) {
    if (q.kind !== 'not-speech' || !q.reason || !TERM_REASONS.has(q.reason)) continue;
    const phrase = text.slice(q.start, q.end);
    const words = phrase.split(/\s+/);
    const key = normalizeKey(phrase);
    if (words.length < 2 || words.length > 6 || done.has(key) || /[.!?,;:]/.test(phrase)) continue;
    done.add(key);
    terms.push({ phrase, key, hits: [] });
  }
  if (!terms.length) return;
  findOccurrences(text, terms);
  const within = speechQuotes(findings);
  // (the entities that have an actor: a term the knowledge knows and the text names already is no new one)
  const entityIds = new Set<string>();
  for (const a of actors) if (a.entity) entityIds.add(a.entity.id);
  for (const { phrase, key, hits } of terms) {
    if (hits.length < 2) continue;
    const known = index.lookupFirst(phrase);
    if (known && entityIds.has(known.id)) continue; // found already by its name
    const actor = known
      ? entityActor(known)
      : actorFor(`name:${key}`, () => ({
          entity: null,
          name: phrase,
          type: 'group',
          unnamed: false,
          gender: null,
          speaksFor: null,
        }));
    if (known) entityIds.add(known.id);
    for (const h of hits) addMention(actor, h, null, within(h));
  }
}

/**
 * Whether a range lies inside a quotation that is speech (one that is not a term, a title or a
 * scare quote): quotations by start, with the furthest end of any of them up to each, so one
 * binary search answers (quotations may hold one another).
 */
export function speechQuotes(findings: Findings): (r: Range) => boolean {
  const quotes = findings.quotes.filter((q) => q.kind !== 'not-speech').sort((a, b) => a.start - b.start);
  const furthest = new Int32Array(quotes.length);
  let far = -1;
  quotes.forEach((q, i) => (furthest[i] = far = Math.max(far, q.end)));
  return (r) => {
    const lo = countBefore(quotes, 'start', r.start + 1);
    return lo > 0 && furthest[lo - 1] >= r.end;
  };
}

/** ASCII letters and digits, and the two other characters a /iu regex takes for ASCII letters (ſ for s, the Kelvin sign for k). */
const runChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x17f || c === 0x212a;
/** A run's characters as a key: lower case, ſ as s, the Kelvin sign as k (what /iu takes them for). */
function runKey(s: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    out += c === 0x17f ? 's' : c === 0x212a ? 'k' : c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}
/**
 * Whether a /iu regex reads each character of the phrase as ASCII does: ASCII characters, and others
 * that have no other case (lower and upper case the same: curly apostrophes and quotation marks,
 * dashes, spaces), which it takes only as themselves.
 */
function readAsAscii(phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c < 128) continue;
    const cp = codePointAt(phrase, i);
    const ch = String.fromCodePoint(cp);
    if (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

/**
 * Every term's occurrences in the text, as each term's own regex finds them one after another
 * (leftmost first, none overlapping another of the same term). Searching the whole text once per
 * term made a page of thousands of scare-quoted phrases quadratic, so a term that a /iu regex reads
 * as ASCII (readAsAscii) and that opens with two runs of ASCII letters or digits is tried only where
 * the text has those two runs (asciiTermAt confirms each place, as the regex would); the others,
 * with letters of other alphabets, or opening otherwise (rare in English), are searched as before.
 */
function findOccurrences(text: string, terms: Term[]) {
  /** "coalition of" -> the terms opening so */
  const byOpening = new Map<string, Term[]>();
  for (const t of terms) {
    const opening =
      runChar(t.phrase.charCodeAt(0)) && t.phrase.charCodeAt(0) < 128 && readAsAscii(t.phrase)
        ? firstTwoRuns(t.phrase)
        : null;
    if (opening === null) {
      // (searched as it always was)
      const re = termRegex(t.phrase);
      for (let m = re.exec(text); m; m = re.exec(text)) t.hits.push({ start: m.index, end: m.index + m[0].length });
      continue;
    }
    const list = byOpening.get(opening);
    if (list) list.push(t);
    else byOpening.set(opening, [t]);
  }
  if (!byOpening.size) return;
  /** the terms' first runs, by length and lower-case first character: most runs of the text open none */
  const opens = new Set<number>();
  for (const opening of byOpening.keys()) opens.add(runShape(opening, 0, opening.indexOf(' ')));
  /** where each term's last occurrence ends: the next one starts there or after */
  const endOf = new Map<Term, number>();
  // the runs of the text, each with the next one: where a phrase of ASCII can start
  let prevStart = -1;
  let prevKey = '';
  let prevEnd = -1;
  const tryAt = (start: number, opening: string) => {
    const list = byOpening.get(opening);
    if (!list) return;
    for (const t of list) {
      if (start < (endOf.get(t) ?? 0) || !asciiTermAt(text, start, t.phrase)) continue;
      t.hits.push({ start, end: start + t.phrase.length });
      endOf.set(t, start + t.phrase.length);
    }
  };
  const n = text.length;
  for (let i = 0; i < n;) {
    if (!runChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && runChar(text.charCodeAt(i))) i++;
    // a run's key is made only where it may open a term, or follow a run that may
    const opensOne = opens.has(runShape(text, start, i));
    if (prevStart < 0 && !opensOne) continue;
    const key = runKey(text, start, i);
    // a term's first two runs are apart by characters that are no run's (ASCII punctuation, spaces)
    if (prevStart >= 0) tryAt(prevStart, `${prevKey} ${onlyGap(text, prevEnd, start)}${key}`);
    prevStart = opensOne ? start : -1;
    prevKey = key;
    prevEnd = i;
  }
}

/** A run's length and its first character in lower case (ſ as s, the Kelvin sign as k), as one number. */
function runShape(s: string, from: number, to: number): number {
  let c = s.charCodeAt(from);
  if (c >= 65 && c <= 90) c += 32;
  else if (c === 0x17f) c = 115;
  else if (c === 0x212a) c = 107;
  return (to - from) * 128 + (c & 127);
}

/**
 * Whether termRegex(phrase) (sticky) matches at `start`, for a phrase readAsAscii accepts, read
 * without the regex (compiling one /u regex per term cost more than the search): no letter or digit
 * before or after, and the phrase's characters, ASCII letters in any case (a /iu regex also takes ſ
 * for s and the Kelvin sign for k; no other character is an ASCII letter's other case), every other
 * character as itself (none has another case).
 */
function asciiTermAt(text: string, start: number, phrase: string): boolean {
  const end = start + phrase.length;
  if (end > text.length) return false;
  for (let i = 0; i < phrase.length; i++) {
    const p = phrase.charCodeAt(i);
    let c = text.charCodeAt(start + i);
    if (c === p) continue;
    const lower = p >= 65 && p <= 90 ? p + 32 : p;
    if (lower < 97 || lower > 122) return false;
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x17f) c = 115;
    else if (c === 0x212a) c = 107;
    if (c !== lower) return false;
  }
  return !letterOrNumberBefore(text, start) && !letterOrNumberAt(text, end);
}
/** Whether the code point ending at i (a surrogate pair read whole) is a letter or a number. */
function letterOrNumberBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  const high = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.charCodeAt(i - 2) : 0;
  return (
    (classOf(high >= 0xd800 && high <= 0xdbff ? (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000 : c) &
      (LETTER | NUMBER)) !==
    0
  );
}
/** Whether the code point at i is a letter or a number; false past the end. */
const letterOrNumberAt = (text: string, i: number) =>
  i < text.length && (classOf(codePointAt(text, i)) & (LETTER | NUMBER)) !== 0;

/** The characters between two runs, as part of a key (a term's own separators must be there). */
function onlyGap(text: string, from: number, to: number): string {
  return to - from <= 8 ? `${text.slice(from, to)}\u0000` : '\u0001';
}

/** A term's first two runs and what stands between them, as the key findOccurrences reads; null when it has fewer. */
function firstTwoRuns(phrase: string): string | null {
  let i = 0;
  while (i < phrase.length && runChar(phrase.charCodeAt(i))) i++;
  const a = i;
  while (i < phrase.length && !runChar(phrase.charCodeAt(i))) i++;
  const b = i;
  while (i < phrase.length && runChar(phrase.charCodeAt(i))) i++;
  if (b === a || b >= phrase.length || b - a > 8) return null;
  return `${runKey(phrase, 0, a)} ${phrase.slice(a, b)}\u0000${runKey(phrase, b, i)}`;
}
