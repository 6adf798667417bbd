import type { NumericSpan } from '../engine/findings';
import type { Sentence } from '../text/sentences';
import { sentenceAt } from '../text/sentences';
import { LETTER, LOWER, MARK, classOf, codePointAt, isSpaceAt } from '../text/chars';
import {
  alternation,
  FIGURE_STOP_WORDS,
  FIGURE_UNITS,
  MARKET_INDICES,
  MEASURE_NOUNS,
  MONTH_NAMES,
  PEOPLE_AFTER_COUNT,
  SCORE_WORDS,
} from '../words';

const MONTH = `(?:${alternation(MONTH_NAMES)})`;
const MODIFIER =
  '(?:[Mm]ore than|[Ll]ess than|[Ff]ewer than|[Aa]t least|[Aa]t most|[Uu]p to|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Oo]ver|[Uu]nder|[Rr]oughly|[Aa]pproximately|[Aa]n estimated|[Aa]s many as|[Aa]s much as|[Ss]ome|[Jj]ust over|[Jj]ust under|[Ww]ell over|[Cc]lose to)';
const UNITS = alternation(FIGURE_UNITS);
const UNIT = `(?:%|\\s?per ?cent\\b|\\s?(?:${UNITS})\\b)`;
/**
 * A figure up to its unit: a year after a preposition (group 1: "since 2014"), or money,
 * percentages and counts with an optional modifier and a hyphenated unit. The up to three words
 * after a count are read by `nounWordsEnd`, so no Unicode class is compiled here (a /u pattern
 * costs a cold page most of a millisecond). Tried at one position at a time: see nextNumber.
 */
const NUMBER = new RegExp(
  [
    `(\\b(?:[Ss]ince|[Ii]n|[Bb]y|[Uu]ntil|till|[Ff]rom|[Bb]efore|[Aa]fter) (?:(?:early|mid|late)-?)?(?:1[89]|20)\\d\\d(?:s)?\\b)`,
    `(?:\\b${MODIFIER}\\s+)?(?:[£$€¥]\\s?)?(?<![\\w.,])\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:${UNIT})?(?:-[a-z]+(?:-[a-z]+)?)?`,
  ].join('|'),
  'y',
);
/**
 * Where the words after a count end: what /(?:\s+\p{Ll}[\p{L}\p{M}-]*){0,3}/uy matches from i ("30
 * countries", "26 other nations"), read with the character table.
 */
export function nounWordsEnd(text: string, i: number): number {
  for (let w = 0; w < 3; w++) {
    let j = i;
    while (isSpaceAt(text, j)) j++;
    if (j === i) break;
    let cp = codePointAt(text, j);
    if (!(classOf(cp) & LOWER)) break;
    j += cp > 0xffff ? 2 : 1;
    for (cp = codePointAt(text, j); cp === 45 || classOf(cp) & (LETTER | MARK); cp = codePointAt(text, j))
      j += cp > 0xffff ? 2 : 1;
    i = j;
  }
  return i;
}
/** A people after a count: "27 Palestinians", "three Americans", "200 Britons", "40 Israelis". */
const PEOPLE_AFTER = new RegExp(
  String.raw`^\s(?:[A-Z][a-z]+(?:ans|is|ons)|[A-Z][a-z]+\s(?:${alternation(PEOPLE_AFTER_COUNT)}))(?![\w’'])`,
);
/** Whether the code unit at i is a letter (\p{L}) by itself: a half of a surrogate pair is not. */
const letterUnitAt = (text: string, i: number) => i >= 0 && (classOf(text.charCodeAt(i)) & LETTER) !== 0;
const isHyphenCode = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;
/** A match score: "2-1 defeat", "3–0 win". */
const SCORE_BEFORE = /(?:^|[^\d])\d{1,2}[-–]$/;
const SCORE_AFTER = new RegExp(String.raw`^\s+(?:${alternation(SCORE_WORDS)})\b`);
/** Market indices named with a number ("S&P 500", "FTSE 100", "Nikkei 225"). */
const INDEX_BEFORE = new RegExp(String.raw`(?:\b[A-Z]+&[A-Z]+|\b(?:${alternation(MARKET_INDICES)}))\s$`);
const DIGIT_RUN = /\d+/g;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** \w, as \b reads it. */
const isWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 95;
const isCurrency = (c: number) => c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5;
/** Spaces and currency signs: what may stand between a modifier ("more than") and its digits. */
const isSpaceOrCurrency = (text: string, i: number) => isCurrency(text.charCodeAt(i)) || isSpaceAt(text, i);
/** How far before its first digit a figure can start, past spaces and currency: "approximately " is the longest. */
const LONGEST_LEAD = 16;

/**
 * The next match of NUMBER at or after `from`, as its global search would find it, tried only just
 * before the digits: every figure holds a digit not preceded by another, with at most a modifier,
 * spaces and a currency sign before it.
 */
function nextNumber(text: string, from: number): { index: number; text: string } | null {
  let tried = from - 1; // positions up to here failed
  DIGIT_RUN.lastIndex = from;
  for (let run = DIGIT_RUN.exec(text); run; run = DIGIT_RUN.exec(text)) {
    const d = run.index;
    if (d > 0 && isDigit(text.charCodeAt(d - 1))) continue; // the rest of a run cut at `from`
    let lo = d;
    while (lo > from && isSpaceOrCurrency(text, lo - 1)) lo--;
    for (let p = Math.max(from, lo - LONGEST_LEAD, tried + 1); p <= d; p++) {
      // a figure opens with its digit, a currency sign, or a word ("since", "more than") after a non-word character
      if (
        p < d &&
        !isCurrency(text.charCodeAt(p)) &&
        !(isAsciiLetter(text.charCodeAt(p)) && !isWordChar(text.charCodeAt(p - 1)))
      )
        continue;
      NUMBER.lastIndex = p;
      const m = NUMBER.exec(text);
      if (!m) continue;
      if (m[1] !== undefined) return { index: p, text: m[0] };
      // the count's noun: lower-case words, else a people named by a capitalised plural ("27 Palestinians")
      const end = nounWordsEnd(text, p + m[0].length);
      const people = end === p + m[0].length ? PEOPLE_AFTER.exec(text.slice(end, end + 24)) : null;
      return { index: p, text: text.slice(p, people ? end + people[0].length : end) };
    }
    tried = d;
  }
  return null;
}

const STOP_WORD = FIGURE_STOP_WORDS;
/** A month just before a number ("June 5") or just after it ("5 June"): a date. */
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s*$`);
const MONTH_AFTER = new RegExp(`^\\s*${MONTH}\\b`);
/** A figure's unit and hyphenated words right after its digits ("bn", "-year-old"). */
// (no 'u' flag: ASCII words, spaces and word edges read alike without it, and it compiles for less)
const UNIT_AFTER = new RegExp(String.raw`^(?:%|\s?per ?cent\b|\s?(?:${UNITS})\b)?(?:-[a-z]+(?:-[a-z]+)?)?`);
/** Keeps the noun after a figure: up to three words, stopping at a function word or after a plural. */
function trimNoun(s: string, core: string): string {
  const at = s.indexOf(core) + core.length;
  const head = s.slice(0, at);
  const rest = s.slice(at);
  const unit = UNIT_AFTER.exec(rest)![0];
  let out = head + unit;
  const words = rest.slice(unit.length).split(/\s+/).filter(Boolean);
  for (const w of words) {
    if (STOP_WORD.has(w)) break;
    out += ` ${w}`;
    if (/[^s]s$/.test(w) || w === 'people' || w === 'children' || w === 'men' || w === 'women') break;
  }
  return out;
}

/** A year's digits: 1800 to 2099, written with no comma. */
const YEAR_DIGITS = /^(?:1[89]|20)\d\d$/;
/**
 * A year before the words it dates, no count: "the 2016 presidential race", "his 2005 book", "the 2001
 * attacks". The digits open the figure (no modifier, no currency) and a word follows them, not a unit:
 * a count of a year's size is written with a comma in news ("2,000 people") or after a modifier
 * ("more than 2000 troops"), and stays a figure, as does one before a unit of money or measure ("2000 dollars").
 */
function yearBeforeWords(text: string, start: number, at: number, core: string): boolean {
  if (start !== at || !YEAR_DIGITS.test(core)) return false;
  let j = at + core.length;
  while (isSpaceAt(text, j)) j++;
  if (j === at + core.length || !(classOf(codePointAt(text, j)) & LOWER)) return false;
  if (UNIT_AFTER.exec(text.slice(at + core.length, j + 16))![0] !== '') return false;
  let e = j;
  while (e < text.length && classOf(codePointAt(text, e)) & LOWER) e++;
  return !MEASURE_NOUNS.has(text.slice(j, e));
}

/**
 * Figures in the text: "more than 30 countries", "a 30-day ceasefire", "£2.3bn", "4.1%", "since 2014".
 * No figure: a year alone or after "in", "by", "from" … (a date), an age naming someone ("the
 * 59-year-old"), a bare number (a list or page number), dates, times, scores, names with digits.
 */
export function findNumbers(text: string, sentences: Sentence[]): NumericSpan[] {
  const out: NumericSpan[] = [];
  // (a figure passed over resumes the search after its digits: the words read after them may open the next one)
  let resume = 0;
  for (let m = nextNumber(text, 0); m; m = nextNumber(text, resume)) {
    let s = m.text;
    const start = m.index;
    resume = m.index + m.text.length;
    const year = /^(?:since|in|by|until|till|from|before|after) /i.test(s);
    // "in 1991", "by 2030": a date, not a figure; "since 2014" says how long something has lasted
    if (year && !/^since /i.test(s)) continue;
    if (!year) {
      const digits = /\d[\d,.]*/.exec(s)!;
      const core = digits[0];
      const at = start + digits.index;
      resume = at + core.length;
      // a bare number, nothing read after its digits: no figure, whatever the tests below say (and
      // the search resumes after its digits either way)
      if (s === core) continue;
      // dates, times, scores and phone-like runs are not claims
      if (
        MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ||
        MONTH_AFTER.test(text.slice(at + core.length, at + core.length + 12).replace(/^(?:st|nd|rd|th)/, ''))
      )
        continue;
      if (
        /^[:/]\d/.test(text.slice(at + core.length, at + core.length + 2)) ||
        /\d[:/]$/.test(text.slice(Math.max(0, at - 2), at))
      )
        continue;
      if (/^\s?[ap]\.?m\b/i.test(text.slice(at + core.length, at + core.length + 5))) continue; // "7 p.m.", "10am": a time
      if (/^(?:st|nd|rd|th)\b/.test(text.slice(at + core.length))) continue;
      if (
        /^\s*(?:mins?|minutes?|hours?|hrs?|days?|seconds?|secs?)\s+ago\b/.test(
          text.slice(at + core.length, at + core.length + 16),
        )
      )
        continue; // "49 minutes ago"
      if (YEAR_DIGITS.test(core) && s === core) continue; // a bare year
      if (yearBeforeWords(text, start, at, core)) continue; // "the 2016 race", "his 2005 book", "the 2001 attacks"
      if (letterUnitAt(text, start - 1)) continue; // "A380", "G7"
      if (/^-year-old/.test(text.slice(at + core.length, at + core.length + 9))) continue; // "the 59-year-old": an age that names someone
      if (
        SCORE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
        SCORE_AFTER.test(text.slice(at + core.length, at + core.length + 12))
      )
        continue; // "a 2-1 defeat"
      if (INDEX_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue; // "the S&P 500 fell", "the FTSE 100": an index's name
      if (isHyphenCode(text.charCodeAt(start - 1)) && letterUnitAt(text, start - 2)) continue; // "Progress MS-04", "F-16", "Covid-19": part of a name
      resume = m.index + m.text.length; // (a figure kept: after all it read)
      s = trimNoun(s, core);
      if (s === core && !/[%£$€¥]/.test(s)) continue; // a bare number
    }
    s = s.replace(/[\s,.]+$/, '');
    if (!s) continue;
    out.push({ start, end: start + s.length, sentence: Math.max(0, sentenceAt(sentences, start)) });
  }
  return out;
}
