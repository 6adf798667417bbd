/**
 * Rewrites the golden outputs (tests/golden/*.json: the command line's JSON for tests/fixtures)
 * and prints what moved, page by page: actors added, removed and retyped, claims added and
 * removed, speakers changed.
 *   npm run golden:update            rewrite, and print the diff
 *   npm run golden:update -- --check print the diff only; exit 1 when a golden file would change
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { countNotesDiff, diffNotes, formatNotesDiff, isEmptyDiff } from '../lib/cli/golden-diff';
import { currentGolden, goldenCases, goldenText, readGolden, staleGoldenFiles } from '../lib/cli/golden';
import { loadKnowledgeIndex, PROJECT_ROOT } from '../lib/cli/project';

const check = process.argv.includes('--check');
const index = loadKnowledgeIndex();
let changed = 0;
let added = 0;
const cases = goldenCases();
for (const c of cases) {
  const now = currentGolden(c, index);
  const before = readGolden(c);
  const path = join(PROJECT_ROOT, c.golden);
  if (!before) {
    added++;
    console.log(`${c.golden}: new (${now.actors.length} actors, ${now.claims.length} claims)`);
  } else {
    const d = diffNotes(before, now);
    if (isEmptyDiff(d) && goldenText(before) === goldenText(now)) {
      console.log(`${c.golden}: unchanged`);
      continue;
    }
    changed++;
    console.log(`${c.golden}: ${isEmptyDiff(d) ? 'order or formatting only' : countNotesDiff(d)}`);
    if (!isEmptyDiff(d)) console.log(formatNotesDiff(d).replace(/^/gm, '    '));
  }
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, goldenText(now));
  }
}
const stale = staleGoldenFiles();
for (const s of stale) {
  console.log(`${s}: its page is gone${check ? '' : ', removed'}`);
  if (!check) rmSync(join(PROJECT_ROOT, s));
}
const verb = check ? 'would change' : 'rewritten';
console.log(
  `\n${cases.length} pages: ${changed} ${verb}, ${added} new, ${stale.length} stale, ${cases.length - changed - added} unchanged`,
);
if (check && changed + added + stale.length) process.exitCode = 1;
