import { extractFindings } from '../lib/engine/extract';
import { annotatePage } from '../lib/annotate-page';
import { buildKnowledgeIndex } from '../lib/knowledge/index';
import { parseKnowledgeFile } from '../lib/knowledge/load';
import { forgetNames } from '../lib/knowledge/normalize';
import { readBundledJson } from '../lib/cli/project';
import { loadConllTexts, loadTexts } from './corpus';
const META = { url: null, title: null, publishedAt: null, site: null };
const index = buildKnowledgeIndex(parseKnowledgeFile(readBundledJson()));
const texts = loadConllTexts();
const seed=(await loadTexts()).seed;
function run(text:string){forgetNames();index.forgetRecent();const t0=performance.now();const f=extractFindings(text);const t1=performance.now();annotatePage({text,findings:f,meta:META},index);const t2=performance.now();return [t1-t0,t2-t1];}
for(let w=0;w<5;w++){for(const t of texts)run(t);run(seed);}
const tiny="Officials said on Monday that the bridge would open.";
for (const [name,t] of [["tiny",tiny],["seed",seed],["empty","Hello."]] as const){let a=0,b=0;const N=300;for(let i=0;i<N;i++){const [x,y]=run(t);a+=x;b+=y;}console.log(name,t.split(/\s+/).length,'words extract',(a/N).toFixed(3),'resolve',(b/N).toFixed(3));}
let A=0,B=0,W=0;for(let r=0;r<3;r++)for(const t of texts){const [x,y]=run(t);A+=x;B+=y;W+=t.split(/\s+/).length;}
console.log('conll docs',texts.length,'avg words',(W/3/texts.length).toFixed(0),'extract/doc',(A/3/texts.length).toFixed(3),'resolve/doc',(B/3/texts.length).toFixed(3));
