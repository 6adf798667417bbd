/**
 * No page is left unannotated because the service worker stopped. At each stage the worker is
 * made to hang on the message (or the injection) it is answering, and is then stopped through
 * the DevTools protocol, as Chrome stops a worker at any time: its reply never comes, and the
 * parts of a long page it had collected are gone. Each stage ends with highlights painted (the
 * whole page, for the long one) and a card opening.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import {
  highlightTexts,
  launchWithExtension,
  lensCard,
  pointOfText,
  projectRoot,
  serve,
  stopServiceWorker,
  waitForAnnotations,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browser-harness';

const shots = join(projectRoot, 'test-output/screenshots');
const dir = mkdtempSync(join(tmpdir(), 'news-lens-security-worker-'));
const local = readFileSync(join(projectRoot, 'tests/fixtures/local-news.html'), 'utf8');

// A long article (about 130,000 characters: several page parts) whose last paragraph alone
// names Emmanuel Macron, so its highlight shows that the whole page was put together.
const paragraphs: string[] = [];
for (let i = 0; paragraphs.join('').length < 130_000; i++)
  paragraphs.push(
    `<p>On day ${i + 1} of the works, Councillor Mirela Ostrova said the harbour bridge repairs were on schedule, and local business owner Tomas Reyes said traders on the quay had seen ${i % 7} fewer customers than the week before. “We are keeping the shuttle running every ten minutes,” Ms Ostrova said.</p>`,
  );
paragraphs.push('<p>At the end of the works, Emmanuel Macron sent a letter of thanks to the Northfield engineers.</p>');
const long = local.replace(
  /<article>[\s\S]*<\/article>/,
  `<article><h1>The harbour bridge, day by day</h1>${paragraphs.join('\n')}</article>`,
);
writeFileSync(join(dir, 'local.html'), local);
writeFileSync(join(dir, 'long.html'), long);

let server: StaticServer;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(dir);
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Where the worker hangs: on a message (of a type, and part index) or on injecting a file. */
type Fault = { message: string; index?: number } | { file: string };

/**
 * Arms a fault in the running worker: at the next matching message or injection it says so on
 * its console and hangs (it never answers). `hung` settles when it does.
 */
async function armFault(worker: Worker, fault: Fault): Promise<{ hung: Promise<void> }> {
  const hung = new Promise<void>((resolve) => {
    worker.on('console', (m) => {
      if (m.text().startsWith('news-lens-test: hanging')) resolve();
    });
  });
  await worker.evaluate((f) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const hang = (what: string) => console.log(`news-lens-test: hanging at ${what}`);
    if ('file' in f) {
      const original = c.scripting.executeScript;
      c.scripting.executeScript = function (details: { files?: string[] }, ...rest: unknown[]) {
        if (!(details.files ?? []).some((file) => file.endsWith(f.file))) return original.call(this, details, ...rest);
        c.scripting.executeScript = original;
        hang(f.file);
        return new Promise(() => undefined);
      };
    } else {
      let armed = true;
      c.runtime.onMessage.addListener((m: { type?: string; index?: number } | null) => {
        if (!armed || m?.type !== f.message || (f.index !== undefined && m.index !== f.index)) return undefined;
        armed = false;
        hang(`${f.message}${f.index !== undefined ? ` ${f.index}` : ''}`);
        // Blocks the worker: the reply being made never goes out.
        for (const until = Date.now() + 20_000; Date.now() < until;);
        return undefined;
      });
    }
  }, fault);
  return { hung };
}

interface Chrome {
  scripting: { executeScript: (this: unknown, details: { files?: string[] }, ...rest: unknown[]) => Promise<unknown> };
  runtime: { onMessage: { addListener(cb: (m: { type?: string; index?: number } | null) => undefined): void } };
}

async function openCard(page: Page, text: string, title: string, timeout = 15_000) {
  const at = await pointOfText(page, text);
  await page.mouse.move(at.x, at.y);
  const card = lensCard(page);
  await card.waitFor({ state: 'visible', timeout });
  await expect.poll(() => card.locator('.nl-title').textContent()).toBe(title);
}

const PAINT_WITHIN_MS = 20_000;

describe('the service worker stopped while it was answering', () => {
  let ext: ExtensionBrowser;
  afterAll(async () => ext?.close());

  const stages: { name: string; slug: string; path: string; fault: Fault }[] = [
    {
      name: 'the request for the reader (load-reader)',
      slug: 'load-reader',
      path: 'local.html',
      fault: { file: '/reader.js' },
    },
    {
      name: 'the page’s findings (page-findings)',
      slug: 'page-findings',
      path: 'local.html',
      fault: { message: 'page-findings' },
    },
    {
      name: 'a long page’s second part (page-part)',
      slug: 'page-part',
      path: 'long.html',
      fault: { message: 'page-part', index: 1 },
    },
  ];

  for (const stage of stages)
    it(`at ${stage.name}: the page is still annotated, and cards open`, async () => {
      await ext?.close();
      ext = await launchWithExtension();
      const { hung } = await armFault(ext.worker, stage.fault);
      const page = await ext.context.newPage();
      await page.goto(`${server.url}/${stage.path}`);
      await hung;
      const stoppedAt = Date.now();
      await stopServiceWorker(ext);
      expect(await waitForAnnotations(page, PAINT_WITHIN_MS)).toBeGreaterThan(3);
      const people = (await highlightTexts(page)).person ?? [];
      expect(
        people.some((p) => p.includes('Ostrova')),
        [...new Set(people)].join(' | '),
      ).toBe(true);
      if (stage.path === 'long.html')
        expect(
          people.some((p) => p.includes('Emmanuel Macron')),
          [...new Set(people)].join(' | '),
        ).toBe(true);
      console.log(`worker stopped at ${stage.name}: highlights ${Date.now() - stoppedAt} ms after the stop`);
      await openCard(page, 'Tomas Reyes', 'Tomas Reyes');
      await page.screenshot({ path: join(shots, `security-worker-${stage.slug}-card.png`) });
    });

  it('at the first card (load-card-ui): the card still opens', async () => {
    await ext?.close();
    ext = await launchWithExtension();
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/local.html`);
    expect(await waitForAnnotations(page)).toBeGreaterThan(3);
    const { hung } = await armFault(ext.worker, { file: '/card-ui.js' });
    const at = await pointOfText(page, 'Tomas Reyes');
    await page.mouse.move(at.x, at.y);
    await hung;
    // The card is due (the hover delay has passed) while the worker hangs; then it stops.
    await page.waitForTimeout(1_000);
    await stopServiceWorker(ext);
    const card = lensCard(page);
    await card.waitFor({ state: 'visible', timeout: 15_000 });
    await expect.poll(() => card.locator('.nl-title').textContent()).toBe('Tomas Reyes');
    await page.screenshot({ path: join(shots, 'security-worker-load-card-ui-card.png') });
    // And a second card, from the new worker's reply.
    await page.keyboard.press('Escape');
    await openCard(page, 'Mirela Ostrova, who chairs', 'Mirela Ostrova');
  });
});
