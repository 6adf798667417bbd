/**
 * The extension in Chromium: time from the content script's start to highlights painted, next
 * to a bare TreeWalker pass over the same page (the floor); the longest tasks on the page with
 * and without the extension; the JS heap the extension adds to a tab; the popup's time to first
 * render next to a blank extension page's.
 *   npm run bench:browser   (builds first; or `npx tsx bench/browser.bench.ts` on a fresh build)
 * Prints a table, then as its last line one JSON object with every figure.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import {
  assertExtensionBuilt,
  chromeBuild,
  findChromium,
  projectRoot,
  serve,
  launchChromium,
} from '../scripts/browser-harness';
import { DEV_DIR, loadTexts, median, round, table, verdict, wordCount } from './corpus';

const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 5);
const LONG_WORDS = 20_000;
const TARGET_RATIO = 5;
const LONG_TASK_MS = 50;
const started = performance.now();

// ---------------------------------------------------------------- pages

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One <article> of real paragraphs (dev pages when there, else the seed article), repeated to ~20,000 words. */
async function longPage(dir: string): Promise<{ file: string; words: number; source: string }> {
  const { seed, pages, note } = await loadTexts();
  const texts = pages.length ? pages.map((p) => p.text) : [seed];
  const paragraphs = texts.flatMap((t) => t.split('\n')).filter((p) => wordCount(p) >= 20);
  if (!paragraphs.length) throw new Error('no paragraphs to build the long page from');
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < LONG_WORDS; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(`<p>${escapeHtml(p)}</p>`);
    words += wordCount(p);
  }
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long read</title></head><body>' +
    '<header><a href="/">Home</a></header><main><article><h1>A very long read</h1>' +
    `${out.join('\n')}</article></main><footer>The end</footer></body></html>`;
  const file = join(dir, 'long.html');
  writeFileSync(file, html);
  return {
    file,
    words,
    source: pages.length ? `${pages.length} dev pages in ${DEV_DIR}` : (note ?? 'the seed article'),
  };
}

// ---------------------------------------------------------------- browsers

async function launch(userDataDir: string, withExtension: boolean): Promise<BrowserContext> {
  const context = await launchChromium(userDataDir, { extensionDir: withExtension ? chromeBuild : undefined });
  await context.addInitScript(INIT);
  return context;
}

/**
 * Runs in every page before its own scripts: long tasks (a content script's long task shows here
 * too: checked with a 120 ms busy loop injected into the isolated world), the moment our host gets
 * a non-zero `data-annotations` (a MutationObserver on that one attribute) and the frame after it,
 * and on extension pages the first `.ps-row`.
 */
const INIT = `(() => {
  const nl = (window.__nl = { longtasks: [], annotatedAt: null, annotatedFrameAt: null, annotationLog: [], firstRowAt: null });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) nl.longtasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  if (location.protocol === 'chrome-extension:') {
    const mo = new MutationObserver(() => {
      if (document.querySelector('.ps-row')) { nl.firstRowAt = performance.now(); mo.disconnect(); }
    });
    mo.observe(document, { childList: true, subtree: true });
  } else {
    // every value the attribute takes, with its time; "painted" is the first non-zero count
    new MutationObserver((records) => {
      const now = performance.now();
      for (const r of records) {
        const v = r.target.getAttribute('data-annotations');
        nl.annotationLog.push([Math.round(now * 10) / 10, v]);
        if (nl.annotatedAt === null && v !== null && Number(v) > 0) {
          nl.annotatedAt = now;
          requestAnimationFrame(() => { nl.annotatedFrameAt = performance.now(); });
        }
      }
    }).observe(document, { attributes: true, attributeFilter: ['data-annotations'], subtree: true });
  }
})();`;

interface PageState {
  nl: {
    longtasks: { start: number; duration: number }[];
    annotatedAt: number | null;
    annotatedFrameAt: number | null;
    annotationLog: [number, string | null][];
  };
  marks: { name: string; startTime: number }[];
  dcl: number;
  load: number;
  walkMs: number[];
  walkChars: number;
}

/** Reads the page's figures; the TreeWalker pass (the floor) is timed here, three times. */
function readState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    // (no named inner functions: tsx would wrap them in a helper the page does not have)
    const walks: { ms: number; chars: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let s = '';
      for (let n = w.nextNode(); n; n = w.nextNode()) s += (n as Text).data;
      walks.push({ ms: performance.now() - t0, chars: s.length });
    }
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      nl: (window as unknown as { __nl: PageState['nl'] }).__nl,
      marks: performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('news-lens:'))
        .map((m) => ({ name: m.name, startTime: m.startTime })),
      dcl: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      walkMs: walks.map((w) => w.ms),
      walkChars: walks[0].chars,
    };
  });
}

async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** Waits until the page's first non-zero data-annotations has had its frame. */
async function waitForPainted(page: Page, timeout: number): Promise<boolean> {
  try {
    await page.waitForFunction(
      () => {
        const nl = (window as unknown as { __nl?: { annotatedFrameAt: number | null } }).__nl;
        return Boolean(nl && nl.annotatedFrameAt !== null);
      },
      null,
      { timeout, polling: 50 },
    );
    return true;
  } catch {
    return false;
  }
}

interface Run {
  /** Content script start → painted, from its performance marks (null when the marks are missing). */
  markMs: number | null;
  /** DOMContentLoaded end → data-annotations set (the fallback measure). */
  dclToAnnotatedMs: number | null;
  dclToFrameMs: number | null;
  floorMs: number;
  walkChars: number;
  maxLongTask: number;
  /**
   * Longest task starting after DOMContentLoaded: content scripts (document_idle) run only then,
   * and their first task (evaluating the script, mounting the UI) comes before 'news-lens:start'.
   */
  maxLongTaskAfterDcl: number;
  longTasksOver50: number;
  heap: number;
  annotations: number | null;
  /** ms between the content script's consecutive marks (start → read → reader → extracted → replied → validated → painted). */
  phases: Record<string, number>;
}

/** 'reader' is the reader script starting, injected after the content script's reading. */
const PHASES = ['read', 'reader', 'extracted', 'replied', 'validated', 'painted'] as const;

async function measurePage(context: BrowserContext, url: string, withExtension: boolean): Promise<Run> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let annotations: number | null = null;
    if (withExtension) {
      if (!(await waitForPainted(page, 60_000))) throw new Error(`no annotations on ${url} after 60 s`);
      annotations = await page.evaluate(() =>
        Number(document.querySelector('[data-news-lens]')?.getAttribute('data-annotations')),
      );
    }
    // let buffered long-task entries arrive
    await page.waitForTimeout(400);
    const s = await readState(page);
    const start = s.marks.find((m) => m.name === 'news-lens:start')?.startTime ?? null;
    const painted =
      start === null
        ? null
        : (s.marks.find((m) => m.name === 'news-lens:painted' && m.startTime >= start)?.startTime ?? null);
    const run: Run = {
      markMs: start !== null && painted !== null ? painted - start : null,
      dclToAnnotatedMs: s.nl.annotatedAt !== null ? s.nl.annotatedAt - s.dcl : null,
      dclToFrameMs: s.nl.annotatedFrameAt !== null ? s.nl.annotatedFrameAt - s.dcl : null,
      floorMs: s.walkMs[0],
      walkChars: s.walkChars,
      maxLongTask: Math.max(0, ...s.nl.longtasks.map((t) => t.duration)),
      maxLongTaskAfterDcl: Math.max(0, ...s.nl.longtasks.filter((t) => t.start >= s.dcl).map((t) => t.duration)),
      longTasksOver50: s.nl.longtasks.filter((t) => t.start >= s.dcl && t.duration > LONG_TASK_MS).length,
      heap: await heapUsed(context, page),
      annotations,
      phases: {},
    };
    if (start !== null) {
      let prev = start;
      for (const name of PHASES) {
        const at = s.marks.find((m) => m.name === `news-lens:${name}` && m.startTime >= prev)?.startTime;
        if (at === undefined) continue;
        run.phases[name] = at - prev;
        prev = at;
      }
    }
    return run;
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- popup

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    const c = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
    ).chrome;
    return (await c.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id == null) throw new Error(`no tab with url ${url}`);
  return id;
}

interface ExtPageTiming {
  firstRowMs: number | null;
  fcpMs: number | null;
  dclMs: number;
  loadMs: number;
}

async function timeExtensionPage(context: BrowserContext, url: string, waitRow: boolean): Promise<ExtPageTiming> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 420, height: 700 });
    await page.goto(url, { waitUntil: 'load' });
    if (waitRow) await page.locator('.ps-row').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(150); // paint timing entries arrive after the frame
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const nl = (window as unknown as { __nl?: { firstRowAt: number | null } }).__nl;
      return {
        firstRowMs: nl?.firstRowAt ?? null,
        fcpMs: fcp,
        dclMs: nav.domContentLoadedEventEnd,
        loadMs: nav.loadEventEnd,
      };
    });
  } finally {
    await page.close();
  }
}

/**
 * One message to the service worker and its answer, from an extension page (the same IPC a content
 * script's message takes): the least any design that resolves names in the background must spend.
 * Sequential round trips of a cheap message (the settings), after the worker is awake.
 */
async function messageRoundTrips(context: BrowserContext, url: string, n: number): Promise<number[]> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(async (count) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
      await c.runtime.sendMessage({ type: 'get-settings' }); // wakes the worker
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        const t = performance.now();
        await c.runtime.sendMessage({ type: 'get-settings' });
        out.push(performance.now() - t);
      }
      return out;
    }, n);
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- main

assertExtensionBuilt();
const work = mkdtempSync(join(tmpdir(), 'news-lens-bench-'));
const long = await longPage(work);
const server = await serve(null, {
  '/seed.html': join(projectRoot, 'tests/fixtures/seed-article.html'),
  '/long.html': long.file,
});
const PAGES = [
  {
    key: 'seed',
    url: `${server.url}/seed.html`,
    words: wordCount(
      readFileSync(join(projectRoot, 'tests/fixtures/seed-article.html'), 'utf8').replace(/<[^>]+>/g, ' '),
    ),
  },
  { key: 'long', url: `${server.url}/long.html`, words: long.words },
] as const;

console.log(`News Lens browser benchmark: ${findChromium()}, ${RUNS} runs per page, ${new Date().toISOString()}`);
console.log(`long page: ${long.words} words of article paragraphs from ${long.source}`);

const ext = await launch(join(work, 'with'), true);
const bare = await launch(join(work, 'without'), false);
const results: Record<string, { ext: Run[]; bare: Run[] }> = {};
let popup: { popup: ExtPageTiming[]; blank: ExtPageTiming[] } = { popup: [], blank: [] };
let roundTrips: number[] = [];
try {
  let worker = ext.serviceWorkers()[0];
  worker ??= await ext.waitForEvent('serviceworker', { timeout: 60_000 });
  const extensionId = new URL(worker.url()).host;

  // one unmeasured load of each page in each browser: the knowledge index, the page cache, JIT
  for (const p of PAGES) {
    await measurePage(ext, p.url, true);
    await measurePage(bare, p.url, false);
  }
  for (const p of PAGES) results[p.key] = { ext: [], bare: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const p of PAGES) {
      results[p.key].ext.push(await measurePage(ext, p.url, true));
      results[p.key].bare.push(await measurePage(bare, p.url, false));
    }
  }

  // the popup for a tab holding the seed page, next to a blank extension page (manifest.json)
  const seedTab = await ext.newPage();
  await seedTab.goto(PAGES[0].url);
  await waitForPainted(seedTab, 60_000);
  const tabId = await tabIdOf(worker, seedTab.url());
  await timeExtensionPage(ext, `chrome-extension://${extensionId}/popup.html?tab=${tabId}`, true); // warm-up
  for (let i = 0; i < RUNS; i++) {
    popup.popup.push(await timeExtensionPage(ext, `chrome-extension://${extensionId}/popup.html?tab=${tabId}`, true));
    popup.blank.push(await timeExtensionPage(ext, `chrome-extension://${extensionId}/manifest.json`, false));
  }
  await seedTab.close();
  roundTrips = await messageRoundTrips(ext, `chrome-extension://${extensionId}/popup.html?tab=${tabId}`, 30);
} finally {
  await ext.close().catch(() => undefined);
  await bare.close().catch(() => undefined);
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------- report

const med = (xs: (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length ? median(v) : null;
};
const max = (xs: (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length ? Math.max(...v) : null;
};
const MB = 1024 * 1024;

const usedMarks = Object.values(results).every((r) => r.ext.every((x) => x.markMs !== null));
const method = usedMarks
  ? "performance marks 'news-lens:start' → 'news-lens:painted' made by the content script, read from the page's performance timeline"
  : "fallback: DOMContentLoaded end → the moment the extension's element gets data-annotations (MutationObserver in the page), because the content script's performance marks were not in the page's timeline";

const figures: Record<string, unknown> = {
  chromium: findChromium(),
  runs: RUNS,
  method: usedMarks ? 'performance-marks' : 'dcl-to-data-annotations',
  targetRatio: TARGET_RATIO,
  pages: {} as Record<string, unknown>,
};
const rows: (string | number | null)[][] = [['figure (median of runs unless noted)', ...PAGES.map((p) => p.key)]];
const perPage = PAGES.map((p) => {
  const r = results[p.key];
  const annotateMs = usedMarks ? med(r.ext.map((x) => x.markMs)) : med(r.ext.map((x) => x.dclToAnnotatedMs));
  const floorMs = med(r.bare.map((x) => x.floorMs));
  const ratio = annotateMs !== null && floorMs ? annotateMs / floorMs : null;
  const heapExt = med(r.ext.map((x) => x.heap));
  const heapBare = med(r.bare.map((x) => x.heap));
  const extLongest = max(r.ext.map((x) => x.maxLongTaskAfterDcl));
  const bareLongest = max(r.bare.map((x) => x.maxLongTaskAfterDcl));
  const o = {
    words: p.words,
    textChars: r.bare[0]?.walkChars ?? null,
    annotations: r.ext[0]?.annotations ?? null,
    startToPaintedMs: round(annotateMs),
    phasesMs: Object.fromEntries(PHASES.map((k) => [k, round(med(r.ext.map((x) => x.phases[k] ?? null)), 1)])),
    startToPaintedRunsMs: (usedMarks ? r.ext.map((x) => x.markMs) : r.ext.map((x) => x.dclToAnnotatedMs)).map((x) =>
      round(x),
    ),
    dclToAnnotatedMs: round(med(r.ext.map((x) => x.dclToAnnotatedMs))),
    dclToPaintedFrameMs: round(med(r.ext.map((x) => x.dclToFrameMs))),
    dclToAnnotatedRatioToFloor: round(floorMs ? (med(r.ext.map((x) => x.dclToAnnotatedMs)) ?? NaN) / floorMs : null, 1),
    floorTreeWalkerMs: round(floorMs, 3),
    floorTreeWalkerWithExtensionMs: round(med(r.ext.map((x) => x.floorMs)), 3),
    ratioToFloor: round(ratio, 1),
    targetMet: ratio === null ? null : ratio <= TARGET_RATIO,
    longestTaskAfterDclWithExtensionMs: round(extLongest),
    longestTaskAfterDclWithoutExtensionMs: round(bareLongest),
    longestTaskWholeLoadWithExtensionMs: round(max(r.ext.map((x) => x.maxLongTask))),
    longestTaskWholeLoadWithoutExtensionMs: round(max(r.bare.map((x) => x.maxLongTask))),
    longTasksOver50msAfterDclWithExtension: r.ext.reduce((n, x) => n + x.longTasksOver50, 0),
    longTasksOver50msAfterDclWithoutExtension: r.bare.reduce((n, x) => n + x.longTasksOver50, 0),
    anyExtensionTaskOver50ms:
      extLongest === null ? null : extLongest > LONG_TASK_MS && !(bareLongest !== null && bareLongest >= extLongest),
    longestExtensionScriptMs: null,
    longestExtensionScriptReason:
      "not measurable: Chromium's long-animation-frame entries list no isolated-world (extension) scripts (checked with a 120 ms busy loop injected into the isolated world: the long task shows, its script does not), so extension tasks are told apart by time window and by the same page without the extension",
    heapWithExtensionMB: round(heapExt === null ? null : heapExt / MB),
    heapWithoutExtensionMB: round(heapBare === null ? null : heapBare / MB),
    heapAddedMB: round(heapExt !== null && heapBare !== null ? (heapExt - heapBare) / MB : null),
  };
  (figures.pages as Record<string, unknown>)[p.key] = o;
  return o;
});
const add = (label: string, pick: (o: (typeof perPage)[number]) => string | number | null | boolean) =>
  rows.push([
    label,
    ...perPage.map((o) => {
      const v = pick(o);
      return typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;
    }),
  ]);
add('words in the page', (o) => o.words);
add('highlights drawn', (o) => o.annotations);
add(`content script start → painted, ms`, (o) => o.startToPaintedMs);
add('  (DOMContentLoaded → data-annotations, ms)', (o) => o.dclToAnnotatedMs);
add('  phases, ms: read / reader injected / extracted / replied / validated / painted', (o) =>
  PHASES.map((k) => o.phasesMs[k] ?? '-').join(' / '),
);
add('floor: TreeWalker text pass, ms (no extension)', (o) => o.floorTreeWalkerMs);
add('ratio to the floor', (o) => o.ratioToFloor);
add(`target ≤ ${TARGET_RATIO}× floor`, (o) => verdict(o.targetMet));
add(
  'longest task after DOMContentLoaded, ms, with extension (max of runs)',
  (o) => o.longestTaskAfterDclWithExtensionMs,
);
add('  same page without the extension', (o) => o.longestTaskAfterDclWithoutExtensionMs);
add(
  'longest task whole load, ms, with / without (max)',
  (o) => `${o.longestTaskWholeLoadWithExtensionMs} / ${o.longestTaskWholeLoadWithoutExtensionMs}`,
);
add(
  'long tasks > 50 ms after DCL, all runs, with / without',
  (o) => `${o.longTasksOver50msAfterDclWithExtension} / ${o.longTasksOver50msAfterDclWithoutExtension}`,
);
add('extension task > 50 ms?', (o) => o.anyExtensionTaskOver50ms);
add('JS heap with / without extension, MB', (o) => `${o.heapWithExtensionMB} / ${o.heapWithoutExtensionMB}`);
add('heap the extension adds to the tab, MB', (o) => o.heapAddedMB);

const popupRow = med(popup.popup.map((x) => x.firstRowMs));
const popupFcp = med(popup.popup.map((x) => x.fcpMs));
const blankFcp = med(popup.blank.map((x) => x.fcpMs));
const blankLoad = med(popup.blank.map((x) => x.loadMs));
figures.popup = {
  firstRowMs: round(popupRow),
  firstRowRunsMs: popup.popup.map((x) => round(x.firstRowMs)),
  firstContentfulPaintMs: round(popupFcp),
  loadEventEndMs: round(med(popup.popup.map((x) => x.loadMs))),
  blankPage: 'chrome-extension://<id>/manifest.json (a file in the build; Chromium shows it as text, no script)',
  blankFirstContentfulPaintMs: round(blankFcp),
  blankLoadEventEndMs: round(blankLoad),
  firstRowOverBlankFcpMs: round(popupRow !== null && blankFcp !== null ? popupRow - blankFcp : null),
  firstRowNote:
    popupRow === null
      ? 'the init script did not run in the extension page, so the first .ps-row has no in-page time'
      : null,
};
const popupFigures = figures.popup as Record<string, unknown>;
// the least the architecture spends: one message to the service worker and back, next to each page's floor
const roundTripMs = med(roundTrips);
figures.messageRoundTrip = {
  medianMs: round(roundTripMs, 2),
  runs: roundTrips.length,
  how: 'an extension page sends {type: get-settings} to the service worker and awaits the answer, 30 times in turn',
  timesFloor: Object.fromEntries(
    perPage.map((o, i) => [
      PAGES[i].key,
      round(roundTripMs !== null && o.floorTreeWalkerMs ? roundTripMs / o.floorTreeWalkerMs : null, 1),
    ]),
  ),
};
figures.method_detail = method;
figures.totalSeconds = round((performance.now() - started) / 1000, 1);

console.log(`\ntiming method: ${method}`);
console.log(
  `floor: document.createTreeWalker(document.body, SHOW_TEXT) concatenating node data, timed with performance.now() in the page (first pass after load), in Chromium without the extension\n`,
);
console.log(table(rows));
console.log('');
console.log(
  table([
    ['extension pages (ms from navigation start, median)', 'popup', 'blank (manifest.json)'],
    ['first .ps-row in the DOM', popupFigures.firstRowMs as number | null, '-'],
    [
      'first contentful paint',
      popupFigures.firstContentfulPaintMs as number | null,
      popupFigures.blankFirstContentfulPaintMs as number | null,
    ],
    ['load event end', popupFigures.loadEventEndMs as number | null, popupFigures.blankLoadEventEndMs as number | null],
  ]),
);
const rt = figures.messageRoundTrip as { medianMs: number | null; timesFloor: Record<string, number | null> };
console.log(
  `\none message round trip to the service worker (extension page → worker → answer, median of ${roundTrips.length}): ${rt.medianMs} ms = ${PAGES.map((p) => `${rt.timesFloor[p.key]}× the ${p.key} page's floor`).join(', ')}`,
);
console.log(`\n${figures.totalSeconds} s in all`);
console.log(JSON.stringify(figures));
