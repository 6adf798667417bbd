/**
 * The reader’s view on real pages, for people to look at (issue 18’s "done when"): the seed and three dev
 * pages in a light and a dark colour scheme with a card open, a card whose attribution is not
 * sure, the popup of a page with many voices, and the command line's table. Saved under
 * test-output/screenshots/ (kept out of git). Each step also checks what the picture shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  highlightTexts,
  launchChromium,
  launchWithExtension,
  lensCard,
  pointOfText,
  projectRoot,
  runAxe,
  runAxeInLens,
  serve,
  tabIdOf,
  waitForAnnotations,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browser-harness';
import { annotateFile } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';
import { formatNotesTable } from '../../lib/format-notes';

const shots = join(projectRoot, 'test-output/screenshots');
const shared = resolve(projectRoot, '../shared/fixtures');
const haveShared = existsSync(join(shared, 'dev/bbc-1.html'));
if (!haveShared) console.warn(`screenshots: ${shared} is not there: the real pages are skipped`);

/** The real pages load nothing of their own sites (as in privacy.test.ts). */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
/** A dark look for pages that have none of their own. */
const DARK_CSS = `<style>html, body, body * { background-color: #16181c !important; color: #dadde1 !important;
  border-color: #3a3f47 !important; } a, a * { color: #8ab4f8 !important; }</style>`;

interface Shot {
  page: string;
  file: string;
  /** Text the pointer rests on for the card, and what the card then says. */
  quote: { at: string; says: RegExp };
  /** A quote whose speaker the engine is not sure of. */
  unsure?: { at: string; says: RegExp };
}

const PAGES: Shot[] = [
  { page: 'seed', file: 'seed-article.html', quote: { at: 'getting ahead of these', says: /official spokesperson/ } },
  { page: 'bbc-1', file: 'dev/bbc-1.html', quote: { at: 'resolve that issue', says: /Barack Obama/ } },
  {
    page: 'guardian-1',
    file: 'dev/guardian-1.html',
    quote: { at: 'greed in the ocean', says: /Hori Parata/ },
    unsure: { at: 'put up with a lot of stuff', says: /Not sure who said this/ },
  },
  // the second half of this story sits in a "Read more" box: read with the first (lib/article)
  {
    page: 'herald-sun-1',
    file: 'dev/herald-sun-1.html',
    quote: { at: 'legitimate concerns cannot be addressed', says: /David Weisbrot/ },
  },
];

const serious = (v: { impact: string | null }[]) => v.filter((x) => x.impact === 'serious' || x.impact === 'critical');

let server: StaticServer;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  if (!haveShared) return;
  const routes: Record<string, string> = {};
  const darkDir = join(projectRoot, 'test-output/dark-pages');
  mkdirSync(darkDir, { recursive: true });
  for (const p of PAGES) {
    const src = join(shared, p.file);
    routes[`/light/${p.page}.html`] = src;
    const dark = join(darkDir, `${p.page}.html`);
    writeFileSync(dark, readFileSync(src, 'utf8').replace(/<\/head>/i, `${DARK_CSS}</head>`));
    routes[`/dark/${p.page}.html`] = dark;
  }
  server = await serve(null, routes, () => ({ 'content-security-policy': CSP }));
});

afterAll(async () => {
  await server?.close();
});

async function hover(page: Page, text: string) {
  const at = await pointOfText(page, text);
  await page.mouse.move(at.x, at.y);
  await lensCard(page).waitFor({ state: 'visible', timeout: 15_000 });
}

async function closeCard(page: Page) {
  await page.keyboard.press('Escape');
  await lensCard(page).waitFor({ state: 'hidden', timeout: 5_000 });
  await page.mouse.move(1, 1);
}

for (const scheme of ['light', 'dark'] as const)
  describe.skipIf(!haveShared)(`the real pages in a ${scheme} colour scheme`, () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => {
      ext = await launchWithExtension({ colorScheme: scheme });
    });
    afterAll(async () => {
      await ext?.close();
    });

    for (const p of PAGES)
      it(`${p.page}: a quote card${p.unsure ? ', a card that is not sure' : ''} and the popup`, async () => {
        const page = await ext.context.newPage();
        await page.goto(`${server.url}/${scheme}/${p.page}.html`);
        await waitForAnnotations(page);
        await hover(page, p.quote.at);
        await expect.poll(() => lensCard(page).textContent()).toMatch(p.quote.says);
        const bg = await lensCard(page).evaluate((el) => getComputedStyle(el!).backgroundColor);
        expect(bg).toBe(scheme === 'dark' ? 'rgb(30, 34, 40)' : 'rgb(255, 255, 255)');
        expect(serious(await runAxeInLens(page, '.nl-card'))).toEqual([]);
        await page.screenshot({ path: join(shots, `${p.page}-${scheme}-card.png`) });
        if (p.unsure) {
          await closeCard(page);
          await hover(page, p.unsure.at);
          await expect.poll(() => lensCard(page).textContent()).toMatch(p.unsure.says);
          expect(await lensCard(page).locator('.nl-unsure').count()).toBe(1);
          // in the page, its quote is underlined dashed (a highlight of its own), the others dotted
          const drawn = await highlightTexts(page);
          expect(drawn.unsure?.join(' ')).toContain('put up with a lot of stuff');
          expect(drawn.quote?.join(' ')).not.toContain('put up with a lot of stuff');
          expect(await lensCard(page).textContent()).not.toMatch(/\d+% confident|sentence-before|speaker:/);
          expect(serious(await runAxeInLens(page, '.nl-card'))).toEqual([]);
          await page.screenshot({ path: join(shots, `${p.page}-${scheme}-unsure-card.png`) });
        }
        const popup = await ext.context.newPage();
        await popup.setViewportSize({ width: 420, height: 760 });
        await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await tabIdOf(ext, page.url())}`);
        await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
        expect(await popup.locator('h2').first().textContent()).toMatch(/^Who is quoted/);
        expect(await popup.locator('.ps-claim').count()).toBeLessThanOrEqual(10);
        if (p.unsure) expect(await popup.locator('.ps-guess .ps-sure').first().textContent()).toBe(' (not sure)');
        expect(serious(await runAxe(popup))).toEqual([]);
        await popup.screenshot({ path: join(shots, `${p.page}-${scheme}-popup.png`) });
        await popup.screenshot({ path: join(shots, `${p.page}-${scheme}-popup-full.png`), fullPage: true });
        await popup.close();
        await page.close();
      });
  });

describe.skipIf(!haveShared)('the command line table', () => {
  it('is written as text, and drawn as a picture of that text', async () => {
    const table = formatNotesTable(annotateFile(join(shared, 'dev/guardian-1.html'), loadKnowledgeIndex()));
    writeFileSync(join(shots, 'guardian-1-table.txt'), table);
    expect(table).toMatch(/kind +speaker +cue +confidence +words/);
    expect(table).toContain('not sure');
    const browser = await launchChromium(mkdtempSync(join(tmpdir(), 'news-lens-table-')));
    try {
      const page = await browser.newPage();
      await page.setViewportSize({ width: 1800, height: 400 });
      await page.setContent('<pre style="display:inline-block;margin:0;padding:12px;font:12px/1.35 monospace"></pre>');
      await page.locator('pre').evaluate((el, text) => (el.textContent = text), table);
      await page.locator('pre').screenshot({ path: join(shots, 'guardian-1-table.png') });
    } finally {
      await browser.close();
    }
  });
});
