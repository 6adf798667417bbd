/**
 * Pass 2, not-names: capitalised words and runs that are no actor's name. Wire credits and a web
 * page's picture labels (skipped whole), US party-and-state tags, contractions opening a sentence,
 * picture credits, sentence-opening words, days, months and times in capitals.
 */
import { wordListMark, type Token } from '../text/tokens';
import { isSpaceAt } from '../text/chars';
import { isGivenName, MEDIA_LABELS, MEDIA_SOURCE, TIME_WORDS, VERB_OPENERS } from '../words';
import { isOn } from '../engine/rules';
import { CALENDAR_WORD, SENTENCE_WORD, TITLE_PHRASES, possessive, type NameContext } from './context';
import { COLLECTIVE_POSSESSOR } from './runs';
import type { NameRun } from './titles';

/** "We’re", "Don't": capitalised contractions open sentences, they are not names. */
const CONTRACTION = /[’'ʼ](?:re|ve|ll|d|m|t)$|n[’'ʼ]t$/i;
/** An apostrophe where a contraction's would be: "we’re" (third from the end), "don’t" (second). */
const isApostrophe = (c: number) => c === 0x2019 || c === 39 || c === 0x02bc;
const mayBeContraction = (w: string) =>
  isApostrophe(w.charCodeAt(w.length - 2)) || isApostrophe(w.charCodeAt(w.length - 3));
/** "We’re", "Don't" at token t. */
export const isContraction = (t: Token): boolean => mayBeContraction(t.text) && CONTRACTION.test(t.text);

/** Picture and video credits before a name. */
const CREDIT_BEFORE = new RegExp(
  `(?:(?:photo(?:graph)?|picture|image|video|illustration|credit|footage)s?\\s*(?:by\\s*|:\\s*)|${MEDIA_SOURCE})$`,
  'i',
);
/** CREDIT_BEFORE on the 24 characters before `pos`, read only when they end in "by" or a colon (and spaces). */
export function creditBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 24);
  let k = pos - 1;
  while (k >= from && isSpaceAt(text, k)) k--;
  const c = text.charCodeAt(k);
  if (k < from || !(c === 58 || c === 121 || c === 89 || c === 44)) return false;
  // (a comma: only "Image source, …"; cheap test first)
  if (c === 44 && !(text.charCodeAt(k - 1) === 101 && text.charCodeAt(k - 2) === 99)) return false;
  return CREDIT_BEFORE.test(text.slice(from, pos));
}

const PARTY_TAG = /^[DRI][-‐][A-Z][A-Za-z]{0,4}$/;
/** The token after a US party-and-state tag opening at token i ("(D-Mass.)", ", R-La.,", "D-N.Y."), or i when none. */
export function partyTagEnd(text: string, tokens: Token[], i: number): number {
  const t = tokens[i];
  // (cheap test first: a hyphen after the first letter)
  const h = text.charCodeAt(t.start + 1);
  if ((h !== 45 && h !== 0x2010) || t.end - t.start > 7 || !PARTY_TAG.test(t.text)) return i;
  const before = text.slice(Math.max(0, t.start - 2), t.start);
  if (!/(?:\(|,\s)$/.test(before)) return i;
  let j = i + 1;
  while (
    j < tokens.length &&
    tokens[j].end - tokens[j].start <= 3 &&
    text.slice(tokens[j - 1].end, tokens[j].start) === '.'
  )
    j++;
  return j;
}
/** "(D-Mass.)": a run opening a bracket with a US party-and-state tag. */
export const partyTagInBracket = (text: string, t: Token): boolean =>
  text[t.start - 1] === '(' && /^[DRI][-‐]\p{Lu}/u.test(t.text);

/** How a wire's closing credits open: "(Reporting by …", "(Writing by …", "(Additional reporting by …". */
const CREDIT_OPENER = new Set(['reporting', 'writing', 'editing', 'additional', 'compiled', 'corrects']);
/** The first words of labels and credits, as one mark: most tokens are ruled out by a bit. */
export const LABEL_WORD = wordListMark(new Set([...MEDIA_LABELS, ...CREDIT_OPENER]));

/** "(Reporting by Arsheya Bajwa in Bengaluru; Editing by Alan Barona)": the token after the wire's credits, or -1. */
export function wireCreditsEnd(ctx: NameContext, i: number): number {
  const { tokens, text } = ctx;
  const t = tokens[i];
  if (!(t.marks & LABEL_WORD && CREDIT_OPENER.has(t.lower) && text[t.start - 1] === '(')) return -1;
  const close = text.indexOf(')', t.end);
  if (!(close > 0 && close - t.end < 240)) return -1;
  while (i < tokens.length && tokens[i].start < close) i++;
  return i;
}

/** "Image source, Getty Images", "Image caption, …": a web page's labels for a picture: the token after, or -1. */
export function mediaLabelEnd(ctx: NameContext, i: number): number {
  const { tokens, text } = ctx;
  const t = tokens[i];
  return t.marks & LABEL_WORD &&
    MEDIA_LABELS.has(t.lower) &&
    i + 1 < tokens.length &&
    (tokens[i + 1].lower === 'source' || tokens[i + 1].lower === 'caption') &&
    text[tokens[i + 1].end] === ','
    ? i + 2
    : -1;
}

/** Wire credits or a picture's labels at token i (its mark LABEL_WORD): the token after them, or -1. */
export function labelEnd(ctx: NameContext, i: number): number {
  const end = wireCreditsEnd(ctx, i);
  return end >= 0 ? end : mediaLabelEnd(ctx, i);
}

/** Time words in capitals ("9:30 AM ET"). */
const TIME_WORD = wordListMark(TIME_WORDS);
/** Whether tokens a..b are all time words ("AM ET"). */
function allTimeWords(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!(tokens[k].marks & TIME_WORD)) return false;
  return true;
}

/**
 * "Said Lee, …", "Says Ann Lee would …", "Using Tom Berg?": a verb of saying, a headline's verb or a gerund
 * (VERB_OPENERS) opening a sentence or a line, before a person's name (one word, or a given name or a
 * title first), is no part of the name (rule name:verb-first); a given name the lists hold ("Will Smith",
 * "Chase Elliott") is kept.
 */
function verbFirst(ctx: NameContext, i: number, s: number, end: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[s];
  if (!(s + 1 < end && tokens[s + 1].cap && !t.acronym && VERB_OPENERS.has(t.lower))) return false;
  // a person's name after it: one word, or a given name or a title first ("Playing Field Promotions" stays whole)
  const next = tokens[s + 1];
  if (!(s + 2 === end || isGivenName(next.lower) || next.marks & TITLE_PHRASES.first)) return false;
  const opens = ctx.sentenceStartTok[s] !== 0 || s > i || t.start === 0 || text[t.start - 1] === '\n';
  return opens && !isGivenName(t.lower) && isOn('name:verb-first');
}

/**
 * Drops what is no name from the ends of the run [run.s, run.end) that opened at token i: sentence-opening
 * words ("Meanwhile Donald Trump"), a verb before a name ("Says Ann Lee"), days and months ("on Sunday", "last Tuesday"), times ("9:30 AM ET").
 * Whether anything is left.
 */
export function trimRun(ctx: NameContext, i: number, run: NameRun): boolean {
  const { tokens, text } = ctx;
  let s = run.s;
  let end = run.end;
  let dropping = true;
  while (s < end && dropping && !tokens[s].acronym) {
    const marks = tokens[s].marks;
    dropping =
      (marks & CALENDAR_WORD) !== 0 ||
      ((ctx.sentenceStartTok[s] !== 0 || s > i) &&
        (marks & SENTENCE_WORD) !== 0 &&
        !(s + 1 < end && COLLECTIVE_POSSESSOR.has(tokens[s].lower) && possessive(text, tokens[s])) &&
        // "A. Dale", "I. Austin": an initial, not the word "A" or "I"
        !(s + 1 < end && tokens[s].end - tokens[s].start === 1 && text.charCodeAt(tokens[s].end) === 46));
    if (dropping) s++;
  }
  run.verbCut = verbFirst(ctx, i, s, end);
  if (run.verbCut) s++;
  while (end > s && tokens[end - 1].marks & CALENDAR_WORD) end--;
  run.s = s;
  run.end = end;
  return !(
    end <= s ||
    (allTimeWords(tokens, s, end) && /\d\s*$/.test(text.slice(Math.max(0, tokens[s].start - 8), tokens[s].start)))
  );
}
