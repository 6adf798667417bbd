import type { Guard } from './guard';

/** Yields to the page between slices of work (a macrotask, without setTimeout's clamping). */
export function pause(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/**
 * Resolves once a frame that is still loading has loaded, and its parent's handlers for that load
 * have run (editors make their frame editable from the frame element's onload): then a check of
 * design mode sees what the parent did. At once in a top-level page or a loaded frame; `capMs` at
 * most (a page's own load listeners cannot hold it).
 */
export function frameLoaded(win: Window, doc: Document, capMs = 2_000): Promise<void> {
  let top = true;
  try {
    top = win === win.top;
  } catch {
    top = false;
  }
  if (top || doc.readyState === 'complete') return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, capMs);
    win.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        // the frame element's load event in the parent is fired after the frame's own
        resolve(pause());
      },
      { once: true },
    );
  });
}

/**
 * Resolves once the page has rendered a frame, and a moment after: its own style and layout are
 * done by then, not forced inside our first task by the first look at an element's style (on a
 * page of 1 MB that is a task of 50 ms or more, the page's work counted as ours). `capMs` at most:
 * a hidden tab renders no frames.
 */
export function afterRender(win: Window, capMs = 250): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, capMs);
    try {
      win.requestAnimationFrame(() => {
        clearTimeout(timer);
        // (the frame's style and layout follow the animation-frame callbacks, in the same task)
        resolve(pause());
      });
    } catch {
      // no frames here: the timer goes off
    }
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
    if (!stopped && !ctx.isInvalid && doc.body)
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };
  return { observe, stop };
}
