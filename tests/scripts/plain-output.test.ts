import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, no types
import { plainLine } from '../../scripts/plain-output.mjs';

describe('build output piped into a log', () => {
  it('keeps what a terminal shows last of a spinner line, without cursor and colour codes', () => {
    const spun =
      '\x1b[?25l\r\x1b[36m⠋\x1b[39m Preparing...\x1b[K\r\x1b[36m⠙\x1b[39m [1/5] annotator\x1b[K\r\x1b[K\x1b[?25h\r\x1b[K\x1b[?25h✔ Built extension in 1.2 s';
    expect(plainLine(spun)).toBe('✔ Built extension in 1.2 s');
  });
  it('leaves a plain line as it is, and strips colours from a coloured one', () => {
    expect(plainLine('  .output/chrome-mv3/manifest.json  5.10 kB')).toBe(
      '  .output/chrome-mv3/manifest.json  5.10 kB',
    );
    expect(plainLine('WXT \x1b[1m\x1b[90m0.21.4\x1b[39m\x1b[22m')).toBe('WXT 0.21.4');
  });
});
