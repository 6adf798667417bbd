/**
 * The built extension's scripts carry the engine's rules without their examples (those are for the
 * tests: scripts/strip-rule-examples.ts), and the rules themselves are all there; the reader goes
 * without their plain words too, which only the cards and the popup show.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromeBuild } from '../../scripts/browser-harness';
import { RULES } from '../../lib/engine/rules/registry';

describe('the built bundles', () => {
  for (const file of ['reader.js', 'background.js'])
    it(`${file} holds every rule id and none of the rules' example sentences`, () => {
      const code = readFileSync(join(chromeBuild, file), 'utf8');
      expect(RULES.filter((r) => !code.includes(r.id)).map((r) => r.id)).toEqual([]);
      // examples are sentences; the few short ones could be words the engine holds anyway
      const examples = RULES.flatMap((r) => [r.example, r.counter]).filter((s) => s.length >= 40);
      expect(examples.length).toBeGreaterThan(100);
      expect(examples.filter((s) => code.includes(s))).toEqual([]);
    });

  it('the reader borrows the content script’s webextension-polyfill instead of carrying its own', () => {
    const marker = 'This script should only be loaded in a browser extension';
    expect(readFileSync(join(chromeBuild, 'content-scripts/annotator.js'), 'utf8')).toContain(marker);
    expect(readFileSync(join(chromeBuild, 'reader.js'), 'utf8')).not.toContain(marker);
  });

  it("the reader goes without the rules' plain words; the cards' bundle, which shows them, keeps them", () => {
    // (plain words long enough not to be the engine's own strings)
    const says = [...new Set(RULES.map((r) => r.says))].filter((s) => s.length >= 40 && !s.includes('{'));
    expect(says.length).toBeGreaterThan(50);
    const reader = readFileSync(join(chromeBuild, 'reader.js'), 'utf8');
    expect(says.filter((s) => reader.includes(s))).toEqual([]);
    const cards = readFileSync(join(chromeBuild, 'card-ui.js'), 'utf8');
    expect(says.filter((s) => !cards.includes(s))).toEqual([]);
  });
});
