/**
 * The engine's first run in a fresh process, as it meets every page load: no code warmed up,
 * regexes not compiled yet. Prints one JSON line; bench/engine.bench.ts runs this file a few times
 * in new processes and reports the medians next to its warm figures.
 *   npx tsx bench/engine-first-run.ts
 *
 * Two timings, each in its own fresh state: extract alone (the reader's part, in the page), then
 * the engine (extract + resolve against the knowledge index, built before the timing as the
 * background worker keeps it).
 */
import './jitless'; // first: as the extension runs it, MV3 forbids compiling validators
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readArticle } from '../lib/article/find-article';
import { ROOT, SEED_HTML } from './corpus';
import { readBundledJson } from '../lib/cli/project';

const { document } = parseHTML(readFileSync(SEED_HTML, 'utf8'));
const text = readArticle(document as unknown as Document).model.text;
const META = { url: null, title: null, publishedAt: null, site: null };

// the knowledge index is built once in the background worker, before any page: not timed
const { buildKnowledgeIndex } = await import('../lib/knowledge/index');
const { parseKnowledgeFile } = await import('../lib/knowledge/load');
const index = buildKnowledgeIndex(parseKnowledgeFile(readBundledJson()));

// the engine's modules are imported only now, so nothing of theirs has run before the timing
const t0 = performance.now();
const { extractFindings } = await import('../lib/engine/extract');
const { annotatePage } = await import('../lib/annotate-page');
const t1 = performance.now();
const findings = extractFindings(text);
const t2 = performance.now();
annotatePage({ text, findings, meta: META }, index);
const t3 = performance.now();
extractFindings(`Again. ${text}`);
const t4 = performance.now();
for (let i = 0; i < 30; i++) {
  const t = `Run ${i}. ${text}`;
  annotatePage({ text: t, findings: extractFindings(t), meta: META }, index);
}
const t5 = performance.now();
// after 30 runs: the optimised code; the median of 7 runs each, so one GC pause does not make "warm" slow
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const warmExtract: number[] = [];
const warmEngine: number[] = [];
for (let i = 0; i < 7; i++) {
  const t = `Warm ${i}. ${text}`;
  const a = performance.now();
  const findings = extractFindings(t);
  const b = performance.now();
  annotatePage({ text: t, findings, meta: META }, index);
  const c = performance.now();
  warmExtract.push(b - a);
  warmEngine.push(c - a);
}
console.log(
  JSON.stringify({
    importMs: t1 - t0,
    firstMs: t2 - t1,
    secondMs: t4 - t3,
    warmMs: median(warmExtract),
    engineFirstMs: t3 - t1,
    engineWarmMs: median(warmEngine),
    chars: text.length,
  }),
);
