import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  launchWithExtension,
  projectRoot,
  serve,
  waitForAnnotations,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browser-harness';

const dir = mkdtempSync(join(tmpdir(), 'news-lens-integrity-'));
const local = readFileSync(join(projectRoot, 'tests/fixtures/local-news.html'), 'utf8');
writeFileSync(
  join(dir, 'page.html'),
  local.replace(
    '</body>',
    `<form><label>Comment <textarea id="comment">Keir Starmer said “hello” in my textarea</textarea></label><input id="name" value="Donald Trump"></form>
     <div contenteditable="true" id="editable">Vladimir Putin wrote this in an editor.</div>
     <pre>Emmanuel Macron in a code block</pre>
     <script>
       window.clicks = 0;
       document.querySelector('article p').addEventListener('click', () => { window.clicks++; });
     </script></body>`,
  ),
);

let server: StaticServer;
beforeAll(async () => {
  server = await serve(dir);
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Records, before the content script runs, every element's box and the page's text. */
const RECORD_BEFORE = `
  document.addEventListener('DOMContentLoaded', () => {
    const rects = [];
    for (const el of document.body.querySelectorAll('*')) { const r = el.getBoundingClientRect(); rects.push([r.x, r.y, r.width, r.height].join(',')); }
    window.__before = { rects, text: document.body.textContent, html: document.body.innerHTML, sheets: document.adoptedStyleSheets.length };
  });`;

const snapshot = () => {
  const rects: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const r = el.getBoundingClientRect();
    rects.push([r.x, r.y, r.width, r.height].join(','));
  }
  return {
    rects,
    text: document.body.textContent,
    html: document.body.innerHTML,
    sheets: document.adoptedStyleSheets.length,
  };
};

describe('the page stays whole', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => ext?.close());

  it('keeps text, DOM, layout and the page’s own handlers, and never reads inputs, editors or code', async () => {
    const page = await ext.context.newPage();
    await page.addInitScript(RECORD_BEFORE);
    await page.goto(`${server.url}/page.html`);
    await waitForAnnotations(page);
    const before = await page.evaluate(() => (window as unknown as { __before: unknown }).__before);
    const after = await page.evaluate(snapshot);
    expect(after).toEqual({ ...(before as object), sheets: (before as { sheets: number }).sheets + 1 });
    await page.locator('article p').first().click();
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
    const highlighted = await page.evaluate(() => {
      const out: string[] = [];
      for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
        for (const r of h)
          out.push(
            (r.startContainer.parentElement?.closest('textarea, input, [contenteditable], pre, form')
              ? 'INSIDE '
              : '') + r.toString(),
          );
      return out;
    });
    expect(highlighted.filter((t) => t.startsWith('INSIDE '))).toEqual([]);
    expect(highlighted.join('|')).not.toMatch(/Emmanuel Macron|Donald Trump/);
    await page.close();
  });

  it('tears down quietly when the extension is reloaded, leaving the page exactly as it was', async () => {
    const other = await launchWithExtension();
    try {
      const page = await other.context.newPage();
      await page.addInitScript(RECORD_BEFORE);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/page.html`);
      await waitForAnnotations(page);
      await other.worker
        .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
        .catch(() => undefined);
      await expect
        .poll(
          () =>
            page.evaluate(
              () =>
                document.querySelector('[data-news-lens]') === null &&
                (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0,
            ),
          { timeout: 20_000 },
        )
        .toBe(true);
      const before = await page.evaluate(() => (window as unknown as { __before: unknown }).__before);
      expect(await page.evaluate(snapshot)).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
