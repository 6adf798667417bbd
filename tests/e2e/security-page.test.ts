/**
 * The page cannot switch the extension off or confuse it: a page that replays every message it
 * sees and forges WXT's "content script started" event and message (with the extension's id and
 * other instance ids), a page that takes our old element name and any custom element name it
 * sees, breaks `attachShadow` and `customElements.define`, and removes our element. Each ends
 * with highlights painted and cards opening; the page cannot see into the card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  LENS_HOST,
  annotationCount,
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
const dir = mkdtempSync(join(tmpdir(), 'news-lens-security-page-'));
const local = readFileSync(join(projectRoot, 'tests/fixtures/local-news.html'), 'utf8');
const inHead = (script: string) => local.replace('<head>', `<head><script>${script}</script>`);

/**
 * Replays every window message it sees (as it is, and with other ids), and forges WXT's events
 * for every entry point name it might guess, from before the content script starts and every
 * 50 ms after. The extension's id comes in the URL (a store extension's id is public).
 */
const REPLAY_AND_FORGE = `(() => {
  const ext = new URLSearchParams(location.search).get('ext');
  window.__seen = [];
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (d && d.__replayed) return;
    window.__seen.push(JSON.stringify(d));
    window.postMessage(d, '*');
    if (d && typeof d === 'object')
      for (const messageId of ['forged', 'x', '', null]) window.postMessage(Object.assign({}, d, { messageId, __replayed: true }), '*');
  });
  const names = ['annotator', 'content-scripts/annotator', 'content', 'reader', 'card-ui'];
  const forge = () => {
    for (const name of names) {
      const started = ext + ':' + name + ':wxt:content-script-started';
      for (const messageId of ['forged', 'x', String(Math.random())]) {
        const detail = { contentScriptName: name, messageId };
        document.dispatchEvent(new CustomEvent(started, { detail }));
        window.dispatchEvent(new CustomEvent(started, { detail }));
        window.postMessage({ type: started, contentScriptName: name, messageId, __replayed: true }, '*');
      }
      window.dispatchEvent(new Event(ext + ':' + name + ':wxt:locationchange'));
    }
    window.__forged = (window.__forged || 0) + 1;
  };
  forge();
  document.addEventListener('DOMContentLoaded', forge);
  setInterval(forge, 50);
})();`;

/**
 * Takes our old element name, and every custom element name that appears in the page (it gives
 * the element a shadow root of its own, so no other can be attached, and removes it once
 * connected); then breaks the APIs an extension could use to make its element.
 */
const CLAIM_NAMES = `(() => {
  const attach = Element.prototype.attachShadow;
  const taken = (tag) => class extends HTMLElement {
    constructor() { super(); attach.call(this, { mode: 'open' }).textContent = tag + ' is the page\\'s'; }
    connectedCallback() { this.remove(); }
  };
  const define = customElements.define.bind(customElements);
  define('news-lens-ui', taken('news-lens-ui'));
  window.__claimed = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes)
      if (n.nodeType === 1 && n.localName.includes('-') && !customElements.get(n.localName)) {
        try { define(n.localName, taken(n.localName)); window.__claimed.push(n.localName); } catch {}
      }
  }).observe(document, { childList: true, subtree: true });
  customElements.define = () => { throw new Error('no custom elements here'); };
  Element.prototype.attachShadow = function () { throw new Error('no shadow roots here'); };
  Document.prototype.createElement = function () { throw new Error('no elements here'); };
})();`;

writeFileSync(join(dir, 'replay.html'), inHead(REPLAY_AND_FORGE));
writeFileSync(join(dir, 'claim.html'), inHead(CLAIM_NAMES));

let ext: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(dir);
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openCardOn(page: Page, text: string, title: string): Promise<void> {
  await page.mouse.move(5, 5);
  const at = await pointOfText(page, text);
  await page.mouse.move(at.x, at.y);
  const card = lensCard(page);
  await card.waitFor({ state: 'visible', timeout: 10_000 });
  await expect.poll(() => card.locator('.nl-title').textContent(), { timeout: 5_000 }).toBe(title);
}

describe('a page that replays and forges the extension’s messages', () => {
  it('keeps its highlights and cards, and is told nothing', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/replay.html?ext=${ext.extensionId}`);
    const n = await waitForAnnotations(page, 30_000);
    expect(n).toBeGreaterThan(3);
    const before = await highlightTexts(page);
    expect(before.person).toContain('Mirela Ostrova');
    // The attacks go on, every 50 ms, for 3 s more.
    const forgedAt = (await page.evaluate(() => (window as unknown as { __forged: number }).__forged)) as number;
    await page.waitForTimeout(3_000);
    expect(await page.evaluate(() => (window as unknown as { __forged: number }).__forged)).toBeGreaterThan(
      forgedAt + 20,
    );
    expect(await annotationCount(page)).toBe(n);
    expect(await highlightTexts(page)).toEqual(before);
    await openCardOn(page, 'Tomas Reyes', 'Tomas Reyes');
    await page.screenshot({ path: join(shots, 'security-replayed-messages-card.png') });
    // Input the page makes up moves no card: an Escape it dispatches leaves the card open, and a
    // pointer it moves over a name, or a focus it fakes on a link, opens none.
    await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await page.waitForTimeout(500);
    expect(await lensCard(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await lensCard(page).waitFor({ state: 'hidden', timeout: 5_000 });
    const fake = await pointOfText(page, 'Mirela Ostrova, who chairs');
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      let n = 0;
      const id = setInterval(() => {
        target.dispatchEvent(
          new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true }),
        );
        if (++n > 30) clearInterval(id);
      }, 40);
      const link = document.querySelector('a[href="/people/ostrova"]')!;
      link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }, fake);
    await page.waitForTimeout(2_000);
    expect(await lensCard(page).isVisible()).toBe(false);
    // Nothing of ours was posted to the page (WXT's message carried the extension's id).
    const seen = (await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)) as string[];
    expect(seen.filter((m) => /wxt|news-?lens|content-script/i.test(m))).toEqual([]);
    // A single-page navigation still reads the page again (from the browser's events, not the page's).
    await page.evaluate(() => {
      history.pushState({}, '', '/replay-second');
      const p = document.createElement('p');
      p.textContent = 'Later, Emmanuel Macron said France would send engineers to help with the bridge.';
      document.querySelector('article')!.append(p);
    });
    await expect
      .poll(async () => (await highlightTexts(page)).person ?? [], { timeout: 15_000 })
      .toContain('Emmanuel Macron');
    await page.close();
  });
});

describe('a page that takes element names and breaks the DOM’s builders', () => {
  it('cannot stop the extension drawing, cannot see into its card, and cannot remove it for good', async () => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/claim.html`);
    expect(await waitForAnnotations(page, 30_000)).toBeGreaterThan(3);
    expect((await highlightTexts(page)).person).toContain('Mirela Ostrova');
    await openCardOn(page, 'Tomas Reyes', 'Tomas Reyes');
    await page.screenshot({ path: join(shots, 'security-claimed-names-card.png') });

    // What the page sees of it: a div whose shadow root it cannot open, and no card element.
    const box = (await lensCard(page).boundingBox())!;
    const seen = await page.evaluate(
      ([sel, x, y]) => {
        const host = document.querySelector(sel as string)!;
        const hit = document.elementFromPoint(x as number, y as number);
        return {
          tag: host.tagName,
          shadowRoot: host.shadowRoot === null,
          hitIsHost: hit === host,
          text: (host.textContent ?? '') + document.body.innerText,
          claimed: (window as unknown as { __claimed: string[] }).__claimed,
          names: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
        };
      },
      [LENS_HOST, box.x + box.width / 2, box.y + box.height / 2] as const,
    );
    expect(seen.tag).toBe('DIV');
    expect(seen.shadowRoot).toBe(true);
    expect(seen.hitIsHost).toBe(true);
    expect(seen.text).not.toContain('Not in the News Lens knowledge file');
    expect(seen.claimed).toEqual([]);
    expect(seen.names.length).toBeGreaterThan(0);
    for (const name of seen.names) expect(name).not.toMatch(/news|lens|person|place|quote/i);

    // The page removes our element: the next card puts it back.
    await page.keyboard.press('Escape');
    await page.evaluate((sel) => document.querySelector(sel)!.remove(), LENS_HOST);
    expect(await page.evaluate((sel) => document.querySelector(sel), LENS_HOST)).toBeNull();
    await openCardOn(page, 'Mirela Ostrova, who chairs', 'Mirela Ostrova');
    expect(await page.evaluate((sel) => document.querySelectorAll(sel).length, LENS_HOST)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
