// @vitest-environment happy-dom
/**
 * `white-space` set by the page's stylesheets (a class, a selector), not in a style attribute: where the
 * reader runs with computed styles (a browser; here happy-dom, which computes a stylesheet's rules and
 * their inheritance), the text model lays whitespace out as the page shows it. On the command line
 * (linkedom: no computed styles) the markup's mode stands. Markup in the shape CMSs write it (a poem or a
 * notice block styled by class, a code sample), text made up for these tests.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../lib/article/find-article';
import { rangePartsFor } from '../../lib/article/text-model';

const FILLER = `<p>The harbour board met for three hours on Tuesday evening and heard from more than forty residents, most of them opposed to the plan.</p>
<p>Its members will vote again next month, after a further round of consultation with traders on the seafront and the ferry operators.</p>`;

const STYLES = `<style>
  .poem, .wp-block-verse { white-space: pre-line; }
  .notice-block { white-space: pre-wrap; }
  .tidy { white-space: normal; }
</style>`;

const page = (inner: string) =>
  `<!doctype html><html><head><title>Harbour</title>${STYLES}</head><body><main><article>${inner}${FILLER}</article></main></body></html>`;

/** The article's text as the browser-side reader reads it (happy-dom's document, with its stylesheets). */
function readInBrowser(html: string) {
  document.open();
  document.write(html);
  document.close();
  return readArticle(document).model;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('white-space from the page’s stylesheets', () => {
  it('a verse block styled pre-line by its class keeps its line breaks, and collapses its spaces', () => {
    const html = page(
      `<p class="wp-block-verse">The tide came in at Dunmore
the   boats lay still
and Ann Lee walked the harbour wall</p>`,
    );
    const model = readInBrowser(html);
    expect(model.text).toContain(
      'The tide came in at Dunmore\nthe boats lay still\nand Ann Lee walked the harbour wall',
    );
    // every character still maps back to the one it was read from
    const i = model.text.indexOf('Ann Lee');
    const parts = rangePartsFor(model, i, i + 7);
    expect(parts && parts.startNode.data.slice(parts.startOffset, parts.startOffset + 7)).toBe('Ann Lee');
    // the command line, with no computed styles, reads the markup: one space for each run
    const cli = readArticle(parseHTML(html).document as unknown as Document).model;
    expect(cli.text).toContain('The tide came in at Dunmore the boats lay still and Ann Lee walked the harbour wall');
  });

  it('a notice styled pre-wrap by its class keeps its spaces; an inherited mode reaches the spans inside', () => {
    const model = readInBrowser(
      page(`<div class="notice-block"><span>Harbour dues  2024</span>\n<span>Moorings  £1,200</span></div>`),
    );
    expect(model.text).toContain('Harbour dues  2024\nMoorings  £1,200');
  });

  it('a class that sets normal inside a block styled pre collapses again', () => {
    const model = readInBrowser(
      page(`<div style="white-space: pre"><span class="tidy">Tom   Berg
said so</span></div>`),
    );
    expect(model.text).toContain('Tom Berg said so');
  });

  it('with no stylesheet rule, the markup’s mode stands (a style attribute keeps, a paragraph collapses)', () => {
    const model = readInBrowser(
      page(`<div style="white-space: pre-wrap">a  b\nc</div><p>Colm   Daly
spoke</p>`),
    );
    expect(model.text).toContain('a  b\nc');
    expect(model.text).toContain('Colm Daly spoke');
  });
});
