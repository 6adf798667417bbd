import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/browser-harness';

const out = join(projectRoot, '.output/firefox-mv2');

describe('the Firefox build', () => {
  it('builds, and web-ext lint reports no errors', () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: projectRoot, stdio: 'pipe' });
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
    expect(manifest.permissions).not.toContain('<all_urls>');
    let report: string;
    try {
      report = execFileSync('npx', ['web-ext', 'lint', '--source-dir', out, '--self-hosted', '--output', 'json'], {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      }).toString();
    } catch (err) {
      // web-ext exits non-zero on errors; its JSON report is still on stdout.
      report = (err as { stdout?: Buffer }).stdout?.toString() ?? '';
    }
    const result = JSON.parse(report.slice(report.indexOf('{')));
    const errors = result.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`);
    expect(errors).toEqual([]);
  });
});
