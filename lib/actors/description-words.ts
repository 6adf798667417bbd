/**
 * The words of what an article says about a person (lib/actors/descriptions.ts): abbreviated titles
 * written out, role words, where an apposition ends, and how a found phrase is tidied.
 */
import {
  alternation,
  APPOSITION_END_WORDS,
  CLAUSE_OPENERS_AFTER_COMMA,
  DESCRIPTION_ROLES as MORE_ROLES,
  DOTTED_ABBREVIATIONS,
  JOB_WORDS,
  NOT_ROLE_HEADS,
  ONE_WORD_JOBS,
  PHRASE_TAIL_WORDS,
  ROLE_NOUNS,
  TITLES,
  lettersOf,
} from '../words';

export const MAX_DESCRIPTION = 80;

/** Abbreviated titles written out ("Sen." → "Senator"). */
export const EXPAND: Record<string, string> = {
  sen: 'Senator',
  rep: 'Representative',
  gov: 'Governor',
  'lt. gov': 'Lieutenant Governor',
  gen: 'General',
  'lt. gen': 'Lieutenant General',
  'maj. gen': 'Major General',
  'brig. gen': 'Brigadier General',
  col: 'Colonel',
  lt: 'Lieutenant',
  capt: 'Captain',
  adm: 'Admiral',
  sgt: 'Sergeant',
  supt: 'Superintendent',
  insp: 'Inspector',
  det: 'Detective',
  atty: 'Attorney',
  'atty. gen': 'Attorney General',
  pres: 'President',
  sec: 'Secretary',
  amb: 'Ambassador',
  cmdr: 'Commander',
};

/** Small words a description never ends on. */
const PHRASE_TAIL = new RegExp(`(?:\\s+(?:${alternation(PHRASE_TAIL_WORDS)}))+\\s*$`, 'i');

/** Heads that make an apposition a time or a comment, not a description ("Lee, a day after …"). */
export const NOT_ROLE_HEAD = new RegExp(`^(?:the |an? )?(?:${alternation(NOT_ROLE_HEADS)})\\b`, 'i');

/** A first word that makes ", <word> <role>" a clause, not an apposition (", said spokesman …"). */
export const AUX_OR_VERB = new RegExp(`^(?:${alternation(CLAUSE_OPENERS_AFTER_COMMA)})$`, 'i');

/** Jobs that describe a person in one lower-case word (not "nominee", "wife", "supporter"). */
export const ONE_WORD_JOB = ONE_WORD_JOBS;

/** A word for a person's job or title (not a body's: "spokesman", "Sen.", not "committee"). */
export const isPersonRole = (w: string): boolean => {
  const l = w.toLowerCase();
  return JOB_WORDS.has(l) || MORE_ROLES.has(l) || TITLES.has(l) || l in EXPAND || ONE_WORD_JOB.has(l);
};

export const isRoleWord = (w: string): boolean => {
  const l = w.toLowerCase().replace(/[’']s$/, '');
  return JOB_WORDS.has(l) || ROLE_NOUNS.has(l) || MORE_ROLES.has(l) || TITLES.has(l);
};

/** The phrase has a word that names a role ("analyst", "chief executive", "senator"). */
export const hasRoleWord = (phrase: string): boolean =>
  phrase.split(/[\s,]+/).some((w) => {
    const bare = /[^A-Za-z’'-]/.test(w) ? w.replace(/[^\p{L}’'-]/gu, '') : w;
    return isPersonRole(bare) || (/^one of /i.test(phrase) && isPersonRole(bare.replace(/s$/, '')));
  });

/** End of an apposition: a comma, semicolon, dash, bracket, quotation mark or sentence end. */
export const CLAUSE_END = new RegExp(
  String.raw`[,;:()\u2014\u2013"“”]|--|\s-\s|\.(?=[\s’'"”]|$)|\s+(?:${alternation(APPOSITION_END_WORDS)})\b`,
  'gu',
);

/** Abbreviations whose full stop ends no clause ("U.S.", "Mr.", "Jr."). */
export const ABBREVIATION = new RegExp(
  String.raw`(?:^|[\s(])(?:(?:\p{L}\.)+\p{L}?|${alternation(DOTTED_ABBREVIATIONS)})$`,
  'u',
);

/** A capital letter alone after a capitalised word, as a middle initial ends ("George W"). */
const MIDDLE_INITIAL_BEFORE = /\p{Lu}\p{Ll}+\s\p{Lu}$/u;

/** A phrase cut at its first clause end; null when it runs past the limit without one. */
export function cutAtClauseEnd(s: string): string | null {
  CLAUSE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_END.exec(s))) {
    if (m[0] === '.' && ABBREVIATION.test(s.slice(0, m.index))) continue;
    // (nor a middle initial: "speechwriter for George W. Bush")
    if (m[0] === '.' && MIDDLE_INITIAL_BEFORE.test(s.slice(0, m.index)) && /^\.\s+\p{Lu}/u.test(s.slice(m.index)))
      continue;
    return s.slice(0, m.index).trim();
  }
  return s.length > MAX_DESCRIPTION ? null : s.trim();
}

/** Tidy a found phrase: no indefinite article, no trailing punctuation; null when empty or too long. */
export function tidy(s: string): string | null {
  const t = s
    .replace(/^(?:an?|another)\s+/i, '')
    .replace(PHRASE_TAIL, '')
    .replace(/[\s,;:.]+$/, (m) => (/\.$/.test(m) && /\b[A-Z]\.$/.test(s.trim()) ? '.' : ''))
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length < 3 || t.length > MAX_DESCRIPTION) return null;
  return t;
}

/** A party tag after a name: "D-N.Y.", "R-Texas", "(D., Calif.)". */
export const PARTY_TAG =
  /^\s*(?:,\s*|\(\s*)([DRI])(?:-|\.,?\s*)([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*(?:\)|,|\.(?=\s)|(?=\s+(?:said|says|told)\b))/;

/** A phrase over the limit cut before its last preposition that keeps it short enough ("analyst for Acme …"). */
export function shorten(phrase: string): string {
  if (phrase.replace(/^an?\s+/i, '').length <= MAX_DESCRIPTION) return phrase;
  let cut = -1;
  for (const m of phrase.matchAll(/\s(?:for|at|with|in|from|on|who)\s/g)) if (m.index <= MAX_DESCRIPTION) cut = m.index;
  // (a second role joined by "and" ends the first: "former mayor of Dunmore and currently head of …"; not "and"
  // inside a body's name, "Department of Health and Human Services")
  // (the first "and" only: "the daughter of Ann and the first female and first minority governor" is not cut)
  const and = /\sand\s/.exec(phrase);
  if (and && and.index <= MAX_DESCRIPTION && secondRole(phrase.slice(and.index + 5))) cut = and.index;
  // (nor end on a participle the cut left bare: "a White House aide involved in …" → "a White House aide")
  if (cut <= 0) return phrase;
  const kept = phrase.slice(0, cut).replace(/\s+\p{Ll}+(?:ed|ing)$/u, '');
  // (nor on "and" and an adverb the cut left bare: "… at the State Department and later")
  return kept.replace(/\s+and\s+(?:later|now|then|also|currently|still)$/, '');
}

/** After "and", a second role in lower case within four words: "currently president of …", "the first female governor". */
function secondRole(rest: string): boolean {
  const words = rest.split(/\s+/, 4);
  return /^\p{Ll}/u.test(words[0] ?? '') && words.some((w) => /^\p{Ll}/u.test(w) && isPersonRole(lettersOf(w)));
}
