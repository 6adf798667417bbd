/**
 * Firefox for the end-to-end tests, driven over WebDriver BiDi (the protocol Firefox speaks
 * natively; playwright-core's Firefox needs a patched build, and its BiDi mode asks this ESR for
 * commands it lacks). The built Firefox zip is installed as a temporary add-on with
 * `webExtension.install`, so it runs unsigned, exactly as built.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox to test with: FIREFOX_PATH, or Debian's firefox-esr. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

// Quiet, offline profile: no updates, telemetry, studies, remote settings or first-run pages.
const PREFS: Record<string, string | number | boolean> = {
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'remote.prefs.recommended': true,
};

type Json = Record<string, unknown>;

export interface FirefoxSession {
  /** A BiDi command; rejects with the error Firefox returns. */
  send<T = Json>(method: string, params?: Json): Promise<T>;
  /** The first top-level browsing context (a tab). */
  context: string;
  /** Evaluates an expression in the tab's page and returns its value (strings, numbers, null). */
  evaluate(expression: string): Promise<unknown>;
  /**
   * Runs `fn(root, arg)` (a function's source) in a sandbox of the tab's page, with the
   * extension's closed shadow root (null when there is none), and returns its value as JSON.
   * WebDriver BiDi hands closed shadow roots to the test (`includeShadowTree: 'all'`); the page
   * itself cannot reach them.
   */
  lensEvaluate<R = unknown>(fn: string, arg?: unknown): Promise<R>;
  navigate(url: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts Firefox headless with a fresh profile, opens a BiDi session and installs `xpi` (a zip). */
export async function launchFirefoxWithExtension(xpi: string): Promise<FirefoxSession> {
  const firefox = findFirefox();
  if (!firefox)
    throw new Error(`no Firefox: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH`);
  const profile = mkdtempSync(join(tmpdir(), 'news-lens-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const child: ChildProcess = spawn(
    firefox,
    ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`Firefox did not open WebDriver BiDi in 60 s:\n${err.slice(-2000)}`)),
      60_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) =>
      reject(new Error(`Firefox exited (${code}) before BiDi was ready:\n${err.slice(-2000)}`)),
    );
  });
  const ws = new WebSocket(`${url.replace(/\/$/, '')}/session`);
  await new Promise((ok, fail) => ws.once('open', ok).once('error', fail));
  let nextId = 1;
  const pending = new Map<number, { ok: (v: Json) => void; fail: (e: Error) => void }>();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as {
      id?: number;
      type: string;
      result?: Json;
      error?: string;
      message?: string;
    };
    if (msg.id === undefined) return; // events
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.type === 'success') p?.ok(msg.result ?? {});
    else p?.fail(new Error(`${msg.error}: ${msg.message}`));
  });
  const send = <T = Json>(method: string, params: Json = {}): Promise<T> =>
    new Promise<T>((ok, fail) => {
      const id = nextId++;
      pending.set(id, { ok: ok as (v: Json) => void, fail });
      ws.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'archivePath', path: xpi } });
  const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  const context =
    tree.contexts[0]?.context ?? (await send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;

  const session: FirefoxSession = {
    send,
    context,
    async evaluate(expression) {
      const r = await send<{
        type: string;
        result?: { type: string; value?: unknown };
        exceptionDetails?: { text: string };
      }>('script.evaluate', {
        expression,
        target: { context },
        awaitPromise: true,
      });
      if (r.type === 'exception') throw new Error(`page threw: ${r.exceptionDetails?.text}`);
      return r.result?.value ?? null;
    },
    async lensEvaluate<R>(fn: string, arg?: unknown): Promise<R> {
      const target = { context, sandbox: 'news-lens-test-probe' };
      type Remote = { type: string; sharedId?: string; value?: { shadowRoot?: Remote | null } };
      const found = await send<{ type: string; result?: Remote; exceptionDetails?: { text: string } }>(
        'script.evaluate',
        {
          expression: `document.querySelector('[data-news-lens]')`,
          target,
          awaitPromise: false,
          serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
        },
      );
      const rootId = found.result?.value?.shadowRoot?.sharedId;
      const r = await send<{
        type: string;
        result?: { type: string; value?: unknown };
        exceptionDetails?: { text: string };
      }>('script.callFunction', {
        functionDeclaration: `(root, arg) => JSON.stringify((${fn})(root, arg === undefined ? undefined : JSON.parse(arg)) ?? null)`,
        arguments: [
          rootId ? { sharedId: rootId } : { type: 'null' },
          arg === undefined ? { type: 'undefined' } : { type: 'string', value: JSON.stringify(arg) },
        ],
        target,
        awaitPromise: true,
      });
      if (r.type === 'exception') throw new Error(`page threw: ${r.exceptionDetails?.text}`);
      return JSON.parse(String(r.result?.value ?? 'null')) as R;
    },
    async navigate(to) {
      await send('browsingContext.navigate', { context, url: to, wait: 'complete' });
    },
    async screenshot(path) {
      const { data } = await send<{ data: string }>('browsingContext.captureScreenshot', { context });
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    async close() {
      await send('browser.close').catch(() => undefined);
      ws.close();
      await new Promise((ok) => {
        if (child.exitCode !== null) ok(null);
        else child.once('exit', ok);
        setTimeout(() => {
          child.kill('SIGKILL');
          ok(null);
        }, 10_000);
      });
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}
