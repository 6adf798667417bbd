import { describe, expect, it } from 'vitest';
import { PagePartAssembler } from '../../lib/background/page-parts';
import { extractFindings } from '../../lib/extract/index';
import { extractPartsSliced } from '../../lib/extract/chunked';

const meta = { url: null, title: null, publishedAt: null };
const text = Array.from({ length: 40 }, (_, i) => `Keir Starmer said “we will act” on day ${i}, according to officials.`).join('\n');

describe('PagePartAssembler', () => {
  it('joins the parts of a long page into its whole text and findings, in any order', async () => {
    const parts = await extractPartsSliced(text, async () => {}, 600, 200);
    expect(parts.length).toBeGreaterThan(2);
    const asm = new PagePartAssembler();
    const msgs = parts.map((p, index) => ({ pageId: 'a', index, total: parts.length, offset: p.offset, text: p.text, findings: p.findings, meta }));
    const [first, ...rest] = msgs;
    for (const m of rest.reverse()) expect(asm.add(1, m)).toBeNull();
    const whole = asm.add(1, first)!;
    expect(whole.text).toBe(text);
    expect(whole.findings.quotes.map((q) => text.slice(q.start, q.end))).toEqual(extractFindings(text).quotes.map((q) => text.slice(q.start, q.end)));
  });
  it('drops an unfinished page when a newer one starts, and refuses parts that do not join', async () => {
    const parts = await extractPartsSliced(text, async () => {}, 600, 200);
    const asm = new PagePartAssembler();
    const m = (pageId: string, index: number, offset = parts[index].offset) => ({ pageId, index, total: parts.length, offset, text: parts[index].text, findings: parts[index].findings, meta });
    asm.add(1, m('old', 0));
    for (let i = 0; i < parts.length - 1; i++) expect(asm.add(1, m('new', i))).toBeNull();
    expect(asm.add(1, m('new', parts.length - 1))).not.toBeNull();
    for (let i = 0; i < parts.length - 1; i++) asm.add(2, m('bad', i, i === 1 ? 5 : parts[i].offset));
    expect(() => asm.add(2, m('bad', parts.length - 1))).toThrow(/join/);
  });
});
