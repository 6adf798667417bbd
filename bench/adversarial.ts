/**
 * Adversarial texts: inputs built to make a text engine slow (runs of one punctuation mark, endless
 * names, one huge word, deep nesting, …). Shared by bench/adversarial.bench.ts (time per KB at 10 KB,
 * 100 KB and 1 MB), tests/extract/adversarial.test.ts (the engine finishes and its output is sane)
 * and bench/browser.bench.ts (long tasks in Chromium). Every family is deterministic: the same size
 * gives the same text.
 */
import { GIVEN, synthWord as madeUpWord } from './corpus';

export interface AdversarialFamily {
  name: string;
  /** what the text is, in a few words */
  about: string;
  /** a text of exactly `size` UTF-16 code units */
  make(size: number): string;
}

/** `unit` repeated, cut to exactly `size` code units. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Pieces from `piece(i)` for i = 0, 1, 2, … joined until the text is `size` long, then cut there. */
function build(size: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const p = piece(i);
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, size);
}

const LOWER_WORDS =
  'the man went to a shop and then he saw that her plan would work for all of them in time as it was'.split(' ');

/** A small deterministic generator (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The pieces the mixed family and the property test draw from. */
export const MIXED_PIECES = [
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '.',
  '…',
  ',',
  ';',
  ':',
  '—',
  '–',
  '-',
  '(',
  ')',
  '[',
  ']',
  '!',
  '?',
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  'said',
  ' said ',
  'told',
  'according to',
  'he',
  'she',
  'they',
  'the',
  'a',
  'of',
  'Mr',
  'Dr.',
  'U.S.',
  'Prime Minister',
  'Aaa',
  'Bbb',
  'Ccc',
  'Anna Ko',
  'NATO',
  '1',
  '2',
  '10',
  '1,000',
  '3.5',
  '%',
  '$',
  '£',
  'bn',
  'ministry',
  'spokesman',
  'officials',
  'so-called',
  'St',
  "'s",
  '’s',
  'Keir Starmer',
  'Vladimir Putin',
  'Kremlin',
];

export const FAMILIES: AdversarialFamily[] = [
  { name: 'curly-open', about: 'a run of “', make: (n) => fill('“', n) },
  { name: 'curly-close', about: 'a run of ”', make: (n) => fill('”', n) },
  { name: 'straight-double', about: 'a run of "', make: (n) => fill('"', n) },
  { name: 'straight-single', about: "a run of '", make: (n) => fill("'", n) },
  { name: 'guillemets', about: 'a run of «', make: (n) => fill('«', n) },
  { name: 'open-quotes-words', about: '“Aaa bbb “Aaa bbb … (never closed)', make: (n) => fill('“Aaa bbb ', n) },
  { name: 'quote-pairs', about: '“A” “A” … in one sentence', make: (n) => fill('“A” ', n) },
  { name: 'dots', about: 'a run of .', make: (n) => fill('.', n) },
  { name: 'dots-spaced', about: '. . . . …', make: (n) => fill('. ', n) },
  { name: 'ellipses', about: 'a run of …', make: (n) => fill('…', n) },
  { name: 'commas', about: 'a run of ,', make: (n) => fill(',', n) },
  { name: 'dashes', about: 'a run of — – -', make: (n) => fill('—–-', n) },
  { name: 'dashes-words', about: 'a — b — c …', make: (n) => fill('a — ', n) },
  {
    name: 'capitalised-words',
    about: 'Aaa Bbb Ccc … (distinct words, one sentence)',
    make: (n) => build(n, (i) => `${madeUpWord(i)} `),
  },
  { name: 'capitalised-same', about: 'Aaa Bbb Aaa Bbb …', make: (n) => fill('Aaa Bbb ', n) },
  {
    name: 'comma-names',
    about: 'Anna Bako, Omar Kori, … (distinct names)',
    make: (n) => build(n, (i) => `${GIVEN[i % GIVEN.length]} ${madeUpWord(i)}, `),
  },
  { name: 'name-and-name', about: 'Aaa and Bbb and Ccc …', make: (n) => build(n, (i) => `${madeUpWord(i)} and `) },
  {
    name: 'titled-names',
    about: 'Prime Minister Aaa Bbb, President Ccc Ddd, …',
    make: (n) =>
      build(n, (i) => `${i % 2 ? 'Prime Minister' : 'President'} ${GIVEN[i % GIVEN.length]} ${madeUpWord(i)}, `),
  },
  {
    name: 'pronouns-capitalised',
    about: 'He She They It We … (one run of capitals)',
    make: (n) => fill('He She They It We ', n),
  },
  {
    name: 'contractions',
    about: 'Don’t We’re It’s … (one run of capitals)',
    make: (n) => fill('Don’t We’re It’s ', n),
  },
  {
    name: 'title-words',
    about: 'Minister Deputy President … (a run of titles)',
    make: (n) => fill('Deputy Minister President Judge ', n),
  },
  {
    name: 'body-and-joiners',
    about: 'Aaa Council and Bbb and Ccc and … (one body’s name)',
    make: (n) => `Aaa Council ${build(n, (i) => `and ${madeUpWord(i)} `)}`.slice(0, n),
  },
  {
    name: 'score-rows-one-line',
    about: 'North Aaa 2 Bbb Rovers 1 Port Ccc 3 … (rows of scores on one line)',
    make: (n) => build(n, (i) => `North ${madeUpWord(i)} ${i % 5} ${madeUpWord(i + 7)} Rovers ${i % 3} `),
  },
  {
    name: 'known-names',
    about:
      'Club for Growth met Biden and Hillary Sanders in Tujunga, Calif., … (known names joined, surnames, given names, towns and states)',
    make: (n) =>
      fill('Club for Growth met Biden and Hillary Sanders in Tujunga, Calif., and Gary, Ind. Hillary said. ', n),
  },
  { name: 'long-word', about: 'one word as long as the text', make: (n) => fill('a', n) },
  { name: 'long-capital-word', about: 'one capitalised word as long as the text', make: (n) => `A${fill('b', n - 1)}` },
  { name: 'hyphenated-word', about: 'a-b-c-… (one hyphenated word)', make: (n) => fill('Ab-', n) },
  { name: 'dotted-letters', about: 'A.B.C.… (one dotted acronym)', make: (n) => fill('A.', n) },
  { name: 'brackets', about: '((((…)))) nested', make: (n) => `${fill('(', n >> 1)}${fill(')', n - (n >> 1))}` },
  { name: 'nested-quotes', about: '“‘“‘…’”’” nested', make: (n) => `${fill('“‘', n >> 1)}${fill('’”', n - (n >> 1))}` },
  { name: 'nested-quotes-words', about: '“a ‘b “a ‘b … nested with words', make: (n) => fill('“a ‘b ', n) },
  {
    name: 'no-punctuation',
    about: 'lower-case words, no punctuation',
    make: (n) => build(n, (i) => `${LOWER_WORDS[(i * 7) % LOWER_WORDS.length]} `),
  },
  { name: 'digits', about: 'one run of digits', make: (n) => fill('1234567890', n) },
  {
    name: 'number-runs',
    about: '1,000 2,000 … and 3.5% £2bn',
    make: (n) => build(n, (i) => (i % 3 === 0 ? `${i},000 ` : i % 3 === 1 ? `${i}.5% ` : `£${i}bn `)),
  },
  { name: 'said-words', about: 'said said said …', make: (n) => fill('said ', n) },
  {
    name: 'plural-openers',
    about: 'Aaaers said it. Bbbers said it. … (distinct plural-shaped words opening sentences before a verb of saying)',
    make: (n) => build(n, (i) => `${madeUpWord(i)}ers said the plan would fail. `),
  },
  {
    name: 'he-said',
    about: 'he said she told they added … (one sentence)',
    make: (n) => fill('he said she told they added that ', n),
  },
  {
    name: 'transcript-turns',
    about: 'AAAER: Bbb ccc.\\nBBBER: Ddd eee.\\n… (a transcript of distinct speakers, each paragraph a turn)',
    make: (n) => build(n, (i) => `${madeUpWord(i).toUpperCase()}: The plan would fail, ${madeUpWord(i + 1)}.\n`),
  },
  {
    name: 'quotes-and-cues',
    about: '“Aaa bbb,” he said, “Ccc,” she said, … (one sentence)',
    make: (n) => fill('“Aaa bbb ccc,” he said, ', n),
  },
  {
    name: 'according-to',
    about: 'according to officials, … (one sentence)',
    make: (n) => fill('according to officials, the ministry said, ', n),
  },
  {
    name: 'scare-quotes',
    about: 'so-called “Aaa Bbb” with distinct words',
    make: (n) => build(n, (i) => `the so-called “${madeUpWord(i)} ${madeUpWord(i + 1)}” and `),
  },
  { name: 'one-char-paragraphs', about: 'a\\na\\na\\n…', make: (n) => fill('a\n', n) },
  { name: 'short-paragraphs', about: 'Aaa said.\\n repeated', make: (n) => fill('Aaa said.\n', n) },
  {
    name: 'whitespace',
    about: 'words between long runs of spaces and tabs',
    make: (n) => build(n, (i) => `${i % 2 ? 'Aaa' : 'said.'}${' \t'.repeat(500)}`),
  },
  {
    name: 'mixed',
    about: 'random mix of all of the above',
    make: (n) => {
      const r = prng(12);
      return build(n, () => MIXED_PIECES[Math.floor(r() * MIXED_PIECES.length)]);
    },
  },
];

export const SIZES = { '10KB': 10_000, '100KB': 100_000, '1MB': 1_000_000 } as const;
