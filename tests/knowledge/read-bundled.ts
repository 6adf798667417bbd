import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandBundle } from '../../lib/knowledge/bundle-form';

/** public/knowledge.json in full form, as the loader restores it (the build writes it compact). */
export function readBundledKnowledge(): unknown {
  const json: unknown = JSON.parse(readFileSync(join(__dirname, '../../public/knowledge.json'), 'utf8'));
  expandBundle(json);
  return json;
}
