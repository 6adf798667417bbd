import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serve, waitForAnnotations, projectRoot } from './browser-harness';
const local = readFileSync(join(projectRoot, 'tests/fixtures/seed-article.html'), 'utf8');
const body = local.slice(local.indexOf('<div class="article-body"'), local.indexOf('<section class="comments"'));
const paras = [...body.matchAll(/<p>[\s\S]*?<\/p>/g)].map((m) => m[0]);
let big = ''; let words = 0; let i = 0;
while (words < Number(process.env.WORDS ?? 200000)) { const p = paras[i++ % paras.length]; big += p; words += p.split(/\s+/).length; }
const dir = mkdtempSync(join(tmpdir(), 'probe-'));
writeFileSync(join(dir, 'big.html'), `<!doctype html><html><head><title>Big</title></head><body><article><h1>Big page</h1>${big}</article></body></html>`);
let nodes = '';
for (let k = 0; k < 20000; k++) nodes += `<div class="row"><span>Item ${k}</span><a href="#">link</a><b>x</b><i>y</i></div>`;
writeFileSync(join(dir, 'nodes.html'), `<!doctype html><html><head><title>Nodes</title></head><body><nav>${nodes}</nav><article><h1>Head</h1>${paras.join('')}</article></body></html>`);
const server = await serve(dir);
const ext = await launchWithExtension(); ext.worker.on('console', (m) => console.log('SW', m.text()));
for (const f of (process.env.ONLY ?? 'big.html,nodes.html').split(',')) {
  const page = await ext.context.newPage(); page.on('console', (m) => console.log('PAGE', m.text().slice(0,200)));
  await page.addInitScript(() => { (window as any).__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
  const t0 = Date.now();
  await page.goto(`${server.url}/${f}`);
  const dcl = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
  let n = -1;
  try { n = await waitForAnnotations(page, 25000); } catch (e) {
    console.log('marks', JSON.stringify(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]))));
    console.log('session', JSON.stringify(await ext.worker.evaluate(async () => Object.keys(await (globalThis as any).chrome.storage.session.get(null)))));
  }
  const t1 = Date.now();
  await page.waitForTimeout(1000);
  console.log('marks', JSON.stringify(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]))));
  console.log(f, 'annotations', n, 'ms', t1 - t0, 'dcl', Math.round((dcl as any).domContentLoadedEventEnd), 'longtasks', JSON.stringify(await page.evaluate(() => (window as any).__lt)));
  await page.close();
}
await ext.close(); await server.close();
