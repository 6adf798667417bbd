import { findCue, findQuoteMarks, findReported, indexSubjects, type RawQuote } from '../speech';
import { findNames } from '../names/names';
import { findNumbers } from '../figures/numbers';
import { isOn } from './rules/switched-off';
import { setAsideHeadingEchoes } from './heading-echo';
import { isSpaceAt } from '../text/chars';
import { endsSmallThenStop, startsUpperOrDigit, upperOrDigitFirst } from '../text/ascii';
import { sentenceAt, splitParagraphs, splitSentences, type Sentence } from '../text/sentences';
import { tokenAt, tokenize, type Token } from '../text/tokens';
import {
  alternation,
  AUXILIARIES,
  HEADLINE_LOWER_WORDS,
  MEDIA_CAPTION,
  SENTENCE_WORDS,
  TITLE_SMALL_WORDS,
  TITLES,
} from '../words';
import { emptyFindings, type Findings, type QuoteSpan, type Range, type SpeechCue } from './findings';
import { findTranscriptTurns, turnCue, withLabelNames, withTurns } from '../speech/transcript';

export type { Findings } from './findings';

/** Words just before a quotation that make it a name or a term, not speech. */
const TERM_BEFORE =
  /(?:so-called|known as|nicknamed|titled|entitled|the slogan|the hashtag|the motto|the headline|as if to say|seemed to say|as if|code-?named|a sign reading|signs? saying)\s*$/i;
/**
 * Words just before a quotation that give it as someone's own words (`quote:words-used`): the words
 * they used, said or would not say ("used the phrase “…”", "refused to say the words “…”"), the name
 * they gave ("dubbed him “…”", "labeled it “…”"): a partial quote, however short.
 */
const WORDS_USED_BEFORE = /(?:dubbed|labell?ed(?: as)?|branded(?: as)?|termed|the words?|the terms?|the phrases?)\s*$/i;

/** A small word a title may hold in lower case ("Coalition of the Willing"). */
const TITLE_SMALL_WORD = new RegExp(`^(?:${alternation(TITLE_SMALL_WORDS)})$`);

/** The number of words (runs of non-space characters): content.split(/\s+/).filter(Boolean).length without the array. */
function countWords(content: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < content.length; i++) {
    const space = isSpaceAt(content, i);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A phrase of `re` (TERM_BEFORE, WORDS_USED_BEFORE) ending the 30 characters before a quote, read only when they end (spaces aside) as one can. */
function phraseBefore(re: RegExp, text: string, open: number): boolean {
  const from = Math.max(0, open - 30);
  let k = open - 1;
  while (k >= from && isSpaceAt(text, k)) k--;
  if (k < from || !TERM_LAST_LETTERS.has(text[k].toLowerCase())) return false;
  return re.test(text.slice(from, open));
}
/** The last letters of TERM_BEFORE's phrases (so-calle|d, known a|s, the ter|m, the slo|gan …). */
const TERM_LAST_LETTERS = new Set(['d', 's', 'm', 'e', 'n', 'g', 'o', 'y', 'f']);

/** A headline or a caption in the text, as the page's markup says (lib/article/text-model.ts finds them). */
export interface TextRegion {
  start: number;
  end: number;
  kind: 'headline' | 'caption';
}

/**
 * Everything the engine needs from the text, without knowledge. Never throws. `regions`: the page's
 * headlines and captions (sorted, not overlapping), whose Title Case is read as a headline's (names.ts).
 */
export function extractFindings(text: string, regions: readonly TextRegion[] = []): Findings {
  if (typeof text !== 'string' || text.length === 0) return emptyFindings(0);
  try {
    return extract(text, regions);
  } catch {
    return emptyFindings(text.length);
  }
}

/** Punctuation after which a word opens a clause: a colon, semicolon, en or em dash, opening bracket. */
const AFTER_PUNCTUATION = /[:;\u2013\u2014(]/g;
/** "Image caption, …", "Media caption, …": a picture's label before its caption. */
const CAPTION_LABEL = new RegExp(MEDIA_CAPTION, 'gi');

/**
 * Whether "caption," (any case) is in the text, which every CAPTION_LABEL holds: found from the commas
 * (few) back, cheaper than the regex's pass over a text with none (the commonest).
 */
function mayHoldCaption(text: string): boolean {
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    if (i >= 7 && (text.charCodeAt(i - 1) | 32) === 110 && text.slice(i - 7, i).toLowerCase() === 'caption')
      return true;
  }
  return false;
}

function markSentenceStarts(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  quotes: RawQuote[],
  paragraphs: Range[],
  regions: readonly TextRegion[],
): Uint8Array {
  const starts = new Uint8Array(tokens.length);
  for (const s of sentences) {
    const t = tokenAt(tokens, s.start);
    if (t < tokens.length) starts[t] = 1;
  }
  for (const q of quotes) {
    const t = tokenAt(tokens, q.start);
    if (t < tokens.length) starts[t] = 1;
  }
  // after a colon, semicolon, dash or opening bracket (none is part of a word, so each stands in the gap
  // before the token it opens; they are few, found by one regex pass), and after a picture's label
  if (tokens.length) {
    AFTER_PUNCTUATION.lastIndex = tokens[0].end;
    for (let m = AFTER_PUNCTUATION.exec(text); m; m = AFTER_PUNCTUATION.exec(text)) {
      const t = tokenAt(tokens, m.index);
      if (t < tokens.length) starts[t] = 1;
    }
    CAPTION_LABEL.lastIndex = 0;
    for (let m = mayHoldCaption(text) ? CAPTION_LABEL.exec(text) : null; m; m = CAPTION_LABEL.exec(text)) {
      const t = tokenAt(tokens, m.index + m[0].length);
      if (t < tokens.length) starts[t] = 1;
    }
  }
  markHeadlines(text, tokens, starts, paragraphs, regions);
  return starts;
}

/**
 * Title Case and ALL CAPS lines (headlines, buttons): their capitals prove nothing, word by word. A line
 * the markup marks as a headline or caption has every word marked as a sentence start (markHeadline);
 * another line in capitals without a stop, 2 on every token.
 */
function markHeadlines(
  text: string,
  tokens: Token[],
  starts: Uint8Array,
  paragraphs: Range[],
  regions: readonly TextRegion[],
): void {
  let r = 0;
  for (const p of paragraphs) {
    while (r < regions.length && regions[r].end <= p.start) r++;
    const marked = r < regions.length && regions[r].start < p.end;
    const a = tokenAt(tokens, p.start);
    const b = tokenAt(tokens, p.end);
    let long = 0;
    let capital = 0;
    let shouted = 0;
    let figures = 0;
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      if (t.num) figures++;
      if (t.end - t.start < 4 || t.num) continue;
      long++;
      if (t.cap) capital++;
      if (!t.hasLowerCase) shouted++;
    }
    // (a headline or caption the markup marks: Title Case whatever its stops, commas and figures, unless
    // it is a list of names, "Analysis: Ann Lee, Example News, Dunmore")
    // (so is a text's first paragraph, one short line in Title Case before the body: a headline the markup
    // did not mark, or a plain text's, "Ann Lee Wins Seat In Eastfield." — its full stop proves nothing;
    // not a wire slug's mix of capitals, "IPO FILING -- Eastfield Foods Inc .", whose names stay names)
    const first =
      p === paragraphs[0] &&
      paragraphs.length > 1 &&
      p.end - p.start <= FIRST_LINE_MAX &&
      long >= 3 &&
      shouted * 3 < long &&
      figures < 2 &&
      allTitleCase(tokens, a, b);
    if ((marked || first) && long >= 2 && (capital / long >= 0.75 || shouted / long >= 0.6) && !nameList(text, p)) {
      markHeadline(tokens, starts, a, b);
      continue;
    }
    if (!((long >= 3 && capital / long >= 0.75) || (long >= 2 && shouted / long >= 0.6))) continue;
    // only then read the line: a full stop or a comma makes it prose, unless its small words are
    // capitalised too ("… Was Headed to Rome But …"), which only a Title Case headline does
    const line = text.slice(p.start, p.end);
    // (nor is a row of a table or of results, "1. Anna Novak (Poland) 12.60", "Leeds 2 Hull 1": two
    // figures or more with names between them, where a headline carries one figure at most)
    // (a line in capitals is a headline whatever its stops: "CITY BEAT TOWN IN CUP FINAL ."; a line that
    // ends on a colon introduces what follows, "Ann Lee spoke to The Courier on Sunday. A transcript:")
    const headline =
      (figures < 2 &&
        ((long >= 3 && shouted / long >= 0.75) || (!/[.!?:]["”’']?$/.test(line) && !line.includes(',')))) ||
      titleCaseSmallWords(text, tokens, starts, a, b) >= 2;
    if (headline) for (let i = a; i < b; i++) starts[i] = 2;
  }
}

/** The longest first paragraph read as a headline when the markup marks none (characters). */
const FIRST_LINE_MAX = 160;

/**
 * Every word of the line capitalised but for small words: "Ann Lee Praises Tom Berg Donor.", "Tom Berg to
 * Run for Mayor." are headlines; "Ann Lee met Tom Berg in Paris." is prose full of names.
 */
function allTitleCase(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.cap || t.num || t.acronym || !/\p{Ll}/u.test(t.text[0] ?? '')) continue;
    if (!TITLE_SMALL_WORD.test(t.lower) && !HEADLINE_LOWER_WORDS.has(t.lower)) return false;
  }
  return true;
}

/** A label, then short items between commas ("Analysis: Ann Lee, Example News, Dunmore"): names, not a headline. */
const NAME_LIST = /^(?:[\p{L} ]{1,20}:\s*)?(?:[^\s,]+(?: [^\s,]+){0,2})(?:,\s*[^\s,]+(?: [^\s,]+){0,2})+$/u;
const nameList = (text: string, p: Range) => p.end - p.start < 120 && NAME_LIST.test(text.slice(p.start, p.end));

/**
 * A marked headline's words: each a sentence start, joined to no other, but for the words of a title
 * ("Prime Minister Makes Five Pledges": "Prime Minister" stays one, a bare title, the office).
 */
function markHeadline(tokens: Token[], starts: Uint8Array, a: number, b: number) {
  const w = (i: number) => tokens[i].lower;
  for (let i = a; i < b; i++) {
    starts[i] = i > a && TITLES.has(`${w(i - 1)} ${w(i)}`) ? 1 : 2;
    if (i > a + 1 && TITLES.has(`${w(i - 2)} ${w(i - 1)} ${w(i)}`)) starts[i - 1] = starts[i] = 1;
  }
}

/**
 * Function words and auxiliaries written with a capital inside a line, not where a sentence starts:
 * "Was", "But", "With" in "Senator Was Headed to Rome But Stayed". Prose capitalises them only at
 * a sentence's start (and in a few names: "Will", "May", hence two are needed).
 */
function titleCaseSmallWords(text: string, tokens: Token[], starts: Uint8Array, a: number, b: number): number {
  const seen = new Set<string>();
  for (let i = a + 1; i < b; i++) {
    const t = tokens[i];
    if (!t.cap || starts[i] || t.end - t.start > 7) continue;
    const w = text.slice(t.start, t.end).toLowerCase();
    if (SENTENCE_WORDS.has(w) || AUXILIARIES.has(w)) seen.add(w);
  }
  return seen.size;
}

/** A quotation's marks are two apostrophes each (''…''), which some archives type for double marks. */
const apostrophePair = (text: string, q: RawQuote) => q.mark === 'single' && text[q.open - 1] === "'";

/** Quotations in single marks are rare in the article: its speech is in double marks (or ''…''). */
function singlesRare(text: string, raw: readonly RawQuote[]): boolean {
  let single = 0;
  let double = 0;
  for (const q of raw) {
    if (q.nested) continue;
    if (q.mark === 'single' && !apostrophePair(text, q)) single++;
    else double++;
  }
  return double >= 3 * single;
}

/**
 * A short line that is only a quotation in single marks, where the article sets its speech in double
 * marks: a section's heading taken from the words below it ('A tough decision.'), not speech.
 */
function singleMarkHeading(text: string, q: RawQuote, para: Range, wordCount: number): boolean {
  if (q.mark !== 'single' || apostrophePair(text, q) || q.close === null || wordCount > HEADING_WORDS_MAX) return false;
  return (
    /^[\s–—-]*$/.test(text.slice(para.start, q.open)) && /^[\s.,;:!?–—-]*$/.test(text.slice(q.close + 1, para.end))
  );
}
/** The most words of a quotation standing as a section's heading. */
const HEADING_WORDS_MAX = 8;

/** Words someone used, after WORDS_USED_BEFORE: a whole quotation where they make a sentence of four words or more. */
const wordsUsedKind = (text: string, q: RawQuote, wordCount: number): QuoteSpan['kind'] =>
  startsUpperOrDigit(text.slice(q.start, q.end)) && wordCount >= 4 ? 'quote' : 'partial-quote';

function classifyQuote(
  text: string,
  q: RawQuote,
  cue: SpeechCue | null,
  para: Range,
  singlesAreRare: boolean,
): { kind: QuoteSpan['kind']; reason: string | null } {
  const content = text.slice(q.start, q.end);
  const wordCount = countWords(content);
  if (q.nested && isOn('quote:inside-quote')) return { kind: 'not-speech', reason: 'quote:inside-quote' };
  if (isOn('quote:term-after-word') && phraseBefore(TERM_BEFORE, text, q.open))
    return { kind: 'not-speech', reason: 'quote:term-after-word' };
  if (phraseBefore(WORDS_USED_BEFORE, text, q.open)) {
    if (isOn('quote:words-used')) return { kind: wordsUsedKind(text, q, wordCount), reason: 'quote:words-used' };
    if (isOn('quote:term-after-word')) return { kind: 'not-speech', reason: 'quote:term-after-word' };
  }
  // (an editor's capital in brackets counts: “[T]he birth lottery matters …”)
  const startsUpper = startsUpperOrDigit(content) || /^\.\.\./.test(content);
  // “The Crown”, ‘Coalition of the Willing’: names of works and bodies, cue or not
  const titleCase =
    wordCount >= 2 &&
    wordCount <= 5 &&
    !/[.!?,;:]/.test(content) &&
    content
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => upperOrDigitFirst(w) || TITLE_SMALL_WORD.test(w));
  if (titleCase && !(cue && (cue.position === 'colon' || cue.position === 'after')) && isOn('quote:title-case'))
    return { kind: 'not-speech', reason: 'quote:title-case' };
  if (!cue) {
    const paraText = para.end - para.start < 120 ? text.slice(para.start, para.end) : '';
    const paraWords = paraText ? paraText.split(/\s+/).length : 99;
    const heading = isOn('quote:heading');
    if (heading && paraWords <= 8 && !/[.!?]["”’']?$/.test(paraText) && !q.continues)
      return { kind: 'not-speech', reason: 'quote:heading' };
    if (heading && singlesAreRare && singleMarkHeading(text, q, para, wordCount))
      return { kind: 'not-speech', reason: 'quote:heading' };
    if (q.mark === 'single' && wordCount <= 6 && !/[.!?]$/.test(content) && isOn('quote:single-term'))
      return { kind: 'not-speech', reason: 'quote:single-term' };
    if (!startsUpper && wordCount <= 3 && isOn('quote:scare')) return { kind: 'not-speech', reason: 'quote:scare' };
  }
  // (the paragraph holding the quote's mark starts where its line's first non-space is: read from the
  // paragraph, not found again by a search back through it for each of its quotes)
  const opensParagraph = q.open === para.start;
  const full =
    q.continues ||
    cue?.rule === 'cue:continues-quote' ||
    (startsUpper &&
      (wordCount >= 4 ||
        /[.!?]$/.test(content) ||
        opensParagraph ||
        cue?.position === 'colon' ||
        cue?.position === 'after'));
  return { kind: full ? 'quote' : 'partial-quote', reason: null };
}

function extract(text: string, regions: readonly TextRegion[]): Findings {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const tokens = tokenize(text);
  // (a transcript's turns are quotations too, each with its speaker's label: quote:transcript-turn)
  const turns = findTranscriptTurns(text, paragraphs);
  const { quotes: raw, turnOf } = withTurns(findQuoteMarks(text, paragraphs), turns);
  const singlesAreRare = singlesRare(text, raw);
  const quoteRanges = raw.filter((q) => !q.nested).map((q) => ({ start: q.start, end: q.end }));
  const sentenceStartTok = markSentenceStarts(text, tokens, sentences, raw, paragraphs, regions);
  const found = findNames({ text, tokens, sentenceStartTok, quoteRanges });
  const names = turns.length ? withLabelNames(found.names, turns) : found.names;
  const pronouns = found.pronouns;
  const speakers = indexSubjects(tokens, names, pronouns);

  const quotes: QuoteSpan[] = raw.map((q, i) => {
    const si = Math.max(0, sentenceAt(sentences, q.open));
    const sentence = sentences[si];
    const turn = turnOf[i] ?? null;
    const cue = turn
      ? isOn('cue:transcript-label')
        ? turnCue(turn)
        : null
      : q.nested || !sentence
        ? null
        : findCue(text, tokens, speakers, q, sentence, sentences[si - 1]);
    const para = paragraphs[q.paragraph];
    const { kind, reason } = classifyQuote(text, q, cue, para, singlesAreRare);
    // "would not accept “ultimatums.”": the full stop inside the marks ends the reporter's sentence,
    // not the words quoted (a final abbreviation's dot, "the U.S.", stays)
    const end = kind === 'partial-quote' && endsSmallThenStop(text.slice(q.end - 3, q.end)) ? q.end - 1 : q.end;
    // the fields written out, not spread from q: spreading these objects was the slowest step here
    return {
      start: q.start,
      end,
      open: q.open,
      close: q.close,
      mark: q.mark,
      nested: q.nested,
      continues: q.continues,
      paragraph: q.paragraph,
      kind,
      reason,
      cue,
      sentence: si,
    };
  });

  setAsideHeadingEchoes(text, quotes, paragraphs, regions);
  const reported = findReported(text, tokens, speakers, sentences);
  const numerics = findNumbers(text, sentences);
  return { version: 1, textLength: text.length, paragraphs, sentences, names, pronouns, quotes, reported, numerics };
}
