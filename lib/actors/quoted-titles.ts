/**
 * Unknown names that stand as a title in quotation marks: the name of a show, a book, a film, a song, a
 * slogan or a nickname (“Harbor Week”, ''The Long Dock'', “Save Our Ferry”), set in marks whose words are
 * all capitalised but for a title's small words. Such a name is no person's where no mention of it speaks
 * or is described. Reads the findings' quotations and the name table; writes nothing.
 */
import type { QuoteSpan } from '../engine/findings';
import { TITLE_SMALL_WORDS } from '../words';
import { upperOrDigitFirst } from '../text/ascii';
import { countBefore } from '../text/search';
import type { NameTable } from './lookup';

const SMALL = new Set(TITLE_SMALL_WORDS);
/** The most words of a title in quotation marks ("Are You Smarter Than a Fifth Grader?"). */
const TITLE_WORDS_MAX = 10;
/** Punctuation a word of a title may carry at its edges ("Crippled America:", "(Oye)", "Grader?"). */
const EDGE_PUNCTUATION = /^[(\[]+|[)\].,:;!?]+$/g;

/**
 * Whether the quotation's words read as a title: two to TITLE_WORDS_MAX words, each capitalised (or a
 * digit, "&", a dash) or a title's small word, and no stop inside ("Harbor Week", "Dock & Harbor", "Crippled
 * America: How to Fix It"; not “Ann Lee was there.”, “Hi all! We won.”).
 */
export function titleShaped(content: string): boolean {
  const words = content.trim().split(/\s+/);
  if (words.length < 2 || words.length > TITLE_WORDS_MAX) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // (a stop, "!" or "?" ends the title only at its last word)
    if (i < words.length - 1 && /[.!?]$/.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w)) return false;
    const bare = w.replace(EDGE_PUNCTUATION, '');
    if (!bare || bare === '&' || /^[–—-]+$/.test(bare)) continue;
    if (!upperOrDigitFirst(bare) && !SMALL.has(bare)) return false;
  }
  return true;
}

/**
 * The keys of the table's names that stand inside a title-shaped quotation at one of their mentions (with
 * no title of their own), less those that speak or are described at any mention (`speaks`).
 */
export function quotedTitleKeys(
  text: string,
  quotes: readonly QuoteSpan[],
  table: NameTable,
  speaks: (start: number, end: number) => boolean,
): Set<string> {
  const titles: { start: number; end: number }[] = [];
  for (const q of quotes) if (q.end - q.start <= 160 && titleShaped(text.slice(q.start, q.end))) titles.push(q);
  const keys = new Set<string>();
  if (!titles.length) return keys;
  titles.sort((a, b) => a.start - b.start);
  const { nameCands } = table;
  for (let i = 0; i < nameCands.length; i++) {
    const c = nameCands[i];
    if (!c.inQuote || c.title || c.kind !== 'name' || !table.cores[i].includes(' ')) continue;
    const at = countBefore(titles, 'start', c.start + 1) - 1;
    if (at >= 0 && titles[at].end >= c.end) keys.add(table.keys[i]);
  }
  if (!keys.size) return keys;
  // (a name that speaks or is described somewhere is a person's: “Ann Lee,” then "Ann Lee said")
  for (let i = 0; i < nameCands.length; i++) {
    const c = nameCands[i];
    if (keys.has(table.keys[i]) && (c.title || speaks(c.start, c.end))) keys.delete(table.keys[i]);
  }
  return keys;
}
