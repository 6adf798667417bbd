/**
 * One normal form for names, so "U.S.", "US" and "us" meet, as do "Zelenskyy's" and "Zelenskyy",
 * "Māori" and "Maori", "Starmer’s" and "Starmer".
 */
const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const SOFT_HYPHEN = /\u00ad/g;
const DOTTED_ACRONYM = /\b((?:\p{L}\.){2,})/gu;
const DASHES = /[\u2010-\u2015]/g;
/**
 * Punctuation becomes a space and runs of white space one space: in one pass, a run of both is one
 * space; a lone space, the commonest run, is left alone.
 */
const GAPS = /(?:[.,;:!?"()[\]{}]|\s(?=[\s.,;:!?"()[\]{}]))[\s.,;:!?"()[\]{}]*|[^\S ]/g;
/** Could hold a dotted acronym ("U.S."): a dot, a character that may be a letter (one or two UTF-16 units), a dot. */
const MAYBE_DOTTED = /\.[^\x00-\x40\x5b-\x60\x7b-\x7f]{1,2}\./;
const PLAIN_WORD = /^[a-z0-9-]+$/;
const ASCII = /^[\x00-\x7f]*$/;
/**
 * Characters NFKD may change. English news text is ASCII but for curly quotes and dashes, which
 * NFKD leaves as they are (U+2011 becomes U+2010, a dash all the same): such text skips it.
 */
const NEEDS_NFKD = /[^\x00-\x7f\u2010-\u2015\u2018\u2019\u201c\u201d\u02bc]/;

/** Names recur on a page and across lookups: remember recent answers (bounded). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;
/**
 * Longer strings are sentences, not names: each page has its own, so they are not remembered
 * (they would only push names out, and flatter a benchmark that reads the same text again).
 */
const NAME_MAX = 64;

/** Plain words of ASCII letters, digits and hyphens, one space apart: lower-casing is all they need. */
const PLAIN_NAME = /^[A-Za-z0-9-]+(?: [A-Za-z0-9-]+)*$/;

export function normalizeName(raw: string): string {
  if (raw.length > NAME_MAX) return normalizeSlow(raw); // a sentence: rarely plain, never remembered
  if (PLAIN_WORD.test(raw)) return raw; // the common case: one lower-case word
  // plain names ("Keir Starmer", "UN", "al-Assad") only need lower-casing: cheaper than remembering them
  if (PLAIN_NAME.test(raw)) return raw.toLowerCase();
  let s = cache.get(raw);
  if (s === undefined) {
    s = normalizeSlow(raw);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, s);
  }
  return s;
}

/** Forgets the remembered names (a benchmark's way to meet a text as a new page). */
export function forgetNames(): void {
  cache.clear();
}

/** Text decoded twice, UTF-8 read as Latin-1 ("FranÃ§ois"; "A" and a combining tilde once decomposed). */
const MOJIBAKE = /[\u00c2\u00c3]|A[\u0302\u0303]/;
/** A two-byte UTF-8 sequence read as two Latin-1 characters. */
const TWO_BYTES = /[\u00c2-\u00df][\u0080-\u00bf]/g;

/**
 * "FranÃ§ois" -> "François", "FranÃ\u0083Â§ois" (decoded three times) -> "François": each two-byte
 * sequence read back as the character it encodes, until none is left (at most three rounds).
 */
export function repairMojibake(raw: string): string {
  let s = raw.normalize('NFC');
  for (let round = 0; round < 3; round++) {
    const t = s.replace(TWO_BYTES, (m) =>
      String.fromCharCode(((m.charCodeAt(0) & 0x1f) << 6) | (m.charCodeAt(1) & 0x3f)),
    );
    if (t === s) break;
    s = t;
  }
  return s;
}

/** The full rules; exported for the test that checks the fast path gives the same answer. */
export function normalizeSlow(raw: string): string {
  let s = raw.includes('\u00ad') ? raw.replace(SOFT_HYPHEN, '') : raw;
  if (!ASCII.test(s)) {
    if (MOJIBAKE.test(s)) s = repairMojibake(s);
    if (NEEDS_NFKD.test(s)) s = s.normalize('NFKD').replace(COMBINING, '');
    s = s.replace(APOSTROPHES, "'").replace(DASHES, '-');
  }
  if (MAYBE_DOTTED.test(s)) s = s.replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''));
  s = s.toLowerCase();
  // possessives: "starmer's", "countries'"
  if (s.includes("'")) s = s.replace(/'s\b/g, '').replace(/(\w)'(?=\s|$)/g, '$1');
  return s.replace(GAPS, ' ').trim();
}

/** normalizeName without a leading article: "the Kremlin" and "Kremlin" are one key. */
export function normalizeKey(raw: string): string {
  const s = normalizeName(raw);
  return s.startsWith('the ') || s.startsWith('a ') || s.startsWith('an ') ? s.slice(s.indexOf(' ') + 1) : s;
}
