import { FUNCTION_WORDS } from '../words/lists';
import type { ArticleMeta } from '../notes';
import { scripts } from './language-names.json';

/**
 * Whether an article is in English (issue 15): News Lens reads English only, and on a French or
 * German page it would take capitalised nouns for names. The text decides, with the page's declared
 * language as a hint: English unless the text shows another language clearly (mostly letters of
 * another script, or more of another language's function words than English ones over enough
 * words); a declared language alone never decides (sites mislabel), but a declared language other
 * than English and a text that is not clearly English do. Short or table-like texts (results, a list
 * of scores) hold few function words of any language and stay English.
 */
export interface Language {
  /** ISO 639-1 code ("fr"); "und" when the text is in a script several languages share and the page declares none. */
  code: string;
  english: boolean;
}

export const ENGLISH: Language = { code: 'en', english: true };

/** What is read of a long text: its opening part tells its language. */
const SAMPLE_CHARS = 20_000;
/** Fewer words than this tell nothing. */
const MIN_WORDS = 12;
/** Function words a language needs, at least, to be seen in a text: so many, and so many different ones (not "de" of names). */
const MIN_HITS = 4;
const MIN_DISTINCT = 5;
/** Another language's function words: at least this share of the text's words (news prose: a third or more). */
const OTHER_SHARE = 0.2;
/** English function words: at least this share, for a text to be clearly English. */
const ENGLISH_SHARE = 0.15;
/** And this many times the English ones (a clear lead, not a name or a quoted phrase). */
const LEAD = 1.5;
/** Letters of another script than Latin: more than this share of the letters. */
const NON_LATIN_SHARE = 0.5;
const MIN_LETTERS = 40;

/** "fr-FR", "fr_FR", " FR " → "fr"; null for nothing or no language code. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return m ? m[1].toLowerCase() : null;
}

const SCRIPTS = scripts as Record<string, string | null>;
const SCRIPT_TESTS = Object.keys(SCRIPTS).map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'gu')] as const);
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/**
 * The text's script when most of its letters are not Latin: the language that script tells (from
 * language-names.json: "Hangul" → "ko"; kana among Chinese characters → Japanese), "und" when several
 * languages share it (Cyrillic, Arabic) or it is none of the table's; null when the text is mostly Latin.
 */
export function nonLatinLanguage(sample: string): string | null {
  const letters = count(sample, /\p{L}/gu);
  if (letters < MIN_LETTERS) return null;
  const latin = count(sample, /\p{Script=Latin}/gu);
  if (letters - latin <= NON_LATIN_SHARE * letters) return null;
  const counts = new Map(SCRIPT_TESTS.map(([name, re]) => [name, count(sample, re)]));
  const kana = (counts.get('Hiragana') ?? 0) + (counts.get('Katakana') ?? 0);
  if (kana > 0 && kana * 10 >= letters - latin) return 'ja';
  let best: string | null = null;
  for (const [name, n] of counts) if (n > 0 && (best === null || n > counts.get(best)!)) best = name;
  return (best && SCRIPTS[best]) ?? 'und';
}

/** How many of the text's words are function words of each language, and how many words it has. */
export function functionWordCounts(sample: string): {
  words: number;
  counts: Record<string, number>;
  distinct: Record<string, number>;
} {
  const seen: Record<string, Set<string>> = {};
  const counts: Record<string, number> = {};
  for (const code in FUNCTION_WORDS) [seen[code], counts[code]] = [new Set(), 0];
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words)
    for (const code in FUNCTION_WORDS)
      if (FUNCTION_WORDS[code].has(w)) {
        counts[code]++;
        seen[code].add(w);
      }
  const distinct = Object.fromEntries(Object.entries(seen).map(([code, s]) => [code, s.size]));
  return { words: words.length, counts, distinct };
}

/**
 * What the text alone tells: another language it is clearly in (or null), whether that was told by
 * its script, and whether it is clearly English.
 */
export function textLanguage(text: string): { other: string | null; clearlyEnglish: boolean; byScript: boolean } {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const script = nonLatinLanguage(sample);
  if (script) return { other: script, clearlyEnglish: false, byScript: true };
  const { words, counts, distinct } = functionWordCounts(sample);
  const english = counts.en ?? 0;
  let best: string | null = null;
  for (const code in counts) if (code !== 'en' && (best === null || counts[code] > counts[best])) best = code;
  const other = best ? counts[best] : 0;
  const enough = words >= MIN_WORDS;
  const clearlyOther =
    enough &&
    other >= MIN_HITS &&
    distinct[best!] >= MIN_DISTINCT &&
    other >= OTHER_SHARE * words &&
    other > LEAD * english;
  const clearlyEnglish = enough && english >= MIN_HITS && english >= ENGLISH_SHARE * words && english > LEAD * other;
  return { other: clearlyOther ? best : null, clearlyEnglish, byScript: false };
}

/** Whether the article is in English, from its text and the language the page declares (`<html lang>`, og:locale…). */
export function articleLanguage(text: string, declared: string | null | undefined): Language {
  const said = primaryLanguage(declared);
  const saidOther = said !== null && said !== 'en' ? said : null;
  const { other, clearlyEnglish, byScript } = textLanguage(text);
  // a script is shared by languages (Chinese characters in Japanese): the page's word for which
  if (byScript && saidOther) return { code: saidOther, english: false };
  if (other) return { code: other, english: false };
  if (saidOther && !clearlyEnglish) return { code: saidOther, english: false };
  return ENGLISH;
}

/** The meta with `language` set when the text is not in English (from the text and the page's declared lang). */
export function withLanguage(meta: ArticleMeta, text: string): ArticleMeta {
  const language = articleLanguage(text, meta.lang);
  return language.english ? meta : { ...meta, language };
}
