import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../knowledge/index';
import { parseKnowledgeFile } from '../knowledge/load';

/** The project's root folder (this file lives in lib/cli/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared evaluation data and scorers: ../shared beside the project, or NEWSLENS_SHARED. */
export function sharedDir(root = PROJECT_ROOT): string {
  return process.env.NEWSLENS_SHARED ? resolve(process.env.NEWSLENS_SHARED) : resolve(root, '../shared');
}

export class MissingKnowledgeError extends Error {}

/** The bundled knowledge file, indexed: built once per process. */
export function loadKnowledgeIndex(root = PROJECT_ROOT): KnowledgeIndex {
  const path = resolve(root, 'public/knowledge.json');
  if (!existsSync(path))
    throw new MissingKnowledgeError('public/knowledge.json is missing: run `npm run knowledge` first.');
  return buildKnowledgeIndex(parseKnowledgeFile(JSON.parse(readFileSync(path, 'utf8'))));
}
