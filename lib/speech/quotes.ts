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
 * One paragraph's scan, mark by mark: the marks still open, and the quotes pushed so far. One scan
 * serves all of a text's paragraphs (`paragraph` starts the next).
 */
class MarkScan {
  readonly out: RawQuote[] = [];
  /** paragraph index whose double quote ran to its end */
  leftOpenIn = -10;
  p: Range = { start: 0, end: 0 };
  pi = 0;
  /** offset of an open double mark */
  dOpen = -1;
  dCurly = false;
  /** the open double quote's mark is two apostrophes (''…'') */
  dApos = false;
  /** offset of an open single mark */
  sOpen = -1;
  sNested = false;
  firstOpen = true;
  /** quotes of this paragraph left open where another opened (each runs to its end) */
  runOn = 0;
  /** straight quotes opened inside the open curly one (nested: "“He said "no" to me”") */
  nestedStraight = 0;

  constructor(readonly text: string) {}

  paragraph(p: Range, pi: number) {
    this.p = p;
    this.pi = pi;
    this.dOpen = -1;
    this.dCurly = false;
    this.dApos = false;
    this.sOpen = -1;
    this.sNested = false;
    this.firstOpen = true;
    this.runOn = 0;
    this.nestedStraight = 0;
  }

  /** Pass 2, the quote span: the words between the marks, trimmed of spaces (and a comma at the end). */
  push(open: number, close: number | null, mark: 'double' | 'single', nested: boolean, endAt = close ?? this.p.end) {
    const text = this.text;
    // (two apostrophes open it: the words start after both)
    let s = mark === 'double' && text[open] === "'" ? open + 2 : open + 1;
    let e = endAt;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && (isSpace(text[e - 1]) || text[e - 1] === ',')) e--;
    if (e <= s) return;
    const continues =
      mark === 'double' && !nested && open === this.p.start && this.firstOpen && this.pi - this.leftOpenIn <= 2;
    if (mark === 'double' && !nested) this.firstOpen = false;
    this.out.push({ start: s, end: e, open, close, mark, nested, continues, paragraph: this.pi });
  }

  /**
   * “ « „: a quote still open runs on to the paragraph's end, holding this one ("“… when “your team”
   * needs …”": curly marks nested in curly marks); but only the first few in a paragraph: past them it
   * ends here (a run of opening marks made quotes that each ran on to the end, each holding the next:
   * 100,000 of them took minutes).
   */
  openCurly(i: number) {
    if (this.dOpen >= 0) {
      if (this.runOn < RUN_ON_MAX) {
        this.push(this.dOpen, null, 'double', false);
        this.runOn++;
      } else this.push(this.dOpen, null, 'double', false, i);
    }
    this.dOpen = i;
    this.dCurly = true;
    this.dApos = false;
    this.sOpen = -1;
    this.nestedStraight = 0;
  }

  /** ” » (and a straight mark that closes): the open double quote ends here. */
  closeDouble(i: number) {
    if (this.dOpen < 0) return;
    if (this.sOpen >= 0 && this.sNested) this.sOpen = -1;
    this.push(this.dOpen, i, 'double', false);
    this.dOpen = -1;
    this.dApos = false;
  }

  /**
   * ": it closes an open straight quote, or opens one before a word; inside curly marks it is nested
   * ("“He said "no" to me”"), unless it closes the curly quote, typed where ” was meant ("“It is
   * late," she said"): it follows a word and a space follows it, with no nested straight quote open.
   */
  straight(i: number) {
    if (this.dOpen >= 0 && this.dApos) return; // ("''He said "no" to me''": nested)
    if (this.dOpen >= 0 && this.dCurly) {
      const text = this.text;
      const closer =
        (isLetter(text[i - 1]) || /[.,!?;]/.test(text[i - 1])) && (i + 1 >= this.p.end || isSpace(text[i + 1]));
      if (!closer) this.nestedStraight++;
      else if (this.nestedStraight > 0) this.nestedStraight--;
      else this.closeDouble(i);
      return;
    }
    if (this.dOpen >= 0) this.closeDouble(i);
    else if (!isSpace(this.text[i + 1])) {
      this.dOpen = i;
      this.dCurly = false;
      this.dApos = false;
      this.sOpen = -1;
    }
  }

  /**
   * '' (two apostrophes, typed for a double mark in some archives: ''It is late,'' she said): it
   * closes the quote two apostrophes opened, or opens one before a word where no double quote is
   * open; single marks inside are nested (''We met as the 'core four' today,''). Read as one mark.
   */
  apostrophes(i: number): boolean {
    const text = this.text;
    if (this.dOpen >= 0 && this.dApos) {
      // ("… the 'core four''": the nested quote's closing mark, then the pair; three apostrophes)
      if (this.sOpen >= 0 && text[i + 2] === "'") return false;
      this.closeDouble(i);
      return true;
    }
    if (this.dOpen >= 0 || !isOpenerContext(i > this.p.start ? text[i - 1] : undefined)) return false;
    if (!(isLetter(text[i + 2]) || /[.[(‘“"]/.test(text[i + 2] ?? ''))) return false;
    this.dOpen = i;
    this.dCurly = false;
    this.dApos = true;
    this.sOpen = -1;
    return true;
  }

  /** ‘ ' ’ ‚: a single quote opens before a word and closes after one, so apostrophes stay apostrophes. */
  single(i: number, c: string) {
    const text = this.text;
    const prev = i > this.p.start ? text[i - 1] : undefined;
    const next = text[i + 1];
    if (this.sOpen >= 0 && c !== '‘' && !isLetter(next) && !isSpace(prev)) {
      this.push(this.sOpen, i, 'single', this.sNested);
      this.sOpen = -1;
    } else if (
      this.sOpen < 0 &&
      c !== '’' &&
      isOpenerContext(prev) &&
      (isLetter(next) || next === '.') &&
      !/^\d\ds\b/.test(text.slice(i + 1, i + 4))
    ) {
      this.sOpen = i;
      this.sNested = this.dOpen >= 0;
    }
  }

  /**
   * “ typed where ” was meant ("“It is unusual,“ said Ann Lee"): a curly quote is open, the mark
   * follows a word or its punctuation, and a space or the paragraph's end follows it; an opening
   * mark never sits there.
   */
  closesTyped(i: number): boolean {
    if (this.dOpen < 0 || !this.dCurly) return false;
    const prev = this.text[i - 1];
    return (isLetter(prev) || /[.,!?;]/.test(prev ?? '')) && (i + 1 >= this.p.end || isSpace(this.text[i + 1]));
  }

  /** Reads the mark c at i; true where it was read with the mark after it (two apostrophes, one mark). */
  mark(i: number, c: string): boolean {
    if (c === "'" && this.text[i + 1] === "'" && i + 1 < this.p.end && this.apostrophes(i)) return true;
    if (c === '“' && this.closesTyped(i)) this.closeDouble(i);
    else if (c === '“' || c === '«' || c === '„') this.openCurly(i);
    else if (c === '”' || c === '»') this.closeDouble(i);
    else if (c === '"') this.straight(i);
    else if (c === '‘' || c === "'" || c === '’' || c === '‚') this.single(i, c);
    return false;
  }

  /** The paragraph ends: a double quote left open runs to its end. */
  end() {
    if (this.dOpen < 0) return;
    this.push(this.dOpen, null, 'double', false);
    this.leftOpenIn = this.pi;
    this.dApos = false;
  }
}

/**
 * Pass 1, the quote marks: finds quotations by their marks, paragraph by paragraph. A double quote left
 * open at a paragraph's end runs to that end; a paragraph that then opens with a mark continues it.
 * Single marks count as quotes only where they open before a word and close after one, so apostrophes
 * stay apostrophes.
 */
export function findQuoteMarks(text: string, paragraphs: Range[]): RawQuote[] {
  const scan = new MarkScan(text);
  // the next quotation mark not yet read: one pass over the text for all paragraphs (in order)
  MARKS.lastIndex = 0;
  let mm = MARKS.exec(text);
  let lastStart = -1;
  paragraphs.forEach((p, pi) => {
    scan.paragraph(p, pi);
    // jump from mark to mark: most characters are not quotation marks
    if (p.start < lastStart) {
      MARKS.lastIndex = p.start; // paragraphs out of order: search again
      mm = MARKS.exec(text);
    }
    lastStart = p.start;
    while (mm && mm.index < p.start) mm = MARKS.exec(text); // marks between paragraphs
    for (; mm && mm.index < p.end; mm = MARKS.exec(text)) if (scan.mark(mm.index, mm[0])) mm = MARKS.exec(text);
    scan.end();
  });
  return scan.out.sort((a, b) => a.open - b.open);
}
