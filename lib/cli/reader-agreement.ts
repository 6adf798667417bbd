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

/**
 * Both readers' text of one page (each reader gets its own parse: Readability changes the document).
 * Readability gives the title apart from the text: it is put first, as the reader reads the headline,
 * unless the text holds it already.
 */
export function readersText(html: string): { ours: string; peer: string } {
  const peer = new Readability(parseHTML(html).document as unknown as Document).parse();
  const text = peer?.textContent ?? '';
  const title = peer?.title?.trim() ?? '';
  return {
    ours: readArticle(parseHTML(html).document as unknown as Document).model.text,
    peer: title && !text.includes(title) ? `${title}\n${text}` : text,
  };
}

/** The agreement of two texts' words. */
export function textAgreement(page: string, oursText: string, peerText: string): PageAgreement {
  const ours = bagOf(oursText);
  const peer = bagOf(peerText);
  let common = 0;
  for (const [w, n] of ours) common += Math.min(n, peer.get(w) ?? 0);
  const words = size(ours);
  const peerWords = size(peer);
  return {
    page,
    words,
    peerWords,
    common,
    precision: words ? common / words : 0,
    recall: peerWords ? common / peerWords : 0,
  };
}

/** One page's agreement. */
export function pageAgreement(file: string): PageAgreement {
  const { ours, peer } = readersText(readFileSync(file, 'utf8'));
  return textAgreement(basename(file).replace(/\.html?$/i, ''), ours, peer);
}

/** F1 of an agreement's precision and recall: the words in common against both readers' words. */
const f1Of = (common: number, words: number, peerWords: number) =>
  words + peerWords ? (2 * common) / (words + peerWords) : 0;

/** The pages' agreement: each page's, over all their words together, and the page that agrees least. */
export function readerAgreement(files: string[]): {
  pages: PageAgreement[];
  common: number;
  words: number;
  peerWords: number;
  f1: number;
  lowest: PageAgreement;
  lowestF1: number;
} {
  const pages = files.map(pageAgreement);
  const sum = (k: 'words' | 'peerWords' | 'common') => pages.reduce((n, p) => n + p[k], 0);
  const [common, words, peerWords] = [sum('common'), sum('words'), sum('peerWords')];
  const pageF1 = (p: PageAgreement) => f1Of(p.common, p.words, p.peerWords);
  const lowest = pages.reduce((a, b) => (pageF1(a) <= pageF1(b) ? a : b));
  return { pages, common, words, peerWords, f1: f1Of(common, words, peerWords), lowest, lowestF1: pageF1(lowest) };
}
