/**
 * Unknown names of several words that name a plural, a group of people or things, not one person:
 * an abbreviation's plural last ("Super PACs"), a "-ers" word made of a name the text holds ("Never
 * Bergers" beside "Berg", "Harbor Streeters" beside "Harbor Street"), or a plural the text also writes in
 * lower case ("Gun Owners" beside "owners"), or a plural noun for people ("Concerned Veterans"). Reads the name table and the text; writes nothing.
 */
import { isGivenName, JOB_TITLES, PEOPLE_PLURALS, TITLES } from '../words';
import type { NameTable } from './lookup';
import { bearingPeople, wordsAlsoLower } from './word-shapes';

/** A plural of capitals: "PACs", "CEOs". */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
/** A regular plural's ending: not "-ss", "-us", "-is" ("Ross", "Marcus", "Lewis"). */
const PLURAL_END = /\p{Ll}[^su]s$/u;

/** The names' plural last words the text also writes in lower case, once per name table. */
const LOWER_PLURALS = new WeakMap<NameTable, Set<string>>();
function lowerPlurals(text: string, table: NameTable): Set<string> {
  let found = LOWER_PLURALS.get(table);
  if (!found) {
    const lasts: string[] = [];
    for (const core of table.cores) {
      const last = core.slice(core.lastIndexOf(' ') + 1);
      if (core.includes(' ') && PLURAL_END.test(last)) lasts.push(last);
    }
    found = lasts.length ? wordsAlsoLower(text, lasts) : new Set();
    LOWER_PLURALS.set(table, found);
  }
  return found;
}

/** The single words of the table's names (their keys' words), once per name table. */
const NAME_WORDS = new WeakMap<NameTable, Set<string>>();
function nameWords(table: NameTable): Set<string> {
  let words = NAME_WORDS.get(table);
  if (!words) {
    words = new Set();
    for (const k of table.keys) for (const w of k.split(' ')) if (w.length >= 4) words.add(w);
    NAME_WORDS.set(table, words);
  }
  return words;
}

/**
 * Whether the unknown name `core` (two or more words, no title, its first word no given name nor an
 * initial) names a plural group: "Super PACs", "Never Bergers" where the text names "Berg", "Gun Owners"
 * where it writes "owners".
 */
export function pluralGroup(text: string, table: NameTable, core: string): boolean {
  const space = core.lastIndexOf(' ');
  if (space < 0) return false;
  const last = core.slice(space + 1);
  if (ACRONYM_PLURAL.test(last)) return true;
  const first = core.slice(0, core.indexOf(' '));
  if (first.length < 3 || first.endsWith('.') || isGivenName(first.toLowerCase())) return false;
  // "Concerned Veterans", "Gun Owners": a plural noun for people last (people-plurals.json)
  if (PEOPLE_PLURALS.has(last.toLowerCase())) return true;
  if (last.endsWith('ers') && last.length > 6) {
    const stem = last.slice(0, -3).toLowerCase();
    // "Trumpers" of "Trump", "Streeters" of "Street" (a doubled last consonant: "Bergers", "Trumppers")
    const words = nameWords(table);
    if (words.has(stem) || words.has(stem.replace(/(.)\1$/, '$1'))) return true;
  }
  return PLURAL_END.test(last) && lowerPlurals(text, table).has(last.toLowerCase());
}

/** A name opening with a capitalised "The" ("The Northby Courier", "The Harbor"): a title, a paper, a place. */
export const THE_FIRST = /^The \p{Lu}/u;

/**
 * What an unknown name of several words that the name pass took for a person is by its shape alone, or
 * null: a group for a plural (pluralGroup) or a bearing and a people's word ("South American",
 * bearingPeople); an organisation for a name opening with "The" (a paper, a show, a firm: no person's
 * name does).
 */
export function notPersonShape(text: string, table: NameTable, core: string): 'group' | 'organization' | null {
  if (pluralGroup(text, table, core) || bearingPeople(core)) return 'group';
  return THE_FIRST.test(core) ? 'organization' : null;
}

/**
 * Whether a lone word is the plural of an abbreviation for a person's post ("CEOs", "MPs": job-titles.json,
 * titles.json): people who hold it, a group, not an organisation (rule actor:people-acronym).
 */
export function postAcronymPlural(word: string): boolean {
  if (!ACRONYM_PLURAL.test(word)) return false;
  const one = word.slice(0, -1).toLowerCase();
  return JOB_TITLES.has(one) || TITLES.has(one);
}
