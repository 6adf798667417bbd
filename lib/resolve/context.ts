import type { KnowledgeIndex } from '../knowledge/index';
import { normalizeName } from '../knowledge/normalize';
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
  const phrases = index.lowercasePhrases;
  if (phrases.size === 0) return [];
  const words: { start: number; end: number; norm: string }[] = [];
  const WORD = /[\p{L}\p{M}\p{N}\u00AD’'-]+/gu;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({ start: m.index, end: m.index + m[0].length, norm: normalizeName(m[0]) });
  }
  const out: Range[] = [];
  for (let i = 0; i < words.length; i++) {
    const list = phrases.get(words[i].norm);
    if (!list) continue;
    let best = 0;
    for (const p of list) {
      if (p.length <= best || i + p.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) {
        ok = words[i + k].norm === p[k] && /^\s+$/.test(text.slice(words[i + k - 1].end, words[i + k].start));
      }
      if (ok) best = p.length;
    }
    if (best) {
      out.push({ start: words[i].start, end: words[i + best - 1].end });
      i += best - 1;
    }
  }
  return out;
}
