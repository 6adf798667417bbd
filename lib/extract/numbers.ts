import type { NumericSpan } from './findings';
import type { Sentence } from './sentences';
import { sentenceAt } from './sentences';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const MODIFIER = '(?:[Mm]ore than|less than|fewer than|at least|at most|up to|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Oo]ver|under|roughly|approximately|an estimated|as many as|as much as|some|just over|just under|well over|close to)';
const UNIT = '(?:%|\\s?per ?cent\\b|\\s?(?:bn|billion|m|million|trillion|tn|k|thousand|hundred)\\b)';
const NUMBER = new RegExp(
  [
    // a year after a preposition: "since 2014"
    `\\b(?:[Ss]ince|[Ii]n|[Bb]y|[Uu]ntil|till|[Ff]rom|[Bb]efore|[Aa]fter) (?:(?:early|mid|late)-?)?(?:1[89]|20)\\d\\d(?:s)?\\b`,
    // money, percentages, counts with an optional modifier, a hyphenated unit and a noun
    `(?:\\b${MODIFIER}\\s+)?(?:[£$€¥]\\s?)?(?<![\\w.,])\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:${UNIT})?(?:-[a-z]+(?:-[a-z]+)?)?(?:\\s+\\p{Ll}[\\p{L}\\p{M}-]*){0,3}`,
  ].join('|'),
  'gu',
);
const STOP_WORD = new Set('and or the of to in on at for with by from as is was are were has had have will would could should can may might but that this a an be been it he she they we who which when than said says while after before into over under per each'.split(' '));
const DATE_NEAR = new RegExp(`^\\s*${MONTH}\\b|\\b${MONTH}\\s*$`);
/** Keeps the noun after a figure: up to three words, stopping at a function word or after a plural. */
function trimNoun(s: string, core: string): string {
  const at = s.indexOf(core) + core.length;
  const head = s.slice(0, at);
  const rest = s.slice(at);
  const unit = /^(?:%|\s?per ?cent\b|\s?(?:bn|billion|m|million|trillion|tn|k|thousand|hundred)\b)?(?:-[a-z]+(?:-[a-z]+)?)?/u.exec(rest)![0];
  let out = head + unit;
  const words = rest.slice(unit.length).split(/\s+/).filter(Boolean);
  for (const w of words) {
    if (STOP_WORD.has(w)) break;
    out += ` ${w}`;
    if (/[^s]s$/.test(w) || w === 'people' || w === 'children' || w === 'men' || w === 'women') break;
  }
  return out;
}

/** Figures in the text: "more than 30 countries", "a 30-day ceasefire", "£2.3bn", "4.1%", "since 2014". */
export function findNumbers(text: string, sentences: Sentence[]): NumericSpan[] {
  const out: NumericSpan[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    let s = m[0];
    const start = m.index;
    if (!/^(?:since|in|by|until|till|from|before|after) /i.test(s)) {
      const digits = /\d[\d,.]*/.exec(s)!;
      const core = digits[0];
      const at = start + digits.index;
      // dates, times, scores and phone-like runs are not claims
      if (DATE_NEAR.test(text.slice(Math.max(0, at - 12), at)) || DATE_NEAR.test(text.slice(at + core.length, at + core.length + 12).replace(/^(?:st|nd|rd|th)/, ''))) continue;
      if (/^[:/]\d/.test(text.slice(at + core.length, at + core.length + 2)) || /\d[:/]$/.test(text.slice(Math.max(0, at - 2), at))) continue;
      if (/^(?:st|nd|rd|th)\b/.test(text.slice(at + core.length))) continue;
      if (/^\s*(?:mins?|minutes?|hours?|hrs?|days?|seconds?|secs?)\s+ago\b/.test(text.slice(at + core.length, at + core.length + 16))) continue; // "49 minutes ago"
      if (/^(?:1[89]|20)\d\d$/.test(core) && s === core) continue; // a bare year
      if (/[\p{L}]$/u.test(text.slice(Math.max(0, start - 1), start))) continue; // "A380", "G7"
      s = trimNoun(s, core);
      if (s === core && !/[%£$€¥]/.test(s)) continue; // a bare number
    }
    s = s.replace(/[\s,.]+$/, '');
    if (!s) continue;
    out.push({ start, end: start + s.length, sentence: Math.max(0, sentenceAt(sentences, start)) });
  }
  return out;
}
