/**
 * No page can stall the reading: its steps (lib/article/steps.ts) do a bounded amount of work
 * between two yields whatever the page, the content script pauses for the page between them, and
 * the text read is the same as in one go. Counted in DOM calls and yields, never timed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle, readArticleSteps, findArticleRoot } from '../../lib/article/find-article';
import { buildTextModel, buildTextModelSteps } from '../../lib/article/text-model';
import { runSync, type Steps } from '../../lib/article/steps';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body><main><article><h1>A headline of the page</h1>${body}</article></main></body></html>`;

/** Runs the steps in one go, counting the yields. */
function countYields<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, yields };
    yields++;
  }
}

/** Counts calls to a method of linkedom's prototypes (from the element's own up), and the largest list one returned. */
function spyOnDom(node: object, method: string) {
  const calls = { n: 0, largest: 0 };
  const restore: (() => void)[] = [];
  for (
    let proto = Object.getPrototypeOf(node);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    if (!Object.hasOwn(proto, method)) continue;
    const original = proto[method];
    proto[method] = function (this: unknown, ...args: unknown[]) {
      calls.n++;
      const out = original.apply(this, args);
      if (out && typeof out.length === 'number') calls.largest = Math.max(calls.largest, out.length);
      return out;
    };
    restore.push(() => (proto[method] = original));
  }
  return { calls, restore: () => restore.forEach((r) => r()) };
}

const spies: { restore(): void }[] = [];
afterEach(() => {
  while (spies.length) spies.pop()!.restore();
});

describe('the reading of a page, in slices', () => {
  it('reads one huge paragraph (1 MB) in many slices, and the same text as in one go', () => {
    const words = 'The minister, who spoke on Tuesday — said   the\tplan,\nwhich was new, would work. ';
    const huge = words.repeat(Math.ceil(1_000_000 / words.length));
    const d = doc(page(`<p>${huge}</p>`));
    const { value, yields } = countYields(readArticleSteps(d));
    // a slice reads at most 64 K characters: the scoring and the text model each take ~16
    expect(yields).toBeGreaterThanOrEqual(30);
    expect(value.model.text).toBe(readArticle(d).model.text);
    expect(value.model.text).toBe(`A headline of the page\n${huge.replace(/\s+/g, ' ').trim()}`);
    expect(value.roots.map((r) => r.tagName)).toEqual(['ARTICLE']);
  });

  it('builds the text model of one huge text node in slices, with one segment for it', () => {
    const text = 'a\tb '.repeat(300_000);
    const d = doc(`<html><body><div>${text}</div></body></html>`);
    const { value, yields } = countYields(buildTextModelSteps(d.body, () => true));
    expect(yields).toBeGreaterThanOrEqual(Math.floor(text.length / 65_536));
    expect(value.text).toBe(text.replace(/\t/g, ' ').trim());
    expect(value.segments).toHaveLength(1);
    expect(value).toEqual(buildTextModel(d.body, () => true));
  });

  it('tests each element for furniture once, not once for every paragraph under it', () => {
    // 3,000 paragraphs 40 <div>s deep: each paragraph's ancestors were tested again for each one
    const n = 3_000;
    const depth = 40;
    const body = `${'<div class="wrap">'.repeat(depth)}${Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story, with enough words in it to count as prose.</p>`).join('')}${'</div>'.repeat(depth)}`;
    const d = doc(page(body));
    const spy = spyOnDom(d.querySelector('p')!, 'getAttribute');
    spies.push(spy);
    const { model } = readArticle(d);
    expect(model.text.split('\n')).toHaveLength(n + 1);
    // a few attribute reads per element (furniture, editable, the walk), not per ancestor
    expect(spy.calls.n).toBeLessThan(40 * (n + depth));
  });

  it('never lists a page’s paragraphs in one DOM query (a page of 20,000 <p> is walked in slices)', () => {
    const n = 20_000;
    const d = doc(page(Array.from({ length: n }, (_, i) => `<p>${i % 10}</p>`).join('\n')));
    const el = spyOnDom(d.querySelector('p')!, 'querySelectorAll');
    const fromDoc = spyOnDom(d, 'querySelectorAll');
    spies.push(el, fromDoc);
    const { value, yields } = countYields(readArticleSteps(d));
    expect(value.model.text.split('\n')).toHaveLength(n + 1);
    expect(Math.max(el.calls.largest, fromDoc.calls.largest)).toBeLessThan(100);
    // the walk, the scoring, the look for shadow roots and the text model each yield every few hundred elements at most
    expect(yields).toBeGreaterThan(n / 256);
  });

  it('finds the same root in slices as in one go, shadow roots included', () => {
    const d = doc(page(Array.from({ length: 50 }, () => '<p>x</p>').join('')));
    expect(runSync(readArticleSteps(d)).roots[0]).toBe(findArticleRoot(d));
  });
});
