import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * lib/words/sets.ts and lists.ts build each word class at the module's top level. Marked `@__PURE__`, a class no
 * code in a bundle reads is dropped with its data file (the page's reader then carries only the lists
 * that extracting reads). A class built by a call without the mark would ride along in every bundle.
 */
describe('word classes built at the top level', () => {
  it('are each marked pure, so bundles that never read them leave them out', () => {
    const src = ['sets.ts', 'lists.ts']
      .map((f) => readFileSync(join(__dirname, '../../lib/words', f), 'utf8'))
      .join('\n');
    const built = src
      .split('\n')
      .filter((l) =>
        /^export const [A-Z_]+(?::[^=]+)? = (?:\/\*.*?\*\/ )?(?:set\(|wholeWords\(|new (?:RegExp|Map|Set)\()/.test(l),
      );
    expect(built.length).toBeGreaterThan(50);
    const unmarked = built.filter((l) => !l.includes('/* @__PURE__ */'));
    expect(unmarked).toEqual([]);
  });
});
