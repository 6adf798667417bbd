/**
 * The command line tool: runs the extension's own lib/ code over a page in Node.
 *   npm run annotate -- <file.html | file.txt | http(s) URL> [--json]
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { readPage } from '../lib/read-page';
import { extractFindings } from '../lib/extract/index';
import { annotatePage } from '../lib/annotate-page';
import { buildKnowledgeIndex } from '../lib/knowledge/index';
import { parseKnowledgeFile } from '../lib/knowledge/load';
import { toContractJson, type PageNotes } from '../lib/notes';
import { formatNotesTable } from '../lib/format-notes';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const target = args.find((a) => !a.startsWith('--'));
  if (!target) {
    console.error('usage: npm run annotate -- <file.html | file.txt | http(s) URL> [--json]');
    process.exit(2);
  }
  const knowledgePath = resolve(root, 'public/knowledge.json');
  if (!existsSync(knowledgePath)) {
    console.error('public/knowledge.json is missing: run `npm run knowledge` first.');
    process.exit(2);
  }
  const index = buildKnowledgeIndex(parseKnowledgeFile(JSON.parse(readFileSync(knowledgePath, 'utf8'))));

  let notes: PageNotes;
  if (/^https?:\/\//i.test(target)) {
    const res = await fetch(target);
    if (!res.ok) throw new Error(`${target}: HTTP ${res.status}`);
    notes = annotateHtml(await res.text(), target, index);
  } else {
    const path = resolve(target);
    const body = readFileSync(path, 'utf8');
    notes = /\.txt$/i.test(path) ? annotateText(body, index) : annotateHtml(body, pathToFileURL(path).href, index);
  }
  if (json) process.stdout.write(`${JSON.stringify(toContractJson(notes), null, 2)}\n`);
  else process.stdout.write(formatNotesTable(notes));
}

function annotateHtml(html: string, url: string, index: ReturnType<typeof buildKnowledgeIndex>): PageNotes {
  const { document } = parseHTML(html);
  const { model, meta, findings } = readPage(document as unknown as Document, url);
  return annotatePage({ text: model.text, findings, meta }, index).notes;
}

/** A plain article: one paragraph a line. */
function annotateText(body: string, index: ReturnType<typeof buildKnowledgeIndex>): PageNotes {
  const text = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  const meta = { url: null, title: null, publishedAt: null, site: null };
  return annotatePage({ text, findings: extractFindings(text), meta }, index).notes;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
