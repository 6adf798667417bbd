/**
 * Messages to the background that survive its service worker stopping. Chrome stops an idle
 * worker after about 30 s and may stop it at any moment; a message then wakes a new one, but a
 * message the old worker was answering gets no reply (sendMessage resolves undefined, or rejects
 * with "message port closed" / "Could not establish connection. Receiving end does not exist."),
 * and the parts of a long page it had collected are gone. Every message the reader needs is sent
 * again after a growing pause (0.25 s, 0.5 s, 1 s, 2 s, 4 s, …), a bounded number of times; a
 * long page is sent again whole. Pure: no browser API, so it is tested with fake timers.
 */

/** Pauses before each retry (so at most this many retries), about 20 s in all. */
export const RETRY_DELAYS_MS: readonly number[] = [250, 500, 1_000, 2_000, 4_000, 4_000, 4_000, 4_000];

/** A reply that means "the background was not there to answer": worth sending again. */
export class NoAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoAnswerError';
  }
}

/** Given up: the reader moved on (a newer reading) or the extension went away. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

const WORKER_AWAY =
  /could not establish connection|receiving end does not exist|message port closed|message channel closed|before a response was received/i;

/**
 * Whether a failed send means the background's worker was stopped or is starting (try again),
 * as opposed to a refusal or the extension itself being gone ("Extension context invalidated").
 */
export function isWorkerAway(err: unknown): boolean {
  if (err instanceof NoAnswerError) return true;
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return WORKER_AWAY.test(message);
}

export interface RetryOptions {
  delays?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  /** Checked before each try and after each pause: true stops with a CancelledError. */
  cancelled?: () => boolean;
  /** Told of each failed try that will be retried (for a console note). */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` (given the try's number, from 0) until it settles with a value, or fails with
 * an error that is not `isWorkerAway`, or the tries run out (the last error is thrown).
 */
export async function retrying<T>(attempt: (n: number) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const delays = opts.delays ?? RETRY_DELAYS_MS;
  const sleep = opts.sleep ?? defaultSleep;
  for (let n = 0; ; n++) {
    if (opts.cancelled?.()) throw new CancelledError();
    try {
      return await attempt(n);
    } catch (err) {
      if (err instanceof CancelledError || !isWorkerAway(err) || n >= delays.length) throw err;
      opts.onRetry?.(err, n, delays[n]);
      await sleep(delays[n]);
    }
  }
}

type Send = (msg: unknown) => Promise<unknown>;

/** Sends one message until the background answers; an undefined reply is no answer. */
export function sendWithRetry(send: Send, msg: unknown, opts: RetryOptions = {}): Promise<unknown> {
  return retrying(async () => {
    const reply = await send(msg);
    if (reply === undefined) throw new NoAnswerError('no reply: the background stopped before it answered');
    return reply;
  }, opts);
}

interface Reply {
  ok?: unknown;
  value?: unknown;
  error?: unknown;
}

/**
 * Whether a reply to a page part says the background no longer holds the page's earlier parts
 * (its worker restarted, or it let them go): the whole page must be sent again. The last part
 * answered with `{ ok: true, value: null }` (still waiting for parts: a new worker got only the
 * parts sent after it started), or a refusal that says so ("… expired", "… lost", "unknown
 * page", "… resend the page"). Other refusals ("page too long", "page parts do not join up")
 * would come again: they are not retried.
 */
export function partsWereLost(reply: unknown, last: boolean): boolean {
  if (!reply || typeof reply !== 'object') return false;
  const r = reply as Reply;
  if (r.ok === true) return last && r.value == null;
  return r.ok === false && typeof r.error === 'string' && /resend|expired|\blost\b|unknown page/i.test(r.error);
}

/**
 * Sends a long page in parts, in order, with `between` (a pause for the page) after each. When
 * a part gets no answer, or the background says it lost the earlier parts, the whole page is
 * sent again after the next pause: `makePart(index, attempt)` gives each try's messages (a new
 * page id per try). Resolves with the reply to the last part, or a refusal of any part.
 */
export function sendParts(
  send: Send,
  total: number,
  makePart: (index: number, attempt: number) => unknown,
  opts: RetryOptions & { between?: () => Promise<void> } = {},
): Promise<unknown> {
  return retrying(async (attempt) => {
    let reply: unknown;
    for (let index = 0; index < total; index++) {
      if (opts.cancelled?.()) throw new CancelledError();
      reply = await send(makePart(index, attempt));
      const last = index === total - 1;
      if (reply === undefined)
        throw new NoAnswerError(`no reply to part ${index + 1} of ${total}: the background stopped`);
      if (partsWereLost(reply, last))
        throw new NoAnswerError(`the background lost this page's parts (at part ${index + 1} of ${total})`);
      if ((reply as Reply).ok === false) return reply;
      if (!last) await opts.between?.();
    }
    return reply;
  }, opts);
}
