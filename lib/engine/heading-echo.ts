/**
 * A quotation in the headline (or a heading the page's markup marks) that repeats words quoted in
 * the story below is the editor's echo of that quotation, not a second claim: the story's quotation
 * holds the words and their speaker (rule quote:heading-echo). "‘We need to listen’: town fears the
 * river" over a story quoting “… We need to listen to the river …” gives one claim, the story's.
 */
import type { QuoteSpan, Range } from './findings';
import type { TextRegion } from './extract';
import { isOn } from './rules/switched-off';

/** The most words of a first line read as the headline where the markup marks none (a plain text). */
const HEADLINE_WORDS_MAX = 20;
/** The fewest letters of an echo: a word or two, not a letter. */
const ECHO_MIN = 4;

/** Lower-case letters and digits, one space between words, a space at each end (whole words match). */
function wordsOf(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The stretches read as headings: the markup's headlines, or a plain text's first line when it reads as one. */
function headingRanges(text: string, paragraphs: readonly Range[], regions: readonly TextRegion[]): Range[] {
  const marked = regions.filter((r) => r.kind === 'headline');
  if (marked.length || !paragraphs.length) return marked;
  const first = text.slice(paragraphs[0].start, paragraphs[0].end).trim();
  const words = first.split(/\s+/).length;
  return words <= HEADLINE_WORDS_MAX && !/[.!?]["”’']?$/.test(first) && paragraphs.length > 1 ? [paragraphs[0]] : [];
}

const isSpeech = (q: QuoteSpan) => q.kind === 'quote' || q.kind === 'partial-quote';

/** Sets aside the quotations in a heading that repeat words of a quotation in the story below. */
export function setAsideHeadingEchoes(
  text: string,
  quotes: QuoteSpan[],
  paragraphs: readonly Range[],
  regions: readonly TextRegion[],
): void {
  if (quotes.length < 2 || !isOn('quote:heading-echo')) return;
  const headings = headingRanges(text, paragraphs, regions);
  if (!headings.length) return;
  const inHeading = (q: QuoteSpan) => headings.some((h) => q.start >= h.start && q.end <= h.end);
  const story = quotes.filter((q) => isSpeech(q) && !inHeading(q)).map((q) => wordsOf(text.slice(q.start, q.end)));
  if (!story.length) return;
  for (const q of quotes) {
    if (!isSpeech(q) || !inHeading(q)) continue;
    const echo = wordsOf(text.slice(q.start, q.end));
    if (echo.replace(/ /g, '').length < ECHO_MIN) continue;
    if (story.some((s) => s.includes(echo))) {
      q.kind = 'not-speech';
      q.reason = 'quote:heading-echo';
    }
  }
}
