/**
 * Shared by the end-to-end tests, the demo and the browser benchmark: finds Chromium,
 * serves pages on 127.0.0.1 and loads the built extension.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The Chrome build under test (NEWS_LENS_CHROME_BUILD: another build, e.g. an older one, to see a test fail without a fix). */
export const chromeBuild = process.env.NEWS_LENS_CHROME_BUILD
  ? resolve(process.env.NEWS_LENS_CHROME_BUILD)
  : join(projectRoot, '.output/chrome-mv3');

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

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

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
    "No Chromium found. Install Debian's package (`sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary. " +
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
  const context = await launchChromium(userDataDir, {
    extensionDir: ext,
    headless: opts.headless,
    colorScheme: opts.colorScheme,
  });
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

/** The extension's element in a page (a plain div; its shadow root is closed). */
export const LENS_HOST = '[data-news-lens]';

/** How many highlights the extension drew in the page's top frame, or null (none yet). */
export async function annotationCount(page: Page): Promise<number | null> {
  const n = await lensEvaluate(page, (root) => (root ? (root.host.getAttribute('data-annotations') ?? null) : null));
  return n === null ? null : Number(n);
}

/**
 * Stops the extension's service worker, as Chrome stops an idle one (the next message wakes a
 * new one): the DevTools protocol's Target.closeTarget on its target, as Puppeteer's
 * WebWorker.close() does.
 */
export async function stopServiceWorker(ext: ExtensionBrowser): Promise<void> {
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  const cdp = await ext.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string; targetId: string }[];
    };
    const ours = targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`),
    );
    if (!ours.length) throw new Error('the extension has no service worker running');
    for (const t of ours) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The extension's service worker now running (a new one after a stop, once a message woke it). */
export async function currentWorker(ext: ExtensionBrowser, timeout = 30_000): Promise<Worker> {
  const until = Date.now() + timeout;
  for (;;) {
    for (const w of [...ext.context.serviceWorkers()].reverse()) {
      if (!w.url().startsWith(`chrome-extension://${ext.extensionId}/`)) continue;
      const ok = await Promise.race([
        w.evaluate(() => true).catch(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(false), 2_000)),
      ]);
      if (ok) return w;
    }
    if (Date.now() > until) throw new Error(`no service worker of the extension running after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the content script has drawn its highlights; returns how many. */
export async function waitForAnnotations(page: Page, timeout = 60_000): Promise<number> {
  // A plain polling loop, in a world of the test's own: some test pages break MutationObserver,
  // Array methods, querySelector and the like on purpose.
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const n = await annotationCount(page).catch(() => null);
    if (n !== null) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no annotations on ${page.url()} after ${timeout} ms`);
}

/*
 * The extension's cards live in a closed shadow root, which neither the page nor Playwright's
 * locators can enter. Tests reach it through the DevTools protocol: in an isolated world of their
 * own (so a page that broke its built-ins breaks nothing here), `DOM.describeNode` with `pierce`
 * names the closed root and `DOM.resolveNode` hands it to that world.
 */
interface Probe {
  cdp: CDPSession;
  world: number | null;
}
const probes = new WeakMap<Page, Promise<Probe>>();

async function probeOf(page: Page): Promise<Probe> {
  let p = probes.get(page);
  if (!p) {
    p = page
      .context()
      .newCDPSession(page)
      .then((cdp) => ({ cdp, world: null }));
    probes.set(page, p);
  }
  return p;
}

async function probeWorld(probe: Probe): Promise<number> {
  if (probe.world !== null) return probe.world;
  const { frameTree } = (await probe.cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await probe.cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'news-lens-test-probe',
  })) as { executionContextId: number };
  probe.world = executionContextId;
  return executionContextId;
}

/**
 * Runs `fn(root, arg)` in the test's own world of the page's top frame, with the extension's
 * closed shadow root (null when the extension has drawn nothing there); returns its value (JSON).
 * `fn` may be a function's source text.
 */
export async function lensEvaluate<R, A = undefined>(
  page: Page,
  fn: ((root: ShadowRoot | null, arg: A) => R) | string,
  arg?: A,
): Promise<R> {
  const probe = await probeOf(page);
  const source = typeof fn === 'string' ? fn : fn.toString();
  for (let attempt = 0; ; attempt++) {
    const group = `news-lens-probe-${attempt}`;
    try {
      const world = await probeWorld(probe);
      const { cdp } = probe;
      const host = (await cdp.send('Runtime.evaluate', {
        expression: `document.querySelector(${JSON.stringify(LENS_HOST)})`,
        contextId: world,
        objectGroup: group,
      })) as { result: { objectId?: string } };
      let rootId: string | undefined;
      if (host.result.objectId) {
        const { node } = (await cdp.send('DOM.describeNode', {
          objectId: host.result.objectId,
          depth: 1,
          pierce: true,
        })) as {
          node: { shadowRoots?: { backendNodeId: number }[] };
        };
        const sr = node.shadowRoots?.[0];
        if (sr)
          rootId = (
            (await cdp.send('DOM.resolveNode', {
              backendNodeId: sr.backendNodeId,
              executionContextId: world,
              objectGroup: group,
            })) as {
              object: { objectId: string };
            }
          ).object.objectId;
      }
      const res = (await cdp.send('Runtime.callFunctionOn', {
        functionDeclaration: `function (root, arg) { return (${source})(root, arg); }`,
        executionContextId: world,
        arguments: [
          rootId ? { objectId: rootId } : { value: null },
          arg === undefined ? { value: null } : { value: arg },
        ],
        returnByValue: true,
        awaitPromise: true,
        objectGroup: group,
      })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
      if (res.exceptionDetails)
        throw Object.assign(
          new Error(`in the page: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`),
          { fromPage: true },
        );
      return res.result.value as R;
    } catch (err) {
      // The page navigated: its document, and our world in it, are new.
      const stale =
        !(err as { fromPage?: boolean }).fromPage &&
        /context|Cannot find|No node|Could not find|detached|not found/i.test(String(err));
      if (!stale || attempt >= 3) throw err;
      probe.world = null;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Texts of the extension's highlights by kind (person, organization, place, quote, figure, focus, flash), in the top frame. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return lensEvaluate(page, (root) => {
    const out: Record<string, string[]> = {};
    const names = root?.querySelector('[data-highlights]')?.getAttribute('data-highlights') ?? '';
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const pair of names.split(' ')) {
      const [kind, name] = pair.split(':');
      const h = name ? reg.get(name) : undefined;
      if (h) out[kind] = Array.from(h, (r) => r.toString());
    }
    return out;
  });
}

interface Step {
  selector: string;
  hasText?: string | { source: string; flags: string };
}

/** Finds the first element for a chain of steps under the root (runs in the page). */
const FIND_IN_LENS = `function find(root, steps) {
  let scope = root ? [root] : [];
  for (const step of steps) {
    const next = [];
    for (const s of scope) for (const el of s.querySelectorAll(step.selector)) {
      const t = el.textContent || '';
      if (step.hasText === undefined || step.hasText === null) next.push(el);
      else if (typeof step.hasText === 'string' ? t.includes(step.hasText) : new RegExp(step.hasText.source, step.hasText.flags).test(t)) next.push(el);
    }
    scope = next;
  }
  return scope;
}`;

/**
 * A little of Playwright's Locator, for elements inside the extension's closed shadow root
 * (Playwright's own locators cannot enter it). Always the first match.
 */
export class LensLocator {
  constructor(
    private readonly page: Page,
    private readonly steps: Step[],
  ) {}

  locator(selector: string, opts: { hasText?: string | RegExp } = {}): LensLocator {
    const hasText =
      opts.hasText instanceof RegExp ? { source: opts.hasText.source, flags: opts.hasText.flags } : opts.hasText;
    return new LensLocator(this.page, [...this.steps, { selector, hasText }]);
  }

  /** Runs `fn(element, arg)` on the first match (null when there is none), in the test's own world. */
  evaluate<R, A = undefined>(fn: (el: Element | null, arg: A) => R, arg?: A): Promise<R> {
    return lensEvaluate(
      this.page,
      `function (root, a) { ${FIND_IN_LENS}; const el = find(root, a.steps)[0] || null; return (${fn.toString()})(el, a.arg); }`,
      {
        steps: this.steps,
        arg: arg as unknown,
      } as never,
    );
  }

  count(): Promise<number> {
    return lensEvaluate(
      this.page,
      `function (root, steps) { ${FIND_IN_LENS}; return find(root, steps).length; }`,
      this.steps as never,
    );
  }

  textContent(): Promise<string | null> {
    return this.evaluate((el) => (el ? el.textContent : null));
  }

  async isVisible(): Promise<boolean> {
    return this.evaluate((el) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
    });
  }

  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.evaluate((el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }

  async waitFor(
    opts: { state?: 'visible' | 'hidden' | 'attached' | 'detached'; timeout?: number } = {},
  ): Promise<void> {
    const state = opts.state ?? 'visible';
    const until = Date.now() + (opts.timeout ?? 30_000);
    for (;;) {
      const ok =
        state === 'visible'
          ? await this.isVisible()
          : state === 'hidden'
            ? !(await this.isVisible())
            : (await this.count()) > 0 === (state === 'attached');
      if (ok) return;
      if (Date.now() > until)
        throw new Error(`${this.describe()} did not become ${state} in ${opts.timeout ?? 30_000} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Clicks the middle of the first match with the mouse, once it is visible. */
  async click(opts: { timeout?: number } = {}): Promise<void> {
    await this.waitFor({ state: 'visible', timeout: opts.timeout ?? 10_000 });
    const box = await this.boundingBox();
    if (!box) throw new Error(`${this.describe()} has no box`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Whether keyboard focus is on the first match or inside it. */
  hasFocus(): Promise<boolean> {
    return this.evaluate((el) => {
      const active = el ? (el.getRootNode() as ShadowRoot).activeElement : null;
      return Boolean(el && active && (active === el || el.contains(active)));
    });
  }

  describe(): string {
    return `the extension's ${this.steps.map((s) => s.selector + (s.hasText ? ` (with text ${JSON.stringify(s.hasText)})` : '')).join(' ')}`;
  }
}

/** Elements in the extension's closed shadow root, e.g. `lens(page, '.nl-card')`. */
export function lens(page: Page, selector: string, opts: { hasText?: string | RegExp } = {}): LensLocator {
  return new LensLocator(page, []).locator(selector, opts);
}

/** The extension's hover card in a page. */
export const lensCard = (page: Page, opts: { hasText?: string | RegExp } = {}) => lens(page, '.nl-card', opts);

/**
 * Runs axe-core on elements inside the extension's closed shadow root (`selector` in it), in the
 * test's own world of the page: there, and only there, the host's `shadowRoot` is made to return
 * the closed root so axe can walk it.
 */
export async function runAxeInLens(
  page: Page,
  selector: string,
): Promise<{ id: string; impact: string | null; help: string; nodes: number }[]> {
  const source = readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  return lensEvaluate(
    page,
    `async function (root, a) {
      if (!root) throw new Error('the extension has no element in this page');
      if (!window.axe) (0, eval)(a.source);
      Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
      const res = await window.axe.run({ include: [[${JSON.stringify(LENS_HOST)}, a.selector]] }, { resultTypes: ['violations'] });
      return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
    }`,
    { source, selector } as never,
  );
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
export async function runAxe(
  page: Page,
  include?: string[][],
): Promise<{ id: string; impact: string | null; help: string; nodes: number }[]> {
  const source = readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (inc) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const res = await axe.run(inc ? { include: inc } : document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  }, include ?? null);
}

declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
};
