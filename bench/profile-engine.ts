/**
 * A fixed amount of engine work for instruction counts and CPU profiles (issue 14):
 *   node --import tsx bench/profile-engine.ts seed|conll [repeats]
 *   valgrind --tool=none --trace-children=no node --import tsx bench/profile-engine.ts conll 1
 * Runs extractFindings + annotatePage over the seed article or every CoNLL dev document, each run
 * meeting the text as a new page (the remembered names forgotten first), as the bench does.
 */
import './jitless';
import { extractFindings } from '../lib/engine/extract';
import { annotatePage } from '../lib/annotate-page';
import { buildKnowledgeIndex } from '../lib/knowledge/index';
import { parseKnowledgeFile } from '../lib/knowledge/load';
import { forgetNames } from '../lib/knowledge/normalize';
import { readBundledJson } from '../lib/cli/project';
import { loadConllTexts, loadTexts } from './corpus';

const META = { url: null, title: null, publishedAt: null, site: null };
const which = process.argv[2] ?? 'seed';
const repeats = Number(process.argv[3] ?? 1);
const index = buildKnowledgeIndex(parseKnowledgeFile(readBundledJson()));
const texts = which === 'conll' ? loadConllTexts() : [(await loadTexts()).seed];
let n = 0;
for (let r = 0; r < repeats; r++)
  for (const text of texts) {
    forgetNames();
    index.forgetRecent();
    const page = annotatePage({ text, findings: extractFindings(text), meta: META }, index);
    n += page.notes.actors.length + page.notes.claims.length;
  }
console.log(which, texts.length, 'texts x', repeats, '->', n);
