/**
 * Security: what the reader is writing is never read. In Chromium with the built extension:
 * a page in design mode (from the start, and switched on after it was annotated), a frame whose
 * document is in design mode or has an editable body and holds a draft, a page with
 * <body contenteditable>, and text boxes and CSS-editable regions inside an article. The draft's
 * words must never be highlighted, reach the background (the tab's notes, in memory and in
 * session storage) or show in the popup; the article around them is still read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  projectRoot,
  serve,
  tabIdOf,
  waitForAnnotations,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browser-harness';

const local = readFileSync(join(projectRoot, 'tests/fixtures/local-news.html'), 'utf8');

/** A draft the reader is writing: names and quotes the engine would pick up if it read them. */
const DRAFT_NAMES = ['Priya Halvorsen', 'Dominic Achterberg', 'Kestrel Holdings'];
const draftParas = (tag = 'p') =>
  [
    'Dear Priya Halvorsen, thank you for the call this morning about the merger and the timetable for the announcement.',
    '“Our merger with Kestrel Holdings closes on Friday and nobody outside this room may know it yet,” said Dominic Achterberg, the chief executive, at the meeting.',
    'Dominic Achterberg said the board would meet again on Monday, and that Priya Halvorsen would brief the staff afterwards.',
  ]
    .map((t) => `<${tag}>${t}</${tag}>`)
    .join('');
const DRAFT_DOC = (extra = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Draft</title></head><body><article><h1>Draft: the merger</h1>${draftParas()}</article>${extra}</body></html>`;

const withScript = (html: string, script: string) => html.replace('</body>', `<script>${script}</script></body>`);
const inArticle = (html: string, extra: string) => html.replace('</article>', `${extra}</article>`);

const pages: Record<string, string> = {
  'control.html': local,
  // design mode switched on by the page's own script, before the content script runs
  'design-top.html': withScript(local, `document.designMode = 'on';`),
  // annotated first; the test then switches design mode on and writes into the page
  'design-late.html': withScript(
    local,
    `window.goEditable = () => {
       document.designMode = 'on';
       const a = document.querySelector('article');
       a.insertAdjacentHTML('beforeend', ${JSON.stringify(draftParas())});
     };`,
  ),
  // design mode switched on by the page the moment the reader arrives (its element appears), when
  // the text has been read but not yet sent: a mutation observer's callback runs before any of
  // the reader's awaited work goes on, so the switch always falls between reading and sending
  'design-handover.html': withScript(
    local,
    `new MutationObserver((records) => {
       for (const r of records)
         for (const n of r.addedNodes)
           if (n.nodeType === 1 && n.hasAttribute('data-news-lens')) document.designMode = 'on';
     }).observe(document.documentElement, { childList: true, subtree: true });`,
  ),
  'body-ce.html': local.replace('<body>', '<body contenteditable="true">'),
  'body-plaintext.html': local.replace('<body>', '<body contenteditable="plaintext-only">'),
  // the draft's own document turns design mode on as it is parsed
  'draft-self.html': DRAFT_DOC(`<script>document.designMode = 'on';</script>`),
  // a plain draft document: the page that frames it makes it editable when it loads (as editors do)
  'draft-plain.html': DRAFT_DOC(),
  'frame-self.html': inArticle(local, '<iframe src="/draft-self.html" width="600" height="300"></iframe>'),
  'frame-race.html': inArticle(
    local,
    `<iframe src="/draft-plain.html" width="600" height="300" onload="this.contentDocument.designMode = 'on'"></iframe>`,
  ),
  'frame-body.html': inArticle(
    local,
    `<iframe src="/draft-plain.html" width="600" height="300" onload="this.contentDocument.body.contentEditable = 'true'"></iframe>`,
  ),
  // editable regions inside the article: each holds the draft
  'regions.html': inArticle(
    local,
    `<div id="r-textbox" role="textbox" aria-multiline="true">${draftParas()}</div>
     <div id="r-searchbox" role="searchbox">${draftParas('span')}</div>
     <div id="r-combobox" role="combobox">${draftParas('span')}</div>
     <div id="r-user-modify" style="-webkit-user-modify: read-write">${draftParas()}</div>
     <div id="r-plaintext" style="-webkit-user-modify: read-write-plaintext-only">${draftParas()}</div>
     <div id="r-class" class="editor-surface">${draftParas()}</div>
     <div id="r-ce-plain" contenteditable="plaintext-only">${draftParas()}</div>
     <style>.editor-surface { -webkit-user-modify: read-write; }</style>`,
  ),
};

let dir: string;
let server: StaticServer;
let ext: ExtensionBrowser;
/** How long the control page took to be annotated: waits for "nothing happened" are a few times that. */
let settleMs = 3000;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'news-lens-editable-'));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  server = await serve(dir);
  ext = await launchWithExtension();
  const page = await ext.context.newPage();
  const t0 = Date.now();
  await page.goto(`${server.url}/control.html`);
  await waitForAnnotations(page);
  settleMs = Math.max(3000, 3 * (Date.now() - t0));
  await page.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(name: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${server.url}/${name}`);
  return page;
}

/** Everything the background holds in session storage, as text (every tab's notes). */
const sessionStorageText = () =>
  ext.worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));

/** The tab's notes as stored by the background, or null. */
async function storedNotes(page: Page): Promise<{ url: string; actors: { name: string }[] } | null> {
  const tabId = await tabIdOf(ext, page.url());
  return ext.worker.evaluate(async (id) => {
    const all = (await chrome.storage.session.get(`tab:${id}`)) as Record<
      string,
      { notes: { url: string; actors: { name: string }[] } } | undefined
    >;
    return all[`tab:${id}`]?.notes ?? null;
  }, tabId);
}

/** The popup's text for the page's tab (what the background serves from memory). */
async function popupText(page: Page, expectRows: boolean): Promise<string> {
  const tabId = await tabIdOf(ext, page.url());
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  if (expectRows) await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
  else await popup.waitForTimeout(1000);
  const text = (await popup.locator('body').textContent()) ?? '';
  await popup.close();
  return text;
}

/**
 * Texts of the ranges in the page's highlight registry, with the id of the region each sits in
 * (if any). The test pages register no highlights of their own, so all of them are the extension's.
 */
async function highlighted(page: Page): Promise<{ text: string; region: string | null }[]> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const out: { text: string; region: string | null }[] = [];
    for (const [, h] of reg ?? new Map<string, Set<Range>>())
      for (const r of h)
        out.push({ text: r.toString(), region: r.startContainer.parentElement?.closest('[id^="r-"]')?.id ?? null });
    return out;
  });
}

/** How many times a reading began in the page (the content script's and the reader's marks). */
const readings = (page: Page) => page.evaluate(() => performance.getEntriesByName('news-lens:start').length);

const expectNoDraft = (text: string) => {
  for (const name of DRAFT_NAMES) expect(text).not.toContain(name);
  expect(text).not.toContain('nobody outside this room');
};

describe('security: editable content is never read', () => {
  it('a page in design mode is not read at all: no reading, no reader, no notes', async () => {
    const page = await open('design-top.html');
    await page.waitForTimeout(settleMs);
    expect(await page.evaluate(() => document.designMode)).toBe('on');
    expect(await readings(page)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('[data-news-lens]'))).toBeNull();
    expect(await storedNotes(page)).toBeNull();
    expect(await popupText(page, false)).not.toContain('Mirela Ostrova');
    await page.close();
  });

  for (const name of ['body-ce.html', 'body-plaintext.html'])
    it(`a page with an editable body (${name}) is not read at all`, async () => {
      const page = await open(name);
      await page.waitForTimeout(settleMs);
      expect(await readings(page)).toBe(0);
      expect(await page.evaluate(() => document.querySelector('[data-news-lens]'))).toBeNull();
      expect(await storedNotes(page)).toBeNull();
      await page.close();
    });

  it('a page switched to design mode after it was annotated: what is written then is never sent', async () => {
    const page = await open('design-late.html');
    await waitForAnnotations(page);
    await expect
      .poll(() => storedNotes(page).then((n) => n?.actors.map((a) => a.name) ?? []), { timeout: 10_000 })
      .toContain('Mirela Ostrova');
    const before = await readings(page);
    await page.evaluate(() => (window as unknown as { goEditable(): void }).goEditable());
    // the page changed, so the reader reads again (a new mark) and finds the page editable
    await expect.poll(() => readings(page), { timeout: settleMs * 3 }).toBeGreaterThan(before);
    await page.waitForTimeout(settleMs);
    const notes = await storedNotes(page);
    expect(notes?.actors.map((a) => a.name)).toContain('Mirela Ostrova');
    expectNoDraft(JSON.stringify(notes));
    expectNoDraft(await sessionStorageText());
    expectNoDraft(await popupText(page, true));
    for (const h of await highlighted(page)) expectNoDraft(h.text);
    await page.close();
  });

  it('a page switched to design mode between reading and sending: what was read is not sent', async () => {
    const page = await open('design-handover.html');
    // the reader arrived (its element is in the page) with the text the content script had read
    await page.waitForFunction(
      () =>
        document.querySelector('[data-news-lens]') !== null &&
        performance.getEntriesByName('news-lens:reader').length > 0,
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.evaluate(() => document.designMode)).toBe('on');
    await page.waitForTimeout(settleMs);
    expect(await storedNotes(page)).toBeNull();
    expect(await sessionStorageText()).not.toContain(page.url());
    expect(await highlighted(page)).toEqual([]);
    expect(await popupText(page, false)).not.toContain('Mirela Ostrova');
    await page.close();
  });

  for (const name of ['frame-self.html', 'frame-race.html', 'frame-body.html'])
    it(`a framed draft (${name}): the tab's notes are the top article's, never the draft's, load after load`, async () => {
      // the frame is made editable when it loads: repeated, as that races the content script
      const loads = name === 'frame-self.html' ? 2 : 5;
      for (let i = 0; i < loads; i++) {
        const page = await open(name);
        await waitForAnnotations(page);
        const frame = page.frames().find((f) => f.url().includes('/draft-'));
        expect(frame, 'the draft frame').toBeTruthy();
        expect(await frame!.evaluate(() => document.designMode === 'on' || document.body.isContentEditable)).toBe(true);
        // time for the frame's content script to have done whatever it would do
        await page.waitForTimeout(settleMs);
        expect(await frame!.evaluate(() => document.querySelector('[data-news-lens]'))).toBeNull();
        expect(await frame!.evaluate(() => performance.getEntriesByName('news-lens:reader').length)).toBe(0);
        const notes = await storedNotes(page);
        expect(notes?.url).toBe(page.url());
        expect(notes?.actors.map((a) => a.name)).toContain('Mirela Ostrova');
        expectNoDraft(JSON.stringify(notes));
        expectNoDraft(await sessionStorageText());
        const popup = await popupText(page, true);
        expect(popup).toContain('Mirela Ostrova');
        expectNoDraft(popup);
        await page.close();
      }
    });

  it('text boxes and CSS-editable regions inside an article: the article is read, the regions never', async () => {
    const page = await open('regions.html');
    await waitForAnnotations(page);
    // the engine computes the property on each kind of region (inline, stylesheet, contenteditable)
    const modify = await page.evaluate(() =>
      ['r-user-modify', 'r-plaintext', 'r-class', 'r-ce-plain'].map((id) =>
        getComputedStyle(document.getElementById(id)!).getPropertyValue('-webkit-user-modify'),
      ),
    );
    expect(modify).toEqual(['read-write', 'read-write-plaintext-only', 'read-write', 'read-write-plaintext-only']);
    const hl = await highlighted(page);
    expect(hl.map((h) => h.text).join(' | ')).toContain('Mirela Ostrova');
    expect(hl.filter((h) => h.region !== null)).toEqual([]);
    for (const h of hl) expectNoDraft(h.text);
    const notes = await storedNotes(page);
    expect(notes?.actors.map((a) => a.name)).toContain('Tomas Reyes');
    expectNoDraft(JSON.stringify(notes));
    expectNoDraft(await sessionStorageText());
    const popup = await popupText(page, true);
    expect(popup).toContain('Mirela Ostrova');
    expectNoDraft(popup);
    await page.close();
  });
});

declare const chrome: { storage: { session: { get(k: string | null): Promise<Record<string, unknown>> } } };
