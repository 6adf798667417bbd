/**
 * Capitalised words ending in a job or an office that hold no one's name: a role written with capitals
 * ("National Committeeman", "Assistant Managing Editor", "Westland Governor", "First Lady"). Not where
 * the first word is a given name or an initial ("Ann Editor"), nor where the last word is also a family
 * name ("Tom Bishop", "Don King": family-name-jobs.json). Reads a name's key; writes nothing.
 */
import {
  FAMILY_NAME_JOBS,
  FEMALE_TITLES,
  HONORIFICS,
  isGivenName,
  JOB_TITLES,
  MALE_TITLES,
  ONE_WORD_JOBS,
  TITLES,
} from '../words';

/**
 * Jobs and offices of one word ("committeeman", "editor", "governor"), longer than an abbreviation ("Sen",
 * "MP"): the titles but forms of address ("Lady", "Father", "Sir"), and no family name.
 */
const ROLE_LAST = new Set<string>();
for (const w of TITLES) if (!HONORIFICS.has(w) && !MALE_TITLES.has(w) && !FEMALE_TITLES.has(w)) ROLE_LAST.add(w);
for (const list of [ONE_WORD_JOBS, JOB_TITLES]) for (const w of list) ROLE_LAST.add(w);
for (const w of ROLE_LAST)
  if (w.length <= 3 || w.includes(' ') || w.includes('.') || FAMILY_NAME_JOBS.has(w)) ROLE_LAST.delete(w);

/** Whether the name's key (lower case, two or more words) ends in a job or an office and holds no given name first. */
export function roleWordName(key: string): boolean {
  const space = key.lastIndexOf(' ');
  if (space < 0 || !ROLE_LAST.has(key.slice(space + 1))) return false;
  const first = key.slice(0, key.indexOf(' '));
  return first.length > 2 && !first.endsWith('.') && !isGivenName(first);
}
