/**
 * Engine throughput in Node: extractFindings + annotatePage (resolve) on text already read from
 * the page, next to compromise and to one plain regex pass (the floor), timed in the same rounds of one process.
 * Each sample starts after a full GC (with --expose-gc, as bench/run.ts runs it), so no function is
 * charged for collecting another's garbage (compromise leaves hundreds of MB of it).
 *   node --expose-gc --import tsx bench/engine.bench.ts   (or npm run bench)
 */
import './jitless'; // first: zod never compiles validators, as in the extension
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import nlp from 'compromise';
import { extractFindings } from '../lib/engine/extract';
import { tokenize } from '../lib/text/tokens';
import { annotatePage } from '../lib/annotate-page';
import { buildKnowledgeIndex } from '../lib/knowledge/index';
import { parseKnowledgeFile } from '../lib/knowledge/load';
import { forgetNames } from '../lib/knowledge/normalize';
import {
  JSON_PREFIX,
  ROOT,
  assemble,
  median,
  loadConllTexts,
  loadTexts,
  measureTogether,
  medianRatio,
  megabytes,
  repeatText,
  round,
  table,
  verdict,
  wordCount,
} from './corpus';
import { readBundledJson } from '../lib/cli/project';

const FLOOR = /[A-Z][a-z]+|“[^”]*”/g;
const META = { url: null, title: null, publishedAt: null, site: null };

const { seed, pages, note } = await loadTexts();
if (note) console.log(`NOTE: ${note}`);
const long = assemble(pages.length ? pages.map((p) => p.text) : [seed], 20_000);
const index = buildKnowledgeIndex(parseKnowledgeFile(readBundledJson()));

const floor = (text: string) => {
  FLOOR.lastIndex = 0;
  let n = 0;
  while (FLOOR.exec(text)) n++;
  return n;
};
/**
 * Every run meets the text as a new page: the names the engine remembers across calls (the
 * normal forms, the index's recent lookups) are forgotten first, or a bench that reads the same
 * text again and again would time only remembered answers.
 */
const fresh = () => {
  forgetNames();
  index.forgetRecent();
};
const extract = (text: string) => {
  fresh();
  return extractFindings(text);
};
const engine = (text: string) => {
  fresh();
  return annotatePage({ text, findings: extractFindings(text), meta: META }, index);
};
/** compromise's nearest equivalent: people, places, organisations and quotations. */
const compromise = (text: string) => {
  const doc = nlp(text);
  return [doc.people(), doc.places(), doc.organizations(), doc.quotations()].reduce(
    (n, v) => n + v.out('array').length,
    0,
  );
};

compromise(seed); // compromise compiles its lexicon on first use: not timed

interface Row {
  words: number;
  MB: number;
  engineMs: number;
  extractMs: number;
  resolveMs: number;
  compromiseMs: number;
  floorMs: number;
  /** the tokenizer alone: the engine's first step, words with their marks */
  tokenizeMs: number;
  tokenizeVsFloor: number;
  /** engine time / floor time and compromise time / engine time, medians of the rounds' ratios */
  vsFloor: number;
  vsCompromise: number;
  extractVsCompromise: number;
}
function row(text: string): Row {
  const findings = extractFindings(text);
  const resolve = () => {
    fresh();
    return annotatePage({ text, findings, meta: META }, index);
  };
  const t = measureTogether(
    {
      engine: () => engine(text),
      extract: () => extract(text),
      resolve,
      tokenize: () => tokenize(text).length,
      floor: () => floor(text),
      compromise: () => compromise(text),
    },
    { warmup: 2, warmupMs: 500, runs: 7, minSampleMs: 20, gcFirst: true },
  );
  return {
    words: wordCount(text),
    MB: megabytes(text),
    engineMs: t.engine.ms,
    extractMs: t.extract.ms,
    resolveMs: t.resolve.ms,
    compromiseMs: t.compromise.ms,
    floorMs: t.floor.ms,
    tokenizeMs: t.tokenize.ms,
    tokenizeVsFloor: medianRatio(t.tokenize.samples, t.floor.samples),
    vsFloor: medianRatio(t.engine.samples, t.floor.samples),
    vsCompromise: medianRatio(t.compromise.samples, t.engine.samples),
    extractVsCompromise: medianRatio(t.compromise.samples, t.extract.samples),
  };
}

const rows = { seed: row(seed), long: row(long) };

// CoNLL-2003 dev: 216 short wire stories, each read as a new page, one after another
const conllDocs = loadConllTexts();
const conllRow = (() => {
  if (!conllDocs.length) return null;
  const t = measureTogether(
    {
      engine: () => conllDocs.reduce((n, d) => n + engine(d).notes.actors.length, 0),
      compromise: () => conllDocs.reduce((n, d) => n + compromise(d), 0),
    },
    { warmup: 1, warmupMs: 500, runs: 5, minSampleMs: 0, gcFirst: true },
  );
  return {
    documents: conllDocs.length,
    words: conllDocs.reduce((n, d) => n + wordCount(d), 0),
    engineMs: t.engine.ms,
    compromiseMs: t.compromise.ms,
    vsCompromise: medianRatio(t.compromise.samples, t.engine.samples),
  };
})();

// scaling: the engine on 1x, 4x, 16x the long text, timed round by round
const sizes = { x1: long, x4: repeatText(long, 4), x16: repeatText(long, 16) };
const st = measureTogether(
  { x1: () => engine(sizes.x1), x4: () => engine(sizes.x4), x16: () => engine(sizes.x16) },
  { warmup: 1, runs: 5, minSampleMs: 0, gcFirst: true },
);
const scaling = Object.fromEntries(
  (Object.keys(sizes) as (keyof typeof sizes)[]).map((k) => [
    k,
    { MB: megabytes(sizes[k]), ms: st[k].ms, msPerMB: st[k].ms / megabytes(sizes[k]) },
  ]),
) as Record<keyof typeof sizes, { MB: number; ms: number; msPerMB: number }>;
const perMBRatio16to1 = medianRatio(st.x16.samples, st.x1.samples) / 16;

// the first run in a fresh process (a content script's case on every page load), three processes
const firstRuns = [0, 1, 2].map(
  () =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/engine-first-run.ts')], {
        cwd: ROOT,
        encoding: 'utf8',
      })
        .trim()
        .split('\n')
        .pop()!,
    ) as FirstRun,
);
interface FirstRun {
  firstMs: number;
  secondMs: number;
  warmMs: number;
  engineFirstMs: number;
  engineWarmMs: number;
}
const firstRun = {
  firstMs: median(firstRuns.map((r) => r.firstMs)),
  secondMs: median(firstRuns.map((r) => r.secondMs)),
  warmMs: median(firstRuns.map((r) => r.warmMs)),
  engineFirstMs: median(firstRuns.map((r) => r.engineFirstMs)),
  engineWarmMs: median(firstRuns.map((r) => r.engineWarmMs)),
};
const coldRatio = median(firstRuns.map((r) => r.engineFirstMs / r.engineWarmMs));

// bundles, as built (the lead builds; not built here): the content script every matching page
// loads, and the reader (engine, validation, highlights) it has injected where there is an article
const built = (file: string) => {
  const path = join(ROOT, '.output/chrome-mv3', file);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const lines = bytes.toString('utf8').split('\n').length;
  return {
    KB: statSync(path).size / 1024,
    gzipKB: gzipSync(bytes).length / 1024,
    minified: bytes.length / lines >= 200,
  };
};
const contentScript = built('content-scripts/annotator.js');
const reader = built('reader.js');
const cardUi = built('card-ui.js');
const contentScriptKB = contentScript?.KB ?? null;
const contentScriptGzipKB = contentScript?.gzipKB ?? null;
const bundleNote =
  !contentScript || !reader
    ? 'extension not built (.output/chrome-mv3 lacks content-scripts/annotator.js or reader.js): run npm run build; bundle sizes are null'
    : !contentScript.minified || !reader.minified
      ? 'a bundle does not look minified: sizes are as built'
      : null;

// ---------------------------------------------------------------- report
const mbps = (MB: number, ms: number) => MB / (ms / 1000);
const L = rows.long;
const ratioVsCompromise = L.vsCompromise;
const ratioVsFloor = L.vsFloor;

console.log(
  `\nEngine throughput (medians of 7 rounds, each timing every function in turn, after each function has run untimed for 500 ms (V8 has optimised it; the first run in a fresh process is reported below)${(globalThis as { gc?: unknown }).gc ? ' after a full GC' : ' (no --expose-gc: no GC between samples, so a function may pay for the garbage of the one before)'}; ratios are medians of the rounds' ratios; MB = 10^6 UTF-8 bytes)`,
);
console.log(
  'every run meets the text as a new page (names remembered across calls are forgotten first); engine = extractFindings + annotatePage on the text readPage produced; resolve = annotatePage alone; compromise = nlp(text) then people/places/organizations/quotations; floor = one pass of /[A-Z][a-z]+|“[^”]*”/g counting matches',
);
console.log(
  `long text: ${pages.length ? `${pages.map((p) => p.name).join(', ')} article texts in turn` : 'the seed article repeated'}, ${L.words} words`,
);
console.log(
  table([
    [
      'text',
      'words',
      'MB',
      'engine ms',
      'engine MB/s',
      'extract ms',
      'extract MB/s',
      'resolve ms',
      'compromise ms',
      'compromise MB/s',
      'floor ms',
      'floor MB/s',
    ],
    ...Object.entries(rows).map(([name, r]) => [
      name,
      r.words,
      r.MB.toFixed(3),
      r.engineMs.toFixed(1),
      mbps(r.MB, r.engineMs).toFixed(2),
      r.extractMs.toFixed(1),
      mbps(r.MB, r.extractMs).toFixed(2),
      r.resolveMs.toFixed(1),
      r.compromiseMs.toFixed(0),
      mbps(r.MB, r.compromiseMs).toFixed(3),
      r.floorMs.toFixed(3),
      mbps(r.MB, r.floorMs).toFixed(1),
    ]),
  ]),
);
if (bundleNote) console.log(`NOTE: ${bundleNote}`);
console.log(
  `seed, extract alone in a fresh process (medians of 3 processes): first run ${firstRun.firstMs.toFixed(1)} ms, second ${firstRun.secondMs.toFixed(1)} ms, after 30 runs ${firstRun.warmMs.toFixed(1)} ms (code not yet compiled or optimised: what a content script meets on each page)`,
);
console.log(
  `seed, the engine (extract + resolve) in a fresh process: first run ${firstRun.engineFirstMs.toFixed(1)} ms, after 30 runs ${firstRun.engineWarmMs.toFixed(1)} ms`,
);
if (conllRow)
  console.log(
    `CoNLL-2003 dev, ${conllRow.documents} documents read one by one (${conllRow.words} words): engine ${conllRow.engineMs.toFixed(0)} ms, compromise ${conllRow.compromiseMs.toFixed(0)} ms`,
  );
else console.log('NOTE: ../shared/data/conll2003 is absent: no CoNLL row');
console.log(`\nScaling (engine on the long text repeated)`);
console.log(
  table([
    ['size', 'MB', 'ms', 'ms per MB'],
    ...Object.entries(scaling).map(([k, s]) => [k, s.MB.toFixed(2), s.ms.toFixed(0), s.msPerMB.toFixed(0)]),
  ]),
);
const seedRatio = rows.seed.vsCompromise;
const conllRatio = conllRow?.vsCompromise ?? null;
console.log(`\nTargets`);
console.log(
  table([
    ['figure', 'value', 'target', 'verdict'],
    ['compromise time / engine time, seed', seedRatio.toFixed(1), '>= 50', verdict(seedRatio >= 50)],
    [
      'compromise time / engine time, long text',
      ratioVsCompromise.toFixed(1),
      '>= 50',
      verdict(ratioVsCompromise >= 50),
    ],
    [
      'compromise time / engine time, CoNLL dev one by one',
      conllRatio === null ? 'null' : conllRatio.toFixed(1),
      '>= 30',
      conllRatio === null ? 'n/a' : verdict(conllRatio >= 30),
    ],
    ['engine first run / warm run, seed (fresh process)', coldRatio.toFixed(1), '<= 10', verdict(coldRatio <= 10)],
    ['compromise time / extract-alone time, long text', L.extractVsCompromise.toFixed(1), '(info)', ''],
    ['engine time / floor time, long text (withdrawn target: <= 10)', ratioVsFloor.toFixed(1), '(info)', ''],
    ['  the tokenizer alone / floor time', L.tokenizeVsFloor.toFixed(1), '(info)', ''],
    ['ms per MB, 16x / 1x', perMBRatio16to1.toFixed(2), '~1 (linear; <= 1.5)', verdict(perMBRatio16to1 <= 1.5)],
    [
      'content script KB (as built, every matching page)',
      contentScriptKB === null ? 'null (no build in .output)' : contentScriptKB.toFixed(1),
      '<= 60',
      contentScriptKB === null ? 'n/a' : verdict(contentScriptKB <= 60),
    ],
    ['  reader KB (injected where there is an article)', reader ? reader.KB.toFixed(1) : 'null', 'report', ''],
    ['  card UI KB (injected on the first hover)', cardUi ? cardUi.KB.toFixed(1) : 'null', 'report', ''],
  ]),
);

const perText = (r: Row) => ({
  words: r.words,
  MB: round(r.MB, 4),
  engineMs: round(r.engineMs),
  extractMs: round(r.extractMs),
  resolveMs: round(r.resolveMs),
  compromiseMs: round(r.compromiseMs),
  floorMs: round(r.floorMs, 4),
  engineMBps: round(mbps(r.MB, r.engineMs), 3),
  extractMBps: round(mbps(r.MB, r.extractMs), 3),
  compromiseMBps: round(mbps(r.MB, r.compromiseMs), 3),
  floorMBps: round(mbps(r.MB, r.floorMs), 1),
  ratioVsCompromise: round(r.vsCompromise),
  ratioVsFloor: round(r.vsFloor, 1),
});
const out = {
  engineMBps: round(mbps(L.MB, L.engineMs), 3),
  extractMBps: round(mbps(L.MB, L.extractMs), 3),
  compromiseMBps: round(mbps(L.MB, L.compromiseMs), 3),
  floorMBps: round(mbps(L.MB, L.floorMs), 1),
  ratioVsCompromise: round(ratioVsCompromise),
  seedRatioVsCompromise: round(seedRatio),
  conll: conllRow && {
    documents: conllRow.documents,
    words: conllRow.words,
    engineMs: round(conllRow.engineMs),
    compromiseMs: round(conllRow.compromiseMs),
    ratioVsCompromise: round(conllRow.vsCompromise),
  },
  coldRatio: round(coldRatio, 1),
  extractRatioVsCompromise: round(L.extractVsCompromise),
  ratioVsFloor: round(ratioVsFloor, 1),
  tokenizeMs: round(L.tokenizeMs, 3),
  tokenizeVsFloor: round(L.tokenizeVsFloor, 1),
  longWords: L.words,
  seed: perText(rows.seed),
  scaling: {
    ...Object.fromEntries(
      Object.entries(scaling).map(([k, s]) => [
        k,
        { MB: round(s.MB, 3), ms: round(s.ms, 1), msPerMB: round(s.msPerMB, 1) },
      ]),
    ),
    perMBRatio16to1: round(perMBRatio16to1),
  },
  seedFirstRun: {
    firstMs: round(firstRun.firstMs, 1),
    secondMs: round(firstRun.secondMs, 1),
    warmMs: round(firstRun.warmMs, 1),
    engineFirstMs: round(firstRun.engineFirstMs, 1),
    engineWarmMs: round(firstRun.engineWarmMs, 1),
  },
  contentScriptKB: round(contentScriptKB, 1),
  contentScriptGzipKB: round(contentScriptGzipKB, 1),
  readerKB: round(reader?.KB ?? null, 1),
  readerGzipKB: round(reader?.gzipKB ?? null, 1),
  cardUiKB: round(cardUi?.KB ?? null, 1),
  notes: [note, bundleNote].filter(Boolean),
};
console.log(JSON_PREFIX + JSON.stringify(out));
