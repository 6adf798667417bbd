/**
 * A transcript (issue 15): a made-up interview served on 127.0.0.1, each turn opened by its speaker's
 * name in capitals. Each turn is a quote of that speaker, and its card says in plain words how the
 * speaker was found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  highlightTexts,
  launchWithExtension,
  lensCard,
  pointOfText,
  projectRoot,
  serve,
  waitForAnnotations,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browser-harness';

const shots = join(projectRoot, 'test-output/screenshots');
let ext: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(join(projectRoot, 'tests/fixtures'));
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${server.url}/transcript-interview.html`);
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('an interview transcript in Chromium', () => {
  it('highlights each turn as a quote, its label left out', async () => {
    expect(await waitForAnnotations(page)).toBeGreaterThan(0);
    const kinds = await highlightTexts(page);
    const quotes = Object.entries(kinds)
      .filter(([k]) => /quote/.test(k))
      .flatMap(([, v]) => v)
      .join(' | ');
    expect(quotes).toContain('It will run in May');
    expect(quotes).toContain('The money is there.');
    expect(quotes).not.toContain('BRANNAGH:');
    expect(quotes).not.toContain('The council met again');
  });

  it('a turn’s card names its speaker and says how', async () => {
    const at = await pointOfText(page, 'It will run in May');
    await page.mouse.move(at.x + 30, at.y);
    const card = lensCard(page);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.textContent()).toMatch(/Sam Brannagh/);
    await expect.poll(() => card.textContent()).toMatch(/Named before the words, as a transcript names who speaks/);
    await page.screenshot({ path: join(shots, 'transcript-quote-card.png') });
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden', timeout: 5_000 });
  });
});
