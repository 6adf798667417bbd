/**
 * A page not in English (issue 15): a made-up French article served on 127.0.0.1 gets no
 * highlights, and the popup says in plain words that News Lens reads English-language news only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  highlightTexts,
  launchWithExtension,
  projectRoot,
  serve,
  tabIdOf,
  waitForAnnotations,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browser-harness';

const shots = join(projectRoot, 'test-output/screenshots');
const fixtures = join(projectRoot, 'tests/fixtures');
const LINE = 'This article seems to be in French. News Lens reads English-language news only.';

let ext: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(fixtures);
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  await page.goto(`${server.url}/french-article.html`);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a French article', () => {
  it('is read, and gets no highlights', async () => {
    expect(await waitForAnnotations(page)).toBe(0);
    const kinds = await highlightTexts(page);
    expect(Object.values(kinds).flat()).toEqual([]);
  });

  it('the popup says the article seems to be in French', async () => {
    const tabId = await tabIdOf(ext, page.url());
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 460 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    const line = popup.locator('.ps-lang');
    await line.waitFor({ timeout: 20_000 });
    expect(await line.textContent()).toBe(LINE);
    expect(await popup.locator('.ps-title').textContent()).toBe('Le pont de Valbourg rouvrira en mai');
    expect(await popup.locator('.ps-counts').count()).toBe(0);
    await popup.screenshot({ path: join(shots, 'language-gate-popup.png') });
    await page.screenshot({ path: join(shots, 'language-gate-page.png') });
    await popup.close();
  });
});
