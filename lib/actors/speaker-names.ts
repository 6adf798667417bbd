/**
 * Unknown names that speak as persons: the subject of a verb of saying at a mention (speakerAt), with
 * nothing showing a body or placing them (rule actor:speaker-word; read by unknownTypeOf).
 */
import { isPlainCapitalised } from '../text/ascii';
import { bodyAt, placedAt, speakerAt } from '../names/evidence';
import type { NameTable } from './lookup';
import { longerBodyName, sameKey } from './name-keys';

/**
 * actor:speaker-word: whether a lone unknown word is the subject of a verb of saying at a mention
 * (speakerAt) in plain letters ("Hale", not "EgyptAir", "OSCE"); at a sentence's start only with "he" or
 * "she" after, or where the text also writes it inside a sentence ("Traders said" opens one); and no
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
    return said !== null && (inside || said !== '?');
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
