/**
 * Names of made things, not actors (CoNLL's MISC): a model's or a class's code ("H-1B", "Progress MS-04":
 * letters, a hyphen and digits), a word made of a name and a hyphen ("Spanish-language"), and a name the
 * text writes only as a thing's ("the Soyuz-FG rocket", "the Westmoor tax", "the drug Zelvix"). Read by the name pass (not-names.ts) for unknown names only.
 */
import { alternation, isGivenName, ORG_WORDS, PLACE_HEADS, PLACE_WORDS, THING_HEADS, THING_MODIFIERS } from '../words';
import type { NameTable } from './lookup';
import { sameKey } from './name-keys';

/**
 * A model's or a class's code as a name's last word: one to four letters, a capital first, a hyphen and
 * digits, a capital letter after them or not ("H-1B", "MS-04", "MiG-29", "PF-9"); not "I-95" (a road).
 */
const MODEL_CODE = /(?:^| )(?!I-)\p{Lu}\p{L}{0,3}-\d{1,4}\p{Lu}?$/u;

/** Whether an unknown name ends in a model's or a class's code: a thing, no actor ("the K-9 visa", "a Norland XR-7"). */
export function modelCode(core: string): boolean {
  return core.includes('-') && MODEL_CODE.test(core);
}

/** A name's last word ending in a hyphen and lower-case words: "Spanish-language", "Census-takers", "Medicare-for-all". */
const HYPHEN_LOWER = /(?:^| )(\p{Lu}[\p{L}.]*)-(\p{Ll}[\p{Ll}-]*)$/u;

/**
 * Whether an unknown name ends in a word and a hyphen before lower-case words ("Spanish-language",
 * "Census-takers", "Westmoor-worthy"): an adjective or a common noun made of a name, no actor. Not a
 * syllable of a person's given name, two short parts ("Han Min-koo", "Lee Teng-hui").
 */
export function hyphenLower(core: string): boolean {
  if (!core.includes('-')) return false;
  const m = HYPHEN_LOWER.exec(core);
  return !!m && !(m[1].length <= 5 && m[2].length <= 4);
}

const HEADS = alternation(THING_HEADS);
/** A thing's noun right after a name, one word of its kind between or none: "| rocket", "| cargo ship". */
const THING_AFTER = new RegExp(`^\\s+(?:(?:${alternation(THING_MODIFIERS)})\\s+)?(?:${HEADS})\\b`);
/** A thing's noun right before a name: "the drug |", "cargo ship |". */
const THING_BEFORE = new RegExp(`\\b(?:${HEADS})\\s+$`);

/** Which keys name things (thingNamed), worked out once per key and name table. */
const THINGS = new WeakMap<NameTable, Map<string, boolean>>();

/**
 * Whether every mention of the unknown name (by key) stands beside a thing's noun, after it ("the Soyuz-FG
 * rocket", "the Westmoor cargo ship") or before it ("the drug Zelvix"), and none speaks (`speaks`): the
 * thing's name, no actor. Not a name of a body's or a place's word last ("Bexar County tax assessor"), nor
 * one opening with a given name.
 */
export function thingNamed(
  text: string,
  table: NameTable,
  key: string,
  speaks: (start: number, end: number) => boolean,
): boolean {
  let memo = THINGS.get(table);
  if (!memo) THINGS.set(table, (memo = new Map()));
  let found = memo.get(key);
  if (found === undefined) {
    found = thingAtEvery(text, table, key, speaks);
    memo.set(key, found);
  }
  return found;
}

function thingAtEvery(
  text: string,
  table: NameTable,
  key: string,
  speaks: (start: number, end: number) => boolean,
): boolean {
  const words = key.split(' ');
  const last = words[words.length - 1];
  if (ORG_WORDS.test(last) || PLACE_WORDS.test(last) || PLACE_HEADS.has(last)) return false;
  if (words.length > 1 && isGivenName(words[0])) return false;
  const same = sameKey(table).get(key) ?? [];
  return (
    same.length > 0 &&
    same.every((j) => {
      const { start, end } = table.nameCands[j];
      if (speaks(start, end)) return false;
      return (
        THING_AFTER.test(text.slice(end, end + 40)) || THING_BEFORE.test(text.slice(Math.max(0, start - 24), start))
      );
    })
  );
}
