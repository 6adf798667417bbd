/**
 * The reader's rules for pages nobody tuned it for: text outside <p> (split by <br>, a <div> per
 * paragraph, a table cell), markup hidden by its style, a blog theme's post column in a "widget",
 * page-number bars and "jump to" links. Made-up text; each test fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findArticleRoot, isFurniture, readArticle } from '../../lib/article/find-article';
import { precedes } from '../../lib/article/find-article/order';
import { paras } from './prose';

const doc = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
const read = (html: string) => readArticle(doc(html)).model.text;
const line = (n: number) =>
  `The ferry left the quay at ${n} o'clock, with the mail, two cars and a crate of hens, and the crossing took an hour.`;

describe('text outside paragraphs', () => {
  it('finds a story written as text split by <br><br> in a <div>, not the page around it', () => {
    const body = [1, 2, 3, 4, 5].map(line).join('<br><br>');
    const t = read(
      `<div id="top"><a href="/">Home</a> | <a href="/w">Walks</a></div><div id="story">${body}</div>` +
        `<div id="foot"><hr>This page was put together by hand over many winters, and the photographs are the author's own work.</div>`,
    );
    expect(t).toContain(line(1));
    expect(t).toContain(line(5));
    expect(t).not.toContain('Walks');
    expect(t).not.toContain('put together by hand');
  });

  it('finds a story whose paragraphs are <div>s, each a paragraph in all but name', () => {
    const body = [1, 2, 3, 4].map((n) => `<div class="b">${line(n)}</div>`).join('');
    const d = doc(
      `<div class="wrap"><div class="txt">${body}</div></div><div class="legal">An independent title, not affiliated with any ferry company, then or now.</div>`,
    );
    expect(findArticleRoot(d).className).toBe('txt');
    expect(readArticle(d).model.text).not.toContain('independent title');
  });

  it('finds a story in a table cell, inside <font> and split by <br>, not the cell of links beside it', () => {
    const body = [1, 2, 3, 4].map(line).join('<br><br>');
    const t = read(
      `<table><tr><td class="l"><a href="/">Home</a><br><a href="/m">Meetings</a><br><br><font>Membership costs ten pounds a year, payable at any meeting, and includes the newsletter.</font></td>` +
        `<td class="m"><h2>The spring meeting</h2><font>${body}</font></td></tr></table>`,
    );
    expect(t).toContain('The spring meeting');
    expect(t).toContain(line(4));
    expect(t).not.toContain('Membership costs');
    expect(t).not.toContain('Meetings');
  });

  it('still prefers paragraphs to a line of text beside them', () => {
    const d = doc(`<div class="note">${line(9)}</div><div class="body">${paras('Story', 3)}</div>`);
    expect(findArticleRoot(d).className).toBe('body');
  });
});

describe('furniture by markup, on untuned pages', () => {
  it('leaves out what the page hides with an inline style', () => {
    const t = read(
      `<article>${paras('Story', 3)}<div style="display: none"><p>A draft note to the desk about checking the figures with the clerk before this goes live.</p></div>` +
        `<p style="visibility:hidden">A leftover sentence from an earlier version of the story, with another figure in it.</p></article>`,
    );
    expect(t).toContain('Story paragraph 3');
    expect(t).not.toContain('draft note');
    expect(t).not.toContain('leftover sentence');
  });

  it('reads a blog post whose theme wraps the post column in a "widget", and not a sidebar widget', () => {
    const t = read(
      `<div class="main"><div class="widget Blog"><div class="post hentry"><h3>Frost</h3><div class="post-body entry-content">${[1, 2, 3].map(line).join('<br><br>')}</div></div></div></div>` +
        `<div class="side"><div class="widget Profile"><p>Retired librarian and beekeeper, writing about the allotment on Sunday evenings since the spring of 2009.</p></div></div>`,
    );
    expect(t).toContain(line(3));
    expect(t).not.toContain('Retired librarian');
    expect(
      isFurniture(
        doc('<div class="widget Recent"><article class="hentry"><a href="/x">A post</a></article></div>').querySelector(
          '.widget',
        )!,
      ),
    ).toBe(true);
  });

  it('leaves out page-number bars and "jump to" links', () => {
    const t = read(
      `<div class="entry"><a class="mw-jump-link" href="#nav">Jump to navigation</a>${paras('Story', 3)}` +
        `<div class="pages"><span>1</span> <a href="?p=2">2</a> <a href="?p=2">Next page</a></div>` +
        `<div class="pager"><a href="/prev">Previous feature: The harbour ferries</a></div><div class="nav-links"><a href="/n">Next post: Hedges</a></div></div>`,
    );
    expect(t).toContain('Story paragraph 3');
    for (const gone of ['Jump to navigation', 'Next page', 'Previous feature', 'Next post'])
      expect(t).not.toContain(gone);
  });

  it("reads an article's header that holds breadcrumbs beside the headline; a page's header with its navigation stays out", () => {
    const t = read(
      `<header class="site"><nav><a href="/">Home</a></nav><p>The Parish Pump, news from the valley since the spring of 1986, every week.</p></header>` +
        `<main><article><header><nav class="crumbs"><a href="/">Home</a> / <a href="/c">Community</a></nav><h1>Open gardens raise funds</h1></header>${paras('Story', 3)}</article></main>`,
    );
    expect(t).toContain('Open gardens raise funds');
    expect(t).not.toContain('Community');
    expect(t).not.toContain('The Parish Pump');
  });

  it('does not widen a story to a <main> that holds other stories’ <article> cards', () => {
    const d = doc(
      `<main><div class="story"><h1>Choir to sing in the cathedral</h1>${paras('Story', 3)}</div>` +
        `<section><h2>You might also like</h2><article><h3><a href="/x">Band marks its centenary</a></h3><p>The band that has led every fete since 1924 celebrated its hundredth year with a parade and a picnic.</p></article></section></main>`,
    );
    expect(findArticleRoot(d).className).toBe('story');
    const t = readArticle(d).model.text;
    expect(t).toContain('Choir to sing in the cathedral');
    expect(t).not.toContain('every fete since 1924');
  });

  it('leaves out a bar of links in a paragraph or a <div>, but not a paragraph that holds links in its prose', () => {
    const t = read(
      `<p><a href="/">Home</a> · <a href="/r">Radios</a> · <a href="/c">Contact</a></p><div><a href="/">Home</a> | <a href="/w">Walks</a></div>${paras('Story', 3)}` +
        `<p>The <a href="/v">valve</a> and the <a href="/t">transformer</a> were both fine, which was a relief to everyone.</p>`,
    );
    expect(t).toContain('Story paragraph 3');
    expect(t).toContain('were both fine');
    expect(t).not.toContain('Radios');
    expect(t).not.toContain('Walks');
  });
});

describe('document order', () => {
  it('reads a headline that sits in a box before the story’s box (linkedom compared depths only)', () => {
    const d = doc(
      `<div class="l"><div class="head"><h1>Night buses return</h1></div><div class="txt">${[1, 2, 3].map((n) => `<div>${line(n)}</div>`).join('')}</div></div>`,
    );
    expect(readArticle(d).model.text.startsWith('Night buses return')).toBe(true);
  });

  it('reads the headline once where a second copy of it is hidden by a class ("is-hidden", "d-none")', () => {
    for (const hidden of ['is-hidden', 'js-hidden', 'd-none']) {
      const d = doc(
        `<div class="top"><h1>Night buses return</h1></div><article><header><h1 class="${hidden}">Night buses return</h1></header>${paras('Story', 3)}</article>`,
      );
      const t = readArticle(d).model.text;
      expect(t.split('Night buses return').length - 1, hidden).toBe(1);
      expect(t).toContain('Story paragraph 3');
    }
  });

  it('orders nodes as a browser does: before, after, inside, and across boxes of different depths', () => {
    const d = doc(`<div id="a"><p id="b">x</p></div><div><div><p id="c">y</p></div></div>`);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => d.getElementById(id)!);
    expect(precedes(a, b)).toBe(true);
    expect(precedes(b, a)).toBe(false);
    expect(precedes(b, c)).toBe(true);
    expect(precedes(c, b)).toBe(false);
    expect(precedes(c, c)).toBe(false);
  });
});
