/**
 * Runs the engine, knowledge and adversarial-input benchmarks one after the other, each in its own
 * Node process (with --expose-gc for the heap figure), and prints as its last line one JSON object
 * with every figure.
 *   npx tsx bench/run.ts   (npm run bench)
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { JSON_PREFIX, ROOT, table, verdict } from './corpus';

/** Runs one bench file; passes its output through and returns the figures of its JSON line (null when it failed). */
function runBench(file: string): Promise<Record<string, unknown> | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', file)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let figures: Record<string, unknown> | null = null;
    let rest = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith(JSON_PREFIX)) figures = JSON.parse(line.slice(JSON_PREFIX.length));
        else console.log(line);
      }
    });
    child.on('close', (code) => {
      if (rest.startsWith(JSON_PREFIX)) figures = JSON.parse(rest.slice(JSON_PREFIX.length));
      else if (rest) console.log(rest);
      if (code !== 0 || !figures) console.log(`!! ${file} failed (exit ${code}): its figures are null`);
      done(code === 0 ? figures : null);
    });
  });
}

const t0 = performance.now();
const loadBefore = loadavg()[0];
console.log(
  `News Lens benchmarks: Node ${process.version}, ${new Date().toISOString()}, load average ${loadBefore.toFixed(1)} (other work on this machine skews absolute figures; ratios are taken within rounds)`,
);
console.log('\n== engine ==');
const engine = (await runBench('engine.bench.ts')) ?? {};
console.log('\n== knowledge ==');
const knowledge = (await runBench('knowledge.bench.ts')) ?? {};
console.log('\n== adversarial inputs ==');
const adversarial = ((await runBench('adversarial.bench.ts')) ?? {}) as {
  adversarial?: { worstRatio1MBto10KB?: number | null; missed?: string[]; longestSliceMs?: number | null };
};

type Fig = number | null | undefined;
const e = engine as Record<string, Fig> & {
  scaling?: { perMBRatio16to1?: Fig };
  conll?: { ratioVsCompromise?: Fig } | null;
};
const k = knowledge as Record<string, Fig> & { packs?: Record<string, { buildRatio?: Fig }> };
const check = (v: Fig, ok: (x: number) => boolean) => verdict(typeof v === 'number' ? ok(v) : null);
const show = (v: Fig) => (typeof v === 'number' ? v : null);
const packRatios = ['1k', '10k', '100k'].map((s) => k.packs?.[s]?.buildRatio);
const worstPack = packRatios.every((r) => typeof r === 'number') ? Math.max(...(packRatios as number[])) : null;
const adv = adversarial.adversarial;

const loadAfter = loadavg()[0];
console.log(
  `\n== targets (total ${((performance.now() - t0) / 1000).toFixed(0)} s; load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}) ==`,
);
console.log(
  table([
    ['target', 'value', 'verdict'],
    [
      'engine vs compromise >= 50x (seed article)',
      show(e.seedRatioVsCompromise),
      check(e.seedRatioVsCompromise, (x) => x >= 50),
    ],
    ['engine vs compromise >= 50x (long text)', show(e.ratioVsCompromise), check(e.ratioVsCompromise, (x) => x >= 50)],
    [
      'engine vs compromise >= 30x (CoNLL dev documents one by one)',
      show(e.conll?.ratioVsCompromise),
      check(e.conll?.ratioVsCompromise, (x) => x >= 30),
    ],
    ['engine first run / warm run <= 10x (seed, fresh process)', show(e.coldRatio), check(e.coldRatio, (x) => x <= 10)],
    ['  engine time / regex floor (long text; withdrawn target, information)', show(e.ratioVsFloor), ''],
    [
      `content script <= 60 KB minified (the reader it injects on articles: ${show(e.readerKB)} KB)`,
      show(e.contentScriptKB),
      check(e.contentScriptKB, (x) => x <= 60),
    ],
    [
      'linear scaling: ms/MB 16x / 1x <= 1.5',
      show(e.scaling?.perMBRatio16to1),
      check(e.scaling?.perMBRatio16to1, (x) => x <= 1.5),
    ],
    ['knowledge cold start / JSON.parse <= 3x', show(k.coldStartRatio), check(k.coldStartRatio, (x) => x <= 3)],
    ['lookup / Map.get <= 20x (seed mentions, repeated)', show(k.lookupRatio), check(k.lookupRatio, (x) => x <= 20)],
    [
      '  the same, the article read once as a new page',
      show(k.freshLookupRatio),
      check(k.freshLookupRatio, (x) => x <= 20),
    ],
    ['pack build / JSON.parse <= 5x (worst of 1k/10k/100k)', worstPack, check(worstPack, (x) => x <= 5)],
    [
      `lookup growth 1k -> 100k < 2x, repeated names (bare Map.get: ${show(k.mapGetGrowth1kTo100k)}x)`,
      show(k.lookupGrowth1kTo100k),
      check(k.lookupGrowth1kTo100k, (x) => x < 2),
    ],
    [
      '  the same, each name on first sight',
      show(k.firstLookupGrowth1kTo100k),
      check(k.firstLookupGrowth1kTo100k, (x) => x < 2),
    ],
    ['100k index heap <= 150 MB', show(k.memory100kMB), check(k.memory100kMB, (x) => x <= 150)],
    [
      `adversarial inputs: ms/KB at 1 MB / at 10 KB <= 2 (worst family; missed by: ${adv?.missed?.length ? adv.missed.join(', ') : 'none'})`,
      show(adv?.worstRatio1MBto10KB),
      adv?.missed ? verdict(adv.missed.length === 0) : 'n/a',
    ],
    ["  the reader's longest slice on them, ms (Node)", show(adv?.longestSliceMs), ''],
  ]),
);
console.log(
  JSON.stringify({
    ...engine,
    knowledge,
    adversarial: adv ?? null,
    loadAvg: [Number(loadBefore.toFixed(1)), Number(loadAfter.toFixed(1))],
  }),
);
