/**
 * Patterns the name pass (assign.ts) reads around a name to decide whether and how it names an actor.
 * Data only: regular expressions and two small readers of the words before a name.
 */

import {
  ACRONYM_SPEECH_VERBS,
  alternation,
  APPOSITION_AFTER_HEADS,
  COLLECTIVE_NOUNS_AFTER,
  DEMONYM_SPEECH_VERBS,
  ENGLISH_ONSETS,
  FEMALE_RELATION_WORDS,
  leadingRuns,
  MALE_RELATION_WORDS,
  opensWithRun,
  ROYAL_TITLES,
} from '../words';

/** Plural nouns for groups and things; a lone unknown word right before one only describes them ("Gulf allies", "Patriot systems"). */
export const COLLECTIVE_AFTER = new RegExp(`^\\s(?:${alternation(COLLECTIVE_NOUNS_AFTER)})\\b`);
const COLLECTIVE_LEADS = leadingRuns(COLLECTIVE_NOUNS_AFTER);
/** COLLECTIVE_AFTER's test, run only after a space and a word it may open with. */
export const collectiveAfter = (s: string): boolean =>
  /^\s/.test(s) && opensWithRun(COLLECTIVE_LEADS, s, 1) && COLLECTIVE_AFTER.test(s);

/** What follows "the Italian" when it stands for a person: a verb of saying. */
export const DEMONYM_SPEAKS = new RegExp(
  `^\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${alternation(DEMONYM_SPEECH_VERBS)})\\b`,
);
const DEMONYM_SPEAKS_LEADS = leadingRuns(['also', 'later', 'then', ...DEMONYM_SPEECH_VERBS]);
/** DEMONYM_SPEAKS's test, run only after white space and a word it may open with. */
export const demonymSpeaks = (s: string): boolean =>
  /^\s/.test(s) && opensWithRun(DEMONYM_SPEAKS_LEADS, s, s.length - s.trimStart().length) && DEMONYM_SPEAKS.test(s);

export const POSSESSIVE_AFTER = /^[’'ʼ]s\b/;
/** An illness named after someone ("Alzheimer's disease"): the name is no actor of the story. */
export const ILLNESS_AFTER = /^[’'ʼ]s (?:disease|syndrome|disorder|theorem|palsy)/;
export const CAPITAL_WORD_AT_END = /(\p{Lu}[\p{L}-]+)$/u;

/** A description set after a name in commas: ", the homeland security secretary,", ", a lawyer for …". */
export const APPOSITION_AFTER = new RegExp(
  `^,\\s+(?:the|a|an)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}(?:${alternation(APPOSITION_AFTER_HEADS)})\\b`,
  'u',
);

/**
 * Letters in capitals that no English word is written with: no vowel ("CNBC"), or two consonants
 * opening it that open no English word ("DNIB", "GPTA").
 */
const ABBREVIATION_SHAPE = `(?:[B-DF-HJ-NP-TV-XZ]+\\b|(?!${alternation(ENGLISH_ONSETS.filter((o) => o.length === 2))})[B-DF-HJ-NP-TV-XZ]{2}[A-Z]*\\b)`;

/**
 * An acronym the prose treats as a name: after a lower-case "the", speaking ("the RSPCA said", "NSPCC
 * said"), spelled out in brackets ("… Administration (GPTA)"), or of letters no word is written with
 * beside a word in lower case ("the network CNBC", "DNIB issued a bond").
 */
export const ACRONYM_IN_PROSE = new RegExp(
  `^(?:the\\s\\S+|\\S*\\s*\\S+\\s+(?:${alternation(ACRONYM_SPEECH_VERBS)})\\b)|\\(\\s*\\p{Lu}[\\p{Lu}\\d&.-]+\\s*\\)|\\p{Ll}\\s+${ABBREVIATION_SHAPE}|(?:^|\\s)${ABBREVIATION_SHAPE}\\s+\\p{Ll}`,
  'u',
);

/** A royal or religious title with one name is how the person is known ("Prince Harry", "Pope Leo"). */
export const ROYAL_TITLE = new RegExp(`^(?:${alternation(ROYAL_TITLES)})$`);

/**
 * Whether an abbreviation in brackets can stand for the name before it: its capitals are the
 * initials of the name's words, in order ("Department for Education (DfE)"; not "Ukraine (AP)").
 */
export function initialsFit(abbreviation: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  let i = 0;
  for (const ch of abbreviation.replace(/[^\p{Lu}]/gu, '').toLowerCase()) {
    i = initials.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

/** A family relation right before a name ("his wife Ann"), and the male ones. */
const RELATION_BEFORE = new RegExp(`\\b(${alternation([...MALE_RELATION_WORDS, ...FEMALE_RELATION_WORDS])})\\s+$`, 'i');
const MALE_RELATION = new RegExp(`^(?:${alternation(MALE_RELATION_WORDS)})$`, 'i');
const RELATIONS = [...MALE_RELATION_WORDS, ...FEMALE_RELATION_WORDS];
const RELATION_SET = RELATIONS.every((w) => /^[A-Za-z]+$/.test(w))
  ? new Set(RELATIONS.map((w) => w.toLowerCase()))
  : null;

/** The sex a relation word before a name tells ("her husband Mark", "his daughter Amy"). */
export function relationGender(before: string): 'm' | 'f' | null {
  // (the regex only where the last word is a relation word: its word, after \b and before the spaces, is that run of letters)
  const last = /([A-Za-z]+)\s+$/.exec(before);
  if (RELATION_SET && !(last && RELATION_SET.has(last[1].toLowerCase()))) return null;
  const m = RELATION_BEFORE.exec(before);
  if (!m) return null;
  return MALE_RELATION.test(m[1]) ? 'm' : 'f';
}

/** A row of scores or a table: words of capitals and figures, no lower-case word but "of", "v" ("Leeds 2 Hull 1", "Hull 4 2 1 1 7 3 7"). */
const SCORE_ROW = /^(?:[\p{Lu}\d.\-/()'’]\S*\s+|of\s+|v\s+|[–—-]\s+)*[\p{Lu}\d.\-/()'’]\S*$/u;
/** An integer standing alone: a score or a count of games. */
const INTEGER_AFTER = /^\s+\d{1,3}(?=\s|$)/;

const ROW_MAX = 120;
/**
 * The start of the line holding pos, if it is at or after lo; else -1. Only [lo - 1, pos) is read:
 * a text of one long line would otherwise be read back to its start for every name in it.
 */
function lineStartFrom(text: string, pos: number, lo: number): number {
  for (let i = pos - 1; i >= lo - 1 && i >= 0; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return lo <= 0 ? 0 : -1;
}
/** The end of the line holding pos (its newline, or the text's end), if it is at or before hi; else -1. Reads [pos, hi]. */
function lineEndTo(text: string, pos: number, hi: number): number {
  const stop = Math.min(text.length, hi + 1);
  for (let i = pos; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return text.length <= hi ? text.length : -1;
}

/**
 * Whether a name stands as a side in a row of scores or a league table: the name opens the row or
 * follows a score, an integer follows it, and the row holds two figures or more and no prose
 * ("Leeds 2 Hull 1", "Hull 4 2 1 1 7 3 7"). Clubs and teams are named so, after their towns.
 */
export function scoreRowSide(text: string, start: number, end: number): boolean {
  if (!INTEGER_AFTER.test(text.slice(end, end + 6))) return false;
  // a row is at most ROW_MAX characters: its line's ends are looked for no further
  const from = lineStartFrom(text, start, end - ROW_MAX);
  if (from < 0) return false;
  const before = text.slice(from, start);
  if (!/^\s*$/.test(before) && !/^\s*[\p{L}\s.'’()-]+\s\d{1,3}\s+$/u.test(before)) return false;
  const to = lineEndTo(text, end, from + ROW_MAX);
  if (to < 0) return false;
  const row = text.slice(from, to).trim();
  return !row.includes(',') && SCORE_ROW.test(row) && (row.match(/(?:^|\s)\d+(?=\s|$)/g)?.length ?? 0) >= 2;
}
