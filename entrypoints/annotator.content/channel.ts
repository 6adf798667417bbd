import { isDocumentEditable } from '../../lib/article/editable';
import type { readArticleMeta } from '../../lib/article/meta';
import type { extractPartsSliced } from '../../lib/text/chunked';
import type { Guard } from './guard';
import { CancelledError, sendParts, sendWithRetry, type RetryOptions } from './send';
import { pause } from './timing';

type Send = (msg: unknown) => Promise<unknown>;

export interface Channel {
  /** A message the background must answer: sent again while its worker is stopped or restarting. */
  send(msg: unknown, cancelled?: () => boolean): Promise<unknown>;
  /** How a message is tried again; the first retry says so once in the console. */
  retryOpts(cancelled: () => boolean): RetryOptions;
}

/** Messages to the background, tried again while its worker is away (send.ts). */
export function createChannel(ctx: Guard, sendOnce: Send): Channel {
  let warned = false;
  const retryOpts = (cancelled: () => boolean): RetryOptions => ({
    cancelled: () => ctx.isInvalid || cancelled(),
    onRetry: (err) => {
      if (warned) return;
      warned = true;
      console.info(
        `News Lens: the extension's background did not answer (${err instanceof Error ? err.message : String(err)}); trying again.`,
      );
    },
  });
  return {
    send: (msg, cancelled = () => false) => sendWithRetry(sendOnce, msg, retryOpts(cancelled)),
    retryOpts,
  };
}

interface PageToSend {
  doc: Document;
  meta: ReturnType<typeof readArticleMeta>;
  text: string;
  parts: Awaited<ReturnType<typeof extractPartsSliced>>;
  /** The reading's number: part of a long page's id. */
  gen: number;
  /** Whether a newer reading overtook this one: then nothing more is sent. */
  overtaken: () => boolean;
}

/**
 * Sends a page's text and findings to the background and returns its reply (the notes, not yet
 * checked). Throws CancelledError when the reading was overtaken or the page became editable.
 */
export function sendPage(sendOnce: Send, channel: Channel, p: PageToSend): Promise<unknown> {
  // Design mode can be switched on while the text read a moment before is being extracted: the
  // page is asked again just before each message that carries its text (and each retry of it),
  // and nothing is sent once it is editable.
  const editableNow = () => isDocumentEditable(p.doc);
  const stopSending = () => p.overtaken() || editableNow();
  const sendText = (msg: unknown) => (editableNow() ? Promise.reject(new CancelledError()) : sendOnce(msg));
  const { parts, meta } = p;
  if (parts.length === 1)
    return sendWithRetry(
      sendText,
      { type: 'page-findings', meta, text: p.text, findings: parts[0].findings },
      channel.retryOpts(stopSending),
    );
  // A long page goes in parts: no single message big enough to block the page. If the
  // worker stopped on the way, the parts it had are gone: the whole page is sent again.
  const pageId = `${Date.now().toString(36)}-${p.gen}`;
  return sendParts(
    sendText,
    parts.length,
    (index, attempt) => {
      const part = parts[index];
      return {
        type: 'page-part',
        pageId: `${pageId}-${attempt}`,
        index,
        total: parts.length,
        offset: part.offset,
        meta,
        text: part.text,
        findings: part.findings,
      };
    },
    { ...channel.retryOpts(stopSending), between: pause },
  );
}
