/**
 * Page-state classes on <body> and <html> ("paywall", "has-sidebar", feature flags naming a
 * newsletter) say nothing about the story inside; a "Read more" box is a story's own expander when
 * a control in it comes before the rest of the story in prose, and a box of links to other stories
 * when not; a "See more »" link to another page shows nothing hidden here. Markup in the shape
 * real CMSs write it, text written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../lib/article/find-article';
import { paras } from './prose';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = (body: string, bodyClass = '', htmlClass = '') =>
  `<!doctype html><html class="${htmlClass}"><head><title>Sea wall</title></head><body class="${bodyClass}"><header class="site-header"><a href="/">The Example Gazette</a></header>${body}<footer class="site-footer"><p>© 2025 Example Media</p></footer></body></html>`;

const read = (html: string) => readArticle(doc(html));
const textOf = (html: string) => read(html).model.text;

describe('the page’s own classes do not make the story furniture', () => {
  for (const [what, bodyClass, htmlClass] of [
    ['a paywalled page', 'story no-js paywall user-anonymous', ''],
    ['a theme with a sidebar', 'single-post has-sidebar', ''],
    ['feature flags on <html>', '', 'has-js flag-newsletterInlineModule-on'],
  ])
    it(what, () => {
      const { model, roots } = read(
        page(
          `<div id="content"><div class="story-body">${paras('Story', 5)}</div><aside class="sidebar">${paras('Aside', 1)}</aside></div>`,
          bodyClass,
          htmlClass,
        ),
      );
      expect(model.text).toContain('Story paragraph 5');
      expect(model.text).not.toContain('Aside paragraph');
      expect(roots.some((r) => r.localName === 'body')).toBe(false);
    });
});

describe('a "Read more" box', () => {
  it('that expands the rest of the story (hidden by a stylesheet) is read with what comes before it', () => {
    const text = textOf(
      page(
        `<div class="story-body"><div class="story-intro"><p><strong>Intro paragraph: the board met on Tuesday night and heard two hours of evidence.</strong></p></div>${paras('Before', 2)}<div id="read-more"><div id="read-more-link"><a href="">Read more</a></div><div class="ad-block"></div><div id="read-more-content">${paras('After', 8)}</div></div></div><div class="group"><h2>Other columns</h2>${paras('Teaser', 2)}</div>`,
      ),
    );
    expect(text).toContain('Intro paragraph');
    expect(text).toContain('Before paragraph 2');
    expect(text).toContain('After paragraph 8');
    expect(text).not.toContain('Read more');
    expect(text).not.toContain('Teaser paragraph');
  });

  it('of links to other stories is not', () => {
    const text = textOf(
      page(
        `<article><div class="body">${paras('Story', 4)}</div><div class="read-more"><h3>Read more</h3><ul><li><a href="/a">The ferry timetable changes in May</a></li><li><a href="/b">Traders count the cost of the storm</a></li></ul></div></article>`,
      ),
    );
    expect(text).toContain('Story paragraph 4');
    expect(text).not.toContain('ferry timetable');
  });

  it('a "See more »" link to another page reveals nothing hidden', () => {
    const text = textOf(
      page(
        `<main><article><div class="body">${paras('Body', 4)}</div><aside class="column-box"><a href="https://example.com/column">See More »</a></aside><div class="survey-prompt hidden"><p>We would like your views on this page: tell us what you think of it.</p></div></article></main>`,
      ),
    );
    expect(text).toContain('Body paragraph 4');
    expect(text).not.toContain('your views');
  });
});
