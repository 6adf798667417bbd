import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../knowledge/index';
import { parseKnowledgeFile } from '../knowledge/load';
import { BUNDLE_PARTS, joinBundle } from '../knowledge/bundle-form';

/** The project's root folder (this file lives in lib/cli/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared evaluation data and scorers: ../shared beside the project, or NEWSLENS_SHARED. */
export function sharedDir(root = PROJECT_ROOT): string {
  return process.env.NEWSLENS_SHARED ? resolve(process.env.NEWSLENS_SHARED) : resolve(root, '../shared');
}

export class MissingKnowledgeError extends Error {}

/** The bundled knowledge file as written (its parts in public/, joined; compact until parsed). */
export function readBundledJson(root = PROJECT_ROOT): unknown {
  return joinBundle(
    BUNDLE_PARTS.map((p) => {
      const path = resolve(root, 'public', p.file);
      if (!existsSync(path))
        throw new MissingKnowledgeError(`public/${p.file} is missing: run \`npm run knowledge\` first.`);
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    }),
  );
}

/** The bundled knowledge file, indexed. */
export function loadKnowledgeIndex(root = PROJECT_ROOT): KnowledgeIndex {
  return buildKnowledgeIndex(parseKnowledgeFile(readBundledJson(root)));
}
