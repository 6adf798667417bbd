import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFindings } from '../lib/engine/extract';
import { annotatePage } from '../lib/annotate-page';
import { buildKnowledgeIndex } from '../lib/knowledge/index';
import { parseKnowledgeFile } from '../lib/knowledge/load';
import { forgetNames } from '../lib/knowledge/normalize';
import { ROOT, assemble, loadTexts } from './corpus';
const META = { url: null, title: null, publishedAt: null, site: null };
const { seed, pages } = await loadTexts();
const long = assemble(
  pages.map((p) => p.text),
  20_000,
);
const index = buildKnowledgeIndex(
  parseKnowledgeFile(JSON.parse(readFileSync(join(ROOT, 'public/knowledge.json'), 'utf8'))),
);
const text = process.env.PROF_TEXT === 'seed' ? seed : long;
const t0 = performance.now();
for (let i = 0; i < Number(process.env.N ?? 60); i++) {
  forgetNames();
  index.forgetRecent();
  annotatePage({ text, findings: extractFindings(text), meta: META }, index);
}
console.log('ms/run', (performance.now() - t0) / Number(process.env.N ?? 60));
