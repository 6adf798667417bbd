import type { KnowledgeIndex } from '../knowledge/index';
import type { Range } from '../extract/findings';

/** Country-code domains whose code differs from ISO 3166. */
const TLD_TO_ISO2: Record<string, string> = { uk: 'gb' };
/** Generic second-level labels ("co.uk", "com.au") say nothing on their own. */
const GENERIC_TLDS = new Set(['com', 'org', 'net', 'edu', 'gov', 'info', 'news', 'io', 'co', 'tv', 'me']);

/** The country a site's domain points to ("www.bbc.co.uk" → United Kingdom), or null. */
export function countryFromSite(site: string | null | undefined, index: KnowledgeIndex): string | null {
  if (!site) return null;
  let host = site.toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    return null;
  }
  const tld = host.split('.').pop() ?? '';
  if (tld.length !== 2 || GENERIC_TLDS.has(tld)) return null;
  return index.countryByIso2(TLD_TO_ISO2[tld] ?? tld)?.id ?? null;
}

/**
 * Known names written in lower case ("coalition of the willing"), found word by word.
 * Returns ranges not overlapping `taken` (sorted ranges).
 */
export function findKnownPhrases(text: string, index: KnowledgeIndex): Range[] {
  const known = phraseRegex(index);
  if (!known) return [];
  const { re, firsts } = known;
  const out: Range[] = [];
  // the regex is tried only where one of the names' first characters starts a word
  for (let i = 0; i < text.length; i++) {
    if (!firsts[text.charCodeAt(i)]) continue;
    const prev = text.charCodeAt(i - 1);
    if ((prev >= 97 && prev <= 122) || (prev >= 65 && prev <= 90) || (prev >= 48 && prev <= 57)) continue; // inside a word
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    out.push({ start: i, end: i + m[0].length });
    i += m[0].length - 1;
  }
  return out;
}

/** One sticky regex for all the known lower-case names, longest first, and their first characters; built once per index. */
const regexes = new WeakMap<KnowledgeIndex, { re: RegExp; firsts: Uint8Array } | null>();
function phraseRegex(index: KnowledgeIndex): { re: RegExp; firsts: Uint8Array } | null {
  if (regexes.has(index)) return regexes.get(index)!;
  const phrases: string[] = [];
  const firsts = new Uint8Array(0x10000);
  for (const list of index.lowercasePhrases.values()) {
    for (const words of list) {
      phrases.push(words.map(escape).join('\\s+'));
      if (words[0]) firsts[words[0].charCodeAt(0)] = 1;
      else firsts.fill(1); // a name opening with a space: try everywhere
    }
  }
  phrases.sort((a, b) => b.length - a.length);
  const re = phrases.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'uy') : null;
  const known = re ? { re, firsts } : null;
  regexes.set(index, known);
  return known;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lines of page furniture the article reader let through: short lines repeated verbatim ("US & Canada",
 * "From the section US & Canada") and teaser headlines followed by "49 minutes ago".
 */
export function boilerplate(text: string, paragraphs: Range[]): Range[] {
  const seen = new Map<string, number>();
  const lines = paragraphs.map((p) => text.slice(p.start, p.end));
  for (const l of lines) if (l.length <= 60) seen.set(l, (seen.get(l) ?? 0) + 1);
  const out: Range[] = [];
  paragraphs.forEach((p, i) => {
    const l = lines[i];
    const repeated = l.length <= 60 && (seen.get(l) ?? 0) >= 2 && !/[.!?]["”’']?$/.test(l);
    const teaser = i + 1 < lines.length && /^\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago$/.test(lines[i + 1]) && l.length <= 120;
    if (repeated || teaser) out.push(p);
  });
  return out;
}
