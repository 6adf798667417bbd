import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  highlightTexts as highlightsByKind,
  launchWithExtension,
  lensCard,
  lensEvaluate,
  pointOfText,
  projectRoot,
  serve,
  tabIdOf,
  waitForAnnotations,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browser-harness';

const shots = join(projectRoot, 'test-output/screenshots');
const fixtures = join(projectRoot, 'tests/fixtures');

let ext: ExtensionBrowser;
let server: StaticServer;
let page: Page;
let pristineText: string;

/** Texts of all ranges in the extension's highlights, by kind (its names are made per page load, see highlighter.ts). */
async function highlightTexts(p: Page): Promise<Record<string, { text: string; inside: string[] }[]>> {
  return lensEvaluate(p, (root) => {
    const out: Record<string, { text: string; inside: string[] }[]> = {};
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const names = (root?.querySelector('[data-highlights]')?.getAttribute('data-highlights') ?? '')
      .split(' ')
      .map((p) => p.split(':'));
    for (const [kind, name] of names) {
      const h = reg.get(name);
      if (!h) continue;
      out[kind] = [...h].map((r) => {
        const inside: string[] = [];
        for (let e = r.startContainer.parentElement; e; e = e.parentElement) {
          inside.push(e.tagName.toLowerCase() + (e.className ? `.${String(e.className).split(' ')[0]}` : ''));
        }
        return { text: r.toString(), inside };
      });
    }
    return out;
  });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(fixtures);
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  const html = readFileSync(join(fixtures, 'seed-article.html'), 'utf8');
  await page.goto(`${server.url}/seed-article.html`);
  pristineText = await page.evaluate(
    (src) => new DOMParser().parseFromString(src, 'text/html').body.textContent ?? '',
    html,
  );
  await waitForAnnotations(page);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the seed article in Chromium with the extension loaded', () => {
  it('highlights the main actors in the article and nothing outside it', async () => {
    const hl = await highlightTexts(page);
    const people = (hl.person ?? []).map((r) => r.text);
    expect(people.join(' | ')).toMatch(/Keir Starmer/);
    expect(people.join(' | ')).toMatch(/Donald Trump/);
    expect(people.join(' | ')).toMatch(/Vladimir Putin/);
    const all = Object.values(hl).flat();
    expect(all.length).toBeGreaterThan(20);
    for (const r of all) {
      expect(r.inside.join(' ')).not.toMatch(
        /aside\.sidebar|^nav|header\.site|section\.comments|footer\.site|div\.comment/,
      );
    }
    for (const outside of [
      'Taylor Swift',
      'Elon Musk',
      'Boris Johnson',
      'Rishi Sunak',
      'Prince Harry',
      'Jeremy Clarkson',
    ]) {
      expect(all.some((r) => r.text.includes(outside))).toBe(false);
    }
    await page.screenshot({ path: join(shots, 'seed-annotated.png') });
    // the whole page, to look at the text as the page shows it next to the highlights
    await page.screenshot({ path: join(shots, 'seed-annotated-full.png'), fullPage: true });
  });

  it('opens an actor card when the pointer rests on "Starmer"', async () => {
    const at = await pointOfText(page, 'Keir Starmer still believed');
    await page.mouse.move(at.x, at.y);
    const card = lensCard(page);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.locator('.nl-title').textContent()).toContain('Keir Starmer');
    await page.screenshot({ path: join(shots, 'seed-actor-card.png') });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 5_000 });
  });

  it('opens a quote card naming the speaker', async () => {
    const at = await pointOfText(page, 'We will be talking about land');
    await page.mouse.move(at.x + 40, at.y);
    const card = lensCard(page);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.textContent()).toMatch(/quote/i);
    await expect.poll(() => card.textContent()).toMatch(/Trump/);
    await page.screenshot({ path: join(shots, 'seed-quote-card.png') });
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden', timeout: 5_000 });
  });

  it('lists actors and quotes in the popup, and a click scrolls the page', async () => {
    const tabId = await tabIdOf(ext, page.url());
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
    const text = (await popup.locator('body').textContent()) ?? '';
    for (const name of ['Keir Starmer', 'Donald Trump', 'Vladimir Putin', 'Ukraine']) expect(text).toContain(name);
    // the first ten claims, then "Show all"
    expect(await popup.locator('.ps-claim').count()).toBe(10);
    expect(text).not.toContain('Taylor Swift');
    // Who is quoted first, then the claims, then the ten most mentioned actors and "Show all".
    expect((await popup.locator('h2').allTextContents()).map((t) => t.replace(/\s*\d+$/, ''))).toEqual([
      'Who is quoted',
      'Claims',
      'Actors',
    ]);
    await expect.poll(() => popup.locator('.ps-voice').first().locator('.ps-count').textContent()).toMatch(/^\d+×$/);
    const actorRows = popup.locator('section[aria-labelledby="ps-actors"] .ps-row');
    expect(await actorRows.count()).toBe(10);
    await popup.screenshot({ path: join(shots, 'popup.png'), fullPage: true });
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.screenshot({ path: join(shots, 'popup-first-screen.png') });
    await popup.getByRole('button', { name: /^Show all \d+ actors$/ }).click();
    await expect.poll(() => actorRows.count()).toBeGreaterThan(20);

    await popup.getByRole('button', { name: /^Show all \d+ claims$/ }).click();
    await expect.poll(() => popup.locator('.ps-claim').count()).toBeGreaterThan(30);
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.locator('.ps-claim', { hasText: 'power plants' }).first().click();
    await expect.poll(async () => (await highlightsByKind(page)).flash?.length ?? 0).toBe(1);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await popup.close();
  });

  it('is quiet by default: a place where it is first named, figures only where they count something', async () => {
    const hl = await highlightTexts(page);
    expect((hl.place ?? []).filter((r) => r.text === 'Ukraine')).toHaveLength(1);
    const figures = (hl.figure ?? []).map((r) => r.text);
    expect(figures).toContain('26 other nations');
    expect(figures).not.toContain('since 2014');
  });

  it('leaves the page text exactly as it was', async () => {
    const now = await page.evaluate(() => document.body.textContent ?? '');
    expect(now).toBe(pristineText);
  });
});
