/**
 * Security: the store packages read the news sites only. `npm run zip` packs WXT's "store" mode,
 * whose manifests name no test host (localhost, 127.0.0.1) in host permissions or content-script
 * matches; the test build (`npm run build`, used by these tests and the demo) keeps them; and
 * packing any other mode is refused. The store packages are made here with WXT's own zip() into
 * a temporary directory (nothing in .output is touched), and read back from the zip files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { chromeBuild, projectRoot } from '../../scripts/browser-harness';
import { NEVER_READ_PAGES, NEWS_SITES, STORE_MODE, TEST_HOSTS, testHostsIn } from '../../lib/sites';

type Manifest = {
  host_permissions?: string[];
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; exclude_matches?: string[] }[];
};

/** One file of a zip archive (stored or deflated), found through the central directory. */
function readZipEntry(zip: Buffer, name: string): Buffer {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const entry = zip.toString('utf8', p + 46, p + 46 + nameLen);
    if (entry === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${name}: compression method ${method}`);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} is not in the zip`);
}

/**
 * Runs WXT's zip() (what `wxt zip` runs) with an inline config, in a Node of its own; returns the
 * zip files it left in the config's outDir, and the error it ended with, if any.
 */
function wxtZip(config: { outDir: string } & Record<string, unknown>): { zips: string[]; error: string | null } {
  const script = `import { zip } from 'wxt'; await zip(${JSON.stringify(config)});`;
  let error: string | null = null;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: projectRoot,
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string };
    error = `${e.stderr ?? ''}${e.stdout ?? ''}${e.message}`;
  }
  const zips = existsSync(config.outDir)
    ? readdirSync(config.outDir)
        .filter((f) => f.endsWith('.zip'))
        .map((f) => join(config.outDir, f))
    : [];
  return { zips, error };
}

const hostsOf = (m: Manifest) => [
  ...(m.host_permissions ?? []),
  ...(m.permissions ?? []).filter((p) => p.includes('://')),
];
const matchesOf = (m: Manifest) => (m.content_scripts ?? []).flatMap((c) => c.matches ?? []);

let dir: string;
const store: Record<'chrome' | 'firefox', Manifest> = {} as never;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-lens-store-'));
  for (const browser of ['chrome', 'firefox'] as const) {
    const { zips, error } = wxtZip({
      mode: STORE_MODE,
      browser,
      outDir: join(dir, browser),
      zip: { zipSources: false },
    });
    if (error) throw new Error(`the store build for ${browser} failed: ${error}`);
    const extensionZip = zips.find((z) => !z.includes('-sources'));
    if (!extensionZip) throw new Error(`no zip for ${browser} in ${JSON.stringify(zips)}`);
    store[browser] = JSON.parse(readZipEntry(readFileSync(extensionZip), 'manifest.json').toString('utf8')) as Manifest;
  }
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('security: hosts in the store build and the test build', () => {
  it('`npm run zip` packs the store mode, for both browsers', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const zips = pkg.scripts.zip
      .split('&&')
      .map((s) => s.trim())
      .filter((s) => /^wxt zip\b/.test(s));
    expect(zips.length).toBe(2);
    for (const cmd of zips) expect(cmd).toMatch(new RegExp(`--mode ${STORE_MODE}\\b`));
    expect(zips.some((c) => /-b firefox\b/.test(c))).toBe(true);
  });

  for (const browser of ['chrome', 'firefox'] as const)
    it(`the ${browser} store package names no test host, and reads exactly the news sites`, () => {
      const m = store[browser];
      expect(testHostsIn(m)).toEqual([]);
      expect(new Set(hostsOf(m))).toEqual(new Set(NEWS_SITES));
      expect(new Set(matchesOf(m))).toEqual(new Set(NEWS_SITES));
      for (const c of m.content_scripts ?? []) expect(new Set(c.exclude_matches)).toEqual(new Set(NEVER_READ_PAGES));
      expect(JSON.stringify(m)).not.toContain('<all_urls>');
    });

  it('the test build (npm run build: the e2e tests and the demo) keeps localhost and 127.0.0.1', () => {
    const m = JSON.parse(readFileSync(join(chromeBuild, 'manifest.json'), 'utf8')) as Manifest;
    for (const host of TEST_HOSTS) {
      expect(hostsOf(m)).toContain(host);
      expect(matchesOf(m)).toContain(host);
    }
    expect(new Set(hostsOf(m))).toEqual(new Set([...NEWS_SITES, ...TEST_HOSTS]));
  });

  it('packing a build of any other mode is refused', () => {
    const { zips, error } = wxtZip({
      mode: 'production',
      browser: 'chrome',
      outDir: join(dir, 'refused'),
      zip: { zipSources: false },
    });
    expect(error).toContain('only the store build is packed');
    expect(zips).toEqual([]);
  });
});
