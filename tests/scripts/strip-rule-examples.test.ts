import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'vite';
import { stripRuleExamples } from '../../scripts/strip-rule-examples';
import { RULES } from '../../lib/engine/rules/registry';

const RULES_DIR = join(__dirname, '../../lib/engine/rules');

describe('the build drops rule examples (scripts/strip-rule-examples.ts)', () => {
  it('empties the example and the counter-example of each rule(...) row, and nothing else', () => {
    const src = [
      "import { rule, PRIORITY } from './types';",
      'export const R = [',
      "  rule('cue:x', 'Named after: ‘{cue}’', 0.9, '“It rains,” Ann Lee said.', `“It rains,” the sign said.`, PRIORITY.adjacent),",
      "  rule('name:y', 'A name', 0.8, 'Tom Berg came.', 'Tom came.'),",
      '];',
      "const other = note('a', 'b', 0.5, 'keep me', 'keep me too');",
    ].join('\n');
    const out = stripRuleExamples(src)!;
    expect(out).toContain("rule('cue:x', 'Named after: ‘{cue}’', 0.9, '', '', PRIORITY.adjacent)");
    expect(out).toContain("rule('name:y', 'A name', 0.8, '', '')");
    expect(out).toContain("note('a', 'b', 0.5, 'keep me', 'keep me too')");
    expect(() => parseAst(out, { lang: 'ts' })).not.toThrow();
  });

  it('with `says` (the reader’s build), empties the plain words too', () => {
    const out = stripRuleExamples("rule('name:y', 'A name', 0.8, 'Tom Berg came.', 'Tom came.');", true);
    expect(out).toBe("rule('name:y', '', 0.8, '', '');");
  });

  it('leaves a file without rule rows alone, and an example built from an expression', () => {
    expect(stripRuleExamples("export const x = 'a';")).toBeNull();
    expect(stripRuleExamples("rule('a:b', 's', 1, `one ${two}`, 'c');")).toBe("rule('a:b', 's', 1, `one ${two}`, '');");
  });

  it('reaches every example of the registry: no example text is left in the rule files it is run on', () => {
    const stripped = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => {
        const code = readFileSync(join(RULES_DIR, f), 'utf8');
        return stripRuleExamples(code) ?? code;
      })
      .join('\n');
    const left = RULES.flatMap((r) => [r.example, r.counter]).filter((s) => s.length > 0 && stripped.includes(s));
    expect(left).toEqual([]);
    // the words readers see stay
    for (const r of RULES) expect(stripped).toContain(`'${r.id}'`);
  });
});
