/**
 * Unknown names written as a person's full name, typed an organisation or a place by a word of theirs or
 * by the words around them (rule actor:person-name-shape; read by unknownTypeOf).
 */
import { normalizeKey } from '../knowledge/normalize';
import { isGivenName, ORG_WORDS, PLACE_HEADS, PLACE_WORDS } from '../words';
import type { NameTable } from './lookup';
import { sameKey } from './name-keys';

/** A son's or a monarch's number after a name: "II" to "XIX" ("Harry Hurt III", "Henry VIII"). */
const ORDINAL = /^(?:X?(?:IX|IV|VI{0,3}|I{2,3})|XI{0,3}|XI?V|XVI{0,3})$/;
/** A middle initial: "H.", "R.". */
const INITIAL = /^\p{Lu}\.$/u;
/** A plain capitalised word: "Tribe", "McCullough", "O'Neill". */
const PLAIN = /^\p{Lu}[\p{Ll}'’]*(?:\p{Lu}[\p{Ll}'’]+)?[\p{Ll}]$/u;

/**
 * actor:person-name-shape: whether a name of two to five words reads as a person's full name, by its
 * shape, whatever a word of it or the words around it say:
 *  - a given name or an initial first, a number last ("Harry Hurt III", "Henry VIII", "J. Lee Roe II");
 *  - a plain word first (a given name or not), middle initials, a plain surname last that is no body's or place's word
 *    ("Ann K. Roe" "in Ann K. Roe's book": not a place);
 *  - the same with a body's or place's word last ("Ann K. Trust"), where the text also gives that
 *    word alone a person's title ("Ms. Trust").
 */
export function personNameShape(table: NameTable, core: string): boolean {
  const words = core.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  const first = words[0];
  const given = PLAIN.test(first) && isGivenName(first.toLowerCase());
  const last = words[words.length - 1];
  const middle = words.slice(1, -1);
  if (ORDINAL.test(last))
    return (given || INITIAL.test(first)) && middle.every((w) => PLAIN.test(w) || INITIAL.test(w));
  if (!PLAIN.test(first) || !middle.length || !middle.every((w) => INITIAL.test(w)) || !PLAIN.test(last)) return false;
  const lower = last.toLowerCase();
  if (!ORG_WORDS.test(lower) && !PLACE_WORDS.test(lower) && !PLACE_HEADS.has(lower)) return true;
  return (sameKey(table).get(normalizeKey(last)) ?? []).some((j) => table.nameCands[j].title !== null);
}
