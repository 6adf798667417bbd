/**
 * How far the article reader's text agrees with @mozilla/readability's on the same pages: the words
 * (letters and digits, lower case, counted as a bag) both read, as a share of ours (precision) and of
 * Readability's (recall). Readability is no gold (it keeps captions and credits the reader drops), but a
 * page where the two part ways by much is one where one of them missed the story or read the page
 * around it: `npm run eval` reports the figure so that a change to the reader that loses half a story
 * shows. Node only (linkedom), for the eval.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readArticle } from '../article/find-article';

export interface PageAgreement {
  page: string;
  words: number;
  peerWords: number;
  common: number;
  precision: number;
  recall: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function bagOf(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of text.toLowerCase().match(WORD) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

const size = (bag: Map<string, number>) => [...bag.values()].reduce((a, b) => a + b, 0);

/** One page's agreement (each reader gets its own parse of the file: Readability changes the document). */
export function pageAgreement(file: string): PageAgreement {
  const html = readFileSync(file, 'utf8');
  const ours = bagOf(readArticle(parseHTML(html).document as unknown as Document).model.text);
  const peer = bagOf(new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? '');
  let common = 0;
  for (const [w, n] of ours) common += Math.min(n, peer.get(w) ?? 0);
  const words = size(ours);
  const peerWords = size(peer);
  return {
    page: basename(file).replace(/\.html?$/i, ''),
    words,
    peerWords,
    common,
    precision: words ? common / words : 0,
    recall: peerWords ? common / peerWords : 0,
  };
}

/** The pages' agreement, and over all their words together (F1 of the summed precision and recall). */
export function readerAgreement(files: string[]): { pages: PageAgreement[]; f1: number; lowestF1: number } {
  const pages = files.map(pageAgreement);
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const sum = (k: 'words' | 'peerWords' | 'common') => pages.reduce((n, p) => n + p[k], 0);
  const common = sum('common');
  return {
    pages,
    f1: f1(common / (sum('words') || 1), common / (sum('peerWords') || 1)),
    lowestF1: Math.min(...pages.map((p) => f1(p.precision, p.recall))),
  };
}
