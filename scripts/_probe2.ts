import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPage } from '../lib/read-page';
import { annotatePage } from '../lib/annotate-page';
import { buildKnowledgeIndex } from '../lib/knowledge/index';
import { parseKnowledgeFile } from '../lib/knowledge/load';
import { PageFindingsMessage, AnnotatedPage } from '../lib/messages';
const local = readFileSync('tests/fixtures/seed-article.html', 'utf8');
const body = local.slice(local.indexOf('<div class="article-body"'), local.indexOf('<section class="comments"'));
const paras = [...body.matchAll(/<p>[\s\S]*?<\/p>/g)].map((m) => m[0]);
for (const target of [20000, 50000]) {
let big = ''; let words = 0; let i = 0;
while (words < target) { const p = paras[i++ % paras.length]; big += p; words += p.split(/\s+/).length; }
const { document } = parseHTML(`<html><body><article><h1>Big</h1>${big}</article></body></html>`);
let t = performance.now();
const r = readPage(document as any, 'http://x/');
console.log(target, 'words; read+extract', Math.round(performance.now() - t), 'ms', r.model.text.length);
const index = buildKnowledgeIndex(parseKnowledgeFile(JSON.parse(readFileSync('public/knowledge.json', 'utf8'))));
t = performance.now();
PageFindingsMessage.parse({ type: 'page-findings', meta: r.meta, text: r.model.text, findings: r.findings });
console.log('zod findings', Math.round(performance.now() - t));
t = performance.now();
const page = annotatePage({ text: r.model.text, findings: r.findings, meta: r.meta }, index);
console.log('resolve', Math.round(performance.now() - t), 'ms; actors', page.notes.actors.length, 'claims', page.notes.claims.length, 'json', JSON.stringify(page).length);
t = performance.now();
AnnotatedPage.parse(page);
console.log('zod page', Math.round(performance.now() - t));
}
