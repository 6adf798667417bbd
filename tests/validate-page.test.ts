import { describe, expect, it } from 'vitest';
import { parseReplySliced } from '../lib/validate-page';
import { PageFindingsReply } from '../lib/messages';
import { samplePage } from './notes-fixture';

const pause = async () => {};

describe('parseReplySliced', () => {
  it('accepts exactly what PageFindingsReply accepts, item by item', async () => {
    const ok = { ok: true, value: samplePage() };
    expect(PageFindingsReply.safeParse(ok).success).toBe(true);
    expect(await parseReplySliced(ok, pause, 1)).toEqual(samplePage());
  });
  it('refuses errors and anything malformed anywhere in the page', async () => {
    expect(await parseReplySliced({ ok: false, error: 'x' }, pause)).toBeNull();
    expect(await parseReplySliced(null, pause)).toBeNull();
    const bad = (f: (p: ReturnType<typeof samplePage>) => void) => {
      const p = samplePage();
      f(p);
      return { ok: true, value: p };
    };
    expect(
      await parseReplySliced(
        bad((p) => ((p.notes.actors[1] as { type: string }).type = 'alien')),
        pause,
      ),
    ).toBeNull();
    expect(
      await parseReplySliced(
        bad((p) => ((p.notes.claims[2] as { start: number }).start = -1)),
        pause,
      ),
    ).toBeNull();
    expect(
      await parseReplySliced(
        bad((p) => ((p.entities['keir-starmer'] as { facts: unknown }).facts = 'x')),
        pause,
      ),
    ).toBeNull();
    expect(
      await parseReplySliced(
        bad((p) => ((p.notes as { publishedAt: string }).publishedAt = 'yesterday')),
        pause,
      ),
    ).toBeNull();
    expect(
      await parseReplySliced(
        bad((p) => ((p as { knowledgeDate: unknown }).knowledgeDate = 5)),
        pause,
      ),
    ).toBeNull();
  });
});

describe('parseReplySliced on a much-named actor', () => {
  it('checks each mention, pausing between batches', async () => {
    const p = samplePage();
    p.notes.actors[0].mentions = Array.from({ length: 2500 }, (_, i) => ({
      text: 'Keir Starmer',
      start: i * 20,
      end: i * 20 + 12,
    }));
    let pauses = 0;
    const parsed = await parseReplySliced({ ok: true, value: p }, async () => void pauses++, 500);
    expect(parsed?.notes.actors[0].mentions).toHaveLength(2500);
    expect(pauses).toBeGreaterThanOrEqual(5);
    (p.notes.actors[0].mentions[1700] as { end: number }).end = -3;
    expect(await parseReplySliced({ ok: true, value: p }, async () => {}, 500)).toBeNull();
  });
});
