/**
 * Unknown names that are no one's: a people ("African Americans", "New Yorkers"), a description's start
 * ("Presumptive Democratic nominee …"), a headline's run of capitals (rule name:aside-people-word).
 */
import type { KnowledgeIndex } from '../knowledge/index';
import { normalizeKey } from '../knowledge/normalize';
import { HEADLINE_WORDS, isGivenName, ORG_WORDS, PARTY_LABELS } from '../words';
import { PEOPLE_WORD } from './word-shapes';

/**
 * "African Americans", "Cuban American", "New Yorkers": a people named by a country's demonym as the last
 * word, or by a place's name and "-ers": a group, no actor. Two or three words only.
 */
export function peopleGroup(core: string, index: KnowledgeIndex): boolean {
  const space = core.lastIndexOf(' ');
  if (space < 0) return false;
  const last = core.slice(space + 1);
  if (PARTY_LABELS.has(last.toLowerCase())) return false;
  // (two or three words: at most two spaces, counted without splitting)
  let spaces = 0;
  for (let i = core.indexOf(' '); i >= 0 && spaces < 3; i = core.indexOf(' ', i + 1)) spaces++;
  if (spaces >= 3) return false;
  const one = last.endsWith('s') ? last.slice(0, -1) : last;
  // (the word before reads as a people's too, "Cuban", "Native", "Latin": not "Eastfield Indians", the
  // town's club, nor "Ion Moldovan", a man's given name and surname; the tests cheapest first)
  const before = core.slice(core.lastIndexOf(' ', space - 1) + 1, space);
  if (PEOPLE_WORD.test(before)) {
    const country = index.lookupFirst(one, { type: 'country' });
    if (country?.type === 'country' && !givenName(before)) {
      const k = normalizeKey(one);
      if (country.demonyms.some((d) => normalizeKey(d) === k)) return true;
    }
  }
  const cut = last.endsWith('ers') ? 3 : last.endsWith('er') ? 2 : 0;
  if (!cut || ORG_WORDS.test(core)) return false;
  const place = index.lookupFirst(core.slice(0, -cut));
  return place?.type === 'place' || place?.type === 'country';
}

/** A man's or a woman's given name ("Ion"). */
function givenName(word: string): boolean {
  return isGivenName(word.toLowerCase());
}

/** "Presumptive Democratic nominee …": capitalised words ending in a party word before a lower-case noun, a description's start. */
export function partyDescription(text: string, core: string, end: number): boolean {
  return (
    PARTY_LABELS.has(core.slice(core.lastIndexOf(' ') + 1).toLowerCase()) &&
    /^\s+\p{Ll}/u.test(text.slice(end, end + 3))
  );
}

/** "Tom Berg Wins Seat In Eastfield": four or more capitalised words holding a headline's short word after the first. */
export function headlineRun(core: string): boolean {
  const words = core.split(' ');
  if (words.length < 4) return false;
  // (capitalised, as only a headline writes them: "Commission on Debates" is a body's name)
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90 && HEADLINE_WORDS.has(w.toLowerCase()))
      return !ORG_WORDS.test(core);
  }
  return false;
}

/** An unknown name that is no one's: a people ("New Yorkers"), a description's start, a headline. */
export function noPersonsName(text: string, core: string, end: number, index: KnowledgeIndex): boolean {
  return peopleGroup(core, index) || partyDescription(text, core, end) || headlineRun(core);
}
