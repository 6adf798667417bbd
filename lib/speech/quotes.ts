import type { Range } from '../engine/findings';
import { LETTER, NUMBER, classOf, isSpaceCode } from '../text/chars';

/** A quotation found by its marks, before it is classified or attributed. */
export interface RawQuote {
  start: number;
  end: number;
  open: number;
  close: number | null;
  mark: 'double' | 'single';
  nested: boolean;
  continues: boolean;
  paragraph: number;
}

const MARKS = /[“”"‘’'«»„‚]/g;

/**
 * How many quotes of one paragraph may run on to its end, left open where another quotation opens
 * (nested curly marks: none of the 20,000 paragraphs of the PolNeAR articles and the test pages has
 * more than 2). Past them, a quote left open ends where the next opens.
 */
const RUN_ON_MAX = 4;

/** A letter or digit (\p{L}, \p{N}); ASCII by its code. */
const isLetter = (c: string | undefined) => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57);
  return (classOf(k) & (LETTER | NUMBER)) !== 0;
};
/** Whitespace (\s) or nothing; ASCII by its code. */
const isSpace = (c: string | undefined) => c === undefined || isSpaceCode(c.charCodeAt(0));
/** Characters after which a quotation mark opens a quote. */
const isOpenerContext = (c: string | undefined) => c === undefined || /[\s(\[{—–\-:;,“"‘'/]/.test(c);

/**
 * Finds quotations by their marks, paragraph by paragraph. A double quote left open at a paragraph's
 * end runs to that end; a paragraph that then opens with a mark continues it. Single marks count as
 * quotes only where they open before a word and close after one, so apostrophes stay apostrophes.
 */
export function findQuoteMarks(text: string, paragraphs: Range[]): RawQuote[] {
  const out: RawQuote[] = [];
  let leftOpenIn = -10; // paragraph index whose double quote ran to its end
  // the next quotation mark not yet read: one pass over the text for all paragraphs (in order)
  MARKS.lastIndex = 0;
  let mm = MARKS.exec(text);
  let lastStart = -1;
  paragraphs.forEach((p, pi) => {
    let dOpen = -1; // offset of an open double mark
    let dCurly = false;
    let sOpen = -1; // offset of an open single mark
    let sNested = false;
    let firstOpen = true;
    let runOn = 0; // quotes of this paragraph left open where another opened (each runs to its end)
    const pushQuote = (
      open: number,
      close: number | null,
      mark: 'double' | 'single',
      nested: boolean,
      endAt = close ?? p.end,
    ) => {
      let s = open + 1;
      let e = endAt;
      while (s < e && isSpace(text[s])) s++;
      while (e > s && (isSpace(text[e - 1]) || text[e - 1] === ',')) e--;
      if (e <= s) return;
      const continues = mark === 'double' && !nested && open === p.start && firstOpen && pi - leftOpenIn <= 2;
      if (mark === 'double' && !nested) firstOpen = false;
      out.push({ start: s, end: e, open, close, mark, nested, continues, paragraph: pi });
    };
    // jump from mark to mark: most characters are not quotation marks
    if (p.start < lastStart) {
      MARKS.lastIndex = p.start; // paragraphs out of order: search again
      mm = MARKS.exec(text);
    }
    lastStart = p.start;
    while (mm && mm.index < p.start) mm = MARKS.exec(text); // marks between paragraphs
    for (; mm && mm.index < p.end; mm = MARKS.exec(text)) {
      const i = mm.index;
      const c = mm[0];
      if (c === '“' || c === '«' || c === '„') {
        // a quote still open: it runs on to the paragraph's end, holding this one ("“… when “your team”
        // needs …”": curly marks nested in curly marks); but only the first few in a paragraph: past
        // them it ends here (a run of opening marks made quotes that each ran on to the end, each
        // holding the next: 100,000 of them took minutes)
        if (dOpen >= 0) {
          if (runOn < RUN_ON_MAX) {
            pushQuote(dOpen, null, 'double', false);
            runOn++;
          } else pushQuote(dOpen, null, 'double', false, i);
        }
        dOpen = i;
        dCurly = true;
        sOpen = -1;
      } else if (c === '”' || c === '»') {
        if (dOpen >= 0) {
          if (sOpen >= 0 && sNested) sOpen = -1;
          pushQuote(dOpen, i, 'double', false);
          dOpen = -1;
        }
      } else if (c === '"') {
        if (dOpen >= 0 && dCurly) continue; // straight marks inside curly ones are nested
        if (dOpen >= 0) {
          if (sOpen >= 0 && sNested) sOpen = -1;
          pushQuote(dOpen, i, 'double', false);
          dOpen = -1;
        } else if (dOpen < 0 && !isSpace(text[i + 1])) {
          dOpen = i;
          dCurly = false;
          sOpen = -1;
        }
      } else if (c === '‘' || c === "'" || c === '’' || c === '‚') {
        const prev = i > p.start ? text[i - 1] : undefined;
        const next = text[i + 1];
        if (sOpen >= 0 && c !== '‘' && !isLetter(next) && !isSpace(prev)) {
          pushQuote(sOpen, i, 'single', sNested);
          sOpen = -1;
        } else if (
          sOpen < 0 &&
          c !== '’' &&
          isOpenerContext(prev) &&
          (isLetter(next) || next === '.') &&
          !/^\d\ds\b/.test(text.slice(i + 1, i + 4))
        ) {
          sOpen = i;
          sNested = dOpen >= 0;
        }
      }
    }
    if (dOpen >= 0) {
      pushQuote(dOpen, null, 'double', false);
      leftOpenIn = pi;
    }
  });
  return out.sort((a, b) => a.open - b.open);
}
