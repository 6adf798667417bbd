/**
 * Runs before `npm test` (and `npm run demo`): finds Debian's Chromium and Firefox ESR, which the
 * end-to-end tests drive. Where one is missing and this runs as root (CI, containers), it installs
 * Debian's package; otherwise it stops with the one command to run.
 *   node scripts/ensure-browsers.mjs [chromium] [firefox-esr]   (default: both)
 */
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const onPath = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

export const BROWSERS = {
  chromium: {
    env: 'CHROME_PATH',
    found: () => Boolean(process.env.CHROME_PATH) || existsSync('/usr/bin/chromium') || onPath('chromium'),
  },
  'firefox-esr': {
    env: 'FIREFOX_PATH',
    found: () =>
      Boolean(process.env.FIREFOX_PATH) || existsSync('/usr/bin/firefox-esr') || existsSync('/usr/bin/firefox'),
  },
};

const wanted = process.argv.slice(2).filter((a) => a in BROWSERS);
const names = wanted.length ? wanted : Object.keys(BROWSERS);
const missing = names.filter((n) => !BROWSERS[n].found());
if (!missing.length) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && onPath('apt-get')) {
  console.log(
    `News Lens: installing Debian's ${missing.join(' and ')} (once), which the demo and the end-to-end tests drive…`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch {
    console.error(`News Lens: apt-get could not install ${missing.join(' and ')}.`);
    process.exit(1);
  }
  const still = missing.filter((n) => !BROWSERS[n].found());
  if (!still.length) process.exit(0);
  console.error(`News Lens: ${still.join(' and ')} still not found after apt-get.`);
  process.exit(1);
}
console.error(
  `News Lens: the end-to-end tests need Debian's ${missing.join(' and ')}, which are not installed.\n` +
    `Install them with:\n\n    sudo apt-get install -y ${missing.join(' ')}\n\n` +
    `or point ${missing.map((n) => BROWSERS[n].env).join(' and ')} at the browser binaries.`,
);
process.exit(1);
