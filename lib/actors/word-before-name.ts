/**
 * Pass helper of names by knowledge (lookup.ts): a known person's full name with one capitalised word
 * before it that is no part of it, as headlines and tags write them ("Crooked Ann Lee", "Billionaire
 * Ann Lee", "Vermonter Ann Lee", "Neither Ann Lee"): the word is cut from the name and the person linked
 * (rule actor:word-before-name).
 */
import { isPlainCapitalised } from '../text/ascii';
import type { Entity } from '../knowledge/schema';
import type { KnowledgeIndex, LookupContext } from '../knowledge/index';
import { DESCRIPTION_ROLES, isGivenName, JOB_WORDS, PARTY_LABELS, STATE_DEMONYMS, TITLES } from '../words';
import { isOn } from '../engine/rules';
import { namedBy } from '../names/evidence';

/** A capitalised word of letters only ("Crooked", not "N.J." nor "GOP"). */
/** Lower-case words of a text: read once per text, on the first question. */
const LOWER_WORDS = new WeakMap<object, Set<string>>();
const LOWER_WORD = /(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]*/gu;

function lowerWordsOf(key: object, text: string): Set<string> {
  let words = LOWER_WORDS.get(key);
  if (!words) {
    words = new Set(text.match(LOWER_WORD) ?? []);
    LOWER_WORDS.set(key, words);
  }
  return words;
}

/**
 * Whether a capitalised word reads as a word, not a given name: not a given name the word lists hold, and
 * written in lower case elsewhere in the text, or a role, title or party word, a plural ("Senators") or
 * a word in -ing ("Chasing").
 */
function readsAsWord(word: string, lowerWords: Set<string>): boolean {
  const l = word.toLowerCase();
  if (isGivenName(l)) return false;
  return (
    lowerWords.has(l) ||
    JOB_WORDS.has(l) ||
    TITLES.has(l) ||
    DESCRIPTION_ROLES.has(l) ||
    PARTY_LABELS.has(l) ||
    STATE_DEMONYMS.has(l) || // "Vermonter Ann Lee"
    (/s$/.test(l) && !/(?:ss|us|is)$/.test(l)) ||
    /\p{Ll}{3}ing$/u.test(l) // a headline's verb: "Chasing Ann Lee"
  );
}

/**
 * Whether the first word of a person's nickname (an alias of the file, "Crooked Ann") stands before
 * the name the nickname ends with: "Crooked Ann Lee" is the person of "Crooked Ann".
 */
function opensNickname(hit: Entity, first: string, rest: string): boolean {
  return hit.aliases.some((a) => a.startsWith(`${first} `) && rest.startsWith(a.slice(first.length + 1)));
}

/**
 * Whether a name is only a nickname of the person (an alias whose first word is neither a word of the
 * person's name nor a given name: "Crooked Ann"): a word before it makes the name of something else
 * ("Defeat Crooked Ann", a committee), not the person.
 */
function nicknameOnly(hit: Entity, rest: string): boolean {
  const first = rest.slice(0, rest.indexOf(' '));
  return !hit.name.split(' ').includes(first) && !isGivenName(first.toLowerCase());
}

/** Whether the text writes a name, asked once per text and name (a page of many such words read it once each). */
const HOLDS = new WeakMap<object, Map<string, boolean>>();
function textHolds(key: object, text: string, name: string): boolean {
  let known = HOLDS.get(key);
  if (!known) HOLDS.set(key, (known = new Map()));
  let holds = known.get(name);
  if (holds === undefined) known.set(name, (holds = text.includes(name)));
  return holds;
}

/**
 * "Crooked Ann Lee": for a name of three or more words the file does not know, where the words after
 * the first are a known person's full name and the first reads as a word (readsAsWord) and names no one,
 * the offset in the core where the person's name starts and the person; else null. Of two words, the
 * second a known person's surname whose full name the article writes ("Crooked Lee", "Republican Lee"
 * after "Ann Lee"), the same.
 */
export function wordBeforeName(
  index: KnowledgeIndex,
  lk: LookupContext,
  core: string,
  textKey: object,
  text: string,
): { at: number; entity: Entity } | null {
  const space = core.indexOf(' ');
  if (space < 2) return null;
  const first = core.slice(0, space);
  if (!isPlainCapitalised(first) || !isOn('actor:word-before-name')) return null;
  const rest = core.slice(space + 1);
  const hit = index.lookupFirst(rest, { ...lk, type: 'person' });
  if (hit?.type !== 'person') return null;
  if (core.indexOf(' ', space + 1) < 0) {
    // two words: the second the surname of a person the article names in full ("Republican Lee" after "Ann Lee")
    if (!isPlainCapitalised(rest) || !hit.name.endsWith(` ${rest}`) || !textHolds(textKey, text, hit.name)) return null;
  } else if (!namedBy(hit, rest) || nicknameOnly(hit, rest)) return null;
  if (!readsAsWord(first, lowerWordsOf(textKey, text)) && !opensNickname(hit, first, rest)) return null;
  if (index.lookupFirst(first, lk)?.type === 'person') return null; // "Christie Chris Christie": a name
  return { at: space + 1, entity: hit };
}

/**
 * "Missouri Republican Ann Lee", "House Intelligence Republican Ann Lee": two or three capitalised words
 * before a known person's full name, each a place or a body the file knows, a party, or a word that
 * reads as a word (readsAsWord), never a given name: the offset where the person's name starts and the
 * person; else null (rule actor:word-before-name).
 */
export function wordsBeforeName(
  index: KnowledgeIndex,
  lk: LookupContext,
  core: string,
  textKey: object,
  text: string,
): { at: number; entity: Entity } | null {
  const words = core.split(' ');
  if (words.length < 4 || !isOn('actor:word-before-name')) return null;
  for (let k = 2; k <= 3 && words.length - k >= 2; k++) {
    const rest = words.slice(k).join(' ');
    const hit = index.lookupFirst(rest, { ...lk, type: 'person' });
    if (hit?.type !== 'person' || !namedBy(hit, rest)) continue;
    const lower = lowerWordsOf(textKey, text);
    const prefix = words.slice(0, k);
    const fits = (w: string) => {
      if (!/^\p{Lu}[\p{L}.-]*$/u.test(w) || isGivenName(w.toLowerCase())) return false;
      const e = index.lookupFirst(w, lk);
      return e ? e.type !== 'person' : readsAsWord(w, lower) || PARTY_LABELS.has(w.toLowerCase());
    };
    const place = index.lookupFirst(prefix.slice(0, 2).join(' '), lk); // "North Dakota Republican"
    const ok =
      prefix.every(fits) || (place !== undefined && place.type !== 'person' && prefix.slice(2).every(fits) && k === 3);
    if (ok) return { at: prefix.join(' ').length + 1, entity: hit };
  }
  return null;
}
