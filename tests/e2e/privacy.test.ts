/**
 * News Lens works offline: while it annotates pages, opens cards, the popup and the options
 * page, the browser makes no network request on its behalf. Every request Chromium makes is
 * read from its net log (--log-net-log); the test's own server counts what reached it.
 * Chromium's own services (sign-in cookie check, autofill, update checks) also show in the log:
 * they are told apart by the traffic annotation Chromium stamps on each request, and allowed
 * only to their own Google hosts. Also checks the built manifest asks for no broad host access
 * and loads no remote code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  assertExtensionBuilt,
  chromeBuild,
  lensCard,
  pointOfText,
  projectRoot,
  serve,
  waitForAnnotations,
  type StaticServer,
  launchChromium,
} from '../../scripts/browser-harness';

const fixtures = join(projectRoot, 'tests/fixtures');
const devDir = resolve(projectRoot, '../shared/fixtures/dev');
/** A few of the real pages, when /work/shared is there. */
const DEV_PAGES = ['bbc-1.html', 'guardian-1.html', 'herald-sun-1.html'];
/**
 * The real pages link to hundreds of scripts, images and fonts on their own sites and on ours
 * (relative URLs). Served with this CSP the page itself loads nothing, so any request left in
 * the log is the extension's. Content scripts are not bound by the page's CSP: a fetch() run in
 * the isolated world of a page served with this header still goes out and shows in the net log
 * (checked by hand with chrome.scripting.executeScript). The two fixtures are served without it.
 */
const DEV_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

interface Visit {
  url: string;
  annotations: number | null;
}

interface LoggedRequest {
  url: string;
  method: string | null;
  /** Chromium's network traffic annotation: which part of the browser made the request. */
  annotation: string;
  initiator: string | null;
  headers: string[];
}

/**
 * Chromium tags every request with a traffic annotation naming the feature that made it; the
 * net log records its hash (see net/traffic_annotation/network_traffic_annotation.h).
 */
const annotationHash = (id: string): number => {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 138003713;
  return h;
};
const KNOWN_ANNOTATIONS = [
  'navigation_url_loader',
  'blink_resource_loader',
  'blink_extension_resource_loader',
  'favicon_loader',
  'gaia_auth_list_accounts',
  'autofill_query',
  'update_client',
  'extension_updater',
  'component_updater_utils',
];
const ANNOTATION_NAMES = new Map(KNOWN_ANNOTATIONS.map((id) => [annotationHash(id), id]));
/**
 * Chromium's own services, which run with or without any extension (sign-in cookie check,
 * autofill field types, component updates): allowed only to their own Google hosts. The
 * extension cannot make a request carry these annotations (its fetches are blink_resource_loader).
 */
const BROWSER_SERVICES: Record<string, RegExp> = {
  gaia_auth_list_accounts: /^accounts\.google\.com$/,
  autofill_query: /^content-autofill\.googleapis\.com$/,
  update_client: /^update\.googleapis\.com$/,
};

let workDir: string;
let netLog: string;
let server: StaticServer;
const serverLog: string[] = [];
const pageLoads: string[] = [];
const visits: Visit[] = [];
let requests: LoggedRequest[] = [];
let extensionId = '';
let otherHostsResolved: string[] = [];
/** Host names the served real pages mention themselves (preconnect and dns-prefetch hints). */
const devHosts = new Set<string>();

/** Launches Chromium as the harness does, plus the net log flags. */
async function launch(userDataDir: string): Promise<BrowserContext> {
  return launchChromium(userDataDir, {
    extensionDir: chromeBuild,
    extraArgs: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'],
  });
}

/** Reads a net log; tolerates a log cut short (no closing brackets). */
function readNetLog(file: string): { requests: LoggedRequest[]; hosts: string[] } {
  let raw = readFileSync(file, 'utf8').trim();
  let log: {
    constants: { logEventTypes: Record<string, number>; logSourceType: Record<string, number> };
    events: { type: number; source: { type: number; id: number }; params?: Record<string, unknown> }[];
  };
  try {
    log = JSON.parse(raw);
  } catch {
    raw = raw.replace(/,\s*$/, '');
    log = JSON.parse(raw.endsWith(']}') ? raw : `${raw}]}`);
  }
  const urlRequest = log.constants.logSourceType.URL_REQUEST;
  const seen = new Map<number, LoggedRequest>();
  const hosts = new Set<string>();
  const typeName = new Map(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  for (const e of log.events) {
    const p = e.params ?? {};
    if (e.source.type === urlRequest && typeof p.url === 'string') {
      let r = seen.get(e.source.id);
      if (!r) seen.set(e.source.id, (r = { url: p.url, method: null, annotation: '?', initiator: null, headers: [] }));
      if (typeof p.method === 'string') r.method ??= p.method;
      if (typeof p.initiator === 'string') r.initiator ??= p.initiator;
      if (typeof p.traffic_annotation === 'number')
        r.annotation = ANNOTATION_NAMES.get(p.traffic_annotation) ?? `#${p.traffic_annotation}`;
      const h = (p.request_headers as { headers?: unknown } | undefined)?.headers;
      if (Array.isArray(h)) r.headers.push(...h.filter((x): x is string => typeof x === 'string'));
    }
    // any host name looked up (a preconnect or a socket opened outside a URL request shows here)
    const name = typeName.get(e.type) ?? '';
    if (name.startsWith('HOST_RESOLVER') && typeof p.host === 'string') hosts.add(p.host);
  }
  return { requests: [...seen.values()], hosts: [...hosts] };
}

beforeAll(async () => {
  assertExtensionBuilt();
  workDir = mkdtempSync(join(tmpdir(), 'news-lens-privacy-'));
  netLog = join(workDir, 'netlog.json');

  const routes: Record<string, string> = {
    '/seed-article.html': join(fixtures, 'seed-article.html'),
    '/local-news.html': join(fixtures, 'local-news.html'),
  };
  const devPages = existsSync(devDir) ? DEV_PAGES.filter((f) => existsSync(join(devDir, f))) : [];
  for (const f of devPages) {
    routes[`/dev/${f}`] = join(devDir, f);
    for (const m of readFileSync(join(devDir, f), 'utf8').matchAll(/\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi))
      devHosts.add(m[1].toLowerCase());
  }
  server = await serve(null, routes, (path): Record<string, string> =>
    path.startsWith('/dev/') ? { 'content-security-policy': DEV_CSP } : {},
  );
  server.server.prependListener('request', (req) => serverLog.push(`${req.method} ${req.url}`));

  const profile = join(workDir, 'profile');
  const context = await launch(profile);
  try {
    let worker = context.serviceWorkers()[0];
    worker ??= await context.waitForEvent('serviceworker', { timeout: 60_000 });
    extensionId = new URL(worker.url()).host;
    const tabIdOf = (url: string) =>
      worker.evaluate(async (u) => {
        const tabs = await (
          globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
        ).chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);

    const page = await context.newPage();
    const open = async (path: string, mustAnnotate: boolean): Promise<void> => {
      const url = `${server.url}${path}`;
      pageLoads.push(`GET ${path}`);
      await page.goto(url, { waitUntil: 'load' });
      let n: number | null = null;
      try {
        n = await waitForAnnotations(page, mustAnnotate ? 60_000 : 30_000);
      } catch (err) {
        if (mustAnnotate) throw err;
      }
      visits.push({ url, annotations: n });
    };

    for (const f of devPages) await open(`/dev/${f}`, false);
    await open('/local-news.html', true);
    await open('/seed-article.html', true);

    // an actor card, then a quote card (the card UI is injected on first use)
    const card = lensCard(page);
    let at = await pointOfText(page, 'Keir Starmer still believed');
    await page.mouse.move(at.x, at.y);
    await card.waitFor({ state: 'visible', timeout: 15_000 });
    await card.locator('.nl-title', { hasText: 'Keir Starmer' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 5_000 });
    at = await pointOfText(page, 'We will be talking about land');
    await page.mouse.move(at.x + 40, at.y);
    await card.waitFor({ state: 'visible', timeout: 15_000 });
    await lensCard(page, { hasText: /quote/i }).waitFor({ timeout: 10_000 });
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden', timeout: 5_000 });

    // the popup for this tab, and the options page
    const tabId = await tabIdOf(page.url());
    if (tabId == null) throw new Error(`no tab with url ${page.url()}`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.ps-row').first().waitFor({ timeout: 20_000 });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('#app > *:not(.opt-empty)').first().waitFor({ timeout: 20_000 });
    // let anything the pages start late (timers, lazy fetches) happen while we still log
    await Promise.all([popup, options, page].map((p: Page) => p.waitForTimeout(1_500)));
  } finally {
    await context.close();
  }
  const parsed = readNetLog(netLog);
  requests = parsed.requests;
  otherHostsResolved = [
    ...new Set(
      parsed.hosts.map((h) => {
        try {
          return new URL(h.includes('://') ? h : `http://${h}`).hostname;
        } catch {
          return h;
        }
      }),
    ),
  ].filter((h) => h !== '127.0.0.1' && h !== 'localhost');
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (process.env.NEWS_LENS_KEEP_NETLOG) console.log(`privacy: net log kept at ${netLog}`);
  else if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** What a request is, for the summary and the assertions. */
function classify(
  r: LoggedRequest,
  pageUrls: Set<string>,
  origin: string,
): 'page load' | 'extension file' | 'favicon' | 'browser service' | 'STRAY' {
  const u = new URL(r.url);
  if (pageUrls.has(r.url) && r.annotation === 'navigation_url_loader') return 'page load';
  if (r.url.startsWith(`chrome-extension://${extensionId}/`)) return 'extension file';
  // the tab's icon: fetched by the browser's favicon loader for the page, from the page's server
  if (r.annotation === 'favicon_loader' && r.url === `${origin}/favicon.ico`) return 'favicon';
  const service = BROWSER_SERVICES[r.annotation];
  if (service && u.protocol.startsWith('http') && service.test(u.hostname)) {
    // an update check must not be about this extension (an unpacked one has no update URL)
    if (r.annotation === 'update_client' && r.headers.some((h) => h.toLowerCase().includes(extensionId)))
      return 'STRAY';
    return 'browser service';
  }
  return 'STRAY';
}

describe('privacy: no network requests', () => {
  it("Chromium requested nothing but our pages and the extension's own files (and its own services)", () => {
    const pageUrls = new Set(visits.map((v) => v.url));
    const kinds = requests.map((r) => ({ r, kind: classify(r, pageUrls, server.url) }));
    const summary = new Map<string, number>();
    for (const { r, kind } of kinds) {
      const u = r.url.startsWith('chrome-extension://')
        ? `chrome-extension://${new URL(r.url).host}/…`
        : r.url.length > 90
          ? `${r.url.slice(0, 90)}…`
          : r.url;
      const key = `${kind.padEnd(15)}  ${(r.method ?? '?').padEnd(4)} ${u}  [${r.annotation}]`;
      summary.set(key, (summary.get(key) ?? 0) + 1);
    }
    console.log(
      [
        `privacy: ${requests.length} URL requests in Chromium's net log (${visits.length} pages visited, extension ${extensionId})`,
        ...[...summary].map(([k, n]) => `  ${String(n).padStart(3)} × ${k}`),
        `  pages annotated: ${visits.map((v) => `${new URL(v.url).pathname}=${v.annotations ?? 'no'}`).join(', ')}`,
        `  requests at the test server: ${serverLog.join(', ')}`,
        `  host names looked up (page preconnect hints, browser services): ${otherHostsResolved.length ? otherHostsResolved.join(', ') : 'none'}`,
      ].join('\n'),
    );
    expect(visits.length).toBeGreaterThanOrEqual(2);
    // the log did record our page loads, each one once
    expect(
      kinds
        .filter((k) => k.kind === 'page load')
        .map((k) => k.r.url)
        .sort(),
    ).toEqual([...pageUrls].sort());
    expect(
      kinds
        .filter((k) => k.kind === 'STRAY')
        .map(({ r }) => `${r.method ?? '?'} ${r.url} [${r.annotation}, initiator ${r.initiator}]`),
    ).toEqual([]);
    // nothing made by a page, a content script, an extension page or the service worker left 127.0.0.1
    for (const { r } of kinds.filter((k) => k.kind !== 'browser service')) {
      const u = new URL(r.url);
      expect(u.protocol === 'chrome-extension:' || u.hostname === '127.0.0.1', r.url).toBe(true);
    }
    // renderer-made requests (fetch, XHR, img, script, beacon, from any page or the extension): none at all
    expect(
      requests
        .filter((r) => r.annotation === 'blink_resource_loader' || r.annotation === 'blink_extension_resource_loader')
        .map((r) => r.url),
    ).toEqual([]);
    // every host looked up is a browser service's or one the real pages name themselves
    const named = new Set(devHosts);
    const unexplained = otherHostsResolved.filter(
      (h) => !named.has(h) && !Object.values(BROWSER_SERVICES).some((re) => re.test(h)),
    );
    expect(unexplained).toEqual([]);
  });

  it("the test server saw only the page loads the test made (and the browser's favicon request)", () => {
    const seen = serverLog.filter((l) => l !== 'GET /favicon.ico');
    expect(seen.sort()).toEqual([...pageLoads].sort());
    expect(serverLog.filter((l) => l === 'GET /favicon.ico').length).toBeLessThanOrEqual(visits.length);
  });

  it('the seed page and the local page were annotated', () => {
    for (const path of ['/seed-article.html', '/local-news.html']) {
      const v = visits.find((x) => x.url.endsWith(path));
      expect(v?.annotations ?? 0).toBeGreaterThan(0);
    }
  });
});

describe('privacy: the built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(chromeBuild, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const BROAD = /^(<all_urls>|(\*|https?):\/\/\*\/\*)$/;

  it('asks for no access to every site (only optional host permissions may be broad)', () => {
    const hosts = (manifest.host_permissions as string[] | undefined) ?? [];
    expect(hosts.filter((h) => BROAD.test(h))).toEqual([]);
    expect(JSON.stringify(manifest.permissions ?? [])).not.toContain('<all_urls>');
    const matches = ((manifest.content_scripts as { matches: string[] }[] | undefined) ?? []).flatMap((c) => c.matches);
    expect(matches.filter((m) => BROAD.test(m))).toEqual([]);
  });

  it('loads no remote script', () => {
    const csp = manifest.content_security_policy as Record<string, string> | undefined;
    for (const policy of Object.values(csp ?? {}))
      expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|wasm-unsafe-eval/);
    const scripts = [
      (manifest.background as { service_worker?: string } | undefined)?.service_worker,
      ...((manifest.content_scripts as { js?: string[] }[] | undefined) ?? []).flatMap((c) => c.js ?? []),
    ].filter((s): s is string => Boolean(s));
    for (const s of scripts) {
      expect(s).not.toMatch(/^[a-z]+:/i);
      expect(existsSync(join(chromeBuild, s))).toBe(true);
    }
    // the pages' <script src> and every import/importScripts in the bundles point inside the build
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    for (const f of files(chromeBuild)) {
      if (f.endsWith('.html')) {
        const srcs = [...readFileSync(f, 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
        for (const src of srcs) expect(src, f).not.toMatch(/^(https?:)?\/\//);
      } else if (f.endsWith('.js')) {
        const js = readFileSync(f, 'utf8');
        expect(js, f).not.toMatch(/importScripts\(\s*["'`](https?:)?\/\//);
        expect(js, f).not.toMatch(/import\(\s*["'`](https?:)?\/\//);
        expect(js, f).not.toMatch(/\bfrom\s*["'](https?:)?\/\//);
      }
    }
  });

  it('exposes no web-accessible resources to pages', () => {
    const war = manifest.web_accessible_resources as unknown[] | undefined;
    expect(war === undefined || war.length === 0).toBe(true);
  });
});
