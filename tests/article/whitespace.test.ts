/**
 * Whitespace in the text model follows CSS (`white-space: normal` collapses a run of spaces, tabs
 * and line breaks into one space, across inline elements; `pre` and `pre-wrap` keep them; blocks
 * stand apart), and every character still maps back to the DOM character it was read from. Each
 * case is markup in the shape a real CMS writes it (WordPress, Arc XP, the Guardian, the BBC, the
 * NYT, wire copy), with text written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../lib/article/find-article';
import { createOffsetLookup, rangePartsFor, type TextModel } from '../../lib/article/text-model';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

/** Prose around the case, so that the page holds an article. */
const FILLER = `<p>The harbour board met for three hours on Tuesday evening and heard from more than forty residents, most of them opposed to the plan.</p>
<p>Its members will vote again next month, after a further round of consultation with traders on the seafront and the ferry operators.</p>`;

const page = (articleInner: string) =>
  `<!doctype html><html><head><title>Harbour</title></head><body><header class="site-header"><a href="/">The Example Gazette</a></header><main><article>${articleInner}${FILLER}</article></main></body></html>`;

/** Text nodes under `root` in document order. */
function textNodes(root: Node, out: Text[] = []): Text[] {
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push(c as Text);
    else textNodes(c, out);
  }
  return out;
}

/**
 * The page's text between the DOM points a model span maps to (the text nodes the model read,
 * and whitespace between them), with whitespace as CSS shows it.
 */
function domTextOf(model: TextModel, start: number, end: number): string {
  const parts = rangePartsFor(model, start, end);
  if (!parts) return '';
  const read = new Set(model.segments.map((s) => s.node));
  let out = '';
  let on = false;
  for (const n of textNodes(parts.startNode.ownerDocument.documentElement)) {
    if (n === parts.startNode) on = true;
    if (!on) continue;
    if (read.has(n) || !/\S/.test(n.data)) {
      const from = n === parts.startNode ? parts.startOffset : 0;
      const to = n === parts.endNode ? parts.endOffset : n.data.length;
      out += n.data.slice(from, to);
    }
    if (n === parts.endNode) break;
  }
  return out.replace(/[\u00AD\u200B\u2060\uFEFF]/g, '').replace(/\s+/g, ' ');
}

interface Case {
  name: string;
  html: string;
  /** text the model must hold, each mapped back to the same characters of the page */
  has: string[];
  /** text it must not hold */
  not?: string[];
}

const cases: Case[] = [
  {
    name: 'WordPress: a no-break space inside a text node (&nbsp; typed in the editor)',
    html: `<div class="entry-content"><p>The meeting was chaired by&nbsp;Ann Lee, the harbour master, who opened it at seven.</p></div>`,
    has: ['chaired by Ann Lee, the harbour master'],
    not: ['byAnn', '\u00A0'],
  },
  {
    name: 'WordPress: a text node of only &nbsp; between two links',
    html: `<div class="entry-content"><p>The plan was drawn up <a href="/tag/harbour">with</a>&nbsp;<a href="/people/ann-lee">Ann Lee</a> and two engineers from the council.</p></div>`,
    has: ['drawn up with Ann Lee and two engineers'],
    not: ['withAnn'],
  },
  {
    name: 'NYT: a space-only text node between the caption and the next span',
    html: `<figure><figcaption><span class="caption-text">Residents queued outside the hall on Thursday</span> <span class="caption-extra">evening before the vote.</span></figcaption></figure><section name="articleBody"><p>The vote was put off until the spring, the board said in a short statement on its website.</p></section>`,
    has: ['on Thursday evening before the vote'],
    not: ['Thursdayevening'],
  },
  {
    name: 'Guardian: paragraphs indented in the source, a line break inside a sentence',
    html: `<div class="article-body-commercial-selector">
              <p>
                Tom Hale, who leads
                the ferry workers' union, said the timetable would not survive the winter.
              </p>
            </div>`,
    has: ["Tom Hale, who leads the ferry workers' union, said"],
    not: ['  ', '\n ', ' \n'],
  },
  {
    name: 'a line break in the source inside a two-word name',
    html: `<div class="story-body"><p>The report by Maria
      Okafor was published on the council's website late on Friday.</p></div>`,
    has: ['by Maria Okafor was published'],
    not: ['Maria\nOkafor', 'Maria  '],
  },
  {
    name: 'BBC: a span that holds only a space between two inline runs',
    html: `<div data-component="text-block"><p><span>The minister</span><span> </span><b>Ann Lee</b><span> </span>visited the harbour on Monday morning with officials.</p></div>`,
    has: ['The minister Ann Lee visited the harbour'],
    not: ['ministerAnn', 'LeeVisited'],
  },
  {
    name: 'Arc XP: links on their own lines in the source',
    html: `<div class="article-body"><p class="paragraph">A
<a href="/a">statement</a>
<a href="/b">from</a> the port authority said the cranes would be replaced by the end of the year.</p></div>`,
    has: ['A statement from the port authority said'],
    not: ['statementfrom'],
  },
  {
    name: 'soft hyphens set by the CMS inside long words and a name',
    html: `<div class="entry-content"><p>The co&shy;operation agreement was signed by Ann Lee&shy;man and the harbour&shy;master on Friday afternoon.</p></div>`,
    has: ['cooperation agreement was signed by Ann Leeman and the harbourmaster'],
    not: ['\u00AD'],
  },
  {
    name: 'runs of spaces typed between words',
    html: `<div class="entry-content"><p>Ann    Lee   said the  decision had been taken   too quickly by the board.</p></div>`,
    has: ['Ann Lee said the decision had been taken too quickly'],
    not: ['  '],
  },
  {
    name: 'tabs and carriage returns from a pasted Word document',
    html: `<div class="entry-content"><p>\tAnn\tLee, the chair,\r\nsaid the board\twould meet again in March to settle the matter.</p></div>`,
    has: ['Ann Lee, the chair, said the board would meet again'],
    not: ['\t', '\r'],
  },
  {
    name: 'a <br> between a name and a title, with spaces around it',
    html: `<div class="entry-content"><p>The letter was signed by the chair of the board on Wednesday.</p><p class="signature">Ann Lee <br> Chair of the Harbour Board</p></div>`,
    has: ['Ann Lee\nChair of the Harbour Board'],
    not: ['Lee \n', '\n Chair', 'LeeChair'],
  },
  {
    name: 'white-space: pre-wrap keeps spaces and line breaks',
    html: `<div class="entry-content"><div style="white-space: pre-wrap">Harbour dues  2024
Harbour dues  2025</div><p>The board published the dues for both years alongside the minutes of the meeting.</p></div>`,
    has: ['Harbour dues  2024\nHarbour dues  2025'],
  },
  {
    name: 'white-space: pre-line keeps line breaks but collapses spaces',
    html: `<div class="entry-content"><p style="white-space:pre-line">First   line of the notice
   Second line of the notice</p><p>The notice was posted on the harbour wall on Monday and taken down on Friday.</p></div>`,
    has: ['First line of the notice\nSecond line of the notice'],
  },
  {
    name: 'wire dateline: a space-only node between a strong and an em',
    html: `<div class="story"><p><strong>LONDON</strong> <em>(Wire)</em> — The harbour board said on Tuesday it would delay a vote on the new sea wall.</p></div>`,
    has: ['LONDON (Wire) — The harbour board'],
    not: ['LONDON(Wire)'],
  },
  {
    name: 'text between blocks is a block of its own',
    html: `<div class="entry-content"><div>The first block of the story ends here.</div>A line of text between two blocks sits on its own line.<div>The third block of the story starts here.</div></div>`,
    has: ['ends here.\nA line of text between two blocks sits on its own line.\nThe third block'],
  },
  {
    name: 'thin and narrow no-break spaces in figures',
    html: `<div class="entry-content"><p>The wall will cost £4.8&#8239;billion and take 12&#8201;000 tonnes of stone, the board said.</p></div>`,
    has: ['£4.8 billion and take 12 000 tonnes'],
  },
  {
    name: 'zero-width spaces (break hints in long words) are not read',
    html: `<div class="entry-content"><p>The harbour&#8203;master's office published its report on Thursday afternoon.</p></div>`,
    has: ["harbourmaster's office published"],
  },
  {
    name: 'no space between inline elements glues words, as the page shows them',
    html: `<div class="entry-content"><p>The <b>harbour</b><i>master</i> spoke first at the meeting of the board on Tuesday.</p></div>`,
    has: ['The harbourmaster spoke first'],
  },
  {
    name: 'WordPress spacer paragraphs of only &nbsp; add no empty line',
    html: `<div class="entry-content"><p>The first paragraph of the story ends here.</p><p>&nbsp;</p><p>&nbsp;&nbsp;The next paragraph starts after the spacer.</p></div>`,
    has: ['ends here.\nThe next paragraph starts'],
    not: ['\n\n', '\n '],
  },
  {
    name: 'a screen-reader label between two words leaves one space',
    html: `<div class="entry-content"><p>Read the report by Ann <span class="sr-only">(opens in a new window)</span> Lee on the council's website before the vote.</p></div>`,
    has: ['by Ann Lee on the'],
    not: ['new window', 'Ann  Lee'],
  },
  {
    name: 'table cells stand apart',
    html: `<div class="entry-content"><p>The results of the vote on the sea wall were as follows.</p><table><tr><td>Ann Lee</td><td>For</td></tr><tr><td>Tom Hale</td><td>Against</td></tr></table></div>`,
    has: ['Ann Lee\nFor\nTom Hale\nAgainst'],
  },
];

describe('whitespace as CSS shows it, mapped back to the page', () => {
  it('has at least 15 cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));
  it.each(cases)('$name', ({ html, has, not = [] }) => {
    const { model } = readArticle(doc(page(html)));
    for (const want of has) {
      const at = model.text.indexOf(want);
      expect(model.text, want).toContain(want);
      // every line of it maps back to the same characters of the page
      let from = at;
      for (const line of want.split('\n')) {
        expect(domTextOf(model, from, from + line.length)).toBe(line.replace(/\s+/g, ' '));
        from += line.length + 1;
      }
    }
    for (const bad of not) expect(model.text).not.toContain(bad);
    // the text as a whole: no run of spaces, no space at a line's edge
    expect(model.text).not.toMatch(/(?<!dues) {2}|^ | $|\n | \n|\n\n/);
  });
});

describe('a DOM point back to the text (hit-testing)', () => {
  it('gives the offset of the character under the pointer, also after collapsed spaces', () => {
    const d = doc(
      page(
        `<div class="entry-content"><p>\n      The report by Maria\n      Okafor was published on Friday afternoon by the board.</p></div>`,
      ),
    );
    const { model } = readArticle(d);
    const lookup = createOffsetLookup(model);
    const node = Array.from(d.querySelectorAll('p'))[0].firstChild as Text;
    const inNode = node.data.indexOf('Okafor');
    const at = lookup(node, inNode)!;
    expect(model.text.slice(at, at + 6)).toBe('Okafor');
    // a point inside a collapsed run of spaces gives the space that stands for it or the next word
    const gap = node.data.indexOf('Maria') + 'Maria'.length + 3;
    expect(model.text[lookup(node, gap)!]).toBe('O');
    expect(lookup(d.createTextNode('not read'), 0)).toBeNull();
  });
});

describe('no soft hyphen or run of spaces reaches a claim or a name', () => {
  it('reads a WordPress paragraph with &shy;, &nbsp; and a line break in a name through the whole pipeline', async () => {
    const { annotateHtml } = await import('../../lib/cli/annotate-file');
    const { loadKnowledgeIndex } = await import('../../lib/cli/project');
    const html = page(
      `<div class="entry-content"><p>“The sea wall will be fin&shy;ished by the spring,&nbsp; and the   promenade will reopen,” said Maria
        Okafor, who chairs the harbour&shy;board.</p><p>Tom&nbsp;Hale, a trader on the seafront, said  the works had cost him half his summer trade.</p></div>`,
    );
    const notes = annotateHtml(html, null, loadKnowledgeIndex());
    const texts = [
      ...notes.claims.map((c) => c.text),
      ...notes.actors.flatMap((a) => [a.name, ...a.mentions.map((m) => m.text)]),
    ];
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/\u00AD|\u00A0| {2}|\n/);
    const names = notes.actors.map((a) => a.name);
    expect(names).toContain('Maria Okafor');
    expect(names).toContain('Tom Hale');
    const quote = notes.claims.find((c) => c.kind === 'quote');
    expect(quote?.text).toBe('The sea wall will be finished by the spring, and the promenade will reopen');
    expect(quote?.speaker?.name).toBe('Maria Okafor');
  });
});
