import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../lib/knowledge/packs';

// The example the README and the options page point to must import as it is.
describe('docs/example-pack.json', () => {
  it('is a valid pack', () => {
    const text = readFileSync(join(__dirname, '../../docs/example-pack.json'), 'utf8');
    const check = checkPack(text);
    expect(check.ok ? [] : check.problems).toEqual([]);
  });
});
