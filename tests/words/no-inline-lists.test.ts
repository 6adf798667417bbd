/**
 * Word lists are data, not code: no list of more than MAX plain words may be defined inline in
 * the engine's folders (Sets or arrays of string literals, a literal string split into words, or a
 * regex alternation: /\b(?:agency|ministry|…)\b/). Put the words in a class file under lib/words,
 * compile it in lib/words/sets.ts or lists.ts, and build the regex with alternation(…) or test a Set.
 * A list that must stay in code goes in ALLOWED with its reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DIRS = ['lib/engine', 'lib/text', 'lib/names', 'lib/speech', 'lib/figures', 'lib/actors', 'lib/claims'];
/** Lists of up to this many words may stay inline. */
const MAX = 8;

/** file → first word of the list → why it stays in code. */
const ALLOWED: Record<string, Record<string, string>> = {
  'lib/engine/extract.ts': {
    d: 'TERM_LAST_LETTERS: single letters a quoted term may end in, a pre-filter for TERM_BEFORE, not words',
    'so-called':
      'TERM_BEFORE (15 phrases): words and patterns interleaved ("labell?ed(?: as)?", "code-?named", "signs? saying"); kept whole until its phrases are rows',
  },
};

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

/** Inline word lists in a source text: [first word, number of words, line]. */
export function inlineLists(src: string): { first: string; words: number; line: number }[] {
  const found: { first: string; words: number; line: number }[] = [];
  const lineOf = (i: number) => src.slice(0, i).split('\n').length;
  const str = `(?:'[^'\\n]*'|"[^"\\n]*"|\`[^\`]*\`)`;
  // arrays of string literals: ['a', 'b', …]
  for (const m of src.matchAll(new RegExp(`\\[\\s*${str}(?:\\s*,\\s*${str})*\\s*,?\\s*\\]`, 'g'))) {
    const items = [...m[0].matchAll(new RegExp(str, 'g'))].map((x) => x[0].slice(1, -1));
    if (items.length > MAX) found.push({ first: items[0], words: items.length, line: lineOf(m.index!) });
  }
  // a literal (or a concatenation of literals) split into words: 'a b c'.split(' '), `a b`.split(/\s+/)
  for (const m of src.matchAll(new RegExp(`\\(?((?:${str}\\s*\\+?\\s*)+)\\)?\\.split\\(`, 'g'))) {
    const words = [...m[1].matchAll(new RegExp(str, 'g'))]
      .flatMap((x) => x[0].slice(1, -1).split(/[\s|]+/))
      .filter(Boolean);
    if (words.length > MAX) found.push({ first: words[0], words: words.length, line: lineOf(m.index!) });
  }
  // a string of words joined by "|" handed to a helper: set(`a|b|c…`)
  for (const m of src.matchAll(new RegExp(str, 'g'))) {
    const body = m[0].slice(1, -1);
    if (!body.includes('|') || body.includes('${') || !/^[\p{L}'’.\s|-]+$/u.test(body)) continue;
    const words = body.split(/\s*\|\s*|\n/).filter((w) => w.trim());
    if (words.length > MAX) found.push({ first: words[0].trim(), words: words.length, line: lineOf(m.index!) });
  }
  return found;
}

/** A plain word (or words) as a regex alternative: letters, apostrophes, hyphens and spaces, nothing else. */
const PLAIN_WORD = /^[A-Za-z][A-Za-z' -]*$/;

/** Whether src[i] stands inside a regex character class ("[|(]"): a "[" before it on its line, unescaped and not closed. */
function inCharacterClass(src: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && src[k] !== '\n'; k--) {
    if (src[k - 1] === '\\') continue;
    if (src[k] === ']') return false;
    if (src[k] === '[') return true;
  }
  return false;
}

/**
 * Regex alternations of more than MAX plain words in a source text: every group "(…)" or "(?:…)"
 * (in a regex literal or a string a regex is built from) whose alternatives, split at its own "|"s,
 * hold more than MAX plain words, whatever else they hold ("(?:man|woman|…|\d+-year-old)").
 */
export function regexAlternations(src: string): { first: string; words: number; line: number }[] {
  const found: { first: string; words: number; line: number }[] = [];
  const lineOf = (i: number) => src.slice(0, i).split('\n').length;
  for (let i = 0; i < src.length; i++) {
    if (src[i] !== '(' || src[i - 1] === '\\' || inCharacterClass(src, i)) continue;
    let j = i + 1;
    if (src.startsWith('?:', j)) j += 2;
    else if (src[j] === '?') continue; // a lookaround or a named group: its inner groups are read on their own
    const alternatives: string[] = [];
    let current = '';
    let depth = 0;
    let closed = false;
    for (let k = j; k < src.length && k < j + 5000; k++) {
      const c = src[k];
      if (c === '\\') {
        current += c + (src[k + 1] ?? '');
        k++;
      } else if (c === '[') {
        // a character class: its "(", ")" and "|" are characters
        const end = src.indexOf(']', k + 1);
        if (end < 0) break;
        current += src.slice(k, end + 1);
        k = end;
      } else if (c === '\n' && depth === 0) break;
      else if (c === '(') {
        depth++;
        current += c;
      } else if (c === ')') {
        if (depth === 0) {
          closed = true;
          break;
        }
        depth--;
        current += c;
      } else if (c === '|' && depth === 0) {
        alternatives.push(current);
        current = '';
      } else current += c;
    }
    if (!closed) continue;
    alternatives.push(current);
    const plain = alternatives.filter((a) => PLAIN_WORD.test(a));
    if (plain.length > MAX) found.push({ first: plain[0], words: plain.length, line: lineOf(i) });
  }
  return found;
}

describe('word lists are data, not code', () => {
  it('finds inline lists (self-test)', () => {
    expect(inlineLists(`const X = new Set('a b c d e f g h i'.split(' '));`)).toHaveLength(1);
    expect(inlineLists(`const X = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);`)).toHaveLength(1);
    expect(inlineLists(`const X = ['a', 'b', 'c', 'd'];`)).toHaveLength(0);
    expect(inlineLists('const X = set(`a|b|c|d|e|f|g|h|i`);')).toHaveLength(1);
  });

  it('finds regex alternations of plain words (self-test)', () => {
    const nine = 'agency|ministry|department|company|firm|police|army|military|government';
    expect(regexAlternations(`const X = /^(?:${nine})$/;`)).toEqual([{ first: 'agency', words: 9, line: 1 }]);
    // in a string a regex is built from, a capturing group, after other lines, among patterns
    expect(regexAlternations(`const A = 1;\nconst X = new RegExp('\\\\b(${nine}|\\\\d+-year-old)\\\\b');`)).toEqual([
      { first: 'agency', words: 9, line: 2 },
    ]);
    // inside a larger regex, next to nested groups and character classes
    expect(regexAlternations(`/^\\s(?:[A-Z](?:a|b)|[|(]x|${nine}|spokes(?:man|woman))\\b/u`)).toHaveLength(1);
    // a lookahead's inner group is a list too
    expect(regexAlternations(`/^(?!(?:${nine})\\b)[a-z]/`)).toHaveLength(1);
    // eight words, or words built with alternation(…), are fine
    expect(regexAlternations(`/^(?:said|says|told|added|insisted|argued|warned|claimed)\\b/`)).toHaveLength(0);
    expect(regexAlternations('new RegExp(`^(?:${alternation(DESCRIBED_BODIES)})$`)')).toHaveLength(0);
    // patterns are not plain words
    expect(regexAlternations(`/(?:\\d+|\\w+ed|\\w+s|[Aa]bout|[Oo]ver|a+|b?|c*|d{2}|e.)/`)).toHaveLength(0);
    // escaped and class parentheses open no group
    expect(regexAlternations(`/\\(${nine}\\)/`)).toHaveLength(0);
  });

  it(`no list of more than ${MAX} words is defined inline in ${DIRS.join(' or ')}`, () => {
    const offending: string[] = [];
    const allowedSeen = new Set<string>();
    for (const dir of DIRS)
      for (const path of sources(join(ROOT, dir))) {
        const file = relative(ROOT, path).split('\\').join('/');
        const src = readFileSync(path, 'utf8');
        const lists = [
          ...inlineLists(src).map((l) => ({ ...l, kind: 'an inline list' })),
          ...regexAlternations(src).map((l) => ({ ...l, kind: 'a regex alternation' })),
        ];
        for (const list of lists) {
          if (ALLOWED[file]?.[list.first]) allowedSeen.add(`${file}:${list.first}`);
          else
            offending.push(
              `${file}:${list.line}: ${list.kind} of ${list.words} words starting "${list.first}": move it to lib/words/*.json`,
            );
        }
      }
    expect(offending).toEqual([]);
    // an allow-list entry whose list has gone is stale
    const stale = Object.entries(ALLOWED)
      .flatMap(([file, lists]) => Object.keys(lists).map((w) => `${file}:${w}`))
      .filter((k) => !allowedSeen.has(k));
    expect(stale).toEqual([]);
  });
});
