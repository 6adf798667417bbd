/**
 * A full storage quota loses nothing silently, in Chromium with the built extension: the
 * extension's local storage is filled to its quota from the service worker, and then a settings
 * change and a pack import say in the options page that they were not saved; the session storage
 * is filled, and the popup still shows a newly read page's notes (kept in the worker's memory).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
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

let ext: ExtensionBrowser;
let server: StaticServer;

/**
 * Fills a storage area up to its quota with filler keys, down to writes of `floor` characters
 * (the session storage keeps taking tiny writes past its quota for a long while: a page's notes
 * are tens of kB, so 1 kB is full enough); returns how many it wrote and the last error.
 */
function fill(area: 'local' | 'session', floor: number) {
  return ext.worker.evaluate(
    async ([which, least]) => {
      const store = (
        globalThis as unknown as { chrome: { storage: Record<string, { set(v: object): Promise<void> }> } }
      ).chrome.storage[which];
      let size = 1024 * 1024;
      let n = 0;
      let last = '';
      while (size >= least) {
        try {
          await store.set({ [`filler-${n}`]: 'x'.repeat(size) });
          n++;
        } catch (err) {
          last = String(err);
          size = Math.floor(size / 2);
        }
      }
      return { n, last };
    },
    [area, floor] as const,
  );
}

function unfill(area: 'local' | 'session') {
  return ext.worker.evaluate(async (which) => {
    const store = (
      globalThis as unknown as {
        chrome: {
          storage: Record<
            string,
            { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> }
          >;
        };
      }
    ).chrome.storage[which];
    await store.remove(Object.keys(await store.get(null)).filter((k) => k.startsWith('filler-')));
  }, area);
}

const stored = (key: string, area: 'local' | 'session' = 'local') =>
  ext.worker.evaluate(
    async ([k, which]) =>
      (
        await (
          globalThis as unknown as {
            chrome: { storage: Record<string, { get(k: string): Promise<Record<string, unknown>> }> };
          }
        ).chrome.storage[which].get(k)
      )[k] ?? null,
    [key, area] as const,
  );

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(fixtures);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('with the local storage full', () => {
  it('a settings change says it was not saved, and the page shows the setting as kept', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByLabel('People').waitFor();
    // (a settings value is about 200 characters)
    const { last } = await fill('local', 16);
    expect(last).toMatch(/quota/i);
    try {
      // (clicked, not unchecked: the box goes back to the kept value at once)
      await options.getByLabel('People').click();
      const alert = options.locator('.opt-save-problem');
      await expect
        .poll(() => alert.textContent())
        .toBe(
          'Your change was not saved: the browser’s storage for News Lens is full. Removing a knowledge pack you no longer need makes room.',
        );
      expect(await options.getByLabel('People').isChecked()).toBe(true);
      expect(await stored('settings')).toBeNull();
      await options.screenshot({ path: join(shots, 'options-not-saved.png'), fullPage: true });

      // a pack import says so too, and nothing is installed
      const input = options.locator('input[type=file]');
      const pack = {
        name: 'Local',
        entities: [{ id: 'jane-doe', type: 'person', name: 'Jane Doe', description: 'Leader of the council' }],
      };
      await input.setInputFiles({
        name: 'local.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(pack)),
      });
      await expect
        .poll(() => options.locator('.opt-alert').last().textContent())
        .toBe(
          'The pack was not installed: the browser’s storage for News Lens is full. Removing a knowledge pack you no longer need makes room.',
        );
      expect(await options.locator('main').textContent()).toContain('No packs installed');
    } finally {
      await unfill('local');
    }
    // with room again, the same change is kept
    await options.getByLabel('People').uncheck();
    await expect
      .poll(async () => ((await stored('settings')) as { kinds?: { person?: boolean } } | null)?.kinds?.person)
      .toBe(false);
    await expect.poll(() => options.locator('.opt-save-problem').count()).toBe(0);
    await options.getByLabel('People').check();
    await options.close();
  });
});

describe('with the session storage full', () => {
  it('the popup still shows a newly read page’s notes', async () => {
    const { last } = await fill('session', 1024);
    expect(last).toMatch(/quota/i);
    try {
      const page = await ext.context.newPage();
      await page.goto(`${server.url}/seed-article.html`);
      await waitForAnnotations(page);
      const tabId = await tabIdOf(ext, page.url());
      // not in the session storage: the notes are the worker's memory's
      expect(await stored(`tab:${tabId}`, 'session')).toBeNull();
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
      expect(await popup.locator('body').textContent()).toContain('Keir Starmer');
      await popup.screenshot({ path: join(shots, 'popup-session-full.png') });
      await popup.close();
      await page.close();
    } finally {
      await unfill('session');
    }
  });
});
