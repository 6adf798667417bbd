/**
 * Pass 3, boundaries of a name in its run: titles before it ("Prime Minister", "Lt. Gen."), a title
 * inside the run ("Australian Federal Police Commissioner Andrew Colvin") and the court's words before
 * a judge's, a country word of its own before a title, a place word after ("Donetsk region"), a
 * lower-case title before the run ("French president Emmanuel Macron") and an abbreviation's full stop.
 */
import { isOn } from '../engine/rules';
import type { NameCandidate, Range } from '../engine/findings';
import { wordListMark, type Token } from '../text/tokens';
import {
  BODY_NAME_ENDINGS,
  COURT_WORDS,
  INSTITUTION_NOUNS,
  JOB_AREAS,
  LOWER_TITLE_HEADS,
  JOB_TITLES,
  ONE_WORD_JOBS,
  ORG_HEADS,
  PLACE_TAILS,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
  TITLES,
  WEAK_TITLES,
  isGivenName,
} from '../words';
import {
  JOB_TITLE_PHRASES,
  NAME_PARTICLE,
  TITLE_PHRASES,
  candidate,
  matchPhrase,
  possessive,
  spaced,
  wordsOf,
  type NameContext,
} from './context';
import { ROYAL_POSSESSOR } from './runs';

/** A capitalised run as the name pass narrows it: one per findNames call, reused for every run. */
export interface NameRun {
  /** the run's first token that is part of the name (after dropped words and a country word) */
  s: number;
  /** the first token after the titles: where the name itself starts */
  n: number;
  /** the token after the run */
  end: number;
  title: string | null;
  qualifier: Range | null;
  /** a verb opening the sentence was cut from the run's start (trimRun: rule name:verb-first) */
  verbCut: boolean;
  /** a job's area was read into the inner title ("Texas Agriculture Commissioner": rule name:job-area) */
  jobArea: boolean;
}

/** Last words that make "<title> <word>" the name of a body, not a titled person ("Premier League"). */
const NAME_OF_BODY = wordListMark(BODY_NAME_ENDINGS);
/** Lower-case words that finish a place name ("Donetsk region", "Ninety Mile beach"). */
const PLACE_TAIL = wordListMark(PLACE_TAILS);
/** How nationality words end ("Chinese", "Russian", "Korean", "British", "Israeli", "American", "Afghan"). */
const NATIONALITY_ENDING = /(?:ese|ian|ean|ish|i|ican|ghan)$/;
/** How other adjectives before a place word end: a party's, a region's ("a Democratic state", "a Southern state"). */
const ADJECTIVE_ENDING = /(?:tic|ern)$/;
/**
 * Abbreviations that end a name, whose full stop is part of the name as written ("Acme Corp.",
 * "Vance Bros.", "Tom Hale Jr."): the closed set of companies' legal forms and a son's suffix.
 */
const ABBREVIATED_ENDINGS = new Set(['corp', 'inc', 'co', 'cos', 'ltd', 'bros', 'jr', 'sr']);
/** Lower-case job words that make a title before a name on their own ("oil boss Ivan Petrov"): their mark. */
const LOWER_TITLE_HEAD = wordListMark(LOWER_TITLE_HEADS);
/** The mark of the last words of the titles and role nouns: a lower-case title before a name ends in one. */
const TITLE_ENDING = wordListMark(new Set([...TITLES, ...ROLE_NOUNS].map((w) => w.slice(w.lastIndexOf(' ') + 1))));

/** Titles at the run's start ("Prime Minister Sir …"): moves run.n past them and sets run.title. */
export function leadingTitles(ctx: NameContext, run: NameRun): void {
  const { tokens, text } = ctx;
  const { end } = run;
  let n = run.n;
  let title = run.title;
  for (;;) {
    const len = matchPhrase(tokens, n, TITLE_PHRASES, text);
    if (!len || n + len >= end) break;
    const words = tokens.slice(n, n + len);
    // ("Secretary of State …": a title's own lower-case "of" stays in it)
    if (words.some((w) => !w.cap && w.lower !== 'of')) break;
    if (len === 1 && WEAK_TITLES.has(words[0].lower) && !TITLES.has(tokens[n + 1]?.lower ?? '') && !tokens[n + 1]?.cap)
      break;
    // "St. Peter's Basilica", "St Thomas' Hospital": a place named for a saint, not a saint
    if (len === 1 && /^(?:st|saint)$/.test(words[0].lower) && n + 2 < end && possessive(text, tokens[n + 1])) break;
    // "the King's Fund", "Queen's University": a name opened by a monarch's possessive
    if (len === 1 && ROYAL_POSSESSOR.has(words[0].lower) && possessive(text, tokens[n])) break;
    // "Premier League", "General Motors", "Justice Department": a title and one word that names a body
    if (n + len === end - 1 && tokens[end - 1].marks & NAME_OF_BODY) break;
    title = title ? `${title} ${words.map((w) => w.lower).join(' ')}` : words.map((w) => w.lower).join(' ');
    n += len;
  }
  run.n = n;
  run.title = title;
}

/**
 * A title word the phrase lists do not hold, opening the run: a rank in hyphenated words
 * ("Lieutenant-Colonel Max Harner", "Major-General Ivan Petrov"), a job in a hyphenated compound before a
 * given name ("Fact-Checker Ann Lee", "Co-Founder Tom Hale"), or a job's word opening a sentence
 * ("Economist Ann Lee said", "Comedian Ann Lee said", as "economist Ann Lee" is read in lower case). Sets run.title and moves
 * run.n past it (only before two capitalised words or more: a full name).
 */
/** A hyphenated compound that names a job: its last part a job's word or one who does ("fact-checker", "co-founder"), its first no given name. */
function jobCompound(w: string): boolean {
  const parts = w.split('-');
  const last = parts[parts.length - 1];
  if (parts.length > 3 || isGivenName(parts[0])) return false;
  return JOB_TITLES.has(last) || ONE_WORD_JOBS.has(last) || TITLES.has(last) || /..(?:er|or|ist)$/.test(last);
}

export function openingRankOrJob(ctx: NameContext, run: NameRun): void {
  const { tokens } = ctx;
  const { n, end } = run;
  if (end - n < 3 || run.title) return;
  const w = tokens[n].lower;
  const rank = w.includes('-') && w.split('-').every((p) => TITLES.has(p) || TITLE_MODIFIERS.has(p));
  // ("Fact-Checker Ann Lee", "Co-Founder Tom Hale": a job in a hyphenated compound before a given name)
  const compound = w.includes('-') && jobCompound(w) && isGivenName(tokens[n + 1].lower);
  const job = ctx.sentenceStartTok[n] !== 0 && (JOB_TITLES.has(w) || ONE_WORD_JOBS.has(w)) && !tokens[n].acronym;
  if (!rank && !job && !compound) return;
  // ("Inspector-General of Mines and Quarries": an office's name, no rank before a person's)
  if (tokens[n + 1].lower === 'of' && isOn('name:body-of')) return;
  run.title = w.replace(/-/g, ' ');
  run.n = n + 1;
}

/**
 * "Then-Secretary of State Ann Lee", "former secretary of State Ann Lee": a title whose first word, joined to a word before it, stands
 * outside the run, and whose last word opens it. Moves run.n past that word and sets run.title.
 */
export function titleAcrossOf(ctx: NameContext, run: NameRun): void {
  const { tokens } = ctx;
  const { s, end } = run;
  if (s < 2 || end - s < 3 || tokens[s - 1].lower !== 'of') return;
  const before = tokens[s - 2].lower;
  const title = `${before.slice(before.lastIndexOf('-') + 1)} of ${tokens[s].lower}`;
  if (!TITLES.has(title)) return;
  run.title = title;
  run.n = s + 1;
}

/**
 * A title inside the run: "Australian Federal Police Commissioner Andrew Colvin", "Aerospace Writer
 * Marcia Dunn". Sets run.title and run.n; returns the title's first token, or -1 when none.
 */
export function innerTitle(ctx: NameContext, run: NameRun): number {
  const { tokens, text } = ctx;
  const { n, end } = run;
  // (whether a word that is no name's, lower case and no particle, stands at or after each token of the
  // run: read once, not again from each title tried, which was quadratic in a long run of titles)
  let unnamedFrom: Uint8Array | null = null;
  for (let p = end - 2; p > n; p--) {
    let len = Math.max(matchPhrase(tokens, p, JOB_TITLE_PHRASES, text), matchPhrase(tokens, p, TITLE_PHRASES, text));
    if (!len || p + len >= end) continue;
    // the longest title ending there: "Defence Minister", not "Minister"
    for (let q = p - 1; q > n && p - q <= 3; q--) {
      if (matchPhrase(tokens, q, TITLE_PHRASES, text) === p + len - q) {
        len = p + len - q;
        p = q;
      }
    }
    // "Senate Majority Leader": the modifiers before a title belong to it, and a job's area ("Texas
    // Agriculture Commissioner", "Campaign Communications Director": rule name:job-area)
    let area = false;
    while (
      p - 1 > n &&
      (TITLE_MODIFIERS.has(tokens[p - 1].lower) || (JOB_AREAS.has(tokens[p - 1].lower) && isOn('name:job-area'))) &&
      tokens[p - 1].cap &&
      spaced(text, tokens[p - 2], tokens[p - 1])
    ) {
      area ||= !TITLE_MODIFIERS.has(tokens[p - 1].lower);
      p--;
      len++;
    }
    // the rest of the run, after the title: tokens[p + len, end)
    unnamedFrom ??= unnamedMarks(tokens, n, end);
    // (a name's particles may be in lower case: "Crown Prince Mohammed bin Salman")
    if (
      unnamedFrom[p + len - n] ||
      tokens.slice(p, p + len).some((w) => !w.cap && w.lower !== 'of' && w.lower !== 'and')
    )
      continue;
    if (WEAK_TITLES.has(tokens[p].lower) && len === 1 && end - (p + len) < 2) continue;
    // "Homicide and Major Enquiry Team": a body's name, no title and a person
    if (ORG_HEADS.has(tokens[end - 1].lower)) continue;
    run.title = wordsOf(tokens, p, p + len);
    run.n = p + len;
    run.jobArea = area;
    return p;
  }
  return -1;
}

/** For each token of [n, end): 1 when a word that is no name's (lower case, no particle) stands at or after it. */
function unnamedMarks(tokens: Token[], n: number, end: number): Uint8Array {
  const marks = new Uint8Array(end - n + 1);
  for (let k = end - 1; k >= n; k--) {
    const w = tokens[k];
    marks[k - n] = marks[k - n + 1] || (!w.cap && !w.acronym && !(w.marks & NAME_PARTICLE)) ? 1 : 0;
  }
  return marks;
}

/** "U.S. District Judge …", "Chief Magistrate Judge …": the court's words belong to the title. The new title start. */
export function courtWords(ctx: NameContext, run: NameRun, prefixEnd: number): number {
  const { tokens } = ctx;
  const { s, title } = run;
  if (!(prefixEnd > s && title && /\b(?:judge|justice)$/.test(title))) return prefixEnd;
  let cut = prefixEnd;
  while (cut > s && COURT_WORDS.has(tokens[cut - 1].lower)) cut--;
  if (cut >= prefixEnd) return prefixEnd;
  run.title = `${wordsOf(tokens, cut, prefixEnd)} ${title}`;
  return cut > s ? cut : -1;
}

/**
 * The words of the run before its inner title (at prefixEnd): "Ukrainian Defence Minister …", "US
 * Secretary of State …": a country word of its own, a name of its own, and the run goes on after it
 * (but "Chief Election Commissioner …", "Deputy Foreign Minister …" are one title).
 */
export function countryPrefix(ctx: NameContext, run: NameRun, prefixEnd: number, names: NameCandidate[]): void {
  const { tokens } = ctx;
  const { s } = run;
  if (!(prefixEnd > s)) return;
  const first = tokens[s];
  const single = prefixEnd - s === 1;
  if (
    !TITLE_MODIFIERS.has(first.lower) &&
    (!single || first.acronym || /(?:an|ian|ean|ese|ish|i)$/.test(first.lower))
  ) {
    names.push(
      candidate(ctx, first.start, tokens[prefixEnd - 1].end, single ? 'acronym' : 'name', {
        sentenceStart: ctx.sentenceStartTok[s] !== 0,
      }),
    );
    run.s = prefixEnd;
  } else {
    run.title = `${wordsOf(tokens, s, prefixEnd)} ${run.title}`;
  }
}

/**
 * A trailing lower-case place word: "Donetsk region" (not after a lone nationality word: "Chinese
 * state media", "a Russian region"). Moves run.end past it.
 */
export function placeTail(ctx: NameContext, run: NameRun): void {
  const { tokens, text } = ctx;
  const { s, end } = run;
  if (
    end < tokens.length &&
    tokens[end].marks & PLACE_TAIL &&
    !tokens[end - 1].acronym &&
    spaced(text, tokens[end - 1], tokens[end]) &&
    !possessive(text, tokens[end - 1]) &&
    !(end - s === 1 && (NATIONALITY_ENDING.test(tokens[s].lower) || ADJECTIVE_ENDING.test(tokens[s].lower)))
  )
    run.end = end + 1;
}

/** "French president" / "US special envoy" before a capitalised name at token s. */
export function lowerTitleBefore(ctx: NameContext, s: number): { title: string; qualifier: Range | null } | null {
  const { tokens, text } = ctx;
  // the title's last word is the token just before the name: lower case, a space away
  const last = tokens[s - 1];
  if (!last || last.cap || !spaced(text, last, tokens[s])) return null;
  const head = (last.marks & LOWER_TITLE_HEAD) !== 0;
  if (!head && !(last.marks & TITLE_ENDING)) return null; // no title or role noun ends in this word
  for (let len = 2; len >= 1; len--) {
    const k = s - len;
    if (k < 0 || tokens[k].cap) continue;
    const phrase = len === 2 ? `${tokens[k].lower} ${last.lower}` : last.lower;
    if (!head && !TITLES.has(phrase) && !ROLE_NOUNS.has(phrase)) continue;
    if (INSTITUTION_NOUNS.has(last.lower)) return null; // "the weather agency Aemet": a body's name, no person's title
    const q = tokens[k - 1];
    const qualifier = q && (q.cap || q.acronym) && spaced(text, q, tokens[k]) ? { start: q.start, end: q.end } : null;
    return { title: phrase, qualifier };
  }
  return null;
}

/** "Acme Corp.": the abbreviation's full stop stays with the name (not after a lone word: "Co." alone is no name). */
export function abbreviationStop(text: string, last: Token, single: boolean): number {
  return !single && text.charCodeAt(last.end) === 46 && ABBREVIATED_ENDINGS.has(last.lower) ? 1 : 0;
}
