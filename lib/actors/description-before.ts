/**
 * What the article says before a person's name: a title or a role written before it ("Acme spokeswoman
 * Ann Lee" → "Acme spokeswoman"), read word by word back from the name (see descriptions.ts).
 */
import {
  BEFORE_BARE_VERB,
  HONORIFICS,
  TITLE_LEAD_WORDS,
  TITLE_STOP_WORDS,
  TITLES,
  VERBS_BEFORE_PERSON,
} from '../words';
import { classOf, codePointAt, isSpaceCode, LETTER, MARK } from '../text/chars';
import { AUX_OR_VERB, EXPAND, ONE_WORD_JOB, isPersonRole, isRoleWord, tidy } from './description-words';

export interface Range {
  start: number;
  end: number;
}

/** Where the character ending at i starts: i - 2 for a surrogate pair, else i - 1 (as a /u regex reads the text). */
function charStartBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i - 2 : i - 1;
}
/** The code point from `at` to i (a pair whole when at is i - 2; a lone surrogate as itself). */
const charFrom = (text: string, at: number, i: number) => (i - at === 2 ? codePointAt(text, at) : text.charCodeAt(at));
/** Whether the character ending at i is white space (/\s/u). */
const spaceBefore = (text: string, i: number) => {
  const at = charStartBefore(text, i);
  return isSpaceCode(charFrom(text, at, i));
};
/** What a word holds: /[\p{L}\p{M}.’'&-]/u. */
const wordChar = (cp: number) =>
  cp === 46 || cp === 0x2019 || cp === 39 || cp === 38 || cp === 45 || (classOf(cp) & (LETTER | MARK)) !== 0;

/**
 * The last one to six words before `end` (within the 80 characters before it) that run up to it, each
 * followed by white space: a word starts with a letter and holds letters, marks and . ’ ' & -. Read
 * backwards from `end`, word by word (a regular expression anchored at the end retried from every start),
 * by character code (a string and a regex test per character cost more than the rest of the pass).
 */
function wordsBefore(text: string, end: number): string[] | null {
  const from = Math.max(0, end - 80);
  const words: string[] = [];
  let i = end;
  while (words.length < 6) {
    let j = i;
    while (j > from && spaceBefore(text, j)) j = charStartBefore(text, j);
    if (j === i) break;
    let k = j;
    while (k > from) {
      const at = charStartBefore(text, k);
      if (at < from || !wordChar(charFrom(text, at, k))) break;
      k = at;
    }
    // the word starts at the first letter of the run ("-Acme" → "Acme"); nothing before it joins on
    let s = k;
    while (s < j && !(classOf(text.codePointAt(s)!) & LETTER)) s += text.codePointAt(s)! > 0xffff ? 2 : 1;
    if (s === j) break;
    words.push(text.slice(s, j));
    if (s !== k || k === from || !spaceBefore(text, k)) break;
    i = k;
  }
  return words.length ? words.reverse() : null;
}

/** A lower-case word shaped as a noun before a job ("election", "law", "trial"): not a verb's, an adverb's or a clause word's form. */
export function modifierShaped(w: string): boolean {
  const lower = w.toLowerCase();
  if (w !== lower || !/^\p{Ll}{3,}$/u.test(lower) || /(?:ed|ing|ly|[^s]s)$/.test(lower)) return false;
  if (VERBS_BEFORE_PERSON.has(lower) || isRoleWord(lower)) return false; // "met strategist", "the mayor"
  return !TITLE_STOP_WORDS.has(lower) && !BEFORE_BARE_VERB.has(lower) && !AUX_OR_VERB.test(lower);
}

/**
 * The lower-case nouns before a job, read back from words[i]: one or two ("election law expert Ann Lee",
 * "public defender Ann Lee"), and only where what stands before them ends the title or is a capitalised
 * word or nothing, so a verb before them ("met campaign strategist Ann Lee") is never taken. How many; 0 for none.
 */
function modifiersBefore(words: string[], i: number): number {
  let j = i;
  while (j >= 0 && i - j < 2 && modifierShaped(words[j])) j--;
  if (j === i) return 0;
  const before = words[j];
  if (before === undefined) return i - j;
  const b = before.toLowerCase();
  const ends = TITLE_STOP_WORDS.has(b) || /^\p{Lu}/u.test(before) || /[’']s$/.test(before) || TITLE_LEAD_WORDS.has(b);
  return ends ? i - j : 0;
}

/** The title written before a name, from the mention or the words just before it ("Acme spokeswoman", "Sen."). */
export function titleBefore(text: string, nameStart: number): string | null {
  // up to six words before the name, in the same clause
  const words = wordsBefore(text, nameStart);
  if (!words) return null;
  // take words from the end while they are a title: role words, and names of bodies before them
  const kept: string[] = [];
  let modifiers = 0;
  let honorific = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const bare = w.replace(/[.]$/, '').toLowerCase();
    const lower = w.toLowerCase();
    if (kept.length === 0) {
      // the word next to the name must be a title or a job
      if (HONORIFICS.has(bare)) {
        honorific = true;
        continue; // "Prime Minister Sir Ann Lee": look past the honorific
      }
      if (honorific && lower === 'the') continue; // "Vatican spokesman the Rev. Ann Lee"
      if (!isPersonRole(bare)) return null;
      if (/s$/.test(bare) && !TITLES.has(bare) && !/(?:ss|us|is)$/.test(bare)) return null; // "reporters"
      kept.unshift(w);
      continue;
    }
    if (TITLE_STOP_WORDS.has(lower)) break;
    // a sentence ends here: "… on Tuesday. Sen. Ann Lee" keeps only "Sen."
    if (/[’'"”]$/.test(w) || (/\.$/.test(w) && !EXPAND[bare] && !/^(?:\p{L}\.)+$/u.test(w))) break;
    if (/^\p{Lu}/u.test(w) || isRoleWord(bare) || TITLE_LEAD_WORDS.has(lower) || /[’']s$/.test(w)) kept.unshift(w);
    else if (
      kept.length === 1 &&
      /^\p{Ll}[\p{L}-]*$/u.test(kept[0]) &&
      !modifiers &&
      (modifiers = modifiersBefore(words, i))
    ) {
      // nouns before a job (not a title, "whether President Ann Lee", nor across a sentence's end, "a female
      // reporter. Ann Lee"): "election law expert Ann Lee"
      kept.unshift(...words.slice(i - modifiers + 1, i + 1));
      i -= modifiers - 1;
    } else break;
  }
  // "administration of former President" → "former President"
  const of = kept.findIndex((w) => /^(?:of|for)$/i.test(w));
  if (of > 0 && kept.slice(0, of).every((w) => /^\p{Ll}/u.test(w))) kept.splice(0, of + 1);
  while (kept.length && /^(?:of|for|&)$/i.test(kept[0])) kept.shift();
  if (!kept.length) return null;
  // one lower-case word says too little ("nominee", "wife"); "Senator", "Acme spokeswoman" say enough
  // (a job of one word is enough: "spokesman Ann Lee", "columnist Ann Lee")
  if (kept.length === 1 && /^\p{Ll}/u.test(kept[0]) && !ONE_WORD_JOB.has(kept[0].toLowerCase())) return null;
  // (nor a verb of the same spelling: "expected to host Ann Lee", "will coach Lee"; "according to host Lee" is one)
  const prev = words[words.length - kept.length - 1]?.toLowerCase() ?? '';
  const prev2 = words[words.length - kept.length - 2]?.toLowerCase() ?? '';
  if (
    kept.length === 1 &&
    /^(?:host|coach|anchor|doctor)$/.test(kept[0]) &&
    BEFORE_BARE_VERB.has(prev) &&
    !/^(?:according|next|thanks|due)$/.test(prev2)
  )
    return null;
  // a sentence's first word is no title's: "Officials Ann Lee" is not one, "Sen. Ann Lee" is
  const phrase = kept
    .map((w) => {
      const bare = w.replace(/\.$/, '').toLowerCase();
      return EXPAND[bare] ?? w;
    })
    .join(' ')
    .replace(/\s+(?:Lt|Maj|Brig|Atty)\.?\s+(General|Governor)/, ' $&');
  // expand two-word abbreviations ("Lt. Gov.")
  const two = phrase.replace(
    /\b(Lt|Maj|Brig|Atty)\.\s+(Gov|Gen)\.?$/i,
    (_, a: string, b: string) => EXPAND[`${a.toLowerCase()}. ${b.toLowerCase()}`] ?? `${a}. ${b}.`,
  );
  return tidy(two);
}
