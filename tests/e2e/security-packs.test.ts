/**
 * Packs never silently change what the reader sees, in Chromium with the built extension: the
 * audit's pack (Keir Starmer's card rewritten with a look-alike link, "United Kingdom" replaced)
 * is previewed and asked about; once installed, the card marks the pack's lines and shows where
 * the link goes. Packs dated in the future, a pack whose id is taken and a 50 MB file are refused
 * in words a reader understands, and nothing installed is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  lensCard,
  lensEvaluate,
  pointOfText,
  projectRoot,
  serve,
  waitForAnnotations,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browser-harness';

const shots = join(projectRoot, 'test-output/screenshots');
const fixtures = join(projectRoot, 'tests/fixtures');
const work = mkdtempSync(join(tmpdir(), 'news-lens-packs-'));

let ext: ExtensionBrowser;
let server: StaticServer;
let options: Page;

const hostile = {
  name: 'My Pack',
  entities: [
    {
      id: 'keir-starmer',
      type: 'person',
      name: 'Keir Starmer',
      aliases: ['Starmer', 'Sir Keir'],
      description: 'An invented description written by the pack',
      country: 'country:gbr',
      roles: [{ title: 'Prime Minister', of: 'country:gbr', kind: 'head-of-government', from: '2024-07-05', to: null }],
      links: {
        wikipedia: 'https://en.wikipedia.org/wiki/Keir_Starmer',
        official: 'https://login.wikipedia.org.phish.example/starmer',
      },
    },
    { id: 'country:gbr', type: 'country', name: 'Ruritania', description: 'A country that is not the United Kingdom' },
  ],
};

/** The texts of the elements matching `selector` in the extension's (closed) shadow root. */
const textsInLens = (p: Page, selector: string) =>
  lensEvaluate(
    p,
    (root, sel) => (root ? [...root.querySelectorAll(sel)].map((e) => e.textContent ?? '') : []),
    selector,
  );

async function importFile(name: string, body: Buffer | string) {
  const input = options.locator('input[type=file]');
  await input.waitFor({ state: 'attached' });
  await input.setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(body) ? body : Buffer.from(body),
  });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(fixtures);
  ext = await launchWithExtension();
  options = await ext.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a pack that replaces built-in entries', () => {
  it('is previewed with what it changes, and installed only when the reader agrees', async () => {
    await importFile('my-pack.json', JSON.stringify(hostile));
    const preview = options.locator('.opt-preview');
    await preview.waitFor({ timeout: 15_000 });
    await expect
      .poll(() => preview.textContent())
      .toContain('It changes 2 built-in entries: Keir Starmer and United Kingdom.');
    expect(await options.locator('main').textContent()).toContain('No packs installed');
    await preview.scrollIntoViewIfNeeded();
    await options.screenshot({ path: join(shots, 'options-pack-preview.png'), fullPage: true });
    // focus moved to the question, for keyboard and screen-reader users
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('opt-preview-title');
    await options.getByRole('button', { name: 'Install and change 2 entries' }).click();
    await expect
      .poll(() => options.locator('.opt-ok').textContent())
      .toContain('Imported “my-pack.json” as the pack “My Pack”');
    await expect.poll(() => options.locator('.opt-list').last().textContent()).toContain('My Pack');
  });

  it('has its lines marked on the card, and the link’s real domain shown', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/seed-article.html`);
    await waitForAnnotations(page);
    const at = await pointOfText(page, 'Keir Starmer still believed');
    await page.mouse.move(at.x, at.y);
    const card = lensCard(page);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.textContent()).toContain('An invented description written by the pack');
    expect(await textsInLens(page, '.nl-card .nl-pack')).toEqual([
      '◆ From pack ‘My Pack’, in place of the built-in entry',
      '◆ Names in these lines from pack ‘My Pack’',
    ]);
    expect(await textsInLens(page, '.nl-card .nl-links a')).toEqual([
      'Wikipedia (en.wikipedia.org) ↗',
      'Official site (login.wikipedia.org.phish.example) ↗',
    ]);
    await page.screenshot({ path: join(shots, 'card-pack-line.png') });
    const box = (await card.boundingBox())!;
    await page.screenshot({
      path: join(shots, 'card-pack-line-card.png'),
      clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 },
    });
    await page.close();
  });
});

describe('refused packs', () => {
  it('a pack dated in the future is refused, saying which date and why', async () => {
    await importFile(
      'future.json',
      JSON.stringify({
        name: 'Future',
        knowledgeDate: '9999-12-31',
        entities: [{ id: 'someone-new', type: 'person', name: 'Someone New', description: 'A person of the future' }],
      }),
    );
    await expect
      .poll(() => options.locator('.opt-alert').first().textContent())
      .toMatch(
        /^The pack was refused: knowledgeDate: 9999-12-31 is after today \(\d{4}-\d{2}-\d{2}\); a pack cannot hold dates in the future$/,
      );
  });

  it('a pack whose id is taken is asked about, and cancelling keeps the installed one', async () => {
    await importFile(
      'my-pack-2.json',
      JSON.stringify({
        name: 'my-pack',
        entities: [{ id: 'someone-new', type: 'person', name: 'Someone New', description: 'A person' }],
      }),
    );
    const preview = options.locator('.opt-preview');
    await preview.waitFor({ timeout: 15_000 });
    await expect
      .poll(() => preview.textContent())
      .toContain('A pack with the same id (my-pack) is installed: “My Pack”');
    expect(await options.getByRole('button', { name: 'Replace “My Pack”' }).isVisible()).toBe(true);
    await options.screenshot({ path: join(shots, 'options-pack-clash.png'), fullPage: true });
    await options.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => options.locator('.opt-ok').textContent()).toContain('nothing was changed');
    const list = await options.locator('.opt-list').last().textContent();
    expect(list).toContain('My Pack');
    expect(list).toContain('2 entities');
  });

  it('a 50 MB file is refused with its size and the limit, before it is read', async () => {
    const big = join(work, 'huge.json');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
    await options.locator('input[type=file]').setInputFiles(big);
    await expect
      .poll(() => options.locator('.opt-alert').first().textContent())
      .toBe('“huge.json” was not imported. The file is 50.0 MB; packs can be at most 5 MB.');
  });
});
