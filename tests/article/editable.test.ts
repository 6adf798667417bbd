// @vitest-environment happy-dom
/**
 * What the reader is writing is never read: design mode, an editable body or <html>, editable
 * elements by attribute or engine state, text boxes by role, and CSS `-webkit-user-modify`
 * regions. Markup cases run on linkedom (what the command line uses); the CSS cases on happy-dom
 * with a getComputedStyle that knows the property as Chromium does (happy-dom does not).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { findArticleRoot, readArticle, readArticleSliced } from '../../lib/article/find-article';
import { buildTextModel } from '../../lib/article/text-model';
import { isDocumentEditable } from '../../lib/article/editable';

const linked = (html: string) =>
  parseHTML(`<!doctype html><html><head><title>t</title></head>${html}</html>`).document as unknown as Document;

const para = (s: string, n = 4) =>
  Array.from(
    { length: n },
    (_, i) => `<p>${s} sentence ${i}, with words, and more words to make a paragraph of some length.</p>`,
  ).join('');

const ARTICLE = `<article><h1>Harbour bridge to close for repairs</h1>${para('Published')}</article>`;
const DRAFT = 'Private draft: Dear Sam, my bank details are 12-34-56 and the password is hunter2.';

describe('a document the reader writes in is not read at all', () => {
  it('design mode on: no text, no roots', () => {
    const d = linked(`<body>${ARTICLE}</body>`);
    expect(readArticle(d).model.text).toContain('Published sentence 0');
    (d as { designMode: string }).designMode = 'on';
    const { model, roots } = readArticle(d);
    expect(model.text).toBe('');
    expect(model.segments).toEqual([]);
    expect(roots).toEqual([]);
    expect(isDocumentEditable(d)).toBe(true);
  });

  it('design mode switched on while the page is being read (sliced): the reading gives nothing', async () => {
    const d = linked(`<body><article><h1>A long story</h1>${para('Long', 400)}</article></body>`);
    // every step overruns the slice's budget, so the reading pauses at each of its steps
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 100));
    let pauses = 0;
    const article = await readArticleSliced(d, async () => {
      if (++pauses === 3) (d as { designMode: string }).designMode = 'on';
    });
    vi.restoreAllMocks();
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(article.model.text).toBe('');
  });

  for (const attr of [
    'contenteditable',
    'contenteditable=""',
    'contenteditable="true"',
    'contenteditable="plaintext-only"',
    'contenteditable="TRUE"',
  ])
    it(`<body ${attr}>: no text`, () => {
      const d = linked(`<body ${attr}>${ARTICLE}${para('More', 6)}</body>`);
      expect(readArticle(d).model.text).toBe('');
      expect(isDocumentEditable(d)).toBe(true);
    });

  it('<html contenteditable>: no text', () => {
    const d = parseHTML(
      `<!doctype html><html contenteditable><head><title>t</title></head><body>${ARTICLE}</body></html>`,
    ).document as unknown as Document;
    expect(readArticle(d).model.text).toBe('');
  });

  it('<body contenteditable="false"> is read as usual', () => {
    const d = linked(`<body contenteditable="false">${ARTICLE}</body>`);
    expect(readArticle(d).model.text).toContain('Published sentence 3');
    expect(isDocumentEditable(d)).toBe(false);
  });
});

describe('editable regions inside an article are skipped', () => {
  const withRegion = (region: string) =>
    linked(
      `<body><article><h1>Harbour bridge to close for repairs</h1>${para('Published', 3)}${region}${para('After', 2)}</article></body>`,
    );

  for (const [name, region] of [
    ['role="textbox"', `<div role="textbox"><p>${DRAFT}</p></div>`],
    ['role="searchbox"', `<div role="searchbox">${DRAFT}</div>`],
    ['role="combobox"', `<div role="combobox"><span>${DRAFT}</span></div>`],
    ['role="TextBox" (any case)', `<div role="TextBox"><p>${DRAFT}</p></div>`],
    ['a role list that holds textbox', `<div role="textbox region"><p>${DRAFT}</p></div>`],
  ] as const)
    it(`${name}: its text is not read, the article around it is`, () => {
      const { model } = readArticle(withRegion(region));
      expect(model.text).toContain('Published sentence 2');
      expect(model.text).toContain('After sentence 1');
      expect(model.text).not.toContain('Private draft');
      expect(model.text).not.toContain('hunter2');
    });

  for (const value of ['', 'true', 'plaintext-only', 'inherit'])
    it(`contenteditable="${value}" (and its children): not read`, () => {
      const { model } = readArticle(
        withRegion(
          `<div contenteditable="${value}"><p>${DRAFT}</p><p contenteditable="false">Island inside the editor, still the draft's.</p></div>`,
        ),
      );
      expect(model.text).toContain('After sentence 1');
      expect(model.text).not.toContain('Private draft');
      expect(model.text).not.toContain('Island inside');
    });

  it('an element the engine reports as editable (isContentEditable, e.g. inherited) is not read', () => {
    const d = withRegion(`<div class="editor"><p>${DRAFT}</p></div>`);
    Object.defineProperty(d.querySelector('.editor')!, 'isContentEditable', { value: true });
    const { model } = readArticle(d);
    expect(model.text).toContain('After sentence 1');
    expect(model.text).not.toContain('Private draft');
  });

  it('a long draft in a text box beside a short article: the article is read, never the draft', () => {
    const d = linked(`<body><main>${ARTICLE}</main>
      <section class="reply"><div role="textbox">${para('Draft', 20)}</div></section></body>`);
    const root = findArticleRoot(d);
    expect(root.textContent).not.toContain('Draft sentence');
    const { model } = readArticle(d);
    expect(model.text).toContain('Published sentence 0');
    expect(model.text).not.toContain('Draft sentence');
  });
});

describe('the text model itself never reads editable text, whatever its accept says', () => {
  it('a root inside an editable element gives nothing; a root in a design-mode document gives nothing', () => {
    const d = linked(
      `<body><div contenteditable="plaintext-only"><article id="a">${para('Inside')}</article></div><article id="b">${para('Outside')}</article></body>`,
    );
    const all = () => true;
    expect(buildTextModel(d.getElementById('a')!, all).text).toBe('');
    expect(buildTextModel(d.getElementById('b')!, all).text).toContain('Outside sentence 0');
    expect(buildTextModel([d.getElementById('a')!, d.getElementById('b')!], all).text).not.toContain('Inside');
    // readArticle with the root given, as the reader may do
    expect(readArticle(d, d.getElementById('a')!).model.text).toBe('');
    (d as { designMode: string }).designMode = 'on';
    expect(buildTextModel(d.getElementById('b')!, all).text).toBe('');
  });

  it('a root inside a shadow root whose host is editable gives nothing', () => {
    document.body.innerHTML = '<div contenteditable="true"><news-story></news-story></div>';
    const shadow = document.querySelector('news-story')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<article>${para('Shadow')}</article>`;
    expect(buildTextModel(shadow.querySelector('article')!, () => true).text).toBe('');
  });

  type Node_ = { tag: string; mark: string; text: string; children: Node_[] };
  const MARKS = [
    '',
    '',
    '',
    'contenteditable="true"',
    'contenteditable="plaintext-only"',
    'contenteditable=""',
    'contenteditable="false"',
    'role="textbox"',
    'role="searchbox"',
    'role="combobox"',
  ];
  const EDITABLE = (mark: string) => mark !== '' && mark !== 'contenteditable="false"';
  const element = (children: fc.Arbitrary<Node_[]>) =>
    fc.record({
      tag: fc.constantFrom('div', 'p', 'span', 'section', 'b'),
      mark: fc.constantFrom(...MARKS),
      text: fc.constantFrom('alpha', 'beta', 'gamma', 'delta'),
      children,
    });
  const { tree } = fc.letrec<{ tree: Node_ }>((tie) => ({
    tree: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'tree' },
      element(fc.constant([])),
      element(fc.array(tie('tree'), { maxLength: 3 })),
    ),
  }));
  const html = (n: Node_, id: { n: number }): string => {
    const k = id.n++;
    return `<${n.tag} ${n.mark} data-k="${k}">${n.text}-${k}- ${n.children.map((c) => html(c, id)).join('')}</${n.tag}>`;
  };

  it('generated trees: no text of an editable element or its descendants is ever read', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (forest) => {
        const id = { n: 0 };
        const d = linked(`<body><article>${forest.map((t) => html(t, id)).join('')}</article></body>`);
        const text = buildTextModel(d.querySelector('article')!, () => true).text;
        for (const el of Array.from(d.querySelectorAll('[data-k]'))) {
          let editable = false;
          for (let e: Element | null = el; e; e = e.parentElement) {
            const ce = e.getAttribute('contenteditable');
            const role = e.getAttribute('role');
            if (EDITABLE(ce !== null ? `contenteditable="${ce}"` : role ? `role="${role}"` : '')) editable = true;
          }
          const own = (el.firstChild as Text).data.trim();
          expect(text.includes(own)).toBe(!editable);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('CSS -webkit-user-modify regions (an engine that computes the property)', () => {
  /** Chromium's behaviour: inherited, "read-only" unless an element or an ancestor sets it. */
  const userModifyOf = (el: Element): string => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const m = /-webkit-user-modify\s*:\s*([\w-]+)/.exec(e.getAttribute('style') ?? '');
      if (m) return m[1];
    }
    return 'read-only';
  };
  let calls: Element[] = [];
  const engineWith = (knowsProperty: boolean) => {
    calls = [];
    vi.spyOn(window, 'getComputedStyle').mockImplementation((el: Element) => {
      calls.push(el);
      const value = knowsProperty ? userModifyOf(el) : '';
      return {
        getPropertyValue: (name: string) => (name === '-webkit-user-modify' ? value : ''),
      } as CSSStyleDeclaration;
    });
  };
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.removeAttribute('style');
  });

  const mount = (region: string) => {
    document.head.innerHTML = '<title>t</title>';
    document.body.innerHTML = `<article><h1>Harbour bridge to close for repairs</h1>${para('Published', 3)}${region}${para('After', 2)}</article>`;
  };

  for (const value of ['read-write', 'read-write-plaintext-only'])
    it(`a region with -webkit-user-modify: ${value} is not read, the article around it is`, () => {
      engineWith(true);
      mount(`<div style="-webkit-user-modify: ${value}"><p>${DRAFT}</p><p><b>Bold words in the draft</b></p></div>`);
      const { model } = readArticle(document);
      expect(model.text).toContain('Published sentence 2');
      expect(model.text).toContain('After sentence 1');
      expect(model.text).not.toContain('Private draft');
      expect(model.text).not.toContain('Bold words');
    });

  it('a region with -webkit-user-modify: read-only is read', () => {
    engineWith(true);
    mount(`<div style="-webkit-user-modify: read-only"><p>Read-only words are the article's own.</p></div>`);
    expect(readArticle(document).model.text).toContain("Read-only words are the article's own.");
  });

  it('-webkit-user-modify on <body> (inherited by the article): nothing is read', () => {
    engineWith(true);
    mount('');
    document.body.setAttribute('style', '-webkit-user-modify: read-write');
    expect(readArticle(document).model.text).toBe('');
  });

  it('asks for the computed style at most once per element, never per text node', () => {
    engineWith(true);
    mount(`<div><p>${'<span>one</span> two <b>three</b> four '.repeat(30)}</p></div>`);
    const { model } = readArticle(document);
    expect(model.text).toContain('Published sentence 0');
    const elements = document.querySelectorAll('*').length;
    const textNodes = model.segments.length;
    expect(textNodes).toBeGreaterThan(elements); // the page has more text nodes than elements
    // every element at most once in the walk, plus the scoring's paragraphs and a few roots
    const perElement = new Map<Element, number>();
    for (const el of calls) perElement.set(el, (perElement.get(el) ?? 0) + 1);
    expect(calls.length).toBeLessThanOrEqual(elements + document.querySelectorAll('p, article').length + 4);
    for (const [, n] of perElement) expect(n).toBeLessThanOrEqual(4);
  });

  it('an engine without the property (Firefox, the command line): one probe per reading, no per-element calls', () => {
    engineWith(false);
    mount(`<div style="-webkit-user-modify: read-write"><p>${'<span>one</span> two '.repeat(30)}</p></div>`);
    readArticle(document);
    expect(calls.every((el) => el === document.documentElement)).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(2); // root finding and reading each probe once
  });
});
