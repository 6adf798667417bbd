/**
 * The article reader on made-up pages of many shapes (tests/fixtures/reader-shapes/): for each page,
 * how far its words agree with @mozilla/readability's (lib/cli/reader-agreement.ts), and which of the
 * page's expected sentences (NAME.expect.json: `read`, the story; `notRead`, the furniture) each reader
 * gets right. `npx tsx scripts/reader-shapes.ts [--text NAME]` (--text: print both readers' text of one page).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readersText, textAgreement } from '../lib/cli/reader-agreement';

const DIR = join(import.meta.dirname, '../tests/fixtures/reader-shapes');

interface Expectation {
  shape: string;
  read: string[];
  notRead: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The expectation's sentences a text gets wrong: story not read, furniture read. */
export function misses(text: string, exp: Expectation): string[] {
  const t = squash(text);
  return [
    ...exp.read.filter((s) => !t.includes(s)).map((s) => `lost: ${s}`),
    ...exp.notRead.filter((s) => t.includes(s)).map((s) => `took: ${s}`),
  ];
}

const args = process.argv.slice(2);
const only = args[args.indexOf('--text') + 1];
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
let ourMisses = 0;
let peerMisses = 0;
for (const file of pages) {
  const name = file.replace(/\.html$/, '');
  const exp = JSON.parse(readFileSync(join(DIR, `${name}.expect.json`), 'utf8')) as Expectation;
  const { ours, peer } = readersText(readFileSync(join(DIR, file), 'utf8'));
  if (args.includes('--text')) {
    if (name !== only) continue;
    console.log(`--- ours\n${ours}\n--- readability\n${peer}`);
  }
  const a = textAgreement(name, ours, peer);
  const f1 = a.words + a.peerWords ? (2 * a.common) / (a.words + a.peerWords) : 0;
  const mine = misses(ours, exp);
  const theirs = misses(peer, exp);
  ourMisses += mine.length;
  peerMisses += theirs.length;
  console.log(
    `${name.padEnd(20)} f1 ${f1.toFixed(3)}  words ${a.words}/${a.peerWords}  ours ${mine.length} wrong, readability ${theirs.length} wrong`,
  );
  for (const m of mine) console.log(`   ours        ${m}`);
  for (const m of theirs) console.log(`   readability ${m}`);
}
console.log(`${pages.length} pages: ours ${ourMisses} wrong, readability ${peerMisses} wrong`);
