import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  LENS_HOST,
  annotationCount,
  highlightTexts,
  launchWithExtension,
  lens,
  lensCard,
  pointOfText,
  projectRoot,
  runAxe,
  runAxeInLens,
  sendToTab,
  serve,
  tabIdOf,
  waitForAnnotations,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browser-harness';

const shots = join(projectRoot, 'test-output/screenshots');
const fixtures = join(projectRoot, 'tests/fixtures');
const work = mkdtempSync(join(tmpdir(), 'news-lens-ui-'));
const profile = join(work, 'profile');

let ext: ExtensionBrowser;
let server: StaticServer;

// The cards are in a closed shadow root: reached through the DevTools protocol (browser-harness.ts).
const card = (p: Page) => lensCard(p);
const hasPeople = async (p: Page) => (await highlightTexts(p)).person !== undefined;
const serious = (v: { impact: string | null }[]) => v.filter((x) => x.impact === 'serious' || x.impact === 'critical');

async function openArticle(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${server.url}${path}`);
  await waitForAnnotations(page);
  return page;
}

async function openPopup(page: Page, size = { width: 420, height: 600 }): Promise<Page> {
  const tabId = await tabIdOf(ext, page.url());
  const popup = await ext.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(fixtures);
  ext = await launchWithExtension({ userDataDir: profile });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('hover cards', () => {
  it('give an unknown actor a plain card that the page’s CSS cannot reach', async () => {
    const page = await openArticle('/local-news.html');
    const at = await pointOfText(page, 'Tomas Reyes');
    await page.mouse.move(at.x, at.y);
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card(page).textContent()).toContain('Not in the News Lens knowledge file');
    const closeStyle = await card(page)
      .locator('.nl-close')
      .evaluate((b) => {
        const cs = getComputedStyle(b!);
        return { bg: cs.backgroundColor, size: cs.fontSize };
      });
    expect(closeStyle.bg).not.toBe('rgb(255, 105, 180)');
    expect(closeStyle.size).not.toBe('30px');
    await page.screenshot({ path: join(shots, 'unknown-actor-card.png') });
    await page.close();
  });

  it('open on the name under the pointer in pretty-printed markup (each paragraph’s text indented in the source)', async () => {
    // White space at a paragraph's start is not read (CSS collapses it), so a text offset is not the
    // offset in its DOM text node: the hover must map the one to the other, not add them up.
    const html = readFileSync(join(fixtures, 'local-news.html'), 'utf8').replace(/<p>/g, `<p>\n${' '.repeat(24)}`);
    const dir = join(work, 'indented');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'local-news-indented.html'), html);
    const indented = await serve(dir);
    try {
      const page = await ext.context.newPage();
      await page.goto(`${indented.url}/local-news-indented.html`);
      await waitForAnnotations(page);
      const at = await pointOfText(page, 'Tomas Reyes');
      await page.mouse.move(at.x, at.y);
      await card(page).waitFor({ state: 'visible', timeout: 10_000 });
      await expect.poll(() => card(page).locator('.nl-title').textContent()).toContain('Tomas Reyes');
      await page.close();
    } finally {
      indented.server.closeAllConnections();
      await indented.close();
    }
  });

  it('show a document that speaks as an unnamed source with its author, and list it among the voices', async () => {
    const page = await openArticle('/wire-story.html');
    const at = await pointOfText(page, 'report concluded');
    await page.mouse.move(at.x + 4, at.y);
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    await expect
      .poll(() => card(page).textContent())
      .toContain('An unnamed source speaking for Eastfield Poverty Trust');
    await page.screenshot({ path: join(shots, 'document-source-card.png') });
    const popup = await openPopup(page);
    await popup.locator('.ps-row').first().waitFor({ timeout: 10_000 });
    await expect.poll(() => popup.locator('body').textContent()).toMatch(/Unnamed sources\s*\d+Report/);
    await popup.screenshot({ path: join(shots, 'document-source-popup.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('stay open while the pointer moves into the card, and close after it leaves', async () => {
    const page = await openArticle('/local-news.html');
    const at = await pointOfText(page, 'Tomas Reyes');
    await page.mouse.move(at.x, at.y);
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(at.x, at.y + 12, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(800);
    expect(await card(page).isVisible()).toBe(true);
    await page.mouse.move(box.x + box.width + 200, box.y + box.height + 200, { steps: 4 });
    await card(page).waitFor({ state: 'hidden', timeout: 5_000 });
    await page.close();
  });

  it('step through a speaker’s quotes from the quote card', async () => {
    const page = await openArticle('/local-news.html');
    const at = await pointOfText(page, 'cannot keep patching');
    await page.mouse.move(at.x, at.y);
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    const stepper = card(page).locator('.nl-stepper');
    await expect.poll(() => stepper.textContent()).toMatch(/1 of [2-9]/);
    await card(page).locator('button[aria-label="Next quote by this speaker"]').click();
    await expect.poll(() => stepper.textContent()).toMatch(/2 of [2-9]/);
    await expect.poll(() => card(page).locator('.nl-quote').textContent()).toContain('This plan fixes it properly');
    await page.screenshot({ path: join(shots, 'quote-card-stepped.png') });
    await page.close();
  });

  it('open from the keyboard: the next-highlight command focuses the card, Esc closes it', async () => {
    const page = await openArticle('/local-news.html');
    const tabId = await tabIdOf(ext, page.url());
    await sendToTab(ext, tabId, { type: 'command', name: 'next-highlight' });
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    await expect
      .poll(() => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, LENS_HOST))
      .toBe(true);
    await expect.poll(() => card(page).hasFocus()).toBe(true);
    const first = await card(page).textContent();
    await sendToTab(ext, tabId, { type: 'command', name: 'next-highlight' });
    await expect.poll(() => card(page).textContent()).not.toBe(first);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden', timeout: 5_000 });
    // A link holding a highlight opens its card when it gets focus.
    await page.locator('a[href="/people/ostrova"]').focus();
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card(page).locator('.nl-title').textContent()).toContain('Mirela Ostrova');
    const axe = await runAxeInLens(page, '.nl-card');
    expect(serious(axe)).toEqual([]);
    await page.keyboard.press('Escape');
    // Toggling hides every highlight, and again shows them.
    await sendToTab(ext, tabId, { type: 'command', name: 'toggle-annotations' });
    await expect.poll(() => hasPeople(page)).toBe(false);
    await sendToTab(ext, tabId, { type: 'command', name: 'toggle-annotations' });
    await expect.poll(() => hasPeople(page)).toBe(true);
    await page.close();
  });
});

describe('the keyboard', () => {
  const ringFocused = (p: Page) => lens(p, '.nl-focus-ring').hasFocus();
  const title = (p: Page) => card(p).locator('.nl-title').textContent();
  const quoteText = (p: Page) => card(p).locator('.nl-quote').textContent();

  it('steps by quote and by person from a card, and Esc gives focus back to the highlight', async () => {
    const page = await openArticle('/local-news.html');
    const tabId = await tabIdOf(ext, page.url());
    await sendToTab(ext, tabId, { type: 'command', name: 'next-quote' });
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card(page).hasFocus()).toBe(true);
    await expect.poll(() => quoteText(page)).toContain('cannot keep patching');
    expect(await card(page).locator('.nl-keys').textContent()).toContain('Q quotes · P people');
    // Q and Shift+Q: the next and previous quote, whoever said it
    await page.keyboard.press('q');
    await expect.poll(() => quoteText(page)).toContain('This plan fixes it properly');
    await page.keyboard.press('q');
    await expect.poll(() => quoteText(page)).toContain('lose 40% of our passing trade');
    await page.keyboard.press('Shift+Q');
    await expect.poll(() => quoteText(page)).toContain('This plan fixes it properly');
    // P: the first person named after here; again: the next person (wrapping round to the first)
    await page.keyboard.press('p');
    await expect.poll(() => title(page)).toContain('Tomas Reyes');
    await page.keyboard.press('p');
    await expect.poll(() => title(page)).toContain('Mirela Ostrova');
    await page.keyboard.press('Shift+P');
    await expect.poll(() => title(page)).toContain('Tomas Reyes');
    expect(await card(page).hasFocus()).toBe(true);
    expect(serious(await runAxeInLens(page, '.nl-card'))).toEqual([]);
    await page.screenshot({ path: join(shots, 'keyboard-card.png') });

    // Esc: the card closes and focus is on the highlight it came from (a ring over its text), not the body
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden', timeout: 5_000 });
    await expect.poll(() => ringFocused(page)).toBe(true);
    expect(await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, LENS_HOST)).toBe(true);
    expect((await highlightTexts(page)).focus?.join('')).toContain('Tomas Reyes');
    const ring = (await lens(page, '.nl-focus-ring').boundingBox())!;
    const reyes = await pointOfText(page, 'Tomas Reyes');
    expect(reyes.y).toBeGreaterThan(ring.y);
    expect(reyes.y).toBeLessThan(ring.y + ring.height);
    expect(await lens(page, '.nl-focus-ring').evaluate((el) => el?.getAttribute('aria-label') ?? '')).toMatch(
      /^Tomas Reyes \(person\)\. Enter opens its card/,
    );
    expect(serious(await runAxeInLens(page, '.nl-focus-ring'))).toEqual([]);
    await page.screenshot({ path: join(shots, 'keyboard-ring.png') });
    // Enter on the highlight opens its card again; the keys step on from the highlight too
    await page.keyboard.press('Enter');
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => title(page)).toContain('Tomas Reyes');
    await expect.poll(() => card(page).hasFocus()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => ringFocused(page)).toBe(true);
    await page.keyboard.press('Shift+Q');
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => quoteText(page)).toContain('This plan fixes it properly');
    // the close button gives focus back to the highlight as Esc does
    await card(page).locator('.nl-close').click();
    await card(page).waitFor({ state: 'hidden', timeout: 5_000 });
    await expect.poll(() => ringFocused(page)).toBe(true);
    // the person commands step as P does
    await sendToTab(ext, tabId, { type: 'command', name: 'next-person' });
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => title(page)).toContain('Tomas Reyes');
    await page.close();
  });
});

describe('the popup', () => {
  it('searches, exports Markdown and JSON, and passes axe', async () => {
    const page = await openArticle('/seed-article.html');
    const popup = await openPopup(page);
    await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
    expect(serious(await runAxe(popup))).toEqual([]);
    expect(await popup.locator('h2').first().textContent()).toMatch(/^Who is quoted/);
    await popup.getByRole('button', { name: /^Show all \d+ actors$/ }).click();
    expect(serious(await runAxe(popup))).toEqual([]);
    await popup.locator('input[type=search]').fill('witkoff');
    await expect.poll(() => popup.locator('.ps-claim').count()).toBeGreaterThan(0);
    for (const t of await popup.locator('.ps-claim').allTextContents()) expect(t.toLowerCase()).toContain('witkoff');
    await popup.locator('input[type=search]').fill('');
    const [md] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    expect(mdText).toContain('## Voices');
    expect(mdText).toContain('Keir Starmer');
    const [js] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const json = JSON.parse(readFileSync((await js.path())!, 'utf8'));
    expect(json.actors.length).toBeGreaterThan(10);
    expect(Object.keys(json)).toEqual(['url', 'title', 'publishedAt', 'dateSource', 'actors', 'claims']);
    await popup.close();
    await page.close();
  });

  it('switches a site to never (the page is left alone on reload) and back to default', async () => {
    const page = await openArticle('/local-news.html');
    const popup = await openPopup(page);
    await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
    await popup.getByRole('radio', { name: 'Never' }).click();
    await expect.poll(() => popup.locator('.pc-msg').textContent()).toContain('leave 127.0.0.1 alone');
    await popup.screenshot({ path: join(shots, 'popup-site-never.png') });
    await page.reload();
    await page.waitForTimeout(2500);
    expect(await annotationCount(page)).toBeNull();
    await popup.getByRole('radio', { name: 'Default' }).click();
    await expect.poll(() => popup.locator('.pc-msg').textContent()).toContain('follows the default list');
    await page.reload();
    expect(await waitForAnnotations(page)).toBeGreaterThan(3);
    await popup.close();
    await page.close();
  });
});

describe('the options page', () => {
  const optionsUrl = () => `chrome-extension://${ext.extensionId}/options.html`;

  it('switches highlight kinds off and on, live', async () => {
    const page = await openArticle('/local-news.html');
    const options = await ext.context.newPage();
    await options.goto(optionsUrl());
    await options.getByLabel('People').waitFor();
    expect(serious(await runAxe(options))).toEqual([]);
    await options.getByLabel('People').uncheck();
    await expect.poll(() => hasPeople(page)).toBe(false);
    await options.getByLabel('People').check();
    await expect.poll(() => hasPeople(page)).toBe(true);
    await options.close();
    await page.close();
  });

  it('imports a valid pack (its entries reach the cards), refuses an invalid one, and keeps packs across a restart', async () => {
    const options = await ext.context.newPage();
    await options.goto(optionsUrl());
    const input = options.locator('input[type=file]');
    await input.waitFor({ state: 'attached' });
    const bad = {
      name: 'Broken pack',
      entities: [
        {
          id: 'x',
          type: 'person',
          name: 'X',
          description: 'Someone',
          roles: [{ title: 'Mayor', of: 'y', kind: 'other', from: 'spring', to: null }],
        },
      ],
    };
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect
      .poll(() => options.locator('.opt-alert').first().textContent())
      .toContain('entities[0].roles[0].from: expected a date');
    await options.screenshot({ path: join(shots, 'options-invalid-pack.png'), fullPage: true });
    const pack = {
      name: 'Northfield local',
      entities: [
        {
          id: 'mirela-ostrova',
          type: 'person',
          name: 'Mirela Ostrova',
          description: 'Chair of the Northfield council transport committee',
          facts: [
            {
              text: 'Chairs the transport committee of a town council.',
              asOf: '2025-04-01',
              source: 'https://en.wikipedia.org/wiki/Local_government',
            },
          ],
        },
      ],
    };
    await input.setInputFiles({
      name: 'northfield.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await expect.poll(() => options.locator('.opt-ok').textContent()).toContain('Imported');
    await expect.poll(() => options.locator('.opt-list').last().textContent()).toContain('Northfield local');
    await options.screenshot({ path: join(shots, 'options.png'), fullPage: true });

    const page = await openArticle('/local-news.html');
    const at = await pointOfText(page, 'Councillor Mirela Ostrova');
    await page.mouse.move(at.x + 60, at.y);
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card(page).textContent()).toContain('Chair of the Northfield council transport committee');
    await page.close();
    await options.close();

    // A browser restart keeps the pack.
    await ext.close();
    ext = await launchWithExtension({ userDataDir: profile });
    const again = await ext.context.newPage();
    await again.goto(optionsUrl());
    await expect.poll(() => again.locator('main').textContent()).toContain('Northfield local');
    await again.getByRole('button', { name: 'Remove pack Northfield local' }).click();
    await expect.poll(() => again.locator('main').textContent()).toContain('No packs installed');
    await again.close();
  });
});

describe('stored values', () => {
  it('fall back to the defaults when corrupt, say so in the options page, and lose nothing else', async () => {
    const pack = {
      id: 'kept',
      importedAt: '2026-01-01T00:00:00.000Z',
      pack: {
        name: 'Kept pack',
        entities: [
          {
            id: 'kept-person',
            type: 'person',
            name: 'Kept Person',
            description: 'Someone kept',
            aliases: [],
            roles: [],
            demonyms: [],
            facts: [],
            links: {},
            related: [],
          },
        ],
        topics: [],
      },
    };
    await ext.worker.evaluate(
      (p) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ settings: { version: 1, kinds: 'all of them', hoverDelayMs: -1 }, packs: [p] }),
      pack,
    );
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect.poll(() => options.locator('[role=alert]').first().textContent()).toContain('could not be read');
    expect(await options.getByLabel('People').isChecked()).toBe(true);
    expect(await options.locator('main').textContent()).toContain('Kept pack');
    await options.screenshot({ path: join(shots, 'options-corrupt-settings.png') });
    await options.getByRole('button', { name: 'Reset News Lens' }).click();
    await expect.poll(() => options.locator('main').textContent()).toContain('No packs installed');
    await options.close();
  });
});

describe('dark mode', () => {
  it('draws cards and the popup dark on a dark page in a dark OS', async () => {
    const dark = readFileSync(join(fixtures, 'seed-article.html'), 'utf8').replace(
      '</style>',
      'body { background: #121212; color: #ddd; } article { color: #e0e0e0; } .ad-slot { background: #222; }</style>',
    );
    const darkDir = join(work, 'dark');
    mkdirSync(darkDir, { recursive: true });
    writeFileSync(join(darkDir, 'seed-dark.html'), dark);
    const darkServer = await serve(darkDir);
    const darkExt = await launchWithExtension({ colorScheme: 'dark' });
    try {
      const page = await darkExt.context.newPage();
      await page.goto(`${darkServer.url}/seed-dark.html`);
      await waitForAnnotations(page);
      const at = await pointOfText(page, 'Keir Starmer still believed');
      await page.mouse.move(at.x, at.y);
      await card(page).waitFor({ state: 'visible', timeout: 10_000 });
      const bg = await card(page).evaluate((el) => getComputedStyle(el!).backgroundColor);
      expect(bg).toBe('rgb(30, 34, 40)');
      await page.screenshot({ path: join(shots, 'dark-actor-card.png') });
      const tabId = await tabIdOf(darkExt, page.url());
      const popup = await darkExt.context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`chrome-extension://${darkExt.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
      expect(serious(await runAxe(popup))).toEqual([]);
      await popup.screenshot({ path: join(shots, 'dark-popup.png') });
      const options = await darkExt.context.newPage();
      await options.goto(`chrome-extension://${darkExt.extensionId}/options.html`);
      await options.getByLabel('People').waitFor();
      expect(serious(await runAxe(options))).toEqual([]);
      await options.screenshot({ path: join(shots, 'dark-options.png'), fullPage: true });
    } finally {
      await darkExt.close();
      await darkServer.close();
    }
  });
});

describe('the article’s date on the cards', () => {
  /** The seed article with every sign of its date taken out: its meta tag, JSON-LD dates and byline time. */
  const undated = () =>
    readFileSync(join(fixtures, 'seed-article.html'), 'utf8')
      .replace(/\s*<meta property="article:published_time"[^>]*>/, '')
      .replace(/, "datePublished": "[^"]*", "dateModified": "[^"]*"/, '')
      .replace(/ · <time[^>]*>[^<]*<\/time>/, '');

  it('on an undated page: "Date unknown", the roles with their years, no present-day office; axe-clean', async () => {
    const html = undated();
    expect(html).not.toMatch(/2025-03-17|Mar 17/);
    const dir = join(work, 'undated');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'seed-undated.html'), html);
    const undatedServer = await serve(dir);
    try {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(`${undatedServer.url}/seed-undated.html`);
      await waitForAnnotations(page);
      const at = await pointOfText(page, 'Keir Starmer still believed');
      await page.mouse.move(at.x, at.y);
      await card(page).waitFor({ state: 'visible', timeout: 10_000 });
      await expect.poll(() => card(page).locator('.nl-title').textContent()).toContain('Keir Starmer');
      const text = (await card(page).textContent()) ?? '';
      expect(text).toContain('Date unknown');
      expect(text).toContain('Prime Minister of the United Kingdom, 2024–');
      expect(text).toMatch(/\(as of June 2025\)/);
      // no office shown as held now: no dated role line, nothing "since"
      expect(text).not.toMatch(/\bOn \d{4}-\d\d-\d\d|\(since /);
      expect(await card(page).locator('.nl-later').count()).toBe(0);
      expect(serious(await runAxeInLens(page, '.nl-card'))).toEqual([]);
      await page.screenshot({ path: join(shots, 'undated-actor-card.png') });
      await page.close();
    } finally {
      undatedServer.server.closeAllConnections(); // (the browser keeps its connections open: close waits for them)
      await undatedServer.close();
    }
  });

  it('on a dated page: the role on its date; facts about days before the article stay with it; axe-clean', async () => {
    const page = await openArticle('/seed-article.html');
    await page.setViewportSize({ width: 1100, height: 900 });
    const at = await pointOfText(page, 'Keir Starmer still believed');
    await page.mouse.move(at.x, at.y);
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card(page).locator('.nl-title').textContent()).toContain('Keir Starmer');
    expect(await card(page).locator('.nl-role').textContent()).toContain('On 2025-03-17');
    // every fact on Starmer's card is about a day before 17 March 2025 (though written as of June 2025):
    // none is set apart under "After this article" (components/TimeNotes.tsx; its component test shows one)
    await expect.poll(() => card(page).textContent()).toContain('Became Prime Minister on 5 July 2024');
    expect(await card(page).locator('section.nl-later').count()).toBe(0);
    expect(serious(await runAxeInLens(page, '.nl-card'))).toEqual([]);
    await page.screenshot({ path: join(shots, 'dated-actor-card.png') });
    await page.close();
  });
});
