import { describe, expect, it } from 'vitest';
import { PARTS_LOST, PagePartAssembler, PagePartError, type PagePart } from '../../lib/background/page-parts';
import { partsWereLost } from '../../entrypoints/annotator.content/send';
import { handleBackgroundMessage, type BackgroundDeps } from '../../lib/background/handle-message';
import { extractFindings } from '../../lib/engine/extract';
import { extractPartsSliced } from '../../lib/text/chunked';

const meta = { url: null, title: null, publishedAt: null };
const text = Array.from(
  { length: 40 },
  (_, i) => `Keir Starmer said “we will act” on day ${i}, according to officials.`,
).join('\n');

/** A long page's parts (offsets relative to the page), as the content script sends them. */
async function partsOf(t: string, pageId: string, partChars = 600): Promise<PagePart[]> {
  const parts = await extractPartsSliced(t, async () => {}, partChars, 200);
  return parts.map((p, index) => ({
    pageId,
    index,
    total: parts.length,
    offset: p.offset,
    text: p.text,
    findings: p.findings,
    meta,
  }));
}

/** A clock the test moves. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, pass: (ms: number) => (t += ms) };
}

describe('PagePartAssembler', () => {
  it('joins the parts of a long page into its whole text and findings, the first part first and the rest in any order', async () => {
    const msgs = await partsOf(text, 'a');
    expect(msgs.length).toBeGreaterThan(2);
    const asm = new PagePartAssembler();
    const [first, ...rest] = msgs;
    const last = rest.pop()!;
    expect(asm.add(1, first)).toBeNull();
    for (const m of rest.reverse()) expect(asm.add(1, m)).toBeNull();
    const whole = asm.add(1, last)!;
    expect(whole.text).toBe(text);
    expect(whole.findings.quotes.map((q) => text.slice(q.start, q.end))).toEqual(
      extractFindings(text).quotes.map((q) => text.slice(q.start, q.end)),
    );
    expect(asm.pending()).toEqual({ pages: 0, chars: 0 });
  });

  it('drops an unfinished page when a newer one starts from the same source, and refuses parts that do not join', async () => {
    const asm = new PagePartAssembler();
    const old = await partsOf(text, '0/old');
    const fresh = await partsOf(text, '0/new');
    asm.add(1, old[0]);
    expect(asm.pending(1).pages).toBe(1);
    for (let i = 0; i < fresh.length - 1; i++) expect(asm.add(1, fresh[i])).toBeNull();
    expect(asm.pending(1).pages).toBe(1); // the old page went
    expect(asm.add(1, fresh[fresh.length - 1])).not.toBeNull();
    // a part whose offset does not follow the part before it: refused at once, its page dropped
    const bad = (await partsOf(text, 'bad')).map((p, i) => (i === 1 ? { ...p, offset: 5 } : p));
    asm.add(2, bad[0]);
    expect(() => asm.add(2, bad[1])).toThrow(/join/);
    expect(asm.pending(2).pages).toBe(0);
  });

  it('refuses at once a later part of a page it does not hold (worker restarted, parts expired), keeping nothing', async () => {
    const c = clock();
    const asm = new PagePartAssembler({ now: c.now });
    const parts = await partsOf(text, '0/p');
    // a new worker: the first part it hears of is the second
    expect(() => asm.add(1, parts[1])).toThrow(new PagePartError(PARTS_LOST));
    expect(asm.pending()).toEqual({ pages: 0, chars: 0 });
    // the same after the page expired between two parts
    asm.add(1, parts[0]);
    c.pass(60_001);
    expect(() => asm.add(1, parts[1])).toThrow(/page parts lost: resend the page/);
    expect(asm.pending()).toEqual({ pages: 0, chars: 0 });
    // and it does not drop the unfinished page of the same frame
    asm.add(1, parts[0]);
    expect(() => asm.add(1, { ...parts[2], pageId: '0/q' })).toThrow(/lost/);
    expect(asm.pending(1).pages).toBe(1);
    // the reader's words for "send the whole page again"
    expect(partsWereLost({ ok: false, error: PARTS_LOST }, false)).toBe(true);
  });

  it('keeps the pages of other frames of the tab', async () => {
    const asm = new PagePartAssembler();
    const top = await partsOf(text, '0/p');
    const frame = await partsOf(text, '7/p');
    asm.add(1, top[0]);
    asm.add(1, frame[0]);
    expect(asm.pending(1).pages).toBe(2);
    for (const p of top.slice(1, -1)) asm.add(1, p);
    expect(asm.add(1, top[top.length - 1])?.text).toBe(text);
    expect(asm.pending(1).pages).toBe(1); // the frame's page is still waiting
  });

  it('expires an unfinished page a minute after its last part (injectable clock)', async () => {
    const c = clock();
    const asm = new PagePartAssembler({ now: c.now });
    const a = await partsOf(text, 'a');
    const b = await partsOf(text, 'b');
    asm.add(1, a[0]);
    c.pass(40_000);
    asm.add(1, a[1]); // a part keeps its page alive: a minute from its last part
    asm.add(2, b[0]);
    c.pass(40_000);
    asm.expire();
    expect(asm.pending(1).pages).toBe(1);
    expect(asm.pending(2).pages).toBe(1);
    c.pass(20_001);
    asm.expire(); // 60.001 s since tab 1's last part, 60.001 s since tab 2's
    expect(asm.pending()).toEqual({ pages: 0, chars: 0 });
    // a later part of an expired page is refused: the reader sends the whole page again
    expect(() => asm.add(1, a[a.length - 1])).toThrow(/page parts lost: resend the page/);
    expect(asm.pending(1).pages).toBe(0);
  });

  it('expires pages on the next part of any tab, without a timer', async () => {
    const c = clock();
    const asm = new PagePartAssembler({ now: c.now, expireMs: 1_000 });
    const a = await partsOf(text, 'a');
    asm.add(1, a[0]);
    c.pass(1_001);
    asm.add(2, a[0]);
    expect(asm.pending(1).pages).toBe(0);
    expect(asm.pending(2).pages).toBe(1);
  });

  it('caps what one tab holds: its other pages go first, the oldest first; a page that cannot fit is refused', async () => {
    const long = Array.from({ length: 20 }, () => 'word '.repeat(200)).join('\n'); // 20,000 characters
    const parts = await partsOf(long, '1/a', 4_000);
    const cost = parts.reduce((n, p) => n + PagePartAssembler.costOf(p), 0);
    const asm = new PagePartAssembler({ maxTabChars: cost + 1_000 });
    // three frames' unfinished pages in one tab
    asm.add(1, { ...parts[0], pageId: '2/a' });
    asm.add(1, { ...parts[0], pageId: '3/a' });
    expect(asm.pending(1).pages).toBe(2);
    // the whole page (nearly the tab's limit) makes room by dropping the others, oldest first
    for (const p of parts.slice(0, -1)) asm.add(1, p);
    expect(asm.pending(1).pages).toBeLessThanOrEqual(2);
    expect(asm.pending(1).chars).toBeLessThanOrEqual(cost + 1_000);
    expect(asm.add(1, parts[parts.length - 1])?.text).toBe(long);
    // a page longer than a tab may hold is refused, and what it sent is dropped
    const small = new PagePartAssembler({ maxTabChars: PagePartAssembler.costOf(parts[0]) + 8 * parts.length + 100 });
    small.add(1, parts[0]);
    expect(() => small.add(1, parts[1])).toThrow(PagePartError);
    expect(small.pending(1)).toEqual({ pages: 0, chars: 0 });
    // so is a part that ends past what a tab may hold, whatever came before (checked before it is
    // refused as the part of a page not held)
    expect(() => small.add(1, { ...parts[parts.length - 1], index: parts.length - 1 })).toThrow(/too long/);
  });

  it('caps what all tabs hold: the page that waited longest goes first', async () => {
    const c = clock();
    const long = Array.from({ length: 10 }, () => 'word '.repeat(200)).join('\n'); // 10,000 characters
    const parts = await partsOf(long, 'p', 2_000);
    const one = PagePartAssembler.costOf(parts[0]) + 8 * parts.length;
    const asm = new PagePartAssembler({ now: c.now, maxTotalChars: one * 3 + 10 });
    for (let tab = 1; tab <= 3; tab++) {
      asm.add(tab, parts[0]);
      c.pass(1_000);
    }
    expect(asm.pending().pages).toBe(3);
    asm.add(1, parts[1]); // tab 1's page is now the freshest
    c.pass(1_000);
    asm.add(4, parts[0]); // no room: tab 2's page waited longest, then tab 3's
    expect(asm.pending(2).pages).toBe(0);
    expect(asm.pending(4).pages).toBe(1);
    expect(asm.pending().chars).toBeLessThanOrEqual(one * 3 + 10);
    expect(asm.pending(1).pages).toBe(1);
  });

  it('refuses parts whose numbers cannot be a page: out of range, a first part not at 0, findings of another text', async () => {
    const parts = await partsOf(text, 'x');
    const asm = new PagePartAssembler();
    expect(() => asm.add(1, { ...parts[0], index: parts.length })).toThrow(/out of range/);
    expect(() => asm.add(1, { ...parts[0], total: 0 })).toThrow(/out of range/);
    expect(() => asm.add(1, { ...parts[0], offset: 3 })).toThrow(/starts at 0/);
    expect(() => asm.add(1, { ...parts[1], text: `${parts[1].text}x` })).toThrow(/another text/);
    asm.add(1, parts[0]);
    expect(() => asm.add(1, { ...parts[1], total: parts.length + 1 })).toThrow(/number of parts/);
    expect(asm.pending()).toEqual({ pages: 0, chars: 0 });
  });

  it('forgets a tab’s pages', async () => {
    const parts = await partsOf(text, 'x');
    const asm = new PagePartAssembler();
    asm.add(1, parts[0]);
    asm.add(1, { ...parts[0], pageId: '5/x' });
    asm.add(2, parts[0]);
    asm.forget(1);
    expect(asm.pending(1)).toEqual({ pages: 0, chars: 0 });
    expect(asm.pending().pages).toBe(1);
  });

  it('takes a whole 1 MB page of quotes (about the most findings a character can have) with the default limits', async () => {
    const quotes = '“A” '.repeat(250_000); // 1,000,000 characters, 250,000 quotations
    const parts = await partsOf(quotes, '0/q', 32_000);
    const asm = new PagePartAssembler();
    let whole: ReturnType<PagePartAssembler['add']> = null;
    for (const p of parts) whole = asm.add(1, p);
    expect(whole?.text).toBe(quotes);
    expect(whole?.findings.quotes.length).toBe(250_000);
  });

  it('takes a whole 1 MB page of one-letter lines (a finding every character) with the default limits', async () => {
    const lines = 'a\n'.repeat(500_000);
    const parts = await partsOf(lines, '0/l', 32_000);
    const asm = new PagePartAssembler();
    let whole: ReturnType<PagePartAssembler['add']> = null;
    for (const p of parts) whole = asm.add(1, p);
    expect(whole?.text).toBe(lines);
  });

  it('holds a bounded amount however many parts a page sends that never completes', async () => {
    // 150 parts of ~1.9 M characters each, of a page that never sends its last part
    const big = 'a'.repeat(1_900_000);
    const findings = extractFindings('');
    const asm = new PagePartAssembler();
    let refused = 0;
    for (let i = 0; i < 150; i++) {
      try {
        asm.add(1, {
          pageId: 'huge',
          index: i,
          total: 151,
          offset: i * big.length,
          text: big,
          findings: { ...findings, textLength: big.length },
          meta,
        });
      } catch (e) {
        expect(e).toBeInstanceOf(PagePartError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(140);
    expect(asm.pending().chars).toBeLessThanOrEqual(12_000_000);
  });
});

describe('the page-part message', () => {
  const self = { id: 'newslensid', origin: 'chrome-extension://newslensid' };
  const sender = {
    id: self.id,
    url: 'https://news.example.co.uk/a',
    origin: 'https://news.example.co.uk',
    tabId: 7,
    frameId: 0,
  };
  // nothing but the assembler is reached for a part that is refused or waits for more
  const deps = (parts: PagePartAssembler) => ({ self, parts }) as unknown as BackgroundDeps;

  it('is answered at once with "page parts lost: resend the page" when its earlier parts are not held', async () => {
    const asm = new PagePartAssembler();
    const parts = await partsOf(text, 'p');
    const msg = (i: number) => ({ type: 'page-part' as const, ...parts[i] });
    // a new worker hears of the page from its second part: refused, nothing kept
    const reply = await handleBackgroundMessage(msg(1), sender, deps(asm));
    expect(reply).toEqual({ ok: false, error: 'page parts lost: resend the page' });
    expect(partsWereLost(reply, false)).toBe(true);
    expect(asm.pending()).toEqual({ pages: 0, chars: 0 });
    // the first part is kept and waits for the rest, as before
    expect(await handleBackgroundMessage(msg(0), sender, deps(asm))).toEqual({ ok: true, value: null });
    expect(await handleBackgroundMessage(msg(1), sender, deps(asm))).toEqual({ ok: true, value: null });
    expect(asm.pending(7).pages).toBe(1);
  });
});
