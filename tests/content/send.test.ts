import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CancelledError,
  RETRY_DELAYS_MS,
  isWorkerAway,
  partsWereLost,
  sendParts,
  sendWithRetry,
} from '../../entrypoints/annotator.content/send';
import { PagePartAssembler, PagePartError, type PagePart } from '../../lib/background/page-parts';
import { emptyFindings } from '../../lib/engine/findings';

const GONE = 'Could not establish connection. Receiving end does not exist.';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lets the promise chain run up to its next timer. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('sendWithRetry', () => {
  it('sends again after 0.25 s, then 0.5 s, while the worker is away, and returns the first answer', async () => {
    const send = vi
      .fn<(m: unknown) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error(GONE))
      .mockRejectedValueOnce(
        new Error(
          'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
        ),
      )
      .mockResolvedValueOnce({ ok: true, value: 1 });
    const got = sendWithRetry(send, { type: 'load-reader' });
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(249);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(499);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(3);
    await expect(got).resolves.toEqual({ ok: true, value: 1 });
    expect(send.mock.calls.every(([m]) => (m as { type: string }).type === 'load-reader')).toBe(true);
  });

  it('takes an undefined reply (the worker died before it answered) as no answer', async () => {
    const send = vi
      .fn<(m: unknown) => Promise<unknown>>()
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ ok: true, value: true });
    const got = sendWithRetry(send, { type: 'load-card-ui' });
    await vi.advanceTimersByTimeAsync(250);
    await expect(got).resolves.toEqual({ ok: true, value: true });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('gives up after a bounded number of tries, with growing pauses capped at 4 s, and says why', async () => {
    const send = vi.fn<(m: unknown) => Promise<unknown>>().mockRejectedValue(new Error(GONE));
    const got = sendWithRetry(send, { type: 'page-findings' });
    const caught = got.catch((e: unknown) => e);
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    await vi.advanceTimersByTimeAsync(total - 1);
    expect(send).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length);
    await vi.advanceTimersByTimeAsync(1);
    expect(((await caught) as Error).message).toBe(GONE);
    expect(send).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
    expect(RETRY_DELAYS_MS.slice(0, 5)).toEqual([250, 500, 1000, 2000, 4000]);
    expect(Math.max(...RETRY_DELAYS_MS)).toBe(4000);
    expect(total).toBeLessThanOrEqual(30_000);
  });

  it('does not retry a refusal or an extension that went away', async () => {
    const refused = vi
      .fn<(m: unknown) => Promise<unknown>>()
      .mockResolvedValue({ ok: false, error: 'example.com is set to never' });
    await expect(sendWithRetry(refused, {})).resolves.toEqual({ ok: false, error: 'example.com is set to never' });
    expect(refused).toHaveBeenCalledTimes(1);
    const gone = vi
      .fn<(m: unknown) => Promise<unknown>>()
      .mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(sendWithRetry(gone, {})).rejects.toThrow('Extension context invalidated');
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('stops when cancelled (the reading was overtaken, or what it waits for arrived)', async () => {
    let cancel = false;
    const send = vi.fn<(m: unknown) => Promise<unknown>>().mockRejectedValue(new Error(GONE));
    const got = sendWithRetry(send, {}, { cancelled: () => cancel }).catch((e: unknown) => e);
    await settle();
    cancel = true;
    await vi.advanceTimersByTimeAsync(250);
    expect(await got).toBeInstanceOf(CancelledError);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('isWorkerAway', () => {
  it('knows the messages of a stopped or restarting worker from other failures', () => {
    expect(isWorkerAway(new Error(GONE))).toBe(true);
    expect(isWorkerAway(new Error('The message port closed before a response was received.'))).toBe(true);
    expect(isWorkerAway('Could not establish connection')).toBe(true);
    expect(isWorkerAway(new Error('Extension context invalidated.'))).toBe(false);
    expect(isWorkerAway(new Error('malformed message'))).toBe(false);
    expect(isWorkerAway(undefined)).toBe(false);
  });
});

describe('partsWereLost', () => {
  it('reads a reply to the last part that still waits for parts, or a refusal about parts, as lost parts', () => {
    expect(partsWereLost({ ok: true, value: null }, true)).toBe(true);
    expect(partsWereLost({ ok: true, value: null }, false)).toBe(false);
    expect(partsWereLost({ ok: true, value: { notes: {} } }, true)).toBe(false);
    expect(partsWereLost({ ok: false, error: 'unknown page: resend the page' }, false)).toBe(true);
    expect(partsWereLost({ ok: false, error: 'the page’s earlier parts expired' }, true)).toBe(true);
    // Refusals that would come again are not worth sending the page again for.
    expect(partsWereLost({ ok: false, error: 'page part out of range' }, false)).toBe(false);
    expect(
      partsWereLost(
        { ok: false, error: 'page too long: a part ends at character 12000001, past the 12000000 a tab may hold' },
        false,
      ),
    ).toBe(false);
    expect(partsWereLost({ ok: false, error: 'page parts do not join up' }, true)).toBe(false);
    expect(partsWereLost({ ok: false, error: 'example.com is set to never' }, true)).toBe(false);
    expect(partsWereLost(undefined, true)).toBe(false);
  });
});

describe('sendParts: a long page while the worker restarts', () => {
  const meta = { url: null, title: null, publishedAt: null };
  const findings = emptyFindings(0);
  const texts = ['First part. ', 'Second part. ', 'Third part. ', 'Fourth part.'];
  const offsets = texts.map((_, i) => texts.slice(0, i).join('').length);
  const makePart = (index: number, attempt: number) => ({
    type: 'page-part',
    pageId: `p-${attempt}`,
    index,
    total: texts.length,
    offset: offsets[index],
    text: texts[index],
    findings: { ...findings, textLength: texts[index].length },
    meta,
  });

  /** The background's part of it: a worker that keeps parts in memory, and can be restarted. */
  function background(fault: (msg: PagePart, n: number) => 'restart-before' | 'die-mid-reply' | null) {
    let worker = new PagePartAssembler();
    let n = 0;
    const seen: string[] = [];
    const send = async (raw: unknown): Promise<unknown> => {
      const msg = raw as PagePart;
      seen.push(`${msg.pageId}#${msg.index}`);
      const f = fault(msg, n++);
      if (f === 'restart-before') worker = new PagePartAssembler();
      let whole: ReturnType<PagePartAssembler['add']>;
      try {
        whole = worker.add(1, msg);
      } catch (err) {
        // as handle-message answers a refused part (a later part of a page it does not hold, say)
        if (err instanceof PagePartError) return { ok: false, error: err.message };
        throw err;
      }
      if (f === 'die-mid-reply') {
        worker = new PagePartAssembler();
        return undefined;
      }
      return { ok: true, value: whole ? { text: whole.text } : null };
    };
    return { send, seen };
  }

  it('sends every part once when nothing goes wrong', async () => {
    const bg = background(() => null);
    const got = sendParts(bg.send, texts.length, makePart);
    await expect(got).resolves.toEqual({ ok: true, value: { text: texts.join('') } });
    expect(bg.seen).toEqual(['p-0#0', 'p-0#1', 'p-0#2', 'p-0#3']);
  });

  it('sends the whole page again, at once, when the worker restarted between parts (its earlier parts are gone)', async () => {
    const bg = background((_m, n) => (n === 2 ? 'restart-before' : null));
    const got = sendParts(bg.send, texts.length, makePart);
    await vi.advanceTimersByTimeAsync(250);
    await expect(got).resolves.toEqual({ ok: true, value: { text: texts.join('') } });
    // the new worker refuses the third part ("page parts lost: resend the page"): the fourth is not sent
    expect(bg.seen).toEqual(['p-0#0', 'p-0#1', 'p-0#2', 'p-1#0', 'p-1#1', 'p-1#2', 'p-1#3']);
  });

  it('sends the whole page again when the worker restarted before the last part', async () => {
    const bg = background((_m, n) => (n === 3 ? 'restart-before' : null));
    const got = sendParts(bg.send, texts.length, makePart);
    await vi.advanceTimersByTimeAsync(250);
    await expect(got).resolves.toEqual({ ok: true, value: { text: texts.join('') } });
    expect(bg.seen).toEqual(['p-0#0', 'p-0#1', 'p-0#2', 'p-0#3', 'p-1#0', 'p-1#1', 'p-1#2', 'p-1#3']);
  });

  it('sends the whole page again when the worker died while answering a part', async () => {
    const bg = background((_m, n) => (n === 1 ? 'die-mid-reply' : null));
    const got = sendParts(bg.send, texts.length, makePart);
    await vi.advanceTimersByTimeAsync(250);
    await expect(got).resolves.toEqual({ ok: true, value: { text: texts.join('') } });
    expect(bg.seen).toEqual(['p-0#0', 'p-0#1', 'p-1#0', 'p-1#1', 'p-1#2', 'p-1#3']);
  });

  it('pauses for the page between parts, and stops when the reading is overtaken', async () => {
    let overtaken = false;
    const between = vi.fn(async () => {
      overtaken = true;
    });
    const bg = background(() => null);
    const got = sendParts(bg.send, texts.length, makePart, { between, cancelled: () => overtaken }).catch(
      (e: unknown) => e,
    );
    expect(await got).toBeInstanceOf(CancelledError);
    expect(between).toHaveBeenCalledTimes(1);
    expect(bg.seen).toEqual(['p-0#0']);
  });

  it('returns a refusal of a part as it is, without retrying', async () => {
    const send = vi.fn(async () => ({ ok: false, error: 'page too long: a part ends past what a tab may hold' }));
    await expect(sendParts(send, 3, makePart)).resolves.toEqual({
      ok: false,
      error: 'page too long: a part ends past what a tab may hold',
    });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends the whole page again when the background says it let the earlier parts go', async () => {
    let refused = false;
    const bg = background(() => null);
    const send = async (m: unknown) => {
      if (!refused && (m as PagePart).index === 2) {
        refused = true;
        return { ok: false, error: 'unknown page: its earlier parts expired; resend the page' };
      }
      return bg.send(m);
    };
    const got = sendParts(send, texts.length, makePart);
    await vi.advanceTimersByTimeAsync(250);
    await expect(got).resolves.toEqual({ ok: true, value: { text: texts.join('') } });
    expect(bg.seen).toEqual(['p-0#0', 'p-0#1', 'p-1#0', 'p-1#1', 'p-1#2', 'p-1#3']);
  });
});
