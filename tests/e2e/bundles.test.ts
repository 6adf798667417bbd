/**
 * The built extension's scripts carry the engine's rules without their examples (those are for the
 * tests: scripts/strip-rule-examples.ts), and the rules themselves are all there.
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
});
