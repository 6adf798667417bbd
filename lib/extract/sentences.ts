import type { Range } from './findings';
import { isSpaceAt } from './chars';

export interface Sentence extends Range {
  paragraph: number;
}

/** Words before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sen gov rep gen lt col maj capt sgt adm prof rev fr no nos vs v jr sr co inc ltd corp dept est approx fig vol op ed cllr supt det insp mt ft etc al'.split(' '),
);

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

const BOUNDARY = /[.!?…]+["”’'»)]*(?=\s+["“‘'«(]?[\p{Lu}\d])/gu;

export function splitSentences(text: string, paragraphs: Range[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    // the boundaries are searched in the text itself, not a copy of the paragraph: one ending at the
    // paragraph's end would look past it, and a paragraph ends without spaces, so none can
    let start = p.start;
    BOUNDARY.lastIndex = p.start;
    for (let m = BOUNDARY.exec(text); m && m.index + m[0].length < p.end; m = BOUNDARY.exec(text)) {
      if (m[0][0] === '.') {
        const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(p.start, m.index - 12), m.index));
        const word = before ? before[1].toLowerCase() : '';
        // "Mr.", "Sen.", initials ("George W. Bush") and "U.S." mid-sentence
        const numberSign = (word === 'no' || word === 'nos') && !/^\s+\d/.test(text.slice(m.index + m[0].length, p.end));
        if ((ABBREVIATIONS.has(word) && !numberSign) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
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
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else if (sentences[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return lo < sentences.length ? lo : sentences.length - 1;
}

/** Whether pos lies inside one of the sorted, non-overlapping ranges (binary search). */
export function insideAny(ranges: Range[], pos: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= pos) lo = mid + 1;
    else if (ranges[mid].start > pos) hi = mid - 1;
    else return true;
  }
  return false;
}
