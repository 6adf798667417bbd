/**
 * The whole article is read when its CMS splits the body into sibling containers (between ads and
 * embeds) or hides the rest of it behind "Continue reading"; the next article of an endless page,
 * a related-stories box and hidden text with no such control are not. Markup in the shape real
 * CMSs write it, text written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../lib/article/find-article';
import { paras } from './prose';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = (body: string) =>
  `<!doctype html><html><head><title>Sea wall</title></head><body><header class="site-header"><a href="/">The Example Gazette</a></header>${body}<footer class="site-footer"><p>© 2025 Example Media</p></footer></body></html>`;

const textOf = (html: string) => readArticle(doc(html)).model.text;

describe('an article split into sibling containers is read whole', () => {
  it('parts of the same kind between ads (WordPress block themes, Arc)', () => {
    const text = textOf(
      page(
        `<div class="l-container"><div class="story-body__part">${paras('First', 6)}</div><div class="ad-container">Advertisement</div><div class="story-body__part">${paras('Second', 2)}</div><div class="embed"><iframe src="about:blank"></iframe></div><div class="story-body__part">${paras('Third', 1)}</div></div>`,
      ),
    );
    expect(text).toContain('First paragraph 1');
    expect(text).toContain('Second paragraph 2');
    expect(text).toContain('Third paragraph 1');
    expect(text).not.toContain('Advertisement');
    expect(text.indexOf('First')).toBeLessThan(text.indexOf('Second'));
    expect(text.indexOf('Second')).toBeLessThan(text.indexOf('Third'));
  });

  it('parts marked by the same data-component (Guardian-style body blocks)', () => {
    const text = textOf(
      page(
        `<div class="main-col"><div data-component="body" class="dcr-a1">${paras('Opening', 5)}</div><figure class="dcr-x"><figcaption>A picture of the sea wall</figcaption></figure><div data-component="body" class="dcr-b2">${paras('Closing', 2)}</div></div>`,
      ),
    );
    expect(text).toContain('Opening paragraph 5');
    expect(text).toContain('Closing paragraph 2');
  });

  it('parts one level further up (each part wraps its paragraphs in an inner element)', () => {
    const text = textOf(
      page(
        `<div class="l-wrap"><section class="chunk"><div class="chunk-inner">${paras('Upper', 6)}</div></section><div class="promo-box">Advertisement</div><section class="chunk"><div class="chunk-inner">${paras('Lower', 2)}</div></section></div>`,
      ),
    );
    expect(text).toContain('Upper paragraph 6');
    expect(text).toContain('Lower paragraph 1');
  });
});

describe('the rest of an article behind "Continue reading" is read', () => {
  it('a hidden sibling after the button', () => {
    const text = textOf(
      page(
        `<div class="wrapper"><div class="article-text">${paras('Shown', 4)}</div><button class="expand" aria-expanded="false">Continue reading</button><div class="article-text-rest" hidden>${paras('Hidden', 3)}</div></div>`,
      ),
    );
    expect(text).toContain('Shown paragraph 4');
    expect(text).toContain('Hidden paragraph 3');
    expect(text).not.toContain('Continue reading');
  });

  it('a part hidden by its style after a "Read more ›" link', () => {
    const text = textOf(
      page(
        `<div class="wrapper"><div class="entry">${paras('Visible', 4)}</div><p class="more-link"><a href="#rest">Read more ›</a></p><div class="entry-rest" style="display: none">${paras('Folded', 2)}</div></div>`,
      ),
    );
    expect(text).toContain('Folded paragraph 2');
  });

  it('a hidden block inside the <article>, after the button', () => {
    const text = textOf(
      page(
        `<main><article><h1>Sea wall vote put off</h1><div class="body">${paras('Top', 4)}<button>Show full article</button><div class="hidden body-more">${paras('Rest', 2)}</div></div></article></main>`,
      ),
    );
    expect(text).toContain('Top paragraph 4');
    expect(text).toContain('Rest paragraph 2');
  });
});

describe('what is not more of the article', () => {
  it('the next article of an endless page', () => {
    const text = textOf(
      page(
        `<main><article class="story">${paras('This', 5)}</article><article class="story">${paras('Next', 5)}</article></main>`,
      ),
    );
    expect(text).toContain('This paragraph 5');
    expect(text).not.toContain('Next paragraph');
  });

  it('hidden text with no control to show it', () => {
    const text = textOf(
      page(
        `<main><article><div class="body">${paras('Body', 4)}<div hidden>${paras('Unshown', 2)}</div></div></article></main>`,
      ),
    );
    expect(text).toContain('Body paragraph 4');
    expect(text).not.toContain('Unshown');
  });

  it('a box of another kind beside the body', () => {
    const text = textOf(
      page(
        `<div class="l-container"><div class="story-body__part">${paras('Story', 6)}</div><div class="teaser-box">${paras('Teaser', 1)}</div></div>`,
      ),
    );
    expect(text).toContain('Story paragraph 6');
    expect(text).not.toContain('Teaser paragraph');
  });

  it('a "Read more about …" link in the text reveals nothing hidden', () => {
    const text = textOf(
      page(
        `<main><article><div class="body">${paras('Body', 4)}<p><a href="/harbour">Read more about the harbour</a></p><div hidden>${paras('Unshown', 2)}</div></div></article></main>`,
      ),
    );
    expect(text).not.toContain('Unshown');
  });
});
