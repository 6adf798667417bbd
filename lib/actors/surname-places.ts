/**
 * Helper of the name pass (assign.ts): a lone word that is the surname of a person the text named in
 * full before it and also a place or a country of the knowledge ("Ann Westmoor … Westmoor said", a
 * surname that is a nationality too: "Tom Danish … Danish said") is that person, unless the words around
 * it make it the place: a preposition or article before it ("in Westmoor", "the Danish"), a place and a
 * comma before it ("Northby, Westmoor"), a dateline, a country's institution after its possessive
 * ("Westmoor's army"); a nationality only before a verb or a stop ("Danish said", not "Danish farmers").
 * Rule actor:surname-over-place.
 */
import type { Entity } from '../knowledge/schema';
import { normalizeKey } from '../knowledge/normalize';
import type { NameCandidate } from '../engine/findings';
import { isOn } from '../engine/rules';
import {
  alternation,
  AUXILIARIES,
  escapeRegExp,
  COUNTRY_POSSESSIONS,
  isGivenName,
  PLACE_WORDS_BEFORE,
  SPEECH_VERBS,
} from '../words';
import type { ActorDraft } from './types';

/** Words before a lone place name that make it the place ("in Westmoor", "the Danish", "visited Westmoor"). */
const PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(PLACE_WORDS_BEFORE)})\\s+$`, 'iu');
/** A country's institutions, people or land after its possessive: "Westmoor's army", "Westmoor's capital". */
const INSTITUTION_AFTER = new RegExp(`^[’'ʼ]s\\s+(?:${alternation(COUNTRY_POSSESSIONS)})\\b`, 'u');
/** A dateline's end after the place: "(Reuters) –", " — ". */
const DATELINE_AFTER = /^\s*(?:\([A-Z][\w ]*\)\s*)?[—–-]\s/;

/** The first person named in full with each surname, with where that name stands. */
export class SurnamesOfPlaces {
  /**
   * sure: a known person, or a given name first; else (two words, the first never written in lower case: not
   * "Poor Westmoor") the lone surname must speak somewhere (speaks, once read)
   */
  private readonly first = new Map<
    string,
    { person: ActorDraft; pos: number; given: string; sure: boolean; speaks?: boolean }
  >();

  /** Notes a person's full name (its key) where the name c stands. */
  note(a: ActorDraft, key: string, c: NameCandidate) {
    const space = key.lastIndexOf(' ');
    if (a.type !== 'person' || space < 0) return;
    const last = key.slice(space + 1);
    const first = key.slice(0, key.indexOf(' '));
    const sure = a.entity?.type === 'person' || isGivenName(first);
    // (given: the first of two words, for unsureSpeaks; '' for a longer name)
    // (not at a sentence's start: "Poor Westmoor, so …" opens with a capitalised adjective)
    const given = key.indexOf(' ') === space && !c.sentenceStart ? first : '';
    if (!this.first.has(last)) this.first.set(last, { person: a, pos: c.start, given, sure });
  }

  /**
   * The person the lone word at c is, where the knowledge makes it a place or a country (entity); else undefined.
   * placeBefore: a place and a comma right before it ("Northby, Westmoor", a dateline's city).
   */
  person(
    text: string,
    c: NameCandidate,
    key: string,
    entity: Entity | null,
    placeBefore: boolean,
  ): ActorDraft | undefined {
    if (!entity || (entity.type !== 'place' && entity.type !== 'country')) return undefined;
    const hit = this.first.get(key);
    if (!hit || hit.pos >= c.start || !isOn('actor:surname-over-place')) return undefined;
    if (placeBefore || placedHere(text, c)) return undefined;
    // ("White Westmoor", "Missing Danish": no given name first) only where the lone word speaks somewhere
    if (!hit.sure && (hit.speaks ??= unsureSpeaks(text, hit.given, text.slice(c.start, c.end))) === false)
      return undefined;
    // a nationality ("Danish"), not the country's own name: only before a verb or a stop, never before a noun
    const own = normalizeKey(entity.name) === key || entity.aliases.some((a) => normalizeKey(a) === key);
    if (!own && !verbOrStopAfter(text.slice(c.end, c.end + 24))) return undefined;
    return hit.person;
  }
}

/** Whether the words around the lone word at c place it: see the file's comment. */
function placedHere(text: string, c: NameCandidate): boolean {
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  const after = text.slice(c.end, c.end + 40);
  if (PLACE_BEFORE.test(before) || INSTITUTION_AFTER.test(after)) return true;
  return (c.start === 0 || text[c.start - 1] === '\n') && DATELINE_AFTER.test(after);
}

/** An unknown person's name with no given name first ("Tomas Westmoor"): two words, the first never lower case, the second speaking. */
function unsureSpeaks(text: string, given: string, word: string): boolean {
  if (!given) return false;
  return !new RegExp(`\\b${escapeRegExp(given)}\\b`).test(text) && speaksAlone(text, word);
}

/** Whether the text has the lone word speak: "Westmoor said", "Westmoor, who …, told", "said Westmoor". */
function speaksAlone(text: string, word: string): boolean {
  const w = escapeRegExp(word);
  const after = new RegExp(`\\b${w}(?:\\s*,)?\\s+(?:also\\s+)?(\\p{Ll}+)`, 'gu');
  for (let m = after.exec(text); m; m = after.exec(text)) if (SPEECH_VERBS.has(m[1])) return true;
  return new RegExp(`\\b(?:said|says)\\s+${w}\\s*[.,;]`, 'u').test(text);
}

/** Whether a verb or a stop follows a word: "said", "also told", "demurred", ",", not "farmers" or "cigars". */
function verbOrStopAfter(s: string): boolean {
  if (/^\s*[,.;:!?)"”’]/.test(s)) return true;
  const m = /^\s+(\p{Ll}+)/u.exec(s);
  if (!m) return false;
  // ("Danish also …": a nationality is never followed by "also")
  if (m[1] === 'also') return true;
  const w = m[1];
  return SPEECH_VERBS.has(w) || AUXILIARIES.has(w) || w === 'who' || /ed$/.test(w);
}
