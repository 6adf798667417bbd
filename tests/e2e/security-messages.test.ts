/**
 * Least privilege for messages, in Chromium with the built extension: code running in a page's
 * content-script world (the extension's isolated world, reached over the DevTools protocol as an
 * attacker who got code there would be) sends every privileged message. Each one is refused, and
 * nothing changes: the settings, the packs, the site choices, the other tab's notes. The content
 * script's own messages still work, and so do the popup and the options page.
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
import { extractFindings } from '../../lib/engine/extract';

const shots = join(projectRoot, 'test-output/screenshots');
const fixtures = join(projectRoot, 'tests/fixtures');

let ext: ExtensionBrowser;
let server: StaticServer;
let victim: Page;
let attacker: Page;
let victimTab: number;
let attackerTab: number;

type Chrome = {
  storage: { local: { get(k: null | string): Promise<Record<string, unknown>> } };
  scripting: {
    getRegisteredContentScripts(): Promise<unknown[]>;
    executeScript(o: {
      target: { tabId: number };
      world: 'ISOLATED';
      func: (m: unknown) => unknown;
      args: unknown[];
    }): Promise<{ result: unknown }[]>;
  };
};

/** What a privileged message could change: the stored settings and packs, and registered scripts. */
async function snapshot() {
  return ext.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const stored = await chrome.storage.local.get(null);
    return {
      settings: stored.settings ?? null,
      packs: stored.packs ?? null,
      scripts: await chrome.scripting.getRegisteredContentScripts(),
    };
  });
}

/**
 * Runs `expression` in the page's content-script world: the isolated world the extension's
 * content script runs in (found over CDP as the isolated context named after the extension).
 */
async function inContentWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: {
    id: number;
    name: string;
    origin: string;
    auxData?: { type?: string; isDefault?: boolean; frameId?: string };
  }[] = [];
  cdp.on(
    'Runtime.executionContextCreated',
    (e: { context: (typeof contexts)[number] }) => void contexts.push(e.context),
  );
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const world = contexts.find(
    (c) =>
      c.auxData?.type === 'isolated' &&
      c.auxData.frameId === frameTree.frame.id &&
      (c.name === 'News Lens' || c.origin.includes(ext.extensionId)),
  );
  if (!world)
    throw new Error(
      `no content-script world in ${page.url()}: ${JSON.stringify(contexts.map((c) => [c.name, c.origin, c.auxData]))}`,
    );
  const r = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  })) as {
    result: { value?: unknown };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  await cdp.detach();
  if (r.exceptionDetails)
    throw new Error(`${r.exceptionDetails.text} ${r.exceptionDetails.exception?.description ?? ''}`);
  return r.result.value;
}

/** Sends a message from the attacker page's content-script world; returns the background's reply. */
const probe = (message: unknown) => inContentWorld(attacker, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);

/** Waits until `ok` holds (expect.poll is for inside tests). */
async function until(ok: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
    if (await ok()) return;
  throw new Error('timed out');
}

const harmlessPack = {
  name: 'Kept pack',
  entities: [{ id: 'kept-person', type: 'person', name: 'Kept Person', description: 'Someone the reader added' }],
};
const attackPack = {
  name: 'Injected',
  entities: [
    {
      id: 'keir-starmer',
      type: 'person',
      name: 'Keir Starmer',
      description: 'Invented by a page',
      links: { official: 'https://phish.example/login' },
    },
  ],
};

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(fixtures);
  ext = await launchWithExtension();
  // A pack and a setting the reader chose, that the probes will try to undo.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const input = options.locator('input[type=file]');
  await input.waitFor({ state: 'attached' });
  await input.setInputFiles({
    name: 'kept.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(harmlessPack)),
  });
  await options.locator('.opt-ok', { hasText: 'Imported' }).waitFor({ timeout: 15_000 });
  await options.getByLabel('Figures').uncheck();
  await until(
    async () => ((await snapshot()).settings as { kinds?: { figure?: boolean } } | null)?.kinds?.figure === false,
  );
  await options.close();

  victim = await ext.context.newPage();
  await victim.goto(`${server.url}/seed-article.html`);
  await waitForAnnotations(victim);
  attacker = await ext.context.newPage();
  await attacker.goto(`${server.url}/local-news.html`);
  await waitForAnnotations(attacker);
  victimTab = await tabIdOf(ext, victim.url());
  attackerTab = await tabIdOf(ext, attacker.url());
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a probe in a page’s content-script world', () => {
  it('runs where the content script runs', async () => {
    // the reader the content script had injected is visible there, and not in the page's world
    expect(
      await inContentWorld(attacker, '[typeof chrome.runtime.sendMessage, globalThis.__newsLensReader != null]'),
    ).toEqual(['function', true]);
    expect(
      await attacker.evaluate(() => (globalThis as { __newsLensReader?: unknown }).__newsLensReader ?? null),
    ).toBeNull();
  });

  it('is refused every privileged message, and nothing changes', async () => {
    const before = await snapshot();
    expect(before.packs).toHaveLength(1);
    const attempts: Record<string, unknown> = {
      'get-tab-notes': { type: 'get-tab-notes', tabId: victimTab },
      reset: { type: 'reset' },
      'set-settings': {
        type: 'set-settings',
        settings: {
          version: 2,
          kinds: { person: false, organization: false, place: false, quote: false, figure: false },
          more: { everyPlaceMention: true, allFigures: true },
          hoverDelayMs: 3000,
          sites: {},
        },
      },
      'import-pack': { type: 'import-pack', text: JSON.stringify(attackPack), confirmed: ['keir-starmer'] },
      'preview-pack': { type: 'preview-pack', text: JSON.stringify(attackPack) },
      'list-packs': { type: 'list-packs' },
      'remove-pack': { type: 'remove-pack', id: 'kept-pack' },
      'set-site-mode': { type: 'set-site-mode', tabId: victimTab, mode: 'never' },
      'annotate-tab': { type: 'annotate-tab', tabId: victimTab },
    };
    for (const [type, message] of Object.entries(attempts)) {
      const reply = (await probe(message)) as { ok: boolean; error?: string };
      expect(reply.ok, `${type}: ${JSON.stringify(reply)}`).toBe(false);
      expect(reply.error, type).toMatch(/^refused: /);
    }
    expect(await snapshot()).toEqual(before);
    // the other tab's notes are still there, in the popup
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${victimTab}`);
    await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
    expect(await popup.locator('body').textContent()).toContain('Keir Starmer');
    await popup.close();
  });

  it('is refused from the other path into that world too (chrome.scripting, world ISOLATED)', async () => {
    const before = await snapshot();
    const reply = await ext.worker.evaluate(async (tabId) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [r] = await chrome.scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        func: (m) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage(m),
        args: [{ type: 'reset' }],
      });
      return r.result;
    }, attackerTab);
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^refused: reset is accepted only from News Lens’s own pages/),
    });
    expect(await snapshot()).toEqual(before);
  });

  it('may still read the settings and its own tab’s notes, which are what a content script needs', async () => {
    const settings = (await probe({ type: 'get-settings' })) as {
      ok: boolean;
      value?: { settings: { kinds: { figure: boolean } } };
    };
    expect(settings).toMatchObject({ ok: true, value: { settings: { kinds: { figure: false } } } });
    const own = (await probe({ type: 'get-tab-notes' })) as { ok: boolean; value?: { notes: { url: string } } };
    expect(own.ok).toBe(true);
    expect(own.value?.notes.url).toBe(attacker.url());
    const sameTab = (await probe({ type: 'get-tab-notes', tabId: attackerTab })) as { ok: boolean };
    expect(sameTab.ok).toBe(true);
  });

  it('keeps findings to its own tab and frame: forged notes land in its own tab, never in another', async () => {
    const text = 'Jane Forger said the plan had been agreed by everyone in the town hall on Monday.';
    const meta = { url: victim.url(), title: 'Forged', publishedAt: null, site: '127.0.0.1' };
    // a tab id in the message is no part of the contract: the tab is the sender's
    const forged = (await probe({
      type: 'page-findings',
      tabId: victimTab,
      frameId: 0,
      meta,
      text,
      findings: extractFindings(text),
    })) as { ok: boolean; error?: string };
    expect(forged, JSON.stringify(forged)).toMatchObject({ ok: true });
    const rowsOf = async (tabId: number) => {
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
      const body = (await popup.locator('body').textContent()) ?? '';
      await popup.close();
      return body;
    };
    expect(await rowsOf(attackerTab)).toContain('Jane Forger');
    const victimRows = await rowsOf(victimTab);
    expect(victimRows).not.toContain('Jane Forger');
    expect(victimRows).toContain('Keir Starmer');
  });
});

describe('the extension’s storage', () => {
  it('is closed to the content-script world: the settings and packs cannot be written behind the background’s back', async () => {
    const before = await snapshot();
    const tried = await inContentWorld(
      attacker,
      `chrome.storage.local.set({ settings: { version: 1, kinds: { person: false, organization: false, place: false, quote: false, figure: false }, hoverDelayMs: 3000, sites: {} }, packs: [] })
        .then(() => 'written', (e) => 'refused: ' + e.message)`,
    );
    expect(tried).toBe('refused: Access to storage is not allowed from this context.');
    expect(
      await inContentWorld(
        attacker,
        `chrome.storage.local.get('settings').then(() => 'read', (e) => 'refused: ' + e.message)`,
      ),
    ).toMatch(/^refused/);
    expect(await snapshot()).toEqual(before);
  });

  it('so the readers hear of a settings change from the background, live', async () => {
    expect((await highlightTexts(victim)).person?.length).toBeGreaterThan(0);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByLabel('People').uncheck();
    await expect.poll(async () => (await highlightTexts(victim)).person ?? null).toBeNull();
    await options.getByLabel('People').check();
    await expect.poll(async () => (await highlightTexts(victim)).person?.length ?? 0).toBeGreaterThan(0);
    await options.close();
  });
});

describe('our own pages keep every right', () => {
  it('the popup reads any tab’s notes and sets a site choice', async () => {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${victimTab}`);
    await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
    await popup.getByRole('radio', { name: 'Never' }).click();
    await expect.poll(() => popup.locator('.pc-msg').textContent()).toContain('leave 127.0.0.1 alone');
    expect(((await snapshot()).settings as { sites: Record<string, string> }).sites).toEqual({ '127.0.0.1': 'never' });
    await popup.getByRole('radio', { name: 'Default' }).click();
    await expect.poll(() => popup.locator('.pc-msg').textContent()).toContain('follows the default list');
    await popup.screenshot({ path: join(shots, 'security-popup.png') });
    await popup.close();
  });

  it('the options page lists, removes and resets', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect.poll(() => options.locator('main').textContent()).toContain('Kept pack');
    await options.getByRole('button', { name: 'Remove pack Kept pack' }).click();
    await expect.poll(() => options.locator('main').textContent()).toContain('No packs installed');
    await options.getByRole('button', { name: 'Reset News Lens' }).click();
    await expect
      .poll(async () => ((await snapshot()).settings as { kinds?: { figure?: boolean } } | null)?.kinds?.figure)
      .toBe(true);
    await options.close();
  });
});
