import type { Guard } from './guard';

/** Yields to the page between slices of work (a macrotask, without setTimeout's clamping). */
export function pause(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/** A performance mark for the browser benchmark (bench/browser.bench.ts reads them). */
export function markPerf(name: string) {
  try {
    performance.mark(name);
  } catch {
    // A page that replaced performance.mark: timings are only for the benchmark.
  }
}

/** Pages with less article text than this are not articles (home pages, search results). */
export const MIN_ARTICLE_CHARS = 280;
/** How long the page must have changed before it is read again, and the longest wait. */
export const REREAD_DELAY_MS = 500;
export const MAX_REREAD_DELAY_MS = 8_000;

/**
 * Pages that change: one MutationObserver whose callback only notes the change; `read` runs after
 * the page has been quiet for a while, never twice at once. A read that finds nothing new (it
 * returns false) makes the next wait twice as long, up to MAX_REREAD_DELAY_MS; a single-page
 * navigation (a change of URL without a load) reads again soon. `first` is the reading already under way;
 * `onChange` hears of every batch of mutations. Watching begins at observe(); stop() ends it.
 */
export function watchPage(
  ctx: Guard,
  doc: Document,
  read: () => Promise<boolean>,
  first: Promise<unknown>,
  onChange?: () => void,
): { observe(): void; stop(): void } {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = REREAD_DELAY_MS;
  let running: Promise<unknown> | null = first.finally(() => {
    running = null;
  });
  const schedule = () => {
    if (stopped || timer !== undefined || ctx.isInvalid) return;
    timer = setTimeout(async () => {
      if (running) await running;
      const p = read().catch(() => false);
      running = p;
      const fresh = await p;
      running = null;
      timer = undefined;
      delay = fresh ? REREAD_DELAY_MS : Math.min(delay * 2, MAX_REREAD_DELAY_MS);
    }, delay);
  };
  const observer = new MutationObserver(() => {
    onChange?.();
    schedule();
  });
  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    timer = undefined;
  };
  ctx.onInvalidated(stop);
  ctx.onLocationChange(() => {
    if (stopped) return;
    delay = REREAD_DELAY_MS;
    schedule();
  });
  const observe = () => {
    if (!stopped && !ctx.isInvalid && doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };
  return { observe, stop };
}
