/**
 * Page furniture is not the article: bylines, picture credits, promos, link bars, author bios,
 * edition labels, social handles and print notes are left out of the text (by their markup, or by
 * their words when the markup says nothing), so they never make actors; headlines and captions
 * are read. Each case is markup in the shape a real CMS writes it, with text written for these
 * tests; guards hold prose that looks like furniture but is the story.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../lib/article/find-article';
import { furnitureCut, furnitureRuleOf } from '../../lib/article/furniture';
import { annotateHtml } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const BODY = `<p>The harbour board met for three hours on Tuesday evening and heard from more than forty residents, most of them opposed to the plan for a new sea wall.</p>
<p>Maria Okafor, who chairs the board, said the design had been changed twice to meet their objections, and that a final vote would follow in the spring.</p>
<p>Traders on the seafront said the works would close the promenade for most of the summer season, when they take half of their year's money.</p>`;

const page = (inner: string, head = '') =>
  `<!doctype html><html><head><title>Sea wall</title>${head}</head><body><header class="site-header"><a href="/">The Example Gazette</a></header><main><article>${inner}</article></main><footer class="site-footer"><p>© 2025 Example Media</p></footer></body></html>`;

const textOf = (html: string) => readArticle(doc(html)).model.text;

interface Case {
  name: string;
  html: string;
  /** what must be left out */
  gone: string[];
  /** what must stay */
  kept: string[];
}

const cases: Case[] = [
  {
    name: 'a video player inside the story: its title and countdown (a class naming a player)',
    html: page(
      `<h1>Sea wall vote put off</h1><div class="media-embed"><div class="cnnplayer"><video src="v.mp4"></video><div class="vid-footer"><div class="headline">Maria Okafor tours the old sea wall</div><div class="countdown">Your video will play in 00:25</div></div></div></div>${BODY}<div class="jw-player-wrap"><div class="clip-title">Traders count the cost of the storm</div></div>`,
    ),
    gone: ['tours the old sea wall', 'Your video will play', 'Traders count the cost'],
    kept: ['Sea wall vote put off', 'Maria Okafor, who chairs the board'],
  },
  {
    name: 'NYT: a caption with a credit span (a screen-reader "Credit" label, then the photographer)',
    html: page(
      `<h1>Harbour Board Delays Sea Wall Vote</h1><figure><img src="a.jpg" alt=""><figcaption><span class="caption-text">Maria Okafor at the harbour on Monday.</span><span class="credit" itemprop="copyrightHolder"><span class="visually-hidden">Credit</span>Tomas Reyes for The Example Times</span></figcaption></figure>${BODY}`,
    ),
    gone: ['Tomas Reyes', 'Credit'],
    kept: ['Maria Okafor at the harbour on Monday.'],
  },
  {
    name: 'Guardian: a caption ending in "Photograph: name/agency", no full stop before it',
    html: page(
      `<figure><img src="a.jpg" alt=""><figcaption>Maria Okafor on the promenade in March Photograph: Tomas Reyes/Example Agency</figcaption></figure>${BODY}`,
    ),
    gone: ['Photograph', 'Tomas Reyes', 'Example Agency'],
    kept: ['Maria Okafor on the promenade in March'],
  },
  {
    name: 'a credit in brackets at the end of a caption',
    html: page(
      `<figure><figcaption>Workers on the old sea wall last winter (Picture: Eastfield Harbour Trust)</figcaption></figure>${BODY}`,
    ),
    gone: ['Picture', 'Eastfield Harbour Trust'],
    kept: ['Workers on the old sea wall last winter'],
  },
  {
    name: 'BBC: "Image source" and "Image caption" labels around a picture',
    html: page(
      `<figure><div><span role="text"><span>Image source, </span>Example Images</span></div><figcaption><span>Image caption, </span>Maria Okafor chairs the harbour board</figcaption></figure>${BODY}`,
    ),
    gone: ['Image source', 'Example Images', 'Image caption'],
    kept: ['Maria Okafor chairs the harbour board'],
  },
  {
    name: 'a byline with no class: "By" and two linked names',
    html: page(
      `<h1>Sea wall vote put off</h1><p>By <a href="/by/ann-lee">Ann Lee</a> and <a href="/by/tom-hale">Tom Hale</a></p>${BODY}`,
    ),
    gone: ['Ann Lee', 'Tom Hale'],
    kept: ['Sea wall vote put off'],
  },
  {
    name: 'a wire byline in capitals with the agency',
    html: page(`<div class="story-body"><p>By ANN LEE and TOM HALE, Example Press</p>${BODY}</div>`),
    gone: ['ANN LEE', 'Example Press'],
    kept: ['Maria Okafor, who chairs the board'],
  },
  {
    name: 'an Arc byline with a date after a bar',
    html: page(`<div class="article-body"><p>By Ann Lee | Published March 3, 2024</p>${BODY}</div>`),
    gone: ['Ann Lee'],
    kept: ['Traders on the seafront'],
  },
  {
    name: 'a byline in microdata (itemprop="author")',
    html: page(
      `<div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann Lee</span></span></div>${BODY}`,
    ),
    gone: ['Ann Lee'],
    kept: ['Maria Okafor'],
  },
  {
    name: 'a newsletter promo in the body',
    html: page(
      `<div class="entry-content">${BODY}<p><strong>Sign up for the Morning Briefing, our free daily newsletter</strong></p><p>The board will publish the revised plans on its website next week.</p></div>`,
    ),
    gone: ['Morning Briefing', 'newsletter'],
    kept: ['revised plans'],
  },
  {
    name: 'an author bio after the story',
    html: page(
      `<div class="entry-content">${BODY}<p><em>Ann Lee is a reporter for The Example Gazette covering the coast.</em></p></div>`,
    ),
    gone: ['Ann Lee', 'reporter for'],
    kept: ['Traders on the seafront'],
  },
  {
    name: 'NYT: the print note and the "Order Reprints | Today\'s Paper | Subscribe" bar',
    html: page(
      `<div class="story-body">${BODY}<p>A version of this article appears in print on March 4, 2024, on Page A12 of the New York edition with the headline: Harbour Board Puts Off Sea Wall Vote.</p><div><a href="/reprints">Order Reprints</a> | <a href="/paper">Today’s Paper</a> | <a href="/subscribe">Subscribe</a></div></div>`,
    ),
    gone: ['A version of this article', 'Order Reprints', 'Subscribe', 'Puts Off'],
    kept: ['Traders on the seafront'],
  },
  {
    name: 'an edition label and a lone "Subscribe" link',
    html: page(
      `<div><a href="/edition">International Edition</a></div><div><a href="/subscribe">Subscribe</a></div>${BODY}`,
    ),
    gone: ['International Edition', 'Subscribe'],
    kept: ['Maria Okafor'],
  },
  {
    name: 'social handles and "Follow … on X" after the story',
    html: page(
      `<div class="entry-content">${BODY}<p>Follow Ann Lee on X and Instagram</p><p>@annlee · @examplegazette</p></div>`,
    ),
    gone: ['Follow Ann Lee', '@annlee'],
    kept: ['Traders on the seafront'],
  },
  {
    name: '"Related:" and "READ MORE:" links between paragraphs, and a sponsor label',
    html: page(
      `<div class="entry-content"><p>The harbour board met for three hours on Tuesday evening and heard from more than forty residents.</p><p>Related: Eastfield Council Approves New Ferry Terminal</p><p>READ MORE: Harbour dues to rise for the third year</p><div>Powered by Example Finance</div>${BODY}</div>`,
    ),
    gone: ['Ferry Terminal', 'Harbour dues', 'Example Finance'],
    kept: ['forty residents'],
  },
  {
    name: 'a timestamp line and a browser notice',
    html: page(
      `<div class="notice">This site no longer supports Internet Explorer. Please upgrade your browser.</div><div class="entry-content">${BODY}<p>Eastfield Herald (Eastfield) First published March 4, 2024: 9:14 AM ET</p></div>`,
    ),
    gone: ['Internet Explorer', 'Eastfield Herald', 'First published'],
    kept: ['Maria Okafor'],
  },
];

describe('page furniture is left out of the text', () => {
  it.each(cases)('$name', ({ html, gone, kept }) => {
    const text = textOf(html);
    for (const g of gone) expect(text).not.toContain(g);
    for (const k of kept) expect(text).toContain(k);
  });
});

describe('prose that looks like furniture is the story', () => {
  const prose: [string, string][] = [
    [
      'a paragraph that opens with "By" and a date',
      'By Tuesday, the board had received more than two hundred letters.',
    ],
    ['a headline in Title Case that opens with "By"', 'By Land and Sea: The Ferry Workers of Eastfield'],
    ['"Sources said"', 'Sources said the board would put off the vote until the spring.'],
    [
      'a person in the story described as a reporter, with a quote',
      '“I was there,” said Ann Lee, a reporter for the Eastfield Herald.',
    ],
    [
      'a sentence that mentions a newsletter',
      'More than 2,000 residents signed up for the board’s newsletter, the chair said.',
    ],
    [
      'a photographer in the story',
      'The photographer Tom Hale, whose pictures of the storm were shown at the meeting, spoke first.',
    ],
  ];
  it.each(prose)('%s', (_name, sentence) => {
    const heading = sentence.startsWith('By Land');
    const text = textOf(
      page(
        `${heading ? `<h1>${sentence}</h1>` : ''}<div class="entry-content">${BODY}${heading ? '' : `<p>${sentence}</p>`}</div>`,
      ),
    );
    expect(text).toContain(sentence);
  });
  it('no rule takes a long paragraph', () => {
    const long = `By the end of the meeting ${'the residents had spoken at length, '.repeat(20)}and left.`;
    expect(furnitureRuleOf(long)).toBeNull();
    expect(furnitureCut(long, null)).toBeNull();
  });
});

describe('bylines and credits are never actors; captions and headlines still name them', () => {
  const index = loadKnowledgeIndex();
  it('finds the caption’s and the headline’s names, not the byline’s, the credit’s, a bio’s or a promo’s', () => {
    const html = page(
      `<h1>Maria Okafor Delays Harbour Vote</h1><p>By <a href="/by/ann-lee">Ann Lee</a></p><figure><figcaption><span class="caption-text">Maria Okafor at the harbour on Monday.</span> <span class="credit">Credit Tomas Reyes for The Example Times</span></figcaption></figure>${BODY}<p>Related: Eastfield Ferry Company Cancels Winter Sailings</p><p>Ann Lee is a reporter for The Example Gazette covering the coast.</p><p>Follow Ann Lee on X</p>`,
    );
    const notes = annotateHtml(html, null, index);
    const names = notes.actors.map((a) => a.name);
    expect(names).toContain('Maria Okafor');
    for (const furniture of ['Ann Lee', 'Tomas Reyes', 'Example Times', 'Example Gazette', 'Eastfield Ferry'])
      expect(names.some((n) => n.includes(furniture))).toBe(false);
  });
});

describe('headlines and captions are marked as regions of the text', () => {
  it('records each heading and caption with its offsets', () => {
    const { model } = readArticle(
      doc(
        page(
          `<h1>Harbour Board Delays Vote, Angering Seafront Traders</h1><figure><figcaption>Residents Gather Outside Town Hall Before Vote</figcaption></figure>${BODY}<h2>What Happens Next?</h2><p>The board will meet again in the spring to decide on the plans for the harbour wall.</p>`,
        ),
      ),
    );
    const regions = (model.regions ?? []).map((r) => [r.kind, model.text.slice(r.start, r.end)]);
    expect(regions).toEqual([
      ['headline', 'Harbour Board Delays Vote, Angering Seafront Traders'],
      ['caption', 'Residents Gather Outside Town Hall Before Vote'],
      ['headline', 'What Happens Next?'],
    ]);
  });
});
