import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeBuild, serve } from '../scripts/browser-harness';
import { loadTexts, wordCount } from './corpus';
const dir = mkdtempSync(join(tmpdir(), 'nlp-'));
const { pages } = await loadTexts();
const paras = pages.flatMap((p) => p.text.split('\n')).filter((p) => wordCount(p) >= 20);
const out: string[] = []; let w = 0;
for (let i = 0; w < 20000; i++) { const p = paras[i % paras.length]; out.push(`<p>${p.replace(/&/g,'&amp;').replace(/</g,'&lt;')}</p>`); w += wordCount(p); }
for (const n of [107, 200, 300, out.length]) writeFileSync(join(dir, `p${n}.html`), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long read</title></head><body><header><a href="/">Home</a></header><main><article><h1>A very long read</h1>' + out.slice(0, n).join('\n') + '</article></main><footer>The end</footer></body></html>');
const srv = await serve(dir);
const ctx = await chromium.launchPersistentContext(join(dir, 'prof'), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', `--disable-extensions-except=${chromeBuild}`, `--load-extension=${chromeBuild}`] });
const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
sw.on('console', (m) => console.log('SW', m.text()));
const page = await ctx.newPage();
page.on('console', (m) => console.log('PAGE', m.text()));
for (const n of [107, 200, 300, out.length]) {
  await page.goto(`${srv.url}/p${n}.html`);
  const seq: string[] = [];
  for (let i = 0; i < 30; i++) { seq.push(String(await page.evaluate(() => document.querySelector('news-lens-ui')?.getAttribute('data-annotations')))); await page.waitForTimeout(200); }
  console.log(n, [...new Set(seq)].join(' -> '), JSON.stringify(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name + '@' + Math.round(m.startTime)))));
}
await ctx.close(); await srv.close();
