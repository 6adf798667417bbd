/**
 * The reader's second round of rules for pages nobody tuned it for: the headline among several
 * <h1>s, AMP's ad elements, a sign-up box, an author's box, a side column that outweighs a short
 * story, a "Words:" byline. Made-up text; each test fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findArticleRoot, readArticle } from '../../lib/article/find-article';
import { paras } from './prose';

const doc = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
const read = (html: string) => readArticle(doc(html)).model.text;

describe('the headline among several <h1>s', () => {
  it("reads the story's <h1>, not the site's name in an <h1> that links home", () => {
    const t = read(
      `<div class="top"><h1 class="logo"><a href="/">The Quayside Gazette</a></h1></div>` +
        `<div class="post"><h1>Harbour wall to be raised by a metre</h1><div class="txt">${paras('Story', 3)}</div></div>`,
    );
    expect(t).toContain('Harbour wall to be raised by a metre');
    expect(t).not.toContain('The Quayside Gazette');
    expect(t).toContain('Story paragraph 3');
  });

  it('reads the <h1> nearest before the story when an earlier one says something else', () => {
    const t = read(
      `<div class="promo-strip"><span>Weekend edition</span></div><div class="brand"><h1>Quayside Gazette</h1></div>` +
        `<div class="post"><h1>Harbour wall to be raised by a metre</h1><div class="txt">${paras('Story', 3)}</div></div>`,
    );
    expect(t).toContain('Harbour wall to be raised by a metre');
    expect(t).not.toContain('Quayside Gazette');
  });
});

describe('furniture by its markup', () => {
  it("leaves out an AMP ad's fallback text between the paragraphs", () => {
    const t = read(
      `<div class="story">${paras('Story', 2)}<amp-ad width="300" height="250" type="x"><div fallback>Advertisement failed to load here</div></amp-ad>${paras('More', 2)}</div>`,
    );
    expect(t).not.toContain('Advertisement failed to load');
    expect(t).toContain('More paragraph 2');
  });

  it("leaves out a sign-up box (its heading and pitch beside a form for an e-mail address), not the story's paragraphs", () => {
    const t = read(
      `<main>${paras('Story', 2)}<div class="box-x"><h4>The Tuesday letter</h4><p>Our best walks and the week's weather, sent out every Tuesday morning at seven.</p>` +
        `<form><input type="email"><button>Go</button></form></div>${paras('After', 2)}</main>`,
    );
    expect(t).not.toContain('The Tuesday letter');
    expect(t).not.toContain('sent out every Tuesday morning');
    expect(t).toContain('Story paragraph 2');
    expect(t).toContain('After paragraph 2');
  });

  it('keeps a long story that holds a form (a reader poll) among its paragraphs', () => {
    const t = read(
      `<div class="story"><form><input type="email"></form>${paras('Story', 4)}</div><div class="x">${paras('Side', 1)}</div>`,
    );
    expect(t).toContain('Story paragraph 4');
  });

  it('leaves out an author\'s box (class "writer") with a link to more of her work', () => {
    const t = read(
      `<article><h1>Harbour wall to be raised</h1>${paras('Story', 3)}` +
        `<div class="writer"><p>Mara Quell has walked every harbour wall in the county.</p><a href="/w/mq">More from Mara Quell</a></div></article>`,
    );
    expect(t).not.toContain('More from Mara Quell');
    expect(t).toContain('Story paragraph 3');
  });

  it('leaves out a side column ("col-side", "right-rail") that holds more prose than a two-paragraph story', () => {
    for (const side of ['col-side', 'right-rail', 'secondary']) {
      const d = doc(
        `<div class="layout"><div class="col-a"><h1>Harbour wall to be raised</h1>${paras('Story', 2)}</div>` +
          `<div class="${side}"><div class="box">${paras('Side', 3)}</div><div class="box">${paras('Listing', 3)}</div></div></div>`,
      );
      const t = readArticle(d).model.text;
      expect(t, side).toContain('Story paragraph 2');
      expect(t, side).not.toContain('Side paragraph 1');
      expect(t, side).not.toContain('Listing paragraph 1');
      expect(findArticleRoot(d).className, side).toBe('col-a');
    }
  });

  it('keeps a column whose class names the story beside the word for a side ("side-content")', () => {
    const t = read(`<div class="side-content">${paras('Story', 3)}</div>`);
    expect(t).toContain('Story paragraph 3');
  });
});

describe('comments said by their heading alone', () => {
  const comment = (n: number) =>
    `<div class="c3"><p>Reader ${n} says the harbour wall has needed raising for years, and the council only acts once the water is in the shops, every single time.</p></div>`;
  for (const heading of ['24 Comments', 'Comments (24)', 'Responses (3)', 'Join the conversation'])
    it(`leaves out a section headed "${heading}" whose classes say nothing, though it outweighs a short story`, () => {
      const t = read(
        `<div class="wrap"><div class="c1"><h1>Harbour wall to be raised</h1>${paras('Story', 2)}</div>` +
          `<div class="c2"><h2>${heading}</h2>${[1, 2, 3, 4, 5].map(comment).join('')}</div></div>`,
      );
      expect(t).toContain('Story paragraph 2');
      expect(t).not.toContain(heading);
      expect(t).not.toContain('Reader 1 says');
    });

  it('keeps a part of the story headed "Responses" or "Discussion"', () => {
    for (const heading of ['Responses', 'Discussion']) {
      const t = read(
        `<div class="story">${paras('Story', 3)}<div class="part"><h2>${heading}</h2>${paras('Part', 2)}</div></div>`,
      );
      expect(t, heading).toContain('Part paragraph 2');
    }
  });
});

describe('furniture by its words', () => {
  it('leaves out a "Words: NAME" or "Reporting: NAME" byline', () => {
    for (const line of ['Words: Mara Quell', 'Reporting: Mara Quell and Tom Fenn']) {
      const t = read(`<article><h1>Harbour wall to be raised</h1><p>${line}</p>${paras('Story', 3)}</article>`);
      expect(t, line).not.toContain(line);
      expect(t).toContain('Story paragraph 1');
    }
  });
});
