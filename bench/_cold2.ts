import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { parseHTML } from 'linkedom';
import { readArticle } from '../lib/article/find-article';
import { ROOT, SEED_HTML } from './corpus';
const { document } = parseHTML(readFileSync(SEED_HTML, 'utf8'));
const text = readArticle(document as unknown as Document).model.text;
const META = { url: null, title: null, publishedAt: null, site: null };
const { buildKnowledgeIndex } = await import('../lib/knowledge/index');
const { parseKnowledgeFile } = await import('../lib/knowledge/load');
const index = buildKnowledgeIndex(
  parseKnowledgeFile(JSON.parse(readFileSync(join(ROOT, 'public/knowledge.json'), 'utf8'))),
);
const { extractFindings } = await import('../lib/engine/extract');
const { annotatePage } = await import('../lib/annotate-page');
const s = new Session();
s.connect();
await s.post('Profiler.enable');
await s.post('Profiler.setSamplingInterval', { interval: 50 });
await s.post('Profiler.start');
const a = performance.now();
const f = extractFindings(text);
const b = performance.now();
annotatePage({ text, findings: f, meta: META }, index);
const c = performance.now();
const { profile } = await s.post('Profiler.stop');
writeFileSync('/tmp/s/cold.cpuprofile', JSON.stringify(profile));
console.log(`${(b - a).toFixed(1)}+${(c - b).toFixed(1)}`);
