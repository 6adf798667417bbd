import type { Range } from '../engine/findings';
import { LETTER, classOf, isSpaceAt } from './chars';
import { isDottedLetters, isOneLetter } from './ascii';
import { ABBREVIATIONS, MONTH_ABBREVIATIONS, SENTENCE_WORDS } from '../words';
import { countBefore } from './search';

export interface Sentence extends Range {
  paragraph: number;
}

/** Paragraphs are the text's lines; blank lines are skipped. */
export function splitParagraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  while (start <= text.length) {
    let i = text.indexOf('\n', start);
    if (i < 0) i = text.length;
    let s = start;
    let e = i;
    while (s < e && isSpaceAt(text, s)) s++;
    while (e > s && isSpaceAt(text, e - 1)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = i + 1;
  }
  return out;
}

/**
 * Where the letters and dots (\p{L}, ".") that end at `end` begin, reading back no further than
 * `floor`: the match of /([\p{L}.]+)$/u in text.slice(floor, end), found without the copy.
 */
function lettersAndDotsBefore(text: string, floor: number, end: number): number {
  let k = end;
  while (k > floor) {
    const c = text.charCodeAt(k - 1);
    if (c < 128) {
      if (c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) k--;
      else break;
      continue;
    }
    // a letter beyond the BMP is a surrogate pair, both halves inside the stretch; a lone half is no letter
    const high = c >= 0xdc00 && c <= 0xdfff && k - 2 >= floor ? text.charCodeAt(k - 2) : 0;
    const pair = high >= 0xd800 && high <= 0xdbff;
    if (!(classOf(pair ? (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000 : c) & LETTER)) break;
    k -= pair ? 2 : 1;
  }
  return k;
}

/**
 * A sentence's end: its stops, closing marks, then spaces and a capital or a digit. A match opens
 * only where a run of stops opens (the lookbehind): tried inside a run, the stops would be read to its
 * end and given back one by one at every position, and 100 KB of dots took half a minute. No match
 * inside a run could succeed where the one at its start failed (the stops are taken whole either way).
 */
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’'»)]*(?=\s+(?:''|["“‘'«(])?[\p{Lu}\d])/gu;

/** Whether the word after position i (past spaces and an opening mark) is one that opens sentences ("His", "The"). */
function opensSentence(text: string, i: number): boolean {
  const m = NEXT_WORD.exec(text.slice(i, i + 24));
  return !!m && SENTENCE_WORDS.has(m[1].toLowerCase());
}
/** Whether text[from, end) opens with white space and a digit: /^\s+\d/ on that stretch, without the copy. */
function spacesThenDigit(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && isSpaceAt(text, i)) i++;
  const c = text.charCodeAt(i);
  return i > from && i < end && c >= 48 && c <= 57;
}
const NEXT_WORD = /^\s+(?:''|["“‘'«(])?([A-Za-z]+)/;

export function splitSentences(text: string, paragraphs: Range[]): Sentence[] {
  const out: Sentence[] = [];
  // one search over the whole text for all paragraphs, in order: a match holds no space, so each lies
  // inside one paragraph (searching afresh from each paragraph's start read on to the next match, as
  // far as the text's end when no stop followed: 50,000 one-word paragraphs took seconds)
  BOUNDARY.lastIndex = 0;
  let m = BOUNDARY.exec(text);
  let lastStart = -1;
  paragraphs.forEach((p, pi) => {
    // the boundaries are searched in the text itself, not a copy of the paragraph: one ending at the
    // paragraph's end would look past it, and a paragraph ends without spaces, so none can
    let start = p.start;
    if (p.start < lastStart) {
      BOUNDARY.lastIndex = p.start; // paragraphs out of order: search again
      m = BOUNDARY.exec(text);
    }
    lastStart = p.start;
    while (m && m.index < p.start) m = BOUNDARY.exec(text); // before this paragraph
    for (; m && m.index + m[0].length < p.end; m = BOUNDARY.exec(text)) {
      if (m[0][0] === '.') {
        const word = text
          .slice(lettersAndDotsBefore(text, Math.max(p.start, m.index - 12), m.index), m.index)
          .toLowerCase();
        // "Mr.", "Sen.", initials ("George W. Bush") and "U.S." mid-sentence (not before a word that opens
        // sentences: "… entering the U.S. The proposal …")
        const numberSign = (word === 'no' || word === 'nos') && !spacesThenDigit(text, m.index + m[0].length, p.end);
        // "on Dec. 5", "Sept. 12, 2015": a month cut short before a day's number
        const date = MONTH_ABBREVIATIONS.has(word) && spacesThenDigit(text, m.index + m[0].length, p.end);
        // (a letter before a word that opens sentences ends one: "… wrote on X. His chief of staff …")
        if (
          (ABBREVIATIONS.has(word) && !numberSign) ||
          date ||
          ((isOneLetter(word) || isDottedLetters(word)) && !opensSentence(text, m.index + m[0].length))
        )
          continue;
      }
      const end = m.index + m[0].length;
      out.push({ start, end, paragraph: pi });
      start = end;
      while (start < p.end && isSpaceAt(text, start)) start++;
    }
    if (start < p.end) out.push({ start, end: p.end, paragraph: pi });
  });
  return out;
}

/** Index of the sentence holding `pos` (binary search); -1 if none. */
export function sentenceAt(sentences: Range[], pos: number): number {
  // the first sentence that ends after pos: it holds pos, or pos lies in the gap before it
  return Math.min(countBefore(sentences, 'end', pos + 1), sentences.length - 1);
}

/** Whether pos lies inside one of the sorted, non-overlapping ranges (binary search). */
export function insideAny(ranges: Range[], pos: number): boolean {
  const i = countBefore(ranges, 'end', pos + 1);
  return i < ranges.length && ranges[i].start <= pos;
}
