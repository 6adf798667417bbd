/**
 * Runs `wxt` with the given arguments. On a terminal its output is left as it is; piped into a
 * log (CI, `npm test > log`), its spinner frames, cursor and colour codes are dropped so the log
 * reads as plain lines: WXT's spinner writes them whatever stdout is.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { plainLine } from './plain-output.mjs';

const wxtBin = fileURLToPath(new URL('../node_modules/wxt/bin/wxt.mjs', import.meta.url));
const args = process.argv.slice(2);
const plain = !process.stdout.isTTY;

const child = spawn(process.execPath, [wxtBin, ...args], {
  stdio: ['inherit', plain ? 'pipe' : 'inherit', 'inherit'],
  env: plain ? { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } : process.env,
});
if (plain) {
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const text = plainLine(line);
      if (text.trim() || !line.includes('\r')) process.stdout.write(`${text}\n`);
    }
  });
  child.stdout.on('end', () => {
    const text = plainLine(pending);
    if (text.trim()) process.stdout.write(`${text}\n`);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
