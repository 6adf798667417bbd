/**
 * Unknown names that speak as persons: the subject of a verb of saying at a mention (speakerAt), with
 * nothing showing a body or placing them (rule actor:speaker-word; read by unknownTypeOf).
 */
import { isPlainCapitalised } from '../text/ascii';
import { bodyAt, placedAt, speakerAt } from '../names/evidence';
import type { NameTable } from './lookup';
import { longerBodyName, sameKey } from './name-keys';

/** "Acme said it would …", "Acme told reporters its …": a body's verb of saying. */
const IT_AFTER_VERB = /^\s+\S+\s+(?:(?:reporters|investors)\s+)?(?:that\s+)?its?\b/;

/**
 * actor:speaker-word: whether a lone unknown word is the subject of a verb of saying at a mention
 * (speakerAt) in plain letters ("Hale", not "EgyptAir", "OSCE"); at a sentence's start with "he" or "she"
 * after, or where the text also writes it inside a sentence, or a word that is no plural and whose verb
 * is not followed by "it" ("Cole said the council …"; not "Traders said", "Acme said it would …"); and no
 * mention shows a body or places it, nor is it a word of a body's longer name ("Commerce Department").
 */
export function speakerWord(text: string, table: NameTable, ci: number): boolean {
  const { nameCands, cores, keys } = table;
  const key = keys[ci];
  const same = sameKey(table).get(key) ?? [];
  const inside = same.some((j) => !nameCands[j].sentenceStart);
  const speaks = (j: number) => {
    const c = nameCands[j];
    if (!isPlainCapitalised(cores[j])) return false;
    const said = speakerAt(text, c);
    if (said === null) return false;
    // (at a sentence's start and nothing telling the sex: a word that is no plural, "Traders said", and
    // whose verb is not followed by "it", "Acme said it would …")
    return inside || said !== '?' || !(/s$/.test(key) || IT_AFTER_VERB.test(text.slice(c.end, c.end + 40)));
  };
  if (!same.some(speaks)) return false;
  if (same.some((j) => bodyAt(text, nameCands[j]) || placedAt(text, nameCands[j]))) return false;
  return !longerBodyName(table, key) && !inBodyName(table, key);
}

/** The words of the known organisations' names as the text writes them, of two words or more, once per name table. */
const BODY_WORDS = new WeakMap<NameTable, Set<string>>();
/** Whether the word is one of a known organisation's name as the text writes it ("commerce" in "Commerce Department"). */
function inBodyName(table: NameTable, key: string): boolean {
  let words = BODY_WORDS.get(table);
  if (!words) {
    words = new Set();
    for (let j = 0; j < table.keys.length; j++)
      if (table.resolved[j]?.type === 'organization' && table.keys[j].includes(' '))
        for (const w of table.keys[j].split(' ')) words.add(w);
    BODY_WORDS.set(table, words);
  }
  return words.has(key);
}
