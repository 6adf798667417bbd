// @vitest-environment happy-dom
/**
 * Property tests over generated DOM trees: the text model maps every character back to the
 * text node it came from, skips what it must skip, never changes the page, and the content
 * script's highlighter (overlay fallback: happy-dom has no CSS Custom Highlight API) leaves
 * the page's DOM exactly as it found it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { buildTextModel, rangePartsFor, type TextModel } from '../../lib/article/text-model';
import { readArticle } from '../../lib/article/find-article';
import { HIGHLIGHT_KINDS, type Annotation, type HighlightKind } from '../../lib/highlight/annotations';
import { createHighlighter } from '../../entrypoints/annotator.content/highlighter';

const RUNS = 150;

// ---------------------------------------------------------------- generated trees

const INLINE = ['span', 'b', 'a', 'em', 'code'] as const;
const BLOCK = ['p', 'div', 'h2', 'ul', 'li', 'figcaption', 'pre', 'nav'] as const;
const RAW = ['script', 'style', 'textarea'] as const;
const VOID = ['br'] as const;
/** Elements whose text neither buildTextModel (with the accept below) nor readArticle may read. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'PRE', 'CODE', 'NAV']);

type Tree = { t: 'text'; data: string } | { t: 'el'; tag: string; editable: boolean; cls: string; children: Tree[] };

/** Pieces of text: words, unicode, soft hyphens, curly quotes, whitespace runs, surrogate pairs. */
const PIECES = [
  'the',
  'Starmer',
  'said',
  'Kyiv',
  'Zürich',
  'naïve',
  'Müller',
  'São Paulo',
  'Ωμέγα',
  '北京',
  'مرحبا',
  'עברית',
  '\u00AD',
  'co\u00ADoperation',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '—',
  '…',
  ',',
  '.',
  '"',
  "'",
  ' ',
  '  ',
  '   ',
  '\t',
  '\n',
  '\r\n',
  '\f',
  '\v',
  ' \n\t ',
  '\u00A0',
  '\u2009',
  '\u200B',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇺🇦',
  '𝔘𝔫𝔦',
  '\uD83D\uDE00x',
  '0',
  '42',
  '£3.5bn',
  '12%',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 8 }).map((xs) => xs.join(''));
const textNodeArb: fc.Arbitrary<Tree> = textArb.map((data) => ({ t: 'text' as const, data }));

const { tree: treeArb } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: textNodeArb, weight: 5 },
    { arbitrary: tie('tree'), weight: 4 },
  ),
  tree: fc
    .record({
      tag: fc.constantFrom<string>(...INLINE, ...BLOCK, ...RAW, ...VOID, 'p', 'span', 'div'),
      editable: fc.constantFrom(false, false, false, true),
      cls: fc.constantFrom('', '', '', 'story', 'body-text', 'caption'),
      children: fc.array(tie('node'), { maxLength: 5 }),
    })
    .map(({ tag, editable, cls, children }): Tree => {
      // raw-text elements hold only text, void elements nothing, as in a parsed page
      if ((RAW as readonly string[]).includes(tag)) children = children.filter((c) => c.t === 'text');
      if (tag === 'br') children = [];
      return { t: 'el', tag, editable, cls, children };
    }),
}));

const forestArb = fc.array(treeArb, { minLength: 1, maxLength: 5 });

function build(doc: Document, parent: Node, nodes: Tree[]): void {
  for (const n of nodes) {
    if (n.t === 'text') {
      parent.appendChild(doc.createTextNode(n.data));
      continue;
    }
    const el = doc.createElement(n.tag);
    if (n.editable) el.setAttribute('contenteditable', 'true');
    if (n.cls) el.setAttribute('class', n.cls);
    build(doc, el, n.children);
    parent.appendChild(el);
  }
}

/** A fresh body holding the generated forest inside one <article>. */
function mount(forest: Tree[]): HTMLElement {
  document.head.innerHTML = '<title>t</title>';
  document.body.replaceChildren();
  const article = document.createElement('article');
  build(document, article, forest);
  document.body.appendChild(article);
  return article;
}

const skipped = (el: Element): boolean => {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
};
const accept = (el: Element) => !skipped(el);

/** Inside a skipped element (between the node and `stop`, exclusive). */
function insideSkipped(node: Node, stop: Node | null = null): boolean {
  for (let e = node.parentElement; e && e !== stop; e = e.parentElement) if (skipped(e)) return true;
  return false;
}

/** Characters the page never shows (soft hyphen, zero-width space, word joiner, byte order mark). */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
/** Any whitespace, the no-break and other Unicode spaces too (INVISIBLE's BOM is taken out first). */
const SPACE = /\s/;
/** A character of the DOM as the model reads it: a space for any whitespace. */
const asModelChar = (c: string) => (SPACE.test(c) ? ' ' : c);

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

const BLOCKISH = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL TIME'.split(
    ' ',
  ),
);

/**
 * What CSS shows of the tree with `white-space: normal` (a reference written the plain way):
 * blocks apart, invisible characters out, every run of whitespace one space, none at a block's
 * edges, empty blocks gone.
 */
function renderedText(root: Node, read: (el: Element) => boolean): string {
  let raw = '';
  const visit = (n: Node) => {
    if (n.nodeType === 3) raw += (n as Text).data;
    else if (n.nodeType === 1) {
      const el = n as Element;
      const block = BLOCKISH.has(el.tagName.toUpperCase());
      // (a block left unread still stands between the text before and after it)
      if (!read(el)) {
        if (block) raw += '\u0001';
        return;
      }
      if (block) raw += '\u0001';
      for (const c of Array.from(el.childNodes)) visit(c);
      if (block) raw += '\u0001';
    }
  };
  for (const c of Array.from(root.childNodes)) visit(c);
  return raw
    .replace(INVISIBLE, '')
    .split('\u0001')
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

// ---------------------------------------------------------------- shared checks

function expectSegmentsMapBack(model: TextModel): void {
  let prevEnd = -1;
  let covered = 0;
  for (const seg of model.segments) {
    const dom = seg.node.data.slice(seg.nodeStart, seg.nodeStart + (seg.end - seg.start));
    expect(seg.end - seg.start).toBe(dom.length);
    expect(model.text.slice(seg.start, seg.end)).toBe([...dom].map(asModelChar).join(''));
    expect(dom).not.toMatch(INVISIBLE);
    expect(seg.start).toBeGreaterThanOrEqual(prevEnd); // in order, disjoint
    expect(seg.end).toBeGreaterThan(seg.start);
    prevEnd = seg.end;
    covered += seg.end - seg.start;
  }
  // The only characters not from a text node are the single "\n" block separators.
  expect(model.text.length - covered).toBe((model.text.match(/\n/g) ?? []).length);
  // No run of spaces, no space at a line's edge, nothing invisible, no no-break space.
  expect(model.text).not.toMatch(/ {2}|^ | $|\n | \n|\n\n|^\n|\n$|[\u00A0\u00AD\u200B\t\r\f\v]/);
}

/** The model's character at a DOM point, as the model reads it. */
function domChar(node: Text, offset: number): string {
  return asModelChar(node.data[offset]);
}

function expectRangesMapBack(model: TextModel, offsets: [number, number][]): void {
  const len = model.text.length;
  if (!len) return;
  for (const [a, b] of offsets) {
    const s = Math.floor(a * len);
    const e = Math.min(len, s + 1 + Math.floor(b * (len - s)));
    if (!(s < e)) continue;
    const parts = rangePartsFor(model, s, e);
    const inside = model.text.slice(s, e);
    if (!parts) {
      // only a stretch of block separators has no DOM text
      expect(inside.replace(/\n/g, '')).toBe('');
      continue;
    }
    expect(parts.startOffset).toBeGreaterThanOrEqual(0);
    expect(parts.startOffset).toBeLessThan(parts.startNode.data.length);
    expect(parts.endOffset).toBeGreaterThan(0);
    expect(parts.endOffset).toBeLessThanOrEqual(parts.endNode.data.length);
    // the range starts on the first character of the span the model has there, and ends after its last
    let first = s;
    while (model.text[first] === '\n') first++;
    let last = e - 1;
    while (model.text[last] === '\n') last--;
    expect(domChar(parts.startNode, parts.startOffset)).toBe(model.text[first]);
    expect(domChar(parts.endNode, parts.endOffset - 1)).toBe(model.text[last]);
    const r = document.createRange();
    r.setStart(parts.startNode, parts.startOffset);
    r.setEnd(parts.endNode, parts.endOffset);
    expect(r.collapsed).toBe(false);
  }
}

const offsetsArb = fc.array(
  fc.tuple(fc.double({ min: 0, max: 0.9999, noNaN: true }), fc.double({ min: 0, max: 0.9999, noNaN: true })),
  {
    minLength: 1,
    maxLength: 12,
  },
);

// ---------------------------------------------------------------- properties

describe('buildTextModel over generated trees', () => {
  it('maps every segment and every [start, end) range back to the DOM, skips what it must, and changes nothing', () => {
    fc.assert(
      fc.property(forestArb, offsetsArb, (forest, offsets) => {
        const root = mount(forest);
        const before = document.documentElement.outerHTML;
        const model = buildTextModel(root, accept);

        expectSegmentsMapBack(model);
        // the text as CSS renders it, read from the text nodes outside skipped elements, in order
        expect(model.text).toBe(renderedText(root, accept));
        const read = new Set(model.segments.map((s) => s.node));
        const visible = textNodes(root).filter(
          (n) => /\S/.test(n.data.replace(INVISIBLE, '')) && !insideSkipped(n, root.parentNode),
        );
        for (const n of visible) expect(read.has(n)).toBe(true);
        for (const s of model.segments) expect(insideSkipped(s.node)).toBe(false);
        expectRangesMapBack(model, offsets);

        expect(document.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads skipped elements as nothing: the text is the same with them removed', () => {
    fc.assert(
      fc.property(forestArb, (forest) => {
        const root = mount(forest);
        const withSkipped = buildTextModel(root, accept).text;
        for (const el of Array.from(root.querySelectorAll('*')).reverse())
          if (el.isConnected && skipped(el)) el.remove();
        // removing a skipped block can only drop a separator, never a character of text
        expect(buildTextModel(root, accept).text.replace(/\s/g, '')).toBe(withSkipped.replace(/\s/g, ''));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('readArticle over generated pages', () => {
  it('maps back, reads no skipped or editable text, and leaves the HTML unchanged', () => {
    fc.assert(
      fc.property(forestArb, forestArb, offsetsArb, (forest, around, offsets) => {
        mount(forest);
        // furniture and other blocks around the article
        const aside = document.createElement('div');
        build(document, aside, around);
        document.body.prepend(aside);
        const before = document.documentElement.outerHTML;

        const { model, roots } = readArticle(document);

        expectSegmentsMapBack(model);
        for (const s of model.segments) {
          expect(insideSkipped(s.node)).toBe(false);
          expect(roots.some((r) => r.contains(s.node))).toBe(true);
        }
        expectRangesMapBack(model, offsets);
        expect(document.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the highlighter (overlay fallback)', () => {
  // happy-dom lays nothing out, so Range.getClientRects is empty and the overlay would draw no
  // marks: give every range one rect in the viewport so the overlay really draws.
  let restore: (() => void) | null = null;
  beforeAll(() => {
    const spy = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const rect = new DOMRect(this.startOffset, 10, 20, 16);
      return [rect] as unknown as DOMRectList;
    });
    restore = () => spy.mockRestore();
  });
  afterAll(() => restore?.());

  const annotationsArb = fc.array(
    fc.record({
      a: fc.double({ min: 0, max: 0.9999, noNaN: true }),
      b: fc.double({ min: 0, max: 0.9999, noNaN: true }),
      kind: fc.constantFrom<HighlightKind>(...HIGHLIGHT_KINDS),
      ref: fc.oneof(
        fc.nat(20).map((actor) => ({ actor })),
        fc.nat(20).map((claim) => ({ claim })),
      ),
    }),
    { maxLength: 15 },
  );
  const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));

  it('paint changes no text node, draws only in its own layer, and clear restores the DOM exactly', async () => {
    expect('Highlight' in window).toBe(false); // the fallback is what this test exercises
    await fc.assert(
      fc.asyncProperty(
        forestArb,
        annotationsArb,
        fc.subarray([...HIGHLIGHT_KINDS]),
        fc.option(
          fc.tuple(fc.double({ min: 0, max: 0.9999, noNaN: true }), fc.double({ min: 0, max: 0.9999, noNaN: true })),
        ),
        fc.boolean(),
        async (forest, raw, enabledList, focus, dark) => {
          mount(forest);
          // the extension's own layer sits in the page, as the content script's shadow host does
          const host = document.createElement('news-lens-ui');
          host.setAttribute('data-news-lens', '');
          const overlayRoot = document.createElement('div');
          overlayRoot.className = 'nl-overlay';
          host.appendChild(overlayRoot);
          document.body.appendChild(host);

          const before = document.documentElement.outerHTML;
          const sheetsBefore = document.adoptedStyleSheets.length;
          const nodes = textNodes(document.body);
          const data = nodes.map((n) => n.data);

          const { model } = readArticle(document);
          const len = model.text.length;
          const annotations: Annotation[] = raw.map(({ a, b, kind, ref }) => {
            const start = Math.floor(a * len);
            return { start, end: start + Math.floor(b * (len - start)) + 1, kind, ref };
          });
          const hl = createHighlighter(document, model, overlayRoot, dark);
          hl.paint(annotations, new Set(enabledList));
          if (focus && len) {
            const s = Math.floor(focus[0] * len);
            hl.setFocus(hl.rangeFor(s, s + 1 + Math.floor(focus[1] * (len - s))));
          }
          await frame();
          await frame();

          // painted: the text nodes are the same nodes with the same data …
          const nodesNow = textNodes(document.body);
          expect(nodesNow.length).toBe(nodes.length);
          nodesNow.forEach((n, i) => {
            expect(n).toBe(nodes[i]);
            expect(n.data).toBe(data[i]);
          });
          // … and outside the overlay root nothing changed
          const drawn = overlayRoot.childElementCount;
          const marks = overlayRoot.innerHTML;
          overlayRoot.replaceChildren();
          expect(document.documentElement.outerHTML).toBe(before);
          overlayRoot.innerHTML = marks;
          const visible = annotations.filter((x) => enabledList.includes(x.kind) && hl.rangeOf(x));
          if (visible.length) expect(drawn).toBeGreaterThan(0);

          hl.clear();
          await frame();
          expect(document.documentElement.outerHTML).toBe(before);
          expect(overlayRoot.childElementCount).toBe(0);
          expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
          textNodes(document.body).forEach((n, i) => expect(n.data).toBe(data[i]));
        },
      ),
      { numRuns: 100 },
    );
  });
});
