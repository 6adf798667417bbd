/**
 * Highlights per 1,000 words on the test and dev pages, with everything painted (as before the
 * quiet default) and with the quiet default:
 *   npx tsx scripts/highlight-density.ts [FILE.html ...]
 * Without files: tests/fixtures/*.html and ../shared/fixtures/dev/*.html when present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { annotateHtml } from '../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../lib/cli/project';
import { asHtmlDocument, readPage } from '../lib/read-page';
import { countWords, highlightDensity } from '../lib/highlight/density';

const root = resolve(import.meta.dirname, '..');
const htmlIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((f) => join(dir, f))
    : [];
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [...htmlIn(join(root, 'tests/fixtures')), ...htmlIn(resolve(root, '../shared/fixtures/dev'))];

const index = loadKnowledgeIndex();
const rows: string[][] = [
  ['page', 'words', 'before', 'per 1,000', 'after', 'per 1,000', 'after: people · orgs · places · quotes · figures'],
];
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const url = pathToFileURL(resolve(file)).href;
  const { document } = parseHTML(asHtmlDocument(html));
  const words = countWords(readPage(document as unknown as Document, url).model.text);
  const notes = annotateHtml(html, url, index);
  const before = highlightDensity(notes, words, { everyPlaceMention: true, allFigures: true });
  const after = highlightDensity(notes, words, { everyPlaceMention: false, allFigures: false });
  const k = after.byKind;
  rows.push([
    basename(file, '.html'),
    String(words),
    String(before.highlights),
    before.per1000.toFixed(1),
    String(after.highlights),
    after.per1000.toFixed(1),
    `${k.person} · ${k.organization} · ${k.place} · ${k.quote} · ${k.figure}`,
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows)
  console.log(`| ${r.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`);
