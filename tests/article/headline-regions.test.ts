/**
 * Headlines and captions, as the page's markup marks them (TextModel.regions), are passed to the engine
 * (lib/read-page.ts, lib/text/chunked.ts, extractFindings' `regions`): a Title Case headline's capitals
 * prove nothing there, whatever its commas and stops, so its words become actors only as a known name or a
 * name the body gives; a bare title in it ("Prime Minister makes five pledges") is the body's office
 * holder. Markup in the shapes real CMSs write (US Title Case and UK sentence case), text made up.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { annotateHtml } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';
import { readArticle } from '../../lib/article/find-article';
import { furnitureCut } from '../../lib/article/furniture';
import { extractFindings } from '../../lib/engine/extract';
import { extractFindingsSliced, extractPartsSliced, regionsIn } from '../../lib/text/chunked';

const index = loadKnowledgeIndex();
const META = '<meta property="article:published_time" content="2016-05-10T08:00:00Z">';

const BODY = `<p>DUNMORE — Prime Minister Ann Lee set out five pledges on Monday as voters in the harbour towns of Dunmore and Kells prepared to go to the polls.</p>
<p>“We will build the new bridge,” Ms. Lee told supporters at the harbour. The prime minister said the vote would be close.</p>
<p>Her rival, Colm Daly, said the pledges came too late for the towns along the coast.</p>`;

/** A US paper's story page: a Title Case headline (with a comma), a summary, a caption with its credit. */
const usPage = (headline: string) =>
  `<!doctype html><html><head><title>x</title>${META}</head><body><article id="story"><header><h1 class="css-88wicj e1h9rw200" data-testid="headline" itemprop="headline">${headline}</h1><p id="article-summary" class="css-w6ymp8 e1wiw3jv0">The prime minister made her case on the eve of the vote.</p></header><figure class="css-1a48zt4"><div><img src="a.jpg" alt=""></div><figcaption class="css-1l44abu"><span class="css-16f3y1r e13ogyst0">Ann Lee at a rally in Dunmore on Monday.</span><span class="css-cnj6d5 e1z0qqy90"><span class="css-1ly73wi">Credit...</span><span>Tom Berg for The Daily Star</span></span></figcaption></figure><section name="articleBody"><div class="StoryBodyCompanionColumn"><div class="css-53u6y8">${BODY}</div></div></section></article></body></html>`;

/** A UK paper's page: a sentence-case headline opening with a bare title, a standfirst, a Title Case caption. */
const ukPage = (headline: string, crosshead = '') =>
  `<!doctype html><html><head><title>x</title>${META}</head><body><main><article><div class="dcr-headline"><h1 class="dcr-1ln7wdk">${headline}</h1></div><div class="dcr-standfirst"><p>Ann Lee sets out bridge, rail and port plans on the eve of the vote</p></div><figure class="dcr-1hb9o2w"><picture><img src="a.jpg" alt=""></picture><figcaption class="dcr-caption"><span>Ann Lee Speaks At A Rally In Dunmore.</span> Photograph: Tom Berg/Reuters</figcaption></figure><div class="article-body-commercial-selector dcr-1qvd3m6">${BODY}${crosshead}<p class="dcr-s3ycb2">Kells voted for the rival list four years ago.</p></div></article></main></body></html>`;

const actorsOf = (html: string) => annotateHtml(html, null, index).actors;
const names = (html: string) => actorsOf(html).map((a) => a.name);
/** the name of the actor whose mention starts these words (their first occurrence in the text) */
function actorAt(html: string, words: string) {
  const { text } = readArticle(parseHTML(html).document as unknown as Document).model;
  const start = text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return actorsOf(html).find((a) => a.mentions.some((m) => m.start <= start && m.end > start))?.name;
}

describe('a Title Case headline makes no actors of its capitals', () => {
  it('with a comma, which the text alone reads as prose: no "Harbour Voters Weigh Lee", no "Five Pledges"', () => {
    const html = usPage('In Dunmore, Harbour Voters Weigh Lee’s Five Pledges');
    const all = names(html);
    expect(all.some((n) => /Voters|Pledges|Weigh/.test(n))).toBe(false);
    // the names the body gives are still found there: Lee, Dunmore
    expect(actorAt(html, 'Lee’s')).toBe('Ann Lee');
    expect(actorAt(html, 'Dunmore')).toBe('Dunmore');
  });

  it('ending in a full stop: the same', () => {
    const all = names(usPage('Harbour Voters Weigh Lee’s Pledges Before Vote.'));
    expect(all.some((n) => /Voters|Pledges|Weigh/.test(n))).toBe(false);
    expect(all).toContain('Ann Lee');
  });

  it('without the markup, the same words in a plain line are read as the text alone reads them (no region)', () => {
    const text = 'In Dunmore, Harbour Voters Weigh Lee’s Five Pledges\nAnn Lee spoke in Dunmore on Monday.';
    const plain = extractFindings(text).names.map((n) => text.slice(n.start, n.end));
    const marked = extractFindings(text, [{ start: 0, end: 51, kind: 'headline' }]).names.map((n) =>
      text.slice(n.start, n.end),
    );
    expect(plain.some((n) => n.includes('Voters'))).toBe(true);
    expect(marked.some((n) => n.includes(' ') && text.indexOf(n) < 51)).toBe(false);
  });

  it('a crosshead that lists names keeps them ("Analysis: Colm Daly, Example News, Dunmore")', () => {
    const html = ukPage(
      'Prime Minister makes five pledges as harbour voters head to polls',
      '<h2 class="story-body__crosshead">Analysis: Colm Daly, Example News, Dunmore</h2>',
    );
    expect(actorAt(html, 'Colm Daly, Example News')).toBe('Colm Daly');
  });

  it('the credit after a caption is cut, also glued to its full stop ("….Credit...Tom Berg for The Daily Star")', () => {
    const caption = 'Ann Lee at a rally in Dunmore on Monday.Credit...Tom Berg for The Daily Star';
    expect(furnitureCut(caption, 'caption')).toEqual({ from: caption.indexOf('Credit'), to: caption.length });
    expect(furnitureCut('Credit… Tom Berg/Reuters', 'caption')).toEqual({ from: 0, to: 24 });
    // (prose with the word is no credit: "… gave him credit for the bridge.")
    expect(furnitureCut('Voters gave Ann Lee credit for the bridge.', 'caption')).toBeNull();
  });

  it('the credit after a caption is no actor ("Credit...Tom Berg for The Daily Star")', () => {
    const all = names(usPage('In Dunmore, Harbour Voters Weigh Lee’s Five Pledges'));
    expect(all).not.toContain('Tom Berg');
    expect(all).not.toContain('The Daily Star');
  });
});

describe('a bare title in the headline is the office holder the body names', () => {
  it('"Prime Minister makes five pledges": Ann Lee, not an actor called "Prime Minister"', () => {
    const html = ukPage('Prime Minister makes five pledges as harbour voters head to polls');
    expect(names(html)).not.toContain('Prime Minister');
    expect(actorAt(html, 'Prime Minister makes')).toBe('Ann Lee');
  });

  it('in a Title Case headline too ("Prime Minister Makes Five Pledges, Then Heads to Dunmore")', () => {
    const html = usPage('Prime Minister Makes Five Pledges, Then Heads to Dunmore');
    expect(actorAt(html, 'Prime Minister Makes')).toBe('Ann Lee');
  });

  it('a title that does not open the headline is no one ("Lee Hopes to Be Prime Minister by Summer")', () => {
    const html = ukPage('Ann Lee Hopes to Be Prime Minister by Summer');
    expect(actorAt(html, 'Prime Minister by')).toBeUndefined();
  });

  it('a Title Case caption names the body’s people, not its capitalised words', () => {
    const html = ukPage('Prime Minister makes five pledges as harbour voters head to polls');
    expect(actorAt(html, 'Ann Lee Speaks')).toBe('Ann Lee');
    expect(names(html).some((n) => /Speaks|Rally/.test(n))).toBe(false);
  });
});

describe('regions through the sliced reader (lib/text/chunked.ts)', () => {
  const head = 'In Dunmore, Harbour Voters Weigh Lee’s Five Pledges';
  const para = 'Ann Lee spoke to voters in Dunmore on Monday, and Colm Daly answered her in Kells.';
  const text = [head, ...Array.from({ length: 80 }, () => para), head].join('\n');
  const regions = [
    { start: 0, end: head.length, kind: 'headline' as const },
    { start: text.length - head.length, end: text.length, kind: 'headline' as const },
  ];
  const pause = () => Promise.resolve();

  it('regionsIn cuts and shifts the regions of a slice', () => {
    expect(regionsIn(regions, 10, 20)).toEqual([{ start: 0, end: 10, kind: 'headline' }]);
    expect(regionsIn(regions, head.length, head.length + 5)).toEqual([]);
  });

  it('reads in slices what it reads at once: each slice gets its own regions', async () => {
    const once = extractFindings(text, regions).names.map((n) => [n.start, n.end]);
    const sliced = (await extractFindingsSliced(text, pause, 1_000, regions)).names.map((n) => [n.start, n.end]);
    expect(sliced).toEqual(once);
    const parts = await extractPartsSliced(text, pause, 3_000, 1_000, regions);
    const fromParts = parts.flatMap((p) => p.findings.names.map((n) => [n.start + p.offset, n.end + p.offset]));
    expect(fromParts).toEqual(once);
    // (the last headline, in the last slice, is read as one too)
    expect(once.some(([s, e]) => s >= text.length - head.length && text.slice(s, e).includes(' '))).toBe(false);
  });
});
