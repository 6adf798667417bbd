/**
 * The engine's first run in a fresh process, as a content script meets it on every page load:
 * no code warmed up, regexes not compiled yet. Prints one JSON line; bench/engine.bench.ts runs
 * this file a few times in new processes and reports the medians next to its warm figures.
 *   npx tsx bench/engine-first-run.ts
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readArticle } from '../lib/article/find-article';
import { SEED_HTML } from './corpus';

const { document } = parseHTML(readFileSync(SEED_HTML, 'utf8'));
const text = readArticle(document as unknown as Document).model.text;

// the engine's modules are imported only now, so nothing of theirs has run before the timing
const t0 = performance.now();
const { extractFindings } = await import('../lib/engine/extract');
const t1 = performance.now();
extractFindings(text);
const t2 = performance.now();
extractFindings(`Again. ${text}`);
const t3 = performance.now();
for (let i = 0; i < 30; i++) extractFindings(`Run ${i}. ${text}`);
const t4 = performance.now();
extractFindings(`Warm. ${text}`); // after 30 runs: the optimised code
const t5 = performance.now();

console.log(
  JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2, warmMs: t5 - t4, chars: text.length }),
);
