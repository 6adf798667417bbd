/**
 * The life of one News Lens instance in a page, in place of WXT's ContentScriptContext.
 *
 * WXT's context also ends when a "content script started" event reaches `document` (and tells
 * the page its id with `window.postMessage`), so that a newer copy of a script stops an older
 * one. Any page can dispatch that event (its name holds only the extension's id, which the
 * message gives away), and doing so removed every highlight. This guard listens to nothing the
 * page can send: it ends only when the extension itself goes away (updated, reloaded or
 * removed: `browser.runtime.id` is gone), checked now and then and before work. A second copy
 * of the content script in the same world (a click on the toolbar button) is told apart by a
 * global of the isolated world, which pages cannot see (see `claimPage`).
 */
export interface Guard {
  /** True once the extension went away; reading it checks. */
  readonly isInvalid: boolean;
  readonly signal: AbortSignal;
  /** Calls `cb` once when the guard ends; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void;
  setInterval(handler: () => void, ms: number): ReturnType<typeof setInterval>;
  setTimeout(handler: () => void, ms: number): ReturnType<typeof setTimeout>;
  /** An event listener removed when the guard ends. */
  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void;
  /**
   * Calls `cb` after the page's URL changed without a load (a single-page site's navigation):
   * from the browser's own navigation events (never one a page script dispatched), or by
   * polling where the Navigation API is missing.
   */
  onLocationChange(cb: () => void): void;
  /** Ends the guard (used when the extension is found gone). */
  invalidate(): void;
}

export interface GuardOptions {
  /** Whether the extension's runtime is still there (default: `browser.runtime.id` is set). */
  runtimeAlive: () => boolean;
  win?: Window;
  /** How often to check that the extension is still there. */
  checkEveryMs?: number;
  /** How often to look at the URL where there is no Navigation API. */
  pollUrlEveryMs?: number;
}

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export function createGuard(opts: GuardOptions): Guard {
  const controller = new AbortController();
  const win = opts.win ?? (globalThis as unknown as Window);
  const invalidate = () => {
    if (!controller.signal.aborted) controller.abort('the extension went away');
  };
  const alive = () => {
    try {
      return opts.runtimeAlive();
    } catch {
      return false;
    }
  };
  const onInvalidated = (cb: () => void) => {
    if (controller.signal.aborted) {
      cb();
      return () => undefined;
    }
    controller.signal.addEventListener('abort', cb, { once: true });
    return () => controller.signal.removeEventListener('abort', cb);
  };
  const locationListeners: (() => void)[] = [];
  let watchingLocation = false;
  const watchLocation = () => {
    if (watchingLocation) return;
    watchingLocation = true;
    let lastUrl = win.location.href;
    const check = () => {
      const now = win.location.href;
      if (now === lastUrl) return;
      lastUrl = now;
      for (const cb of locationListeners) cb();
    };
    const nav = (win as unknown as { navigation?: NavigationLike }).navigation;
    if (nav && typeof nav.addEventListener === 'function' && 'currentEntry' in nav) {
      // Fired by the browser after the URL changed; a page can dispatch an event of that name, but
      // never a trusted one.
      nav.addEventListener('currententrychange', (e) => e.isTrusted && check(), { signal: controller.signal });
    } else guard.setInterval(check, opts.pollUrlEveryMs ?? 1000);
  };

  const guard: Guard = {
    get isInvalid() {
      if (!controller.signal.aborted && !alive()) invalidate();
      return controller.signal.aborted;
    },
    signal: controller.signal,
    onInvalidated,
    setInterval(handler, ms) {
      const id = setInterval(() => {
        if (!guard.isInvalid) handler();
      }, ms);
      onInvalidated(() => clearInterval(id));
      return id;
    },
    setTimeout(handler, ms) {
      const id = setTimeout(() => {
        if (!guard.isInvalid) handler();
      }, ms);
      onInvalidated(() => clearTimeout(id));
      return id;
    },
    addEventListener(target, type, handler, options) {
      if (controller.signal.aborted) return;
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
    },
    onLocationChange(cb) {
      if (controller.signal.aborted) return;
      locationListeners.push(cb);
      onInvalidated(() => locationListeners.splice(locationListeners.indexOf(cb), 1));
      watchLocation();
    },
    invalidate,
  };
  // When the extension is updated or reloaded, this script's world loses it with no event:
  // check now and then, so everything is torn down and the page is left as it was.
  guard.setInterval(() => undefined, opts.checkEveryMs ?? 2000);
  return guard;
}

const GUARD_GLOBAL = '__newsLensGuard';

/**
 * The guard of this instance of the content script, or null when a live instance already reads
 * this page in this world (the script was injected again by the toolbar button). An instance
 * whose extension went away (reloaded) gives the page over. The global lives in the isolated
 * world, out of the page's reach.
 */
export function claimPage(
  opts: GuardOptions,
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): Guard | null {
  const previous = scope[GUARD_GLOBAL] as Guard | undefined;
  if (previous && !previous.isInvalid) return null;
  const guard = createGuard(opts);
  scope[GUARD_GLOBAL] = guard;
  guard.onInvalidated(() => {
    if (scope[GUARD_GLOBAL] === guard) delete scope[GUARD_GLOBAL];
  });
  return guard;
}
