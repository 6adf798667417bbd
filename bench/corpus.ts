/**
 * Benchmark helpers: the texts (seed article, dev pages, assembled long articles), synthetic
 * knowledge packs, and a small timer that reports medians.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { KnowledgePack } from '../lib/knowledge/schema';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED_HTML = join(ROOT, 'tests/fixtures/seed-article.html');
/** The dev pages; BENCH_DEV_DIR overrides it (e.g. to try the bench without them). */
export const DEV_DIR = process.env.BENCH_DEV_DIR ?? join(ROOT, '../shared/fixtures/dev');
/** CoNLL-2003 dev (Reuters wire stories, one token a line in the original), as JSON lines, gzipped. */
export const CONLL_DEV = join(ROOT, '../shared/data/conll2003/dev.jsonl.gz');

// ---------------------------------------------------------------- texts

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
export const megabytes = (text: string): number => Buffer.byteLength(text, 'utf8') / 1e6;

/** n copies of a text, one after another, a paragraph break between them. */
export function repeatText(text: string, n: number): string {
  return Array.from({ length: n }, () => text).join('\n');
}

/** Whole texts in turn (1st, 2nd, …, 1st again) until the result has at least `minWords` words. */
export function assemble(texts: string[], minWords: number): string {
  const usable = texts.filter((t) => wordCount(t) > 0);
  if (!usable.length) throw new Error('assemble: no text with words');
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < minWords; i++) {
    const t = usable[i % usable.length];
    parts.push(t);
    words += wordCount(t);
  }
  return parts.join('\n');
}

export interface PageText {
  name: string;
  text: string;
}

/** The article text of a page as the content script reads it (readPage over linkedom). */
export async function pageText(path: string): Promise<string> {
  const [{ parseHTML }, { readPage }] = await Promise.all([import('linkedom'), import('../lib/read-page')]);
  const { document } = parseHTML(readFileSync(path, 'utf8'));
  return readPage(document as unknown as Document, pathToFileURL(path).href).model.text;
}

/** The seed article and, when /work/shared is there, the dev pages' article texts. */
/**
 * The CoNLL-2003 dev documents as the CLI reads a .txt of them: each sentence's tokens joined by
 * spaces, one sentence a line (the scorer's projection). [] when ../shared is absent.
 */
export function loadConllTexts(): string[] {
  if (!existsSync(CONLL_DEV)) return [];
  return gunzipSync(readFileSync(CONLL_DEV))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { sentences: { tokens: string[] }[] }).sentences)
    .map((sentences) => sentences.map((s) => s.tokens.join(' ')).join('\n'));
}

export async function loadTexts(): Promise<{ seed: string; pages: PageText[]; note: string | null }> {
  const seed = await pageText(SEED_HTML);
  if (!existsSync(DEV_DIR)) {
    return { seed, pages: [], note: `${DEV_DIR} is absent: the long texts are the seed article repeated` };
  }
  const pages: PageText[] = [];
  for (const f of readdirSync(DEV_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    pages.push({ name: f, text: await pageText(join(DEV_DIR, f)) });
  }
  return {
    seed,
    pages,
    note: pages.length ? null : `${DEV_DIR} has no .html pages: the long texts are the seed article repeated`,
  };
}

// ---------------------------------------------------------------- synthetic knowledge

const SYLLABLES = [
  'ba',
  'ko',
  'ri',
  'ten',
  'mar',
  'vel',
  'do',
  'sun',
  'ka',
  'lin',
  'zor',
  'pe',
  'gra',
  'mo',
  'tis',
  'nu',
  'bel',
  'fa',
  'ros',
  'qui',
];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** A distinct made-up word for every i (base-20 syllables). */
export function synthWord(i: number): string {
  let s = '';
  let n = i;
  do {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return cap(s);
}

export const GIVEN = [
  'Anna',
  'Omar',
  'Li',
  'Pedro',
  'Keiko',
  'Jonas',
  'Amara',
  'Ivan',
  'Sofia',
  'Tomas',
  'Nadia',
  'Kwame',
];

/**
 * A pack of n entities that KnowledgePack accepts: half people (each with a dated role in one of
 * the pack's organisations), a quarter organisations, a quarter places; all with aliases.
 * Also returns names to look up: names, aliases and surnames of ~1,000 entities spread over the pack, and 10% misses.
 */
export function syntheticPack(n: number): { pack: KnowledgePack; keys: string[] } {
  const entities: KnowledgePack['entities'] = [];
  const orgCount = Math.max(1, Math.floor(n / 4));
  const orgId = (k: number) => `org-${k}`;
  for (let i = 0; i < n; i++) {
    const w = synthWord(i);
    const kind = i % 4;
    const base = { related: [], facts: [], links: {}, demonyms: [], roles: [] };
    if (kind === 0 || kind === 1) {
      const given = GIVEN[i % GIVEN.length];
      const of = orgId(i % orgCount);
      entities.push({
        ...base,
        id: `person-${i}`,
        type: 'person',
        name: `${given} ${w}`,
        aliases: [`${given[0]}. ${w}`],
        description: `Made-up person number ${i}`,
        roles: [
          { title: 'Director', of, kind: 'organization-leader', from: '2020-01-01', to: null, titleAliases: ['head'] },
        ],
        related: [of],
      });
    } else if (kind === 2) {
      const k = Math.floor(i / 4);
      entities.push({
        ...base,
        id: orgId(k),
        type: 'organization',
        name: `${w} Institute`,
        aliases: [`${w} Inst`, `the ${w} body`],
        description: `Made-up organisation number ${k}`,
        scope: 'national',
      });
    } else {
      entities.push({
        ...base,
        id: `place-${i}`,
        type: 'place',
        name: `${w}ville`,
        aliases: [`Port ${w}`],
        description: `Made-up place number ${i}`,
      });
    }
  }
  // organisations referenced by roles but not generated (n not a multiple of 4) still need to exist
  const ids = new Set(entities.map((e) => e.id));
  for (let k = 0; k < orgCount; k++) {
    if (!ids.has(orgId(k)))
      entities.push({
        id: orgId(k),
        type: 'organization',
        name: `Org ${synthWord(k)} Extra`,
        aliases: [],
        description: 'Made-up organisation',
        related: [],
        facts: [],
        links: {},
        demonyms: [],
        roles: [],
      });
  }

  const keys: string[] = [];
  // the same mix at every size: entity kinds in turn (i % 4 is the kind), name / alias / surname in turn
  const step = Math.max(1, Math.floor(n / 1000));
  for (let j = 0; j < Math.min(1000, n); j++) {
    const i = Math.min(n - 1, j * step - ((j * step) % 4) + (j % 4));
    const e = entities[i];
    const pick = j % 3;
    if (pick === 0) keys.push(e.name);
    else if (pick === 1) keys.push(e.aliases[0] ?? e.name);
    else keys.push(e.type === 'person' ? e.name.split(' ')[1] : `the ${e.name}`);
  }
  const misses = Math.ceil(keys.length / 10);
  for (let i = 0; i < misses; i++) keys.push(`Nobody ${synthWord(i)}`); // misses
  return { pack: { name: `synthetic ${n}`, knowledgeDate: '2025-01-01', entities, topics: [] }, keys };
}

// ---------------------------------------------------------------- timing

const gc = (globalThis as { gc?: (opts?: { type: 'major' | 'minor'; execution: 'sync' | 'async' }) => void }).gc;
/**
 * A full collection that keeps compiled code. A bare gc() also reduces memory, which throws away
 * optimised code: the next runs of any function are then up to 3x slower while V8 tiers up again.
 */
const majorGc = () => gc?.({ type: 'major', execution: 'sync' });

export interface TimingOptions {
  warmup?: number;
  /** and each function keeps being called, untimed, until its warm-up calls have lasted this long */
  warmupMs?: number;
  runs?: number;
  minSampleMs?: number;
  gcFirst?: boolean;
}

export const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Milliseconds per call of several functions, timed in rounds: each round times every function
 * in turn, so a load spike on this shared machine hits all of them alike. `warmup` unmeasured
 * rounds first, and with `warmupMs` more unmeasured calls of each function until its warm-up has
 * lasted that long (the same time for every function: a fast one gets the calls V8 needs to
 * optimise it, as a slow one does within its first call); each sample repeats a function until it has lasted `minSampleMs`, so tiny
 * functions are timed in batches. Returns per function the median of its samples, and the
 * samples (per call) round by round, so ratios can be taken within a round. With `gcFirst` and
 * node run with --expose-gc (bench/run.ts does that), a full GC (one that keeps compiled code) runs
 * before each sample, so a big function's garbage is not collected on the next one's time.
 */
export function measureTogether<K extends string>(
  fns: Record<K, () => unknown>,
  opts: TimingOptions = {},
): Record<K, { ms: number; samples: number[] }> {
  const { warmup = 2, warmupMs = 0, runs = 5, minSampleMs = 20, gcFirst = false } = opts;
  const names = Object.keys(fns) as K[];
  let sink = 0;
  const batch = {} as Record<K, number>;
  const warmedMs = Object.fromEntries(names.map((k) => [k, 0])) as Record<K, number>;
  for (let w = 0; w < Math.max(1, warmup) || names.some((k) => warmedMs[k] < warmupMs); w++) {
    for (const k of names) {
      if (w >= warmup && warmedMs[k] >= warmupMs) continue;
      const t0 = performance.now();
      sink += fns[k]() ? 1 : 0;
      const ms = performance.now() - t0;
      warmedMs[k] += ms;
      batch[k] = Math.max(1, Math.ceil(minSampleMs / Math.max(ms, 1e-4)));
    }
  }
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < runs; r++) {
    for (const k of names) {
      if (gcFirst) majorGc();
      const t0 = performance.now();
      for (let i = 0; i < batch[k]; i++) sink += fns[k]() ? 1 : 0;
      samples[k].push((performance.now() - t0) / batch[k]);
    }
  }
  if (sink < 0) console.log(sink); // keeps results alive
  return Object.fromEntries(names.map((k) => [k, { ms: median(samples[k]), samples: samples[k] }])) as Record<
    K,
    { ms: number; samples: number[] }
  >;
}

/** measureTogether for one function. */
export const measure = (fn: () => unknown, opts: TimingOptions = {}) => measureTogether({ fn }, opts).fn;

/** Median of a/b taken round by round. */
export const medianRatio = (a: number[], b: number[]): number => median(a.map((x, i) => x / b[i]));

// ---------------------------------------------------------------- output

export const round = (x: number | null, digits = 2): number | null =>
  x === null || !Number.isFinite(x) ? null : Number(x.toFixed(digits));

/** "met" / "MISSED" for a figure against a target; "n/a" when the figure is missing. */
export const verdict = (ok: boolean | null): string => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');

/** A plain text table. */
export function table(rows: (string | number | null)[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === null ? 'null' : String(c))));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map(
      (r, j) =>
        r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ') +
        (j === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''),
    )
    .join('\n');
}

/** The machine-readable line a bench prints last; run.ts picks it up. */
export const JSON_PREFIX = 'BENCH_JSON ';
