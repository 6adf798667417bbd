/**
 * Shared by the end-to-end tests, the demo and the browser benchmark: finds Chromium,
 * serves pages on 127.0.0.1 and loads the built extension.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const chromeBuild = join(projectRoot, '.output/chrome-mv3');

/**
 * Flags every Chromium here needs: no background traffic, no GPU, no QUIC; --no-sandbox as root.
 * `extensionDir` loads the unpacked extension too.
 */
export function chromiumArgs(extensionDir?: string): string[] {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to drive: CHROME_PATH, else Debian's. Throws a message saying how to get one. */
export function findChromium(): string {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (existsSync(env)) return env;
    throw new Error(`CHROME_PATH is set to ${env}, but there is no file there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install Debian\'s package (`sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary. ' +
      '(`npx playwright install` cannot download browsers on this network.)',
  );
}

export function assertExtensionBuilt(dir = chromeBuild): void {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`${dir}/manifest.json is missing: the build failed or has not run (npm run build).`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves files from `routes` (URL path → absolute file path) and, for other paths, from `dir`.
 * Only on 127.0.0.1.
 */
export async function serve(
  dir: string | null,
  routes: Record<string, string> = {},
  /** Extra response headers for a path (e.g. a strict Content-Security-Policy). */
  headersFor: (path: string) => Record<string, string> = () => ({}),
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const file = routes[path] ?? (dir ? join(dir, path.replace(/^\/+/, '')) : null);
    if (!file || (dir && !routes[path] && !resolve(file).startsWith(resolve(dir))) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headersFor(path),
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** A headless (by default) Chromium in a persistent profile, with this machine's flags plus `extraArgs`. */
export function launchChromium(
  userDataDir: string,
  opts: { extensionDir?: string; extraArgs?: string[]; headless?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    args: [...chromiumArgs(opts.extensionDir), ...(opts.extraArgs ?? [])],
    viewport: { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    timeout: 120_000,
  });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium with the unpacked extension loaded, in a fresh profile. */
export async function launchWithExtension(
  opts: {
    extensionDir?: string;
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    /** Reuse a profile (to test what survives a browser restart); kept on close. */
    userDataDir?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const ext = opts.extensionDir ?? chromeBuild;
  assertExtensionBuilt(ext);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'news-lens-profile-'));
  const context = await launchChromium(userDataDir, { extensionDir: ext, headless: opts.headless, colorScheme: opts.colorScheme });
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker', { timeout: 60_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close().catch(() => undefined);
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the content script has drawn its highlights; returns how many. */
export async function waitForAnnotations(page: Page, timeout = 60_000): Promise<number> {
  // A plain polling loop: some test pages break MutationObserver and the like on purpose.
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const n = await page.evaluate(() => document.querySelector('news-lens-ui')?.getAttribute('data-annotations') ?? null);
    if (n !== null) return Number(n);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no annotations on ${page.url()} after ${timeout} ms`);
}

/** The viewport centre of the first occurrence of `text` inside `scope` (a CSS selector). */
export async function pointOfText(page: Page, text: string, scope = 'body'): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ([needle, sel]) => {
      const root = document.querySelector(sel);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(needle);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + needle.length);
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [text, scope] as const,
  );
  if (!p) throw new Error(`"${text}" not found in ${scope}`);
  return p;
}

/** The tab id Chromium gave a page, asked of the extension's service worker. */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const id = await ext.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id == null) throw new Error(`no tab with url ${url}`);
  return id;
}

/** Sends a message to a tab's content script from the service worker, as the background would. */
export async function sendToTab(ext: ExtensionBrowser, tabId: number, message: unknown): Promise<unknown> {
  return ext.worker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id as number, msg), [tabId, message] as const);
}

/** Runs axe-core in a page (extension pages too: evaluate is not bound by the page's CSP). */
export async function runAxe(page: Page, include?: string[][]): Promise<{ id: string; impact: string | null; help: string; nodes: number }[]> {
  const source = readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (inc) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }> } }).axe;
    const res = await axe.run(inc ? { include: inc } : document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  }, include ?? null);
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
};
