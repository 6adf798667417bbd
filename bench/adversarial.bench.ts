/**
 * Adversarial inputs (bench/adversarial.ts) through the whole engine as the command line runs it:
 * extractFindings + annotatePage with the knowledge index, at 10 KB, 100 KB and 1 MB. Prints, for
 * every family, the time at each size, the time per KB, and the ratio of the time per KB at 1 MB to
 * that at 10 KB (target ≤ 2: linear); and the longest slice of the reader's sliced extraction
 * (extractPartsSliced, as the content script runs it: what one task of the page's can take).
 * Each family runs in a process of its own, with a time limit per size (ADVERSARIAL_TIMEOUT_S,
 * default 60 s): a size that does not finish is reported as such and the larger ones are skipped.
 *   node --expose-gc --import tsx bench/adversarial.bench.ts   (part of npm run bench)
 *   ADVERSARIAL_FAMILIES=dots,commas ADVERSARIAL_SIZES=10KB,100KB … to run a few
 * The last line is one JSON object with every figure (BENCH_JSON prefix, as the other benches).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILIES, SIZES } from './adversarial';
import { JSON_PREFIX, ROOT, median, round, table, verdict } from './corpus';
import { readBundledJson } from '../lib/cli/project';

type SizeKey = keyof typeof SIZES;
const TARGET = 2;
const TIMEOUT_S = Number(process.env.ADVERSARIAL_TIMEOUT_S ?? 60);
const wanted = process.env.ADVERSARIAL_FAMILIES?.split(',').filter(Boolean);
const families = FAMILIES.filter((f) => !wanted || wanted.includes(f.name));
const sizeKeys = (Object.keys(SIZES) as SizeKey[]).filter(
  (k) => !process.env.ADVERSARIAL_SIZES || process.env.ADVERSARIAL_SIZES.split(',').includes(k),
);

interface SizeResult {
  /** extractFindings + annotatePage, ms per run (median) */
  ms: number;
  extractMs: number;
  resolveMs: number;
  msPerKB: number;
  /** the longest stretch between two pauses of extractPartsSliced (the reader's slices) */
  maxSliceMs: number;
  runs: number;
  claims: number;
  actors: number;
}

// ---------------------------------------------------------------- child: one family, all sizes

async function child(familyName: string) {
  const [
    { extractFindings },
    { extractPartsSliced },
    { annotatePage },
    { buildKnowledgeIndex },
    { parseKnowledgeFile },
    { forgetNames },
  ] = await Promise.all([
    import('../lib/engine/extract'),
    import('../lib/text/chunked'),
    import('../lib/annotate-page'),
    import('../lib/knowledge/index'),
    import('../lib/knowledge/load'),
    import('../lib/knowledge/normalize'),
  ]);
  const family = FAMILIES.find((f) => f.name === familyName)!;
  const index = buildKnowledgeIndex(parseKnowledgeFile(readBundledJson()));
  const meta = { url: null, title: null, publishedAt: null, site: null };
  const gc = (globalThis as { gc?: (o?: object) => void }).gc;
  const once = (text: string) => {
    forgetNames();
    index.forgetRecent();
    const t0 = performance.now();
    const findings = extractFindings(text);
    const t1 = performance.now();
    const page = annotatePage({ text, findings, meta }, index);
    const t2 = performance.now();
    return { extract: t1 - t0, resolve: t2 - t1, claims: page.notes.claims.length, actors: page.notes.actors.length };
  };
  // warm-up: the family's smallest text until 300 ms have passed (V8 optimises the engine's code)
  const small = family.make(SIZES['10KB']);
  for (const t0 = performance.now(); performance.now() - t0 < 300;) once(small);
  for (const key of sizeKeys) {
    const text = family.make(SIZES[key]);
    const first = once(text);
    // samples of at least 20 ms each (small texts run in batches), 5 of them; 3 at the largest size
    // (a run over a second is timed once: the figure is plain enough, and the limit is near)
    const perRun = first.extract + first.resolve;
    const batch = Math.max(1, Math.ceil(20 / Math.max(perRun, 0.01)));
    const samples: { extract: number; resolve: number }[] = perRun > 1000 ? [first] : [];
    for (let s = 0; s < (perRun > 1000 ? 0 : key === '1MB' ? 3 : 5); s++) {
      gc?.({ type: 'major', execution: 'sync' });
      let e = 0;
      let r = 0;
      for (let b = 0; b < batch; b++) {
        const x = once(text);
        e += x.extract;
        r += x.resolve;
      }
      samples.push({ extract: e / batch, resolve: r / batch });
    }
    // the reader's slices: the time between pauses of extractPartsSliced (after a full GC, as the samples)
    gc?.({ type: 'major', execution: 'sync' });
    let maxSlice = 0;
    let last = performance.now();
    await extractPartsSliced(text, async () => {
      const now = performance.now();
      maxSlice = Math.max(maxSlice, now - last);
      await new Promise((done) => setImmediate(done));
      last = performance.now();
    });
    maxSlice = Math.max(maxSlice, performance.now() - last);
    const ms = median(samples.map((s) => s.extract + s.resolve));
    const result: SizeResult = {
      ms,
      extractMs: median(samples.map((s) => s.extract)),
      resolveMs: median(samples.map((s) => s.resolve)),
      msPerKB: ms / (text.length / 1000),
      maxSliceMs: maxSlice,
      runs: samples.length * batch,
      claims: first.claims,
      actors: first.actors,
    };
    process.stdout.write(`${JSON.stringify({ size: key, result })}\n`);
  }
}

// ---------------------------------------------------------------- parent

/** Runs one family in a child process; a size that takes longer than the limit is reported as null (timed out). */
function runFamily(name: string): Promise<Partial<Record<SizeKey, SizeResult | 'timeout' | 'skipped' | 'failed'>>> {
  return new Promise((done) => {
    const out: Partial<Record<SizeKey, SizeResult | 'timeout' | 'skipped' | 'failed'>> = {};
    const proc = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', name],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let rest = '';
    let timer: NodeJS.Timeout;
    let timedOut = false;
    // the limit is per size (the first one also holds loading the knowledge and the warm-up)
    const arm = (extraS: number) => {
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          timedOut = true;
          proc.kill('SIGKILL');
        },
        (TIMEOUT_S + extraS) * 1000,
      );
    };
    arm(15);
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        try {
          const { size, result } = JSON.parse(line) as { size: SizeKey; result: SizeResult };
          out[size] = result;
          arm(0);
        } catch {
          console.log(line);
        }
      }
    });
    proc.on('close', (code) => {
      clearTimeout(timer);
      let missing = false;
      for (const k of sizeKeys) {
        if (out[k]) continue;
        out[k] = missing ? 'skipped' : timedOut ? 'timeout' : code === 0 ? 'skipped' : 'failed';
        missing = true;
      }
      done(out);
    });
  });
}

async function parent() {
  const started = performance.now();
  console.log(
    `Adversarial inputs: ${families.length} families × ${sizeKeys.join(', ')}; extractFindings + annotatePage with the knowledge index (as npm run annotate runs it); ms = median per run; limit ${TIMEOUT_S} s per size and family`,
  );
  const results: Record<string, Partial<Record<SizeKey, SizeResult | 'timeout' | 'skipped' | 'failed'>>> = {};
  for (const f of families) {
    results[f.name] = await runFamily(f.name);
    const r = results[f.name];
    console.log(
      `  ${f.name}: ${sizeKeys.map((k) => (typeof r[k] === 'object' ? `${k} ${(r[k] as SizeResult).ms.toFixed(1)} ms` : `${k} ${r[k]}`)).join(', ')}`,
    );
  }
  const cell = (v: SizeResult | string | undefined, pick: (r: SizeResult) => number, digits = 1) =>
    typeof v === 'object' ? pick(v).toFixed(digits) : (v ?? '-');
  const ratioOf = (r: (typeof results)[string]): number | null => {
    const a = r['10KB'];
    const b = r['1MB'];
    return typeof a === 'object' && typeof b === 'object' ? b.msPerKB / a.msPerKB : null;
  };
  const rows: (string | number | null)[][] = [
    [
      'family',
      ...sizeKeys.map((k) => `${k} ms`),
      ...sizeKeys.map((k) => `${k} ms/KB`),
      '1MB/10KB per KB',
      'verdict (≤ 2)',
      '1MB extract / resolve ms',
      'longest slice ms (100KB / 1MB)',
    ],
  ];
  for (const f of families) {
    const r = results[f.name];
    const ratio = ratioOf(r);
    const timedOut = sizeKeys.some((k) => typeof r[k] !== 'object');
    rows.push([
      f.name,
      ...sizeKeys.map((k) => cell(r[k], (x) => x.ms)),
      ...sizeKeys.map((k) => cell(r[k], (x) => x.msPerKB, 3)),
      ratio === null ? null : ratio.toFixed(2),
      timedOut ? 'MISSED' : verdict(ratio === null ? null : ratio <= TARGET),
      typeof r['1MB'] === 'object' ? `${r['1MB'].extractMs.toFixed(0)} / ${r['1MB'].resolveMs.toFixed(0)}` : '-',
      `${cell(r['100KB'], (x) => x.maxSliceMs)} / ${cell(r['1MB'], (x) => x.maxSliceMs)}`,
    ]);
  }
  console.log('');
  console.log(table(rows));
  const ratios = families.map((f) => ratioOf(results[f.name]));
  const finished = ratios.filter((x): x is number => x !== null);
  const worst = finished.length ? Math.max(...finished) : null;
  const missed = families.filter((_f, i) => ratios[i] === null || (ratios[i] as number) > TARGET).map((f) => f.name);
  const slices = families.flatMap((f) =>
    sizeKeys
      .map((k) => results[f.name][k])
      .filter((v): v is SizeResult => typeof v === 'object')
      .map((v) => v.maxSliceMs),
  );
  console.log(
    `\nworst ratio of time per KB, 1 MB / 10 KB: ${worst === null ? 'n/a' : worst.toFixed(2)} (target ≤ ${TARGET}); families missing it: ${missed.length ? missed.join(', ') : 'none'}; longest reader slice ${slices.length ? Math.max(...slices).toFixed(1) : 'n/a'} ms; ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
  );
  const json = {
    adversarial: {
      target: TARGET,
      worstRatio1MBto10KB: round(worst),
      missed,
      longestSliceMs: slices.length ? round(Math.max(...slices), 1) : null,
      families: Object.fromEntries(
        families.map((f) => [
          f.name,
          {
            ...Object.fromEntries(
              sizeKeys.map((k) => {
                const v = results[f.name][k];
                return [
                  k,
                  typeof v === 'object'
                    ? {
                        ms: round(v.ms, 2),
                        msPerKB: round(v.msPerKB, 4),
                        extractMs: round(v.extractMs, 2),
                        resolveMs: round(v.resolveMs, 2),
                        maxSliceMs: round(v.maxSliceMs, 1),
                        claims: v.claims,
                        actors: v.actors,
                      }
                    : v,
                ];
              }),
            ),
            ratio1MBto10KB: round(ratioOf(results[f.name])),
          },
        ]),
      ),
    },
  };
  console.log(JSON_PREFIX + JSON.stringify(json));
}

const at = process.argv.indexOf('--child');
if (at >= 0) await child(process.argv[at + 1]);
else await parent();
