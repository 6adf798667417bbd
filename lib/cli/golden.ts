import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KnowledgeIndex } from '../knowledge/index';
import { toContractJson } from '../notes';
import { annotateFile } from './annotate-file';
import type { ContractJson } from './golden-diff';
import { PROJECT_ROOT } from './project';

/**
 * Golden outputs: the command line's JSON for the pages the project keeps (tests/fixtures), in
 * tests/golden/NAME.json. The golden test compares them with today's output; `npm run
 * golden:update` rewrites them. A file: url is written as the page's path in the project, so the
 * files do not depend on where the project sits.
 */

export const GOLDEN_INPUT_DIRS = ['tests/fixtures'];
export const GOLDEN_DIR = 'tests/golden';
const INPUT = /\.(html?|txt)$/i;

export interface GoldenCase {
  /** The input's path in the project ("tests/fixtures/seed-article.html"). */
  input: string;
  /** The golden file's path in the project ("tests/golden/seed-article.html.json"). */
  golden: string;
}

const posix = (p: string) => p.split(sep).join('/');

export function goldenCases(root = PROJECT_ROOT): GoldenCase[] {
  const out: GoldenCase[] = [];
  for (const dir of GOLDEN_INPUT_DIRS) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs)
      .filter((n) => INPUT.test(n))
      .sort())
      out.push({ input: posix(join(dir, name)), golden: posix(join(GOLDEN_DIR, `${name}.json`)) });
  }
  return out;
}

/** Golden files with no input any more. */
export function staleGoldenFiles(root = PROJECT_ROOT): string[] {
  const abs = join(root, GOLDEN_DIR);
  if (!existsSync(abs)) return [];
  const live = new Set(goldenCases(root).map((c) => basename(c.golden)));
  return readdirSync(abs)
    .filter((n) => n.endsWith('.json') && !live.has(n))
    .map((n) => posix(join(GOLDEN_DIR, n)));
}

/** Today's output for a case, as the golden file holds it. */
export function currentGolden(c: GoldenCase, index: KnowledgeIndex, root = PROJECT_ROOT): ContractJson {
  const json = toContractJson(annotateFile(join(root, c.input), index));
  const base = `${pathToFileURL(root).href}/`;
  return { ...json, url: json.url?.startsWith(base) ? json.url.slice(base.length) : json.url };
}

export function readGolden(c: GoldenCase, root = PROJECT_ROOT): ContractJson | null {
  const abs = join(root, c.golden);
  return existsSync(abs) ? (JSON.parse(readFileSync(abs, 'utf8')) as ContractJson) : null;
}

export const goldenText = (json: ContractJson) => `${JSON.stringify(json, null, 2)}\n`;
