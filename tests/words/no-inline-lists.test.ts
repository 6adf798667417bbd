/**
 * Word lists are data, not code: no list of more than MAX plain words may be defined inline in
 * the engine's folders (Sets or arrays of string literals, or a literal string split into words).
 * Put the words in a class file under lib/words and compile it in lib/words/index.ts.
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

describe('word lists are data, not code', () => {
  it('finds inline lists (self-test)', () => {
    expect(inlineLists(`const X = new Set('a b c d e f g h i'.split(' '));`)).toHaveLength(1);
    expect(inlineLists(`const X = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);`)).toHaveLength(1);
    expect(inlineLists(`const X = ['a', 'b', 'c', 'd'];`)).toHaveLength(0);
    expect(inlineLists('const X = set(`a|b|c|d|e|f|g|h|i`);')).toHaveLength(1);
  });

  it(`no list of more than ${MAX} words is defined inline in ${DIRS.join(' or ')}`, () => {
    const offending: string[] = [];
    const allowedSeen = new Set<string>();
    for (const dir of DIRS)
      for (const path of sources(join(ROOT, dir))) {
        const file = relative(ROOT, path).split('\\').join('/');
        for (const list of inlineLists(readFileSync(path, 'utf8'))) {
          if (ALLOWED[file]?.[list.first]) allowedSeen.add(`${file}:${list.first}`);
          else
            offending.push(
              `${file}:${list.line}: an inline list of ${list.words} words starting "${list.first}": move it to lib/words/*.json`,
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
