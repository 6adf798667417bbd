import type { KnowledgeIndex } from '../knowledge/index';
import type { Range } from '../engine/findings';
import { escapeRegExp as escape, GENERIC_TLDS } from '../words';

/** Country-code domains whose code differs from ISO 3166. */
const TLD_TO_ISO2: Record<string, string> = { uk: 'gb' };

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
  const { re, opening } = known;
  // a match opens with one of the names' first words and its second word after spaces: try the
  // regex only there
  let at: number[] = [];
  if (opening) {
    // (one scan for all the openings, in text order)
    opening.lastIndex = 0;
    for (let m = opening.exec(text); m; m = opening.exec(text)) {
      at.push(m.index);
      opening.lastIndex = m.index + 1; // openings may overlap
    }
  } else {
    at = Array.from({ length: text.length }, (_, i) => i);
  }
  const out: Range[] = [];
  let next = 0; // matches do not overlap
  for (const i of at) {
    if (i < next) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    out.push({ start: i, end: i + m[0].length });
    next = i + m[0].length;
  }
  return out;
}

interface KnownPhrases {
  re: RegExp;
  /**
   * Where a name opens, one alternative for each of the names' first words: the word, then (unless a
   * name is that word alone) all the spaces after it and one of its second words. Null when a name
   * opens with a space.
   */
  opening: RegExp | null;
}

/** One sticky regex for all the known lower-case names, longest first, and where they open; built once per index. */
const regexes = new WeakMap<KnowledgeIndex, KnownPhrases | null>();
function phraseRegex(index: KnowledgeIndex): KnownPhrases | null {
  if (regexes.has(index)) return regexes.get(index)!;
  const phrases: string[] = [];
  let seconds: Map<string, string[] | null> | null = new Map();
  for (const list of index.lowercasePhrases.values()) {
    for (const words of list) {
      phrases.push(words.map(escape).join('\\s+'));
      if (!words[0]) seconds = null;
      if (!seconds) continue;
      const next = seconds.has(words[0]) ? seconds.get(words[0])! : [];
      seconds.set(words[0], next && words.length > 1 && words[1] ? [...next, words[1]] : null);
    }
  }
  phrases.sort((a, b) => b.length - a.length);
  const re = phrases.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'uy') : null;
  // the spaces are taken whole, as a scan would skip them: (?=(\s+))\n never gives any back (group n
  // is the alternative's own)
  let group = 0;
  const opening = seconds
    ? new RegExp(
        [...seconds]
          .map(([first, next]) =>
            next ? `${escape(first)}(?=(?=(\\s+))\\${++group}(?:${next.map(escape).join('|')}))` : escape(first),
          )
          .join('|'),
        'g',
      )
    : null;
  const known = re ? { re, opening } : null;
  regexes.set(index, known);
  return known;
}

/**
 * Lines of page furniture the article reader let through: short lines repeated verbatim ("US & Canada",
 * "From the section US & Canada") and teaser headlines followed by "49 minutes ago".
 */
export function boilerplate(text: string, paragraphs: Range[]): Range[] {
  const seen = new Map<string, number>();
  // only short lines can be furniture: longer ones are not read (null)
  const lines = paragraphs.map((p) => (p.end - p.start <= 120 ? text.slice(p.start, p.end) : null));
  for (const l of lines) if (l !== null && l.length <= 60) seen.set(l, (seen.get(l) ?? 0) + 1);
  const out: Range[] = [];
  paragraphs.forEach((p, i) => {
    const l = lines[i];
    if (l === null) return;
    const next = lines[i + 1];
    const repeated = l.length <= 60 && (seen.get(l) ?? 0) >= 2 && !/[.!?]["”’']?$/.test(l);
    const teaser = next != null && /^\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago$/.test(next);
    if (repeated || teaser) out.push(p);
  });
  return out;
}
