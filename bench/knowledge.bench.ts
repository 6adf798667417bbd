/**
 * Knowledge index: cold start of the bundled file, lookups for the seed article's mentions,
 * synthetic packs of 1k/10k/100k entities, heap for the 100k index, bundled file size.
 *   NODE_OPTIONS=--expose-gc npx tsx bench/knowledge.bench.ts   (bench/run.ts does this)
 */
import './jitless'; // first: zod never compiles validators, as in the extension
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPage } from '../lib/read-page';
import { annotatePage } from '../lib/annotate-page';
import { buildKnowledgeIndex, type KnowledgeIndex, type LookupContext } from '../lib/knowledge/index';
import { parseKnowledgeFile } from '../lib/knowledge/load';
import { forgetNames, normalizeKey } from '../lib/knowledge/normalize';
import { entityKeys } from '../lib/knowledge/name-table';
import { KnowledgePack, type KnowledgeFile } from '../lib/knowledge/schema';
import {
  JSON_PREFIX,
  ROOT,
  SEED_HTML,
  measureTogether,
  medianRatio,
  round,
  syntheticPack,
  table,
  verdict,
} from './corpus';
import { BUNDLE_PARTS, joinBundle } from '../lib/knowledge/bundle-form';

const gc = (globalThis as { gc?: () => void }).gc;
// the bundled file's parts as the background fetches them: parsed, joined, checked and indexed
const texts = BUNDLE_PARTS.map((p) => readFileSync(join(ROOT, 'public', p.file), 'utf8'));
const parseParts = () => texts.map((t) => JSON.parse(t) as unknown);
const load = () => buildKnowledgeIndex(parseKnowledgeFile(joinBundle(parseParts())));

// 1. cold start: the very first load in this process (JIT cold), then medians of warm repeats
let t0 = performance.now();
const index = load();
const firstLoadMs = performance.now() - t0;
const cold = measureTogether({ coldStart: load, jsonParse: parseParts }, { warmup: 2, runs: 9, minSampleMs: 0 });
const coldStartRatio = medianRatio(cold.coldStart.samples, cold.jsonParse.samples);

// 2. lookups: every mention the notes of the seed article name
const { document } = parseHTML(readFileSync(SEED_HTML, 'utf8'));
const page = readPage(document as unknown as Document, 'https://example.com/seed-article');
const { notes } = annotatePage({ text: page.model.text, findings: page.findings, meta: page.meta }, index);
const forms = [
  ...notes.actors.flatMap((a) => a.mentions.map((m) => m.text)),
  ...notes.claims.flatMap((c) => (c.speaker?.mention ? [c.speaker.mention.text] : [])),
];
const ctx: LookupContext = { date: notes.publishedAt ?? index.knowledgeDate, country: notes.country ?? undefined };
const bare = new Map(forms.map((f) => [f, index.lookup(f, ctx)]));
const lk = measureTogether(
  {
    lookup: () => {
      let n = 0;
      for (const f of forms) n += index.lookup(f, ctx).length;
      return n;
    },
    // the article read once, as a new page: nothing remembered from the pass before
    lookupFresh: () => {
      forgetNames();
      index.forgetRecent();
      let n = 0;
      for (const f of forms) n += index.lookup(f, ctx).length;
      return n;
    },
    mapGet: () => {
      let n = 0;
      for (const f of forms) n += bare.get(f)!.length;
      return n;
    },
  },
  { warmup: 3, runs: 9, minSampleMs: 20 },
);
const lookupUs = (lk.lookup.ms * 1000) / forms.length;
const mapGetUs = (lk.mapGet.ms * 1000) / forms.length;
const lookupRatio = medianRatio(lk.lookup.samples, lk.mapGet.samples);
const freshLookupUs = (lk.lookupFresh.ms * 1000) / forms.length;
const freshLookupRatio = medianRatio(lk.lookupFresh.samples, lk.mapGet.samples);

// 3. synthetic packs (indexed on their own, with an empty bundled file)
const EMPTY: KnowledgeFile = { version: 1, knowledgeDate: '2025-01-01', entities: [], topics: [] };
const packs: Record<
  string,
  {
    entities: number;
    packMB: number;
    jsonParseMs: number;
    buildMs: number;
    buildRatio: number;
    validateBuildMs: number;
    lookupUs: number;
    mapGetUs: number;
  }
> = {};
function packBench(n: number) {
  const { pack, keys } = syntheticPack(n);
  const json = JSON.stringify(pack);
  const parsed = KnowledgePack.parse(JSON.parse(json));
  const t = measureTogether(
    {
      jsonParse: () => JSON.parse(json),
      build: () => buildKnowledgeIndex(EMPTY, [parsed]),
      validateBuild: () => buildKnowledgeIndex(EMPTY, [KnowledgePack.parse(JSON.parse(json))]),
    },
    { warmup: 1, runs: n >= 100_000 ? 3 : n >= 10_000 ? 5 : 7, minSampleMs: 0, gcFirst: true },
  );
  packs[`${n / 1000}k`] = {
    entities: pack.entities.length,
    packMB: json.length / 1e6,
    jsonParseMs: t.jsonParse.ms,
    buildMs: t.build.ms,
    buildRatio: medianRatio(t.build.samples, t.jsonParse.samples),
    validateBuildMs: t.validateBuild.ms,
    lookupUs: NaN,
    mapGetUs: NaN,
  };
  // the floor: a bare Map over the same names (name, aliases, surname) of the same pack
  const bare = new Map<string, unknown>();
  for (const e of parsed.entities)
    for (const name of [e.name, ...e.aliases, ...(e.type === 'person' ? [e.name.split(' ').pop()!] : [])])
      bare.set(name, e);
  // the first-sight floor: normalizeKey and one Map.get over the index's own keys, nothing else
  const bareKeys = new Map<string, unknown>();
  for (const e of parsed.entities) {
    const k = entityKeys(e);
    for (const name of k.names) bareKeys.set(name, e);
    if (k.surname) bareKeys.set(k.surname, e);
  }
  return { idx: buildKnowledgeIndex(EMPTY, [parsed]), keys, bare, bareKeys, parsed };
}
let built: Record<
  string,
  {
    idx: KnowledgeIndex;
    keys: string[];
    bare: Map<string, unknown>;
    bareKeys: Map<string, unknown>;
    parsed: KnowledgePack;
  }
> | null = {};
for (const n of [1_000, 10_000, 100_000]) built[`${n / 1000}k`] = packBench(n);
// lookups in all three indexes, round by round, so the sizes meet the same load on this shared machine
gc?.();
const lctx: LookupContext = { date: '2025-06-01' };
const lookupAll = (k: string) => () => {
  const { idx, keys } = built![k];
  let c = 0;
  for (const key of keys) c += idx.lookup(key, lctx).length;
  return c;
};
const sizes = Object.keys(built);
const getAll = (k: string) => () => {
  const { bare, keys } = built![k];
  let c = 0;
  for (const key of keys) c += bare.get(key) ? 1 : 0;
  return c;
};
// and each name met for the first time: what the index remembers is forgotten before every pass
const firstLookupAll = (k: string) => () => {
  forgetNames();
  built![k].idx.forgetRecent();
  return lookupAll(k)();
};
const firstFloorAll = (k: string) => () => {
  forgetNames();
  const { bareKeys, keys } = built![k];
  let c = 0;
  for (const key of keys) c += bareKeys.get(normalizeKey(key)) ? 1 : 0;
  return c;
};
const lookups = measureTogether(
  Object.fromEntries(
    sizes.flatMap((k) => [
      [k, lookupAll(k)],
      [`${k} first`, firstLookupAll(k)],
      [`${k} first floor`, firstFloorAll(k)],
      [`${k} Map.get`, getAll(k)],
    ]),
  ),
  { warmup: 6, runs: 9, minSampleMs: 50 },
);
const perLookup = (k: string, ms: number) => (ms * 1000) / built![k].keys.length;
for (const k of sizes) {
  packs[k].lookupUs = perLookup(k, lookups[k].ms);
  packs[k].mapGetUs = perLookup(k, lookups[`${k} Map.get`].ms);
}
const keyRatio = built['1k'].keys.length / built['100k'].keys.length;
const lookupGrowth = medianRatio(lookups['100k'].samples, lookups['1k'].samples) * keyRatio;
const firstLookupGrowth = medianRatio(lookups['100k first'].samples, lookups['1k first'].samples) * keyRatio;
const firstLookupUs = Object.fromEntries(sizes.map((k) => [k, round(perLookup(k, lookups[`${k} first`].ms), 3)]));
const firstFloorGrowth = medianRatio(lookups['100k first floor'].samples, lookups['1k first floor'].samples) * keyRatio;
const firstFloorUs = Object.fromEntries(sizes.map((k) => [k, round(perLookup(k, lookups[`${k} first floor`].ms), 3)]));
const mapGetGrowth = medianRatio(lookups['100k Map.get'].samples, lookups['1k Map.get'].samples) * keyRatio;
// A second view of growth: the seed article's mentions looked up in the bundled index with each
// pack installed (a reader's pack grows; the article's names stay the same).
const bundledFile = parseKnowledgeFile(joinBundle(parseParts()));
let withPack: Record<string, KnowledgeIndex> | null = Object.fromEntries(
  sizes.map((k) => [k, buildKnowledgeIndex(bundledFile, [built![k].parsed])]),
);
const seedLookups = measureTogether(
  Object.fromEntries(
    sizes.map((k) => [
      k,
      () => {
        let c = 0;
        for (const f of forms) c += withPack![k].lookup(f, ctx).length;
        return c;
      },
    ]),
  ),
  { warmup: 3, runs: 9, minSampleMs: 20 },
);
const seedLookupGrowth = medianRatio(seedLookups['100k'].samples, seedLookups['1k'].samples);
const seedLookupUsByPack = Object.fromEntries(
  sizes.map((k) => [k, round((seedLookups[k].ms * 1000) / forms.length, 3)]),
);
withPack = null;
built = null;

// 4. heap held by the 100k index (entities and maps), the pack text being already in memory
function heapOf100k(): { MB: number; how: string } {
  const json = JSON.stringify(syntheticPack(100_000).pack);
  gc?.();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const idx: KnowledgeIndex = buildKnowledgeIndex(EMPTY, [KnowledgePack.parse(JSON.parse(json))]);
  gc?.();
  gc?.();
  const MB = (process.memoryUsage().heapUsed - before) / 1e6;
  if (!idx.entity('person-0')) throw new Error('100k index lost its entities');
  return {
    MB,
    how: gc
      ? 'heapUsed delta between forced GCs'
      : 'heapUsed delta WITHOUT forced GC (node lacks --expose-gc): approximate',
  };
}
const heap = heapOf100k();

// 5. the bundled file
const bundleKB = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
const bundleGzipKB = texts.reduce((n, t) => n + gzipSync(t).length, 0) / 1024;

// ---------------------------------------------------------------- report
console.log(
  `\nKnowledge (public/${BUNDLE_PARTS.map((p) => p.file).join(' + ')}: ${index.knowledgeDate}; medians of interleaved rounds)`,
);
console.log(
  table([
    ['figure', 'value', 'next to', 'ratio', 'target', 'verdict'],
    [
      'cold start ms (parse+validate+index)',
      cold.coldStart.ms.toFixed(1),
      `JSON.parse ${cold.jsonParse.ms.toFixed(1)} ms`,
      coldStartRatio.toFixed(1),
      '<= 3x',
      verdict(coldStartRatio <= 3),
    ],
    ['  first load in process, JIT cold, ms', firstLoadMs.toFixed(1), '', '', '(info)', ''],
    [
      `lookup µs (${forms.length} seed mentions)`,
      lookupUs.toFixed(3),
      `Map.get ${mapGetUs.toFixed(3)} µs`,
      lookupRatio.toFixed(1),
      '<= 20x',
      verdict(lookupRatio <= 20),
    ],
    [
      `  the article read once, as a new page`,
      freshLookupUs.toFixed(3),
      `Map.get ${mapGetUs.toFixed(3)} µs`,
      freshLookupRatio.toFixed(1),
      '<= 20x',
      verdict(freshLookupRatio <= 20),
    ],
    ['100k index heap MB', heap.MB.toFixed(1), heap.how, '', '<= 150', verdict(heap.MB <= 150)],
    ['bundled file KB raw / gzip', bundleKB.toFixed(0), `gzip ${bundleGzipKB.toFixed(0)} KB`, '', 'report', ''],
  ]),
);
console.log(
  "lookups: every sample repeats the same names, so the index's memo of recent forms (and normalizeName's) is warm, as on a page that repeats its names",
);
console.log(`\nSynthetic packs (half people with roles, quarter organisations, quarter places; all with aliases)`);
console.log(
  "build = buildKnowledgeIndex on the parsed pack; validate+build = KnowledgePack.parse(JSON.parse) + build; lookups: ~1,000 names/aliases/surnames + 10% misses; Map.get: the same keys in a bare Map of the pack's names",
);
console.log(
  table([
    [
      'pack',
      'entities',
      'MB',
      'JSON.parse ms',
      'build ms',
      'build / parse',
      'target <= 5x',
      'validate+build ms',
      'lookup µs',
      'Map.get µs',
    ],
    ...Object.entries(packs).map(([k, p]) => [
      k,
      p.entities,
      p.packMB.toFixed(1),
      p.jsonParseMs.toFixed(1),
      p.buildMs.toFixed(1),
      p.buildRatio.toFixed(2),
      verdict(p.buildRatio <= 5),
      p.validateBuildMs.toFixed(1),
      p.lookupUs.toFixed(3),
      p.mapGetUs.toFixed(4),
    ]),
  ]),
);
console.log(
  `lookup growth 1k -> 100k (median of the rounds' ratios): ${lookupGrowth.toFixed(2)}x, target < 2x: ${verdict(lookupGrowth < 2)}; a bare Map.get over the pack's names grows ${mapGetGrowth.toFixed(2)}x in the same rounds (CPU caches)`,
);
console.log(
  `  each name's first lookup (the index's memo of recent forms and normalizeName's forgotten before every pass): ${firstLookupGrowth.toFixed(2)}x (${JSON.stringify(firstLookupUs)} µs)`,
);
console.log(
  `    its floor, normalizeKey + one Map.get over the index's own keys and nothing else: ${firstFloorGrowth.toFixed(2)}x (${JSON.stringify(firstFloorUs)} µs)`,
);
console.log(
  `seed-article lookups with a pack installed, µs per lookup: ${JSON.stringify(seedLookupUsByPack)}; growth 1k -> 100k ${seedLookupGrowth.toFixed(2)}x`,
);

const out = {
  coldStartMs: round(cold.coldStart.ms),
  jsonParseMs: round(cold.jsonParse.ms),
  coldStartRatio: round(coldStartRatio),
  firstLoadMs: round(firstLoadMs),
  lookupUs: round(lookupUs, 3),
  mapGetUs: round(mapGetUs, 4),
  lookupRatio: round(lookupRatio, 1),
  freshLookupUs: round(freshLookupUs, 3),
  freshLookupRatio: round(freshLookupRatio, 1),
  lookupForms: forms.length,
  packs: Object.fromEntries(
    Object.entries(packs).map(([k, p]) => [
      k,
      {
        entities: p.entities,
        packMB: round(p.packMB),
        jsonParseMs: round(p.jsonParseMs),
        buildMs: round(p.buildMs),
        buildRatio: round(p.buildRatio),
        validateBuildMs: round(p.validateBuildMs),
        lookupUs: round(p.lookupUs, 3),
        mapGetUs: round(p.mapGetUs, 4),
      },
    ]),
  ),
  lookupGrowth1kTo100k: round(lookupGrowth),
  firstLookupGrowth1kTo100k: round(firstLookupGrowth),
  firstLookupUs,
  firstFloorGrowth1kTo100k: round(firstFloorGrowth),
  firstFloorUs,
  seedLookupUsWithPack: seedLookupUsByPack,
  seedLookupGrowth1kTo100k: round(seedLookupGrowth),
  mapGetGrowth1kTo100k: round(mapGetGrowth),
  memory100kMB: round(heap.MB, 1),
  memoryMethod: heap.how,
  bundleKB: round(bundleKB, 1),
  bundleGzipKB: round(bundleGzipKB, 1),
};
console.log(JSON_PREFIX + JSON.stringify(out));
