/** Words of the text with their offsets: one regex pass, one small object per word. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter (or "al-"/"el-" before one). */
  cap: boolean;
  /** Two or more letters, all upper case ("US", "NATO"), or dotted ("U.S."). */
  acronym: boolean;
  /** Digits. */
  num: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}\u00AD]+(?:[’'\u02bc\-‐][\p{L}\p{M}\p{N}\u00AD]+)*/gu;
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]+$/u;
const LOWER_PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|an|at|ul|bin|ibn)[-‐]\p{Lu}/u;

function makeToken(text: string, start: number): Token {
  const plain = text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text;
  const c = plain.charCodeAt(0);
  const ascii = c < 128;
  const upper = ascii ? c >= 65 && c <= 90 : UPPER.test(plain);
  const lowerStart = ascii ? c >= 97 && c <= 122 : !upper;
  const c2 = plain.charCodeAt(1);
  return {
    start,
    end: start + text.length,
    text,
    lower: plain.toLowerCase(),
    cap: upper || (lowerStart && plain.length > 3 && LOWER_PARTICLE_PREFIX.test(plain)),
    // cheap test first: a second capital or a dot
    acronym: upper && plain.length >= 2 && ((c2 >= 65 && c2 <= 90) || c2 === 46 || c2 > 127) && ACRONYM.test(plain),
    num: c >= 48 && c <= 57,
  };
}

/** "US-backed" is the name "US" and a suffix; "Jean-Claude", "Jong-un" and "al-Assad" stay whole. */
function splitHyphenated(text: string, start: number, out: Token[]) {
  const m = /^(\p{Lu}[\p{L}\p{M}\u00AD.]*)[-‐](\p{Ll}{3,}(?:[-‐]\p{Ll}+)*)$/u.exec(text);
  if (m && !/^(?:al|el)$/i.test(m[1])) {
    out.push(makeToken(m[1], start));
    out.push(makeToken(text.slice(m[1].length + 1), start + m[1].length + 1));
    return;
  }
  const pre = /^(\p{Ll}{2,})[-‐](\p{Lu}[\p{L}\p{M}\u00AD]*)$/u.exec(text); // "pro-Russian", "anti-American"
  if (pre && !LOWER_PARTICLE_PREFIX.test(text)) {
    out.push(makeToken(pre[1], start));
    out.push(makeToken(pre[2], start + pre[1].length + 1));
    return;
  }
  out.push(makeToken(text, start));
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    // a possessive or closing apostrophe is not part of the word: "Starmer’s" -> "Starmer"
    const last = word.charCodeAt(word.length - 1);
    if ((last === 115 || last === 83) && word.length > 2) {
      const a = word.charCodeAt(word.length - 2);
      if (a === 0x2019 || a === 39 || a === 0x02bc) word = word.slice(0, -2);
    }
    if (word.includes('-') || word.includes('‐')) splitHyphenated(word, m.index, out);
    else out.push(makeToken(word, m.index));
  }
  return out;
}

/** Index of the first token starting at or after `pos` (binary search). */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
