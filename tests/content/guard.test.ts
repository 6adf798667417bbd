// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { claimPage, createGuard } from '../../entrypoints/annotator.content/guard';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * What a page can send: WXT's "content script started" event forged with other ids (the page
 * learns its name, `<extension id>:<entrypoint>:wxt:content-script-started`, from the message
 * WXT posts), on the document and the window, and as a window message.
 */
function pageAttacks(type: string) {
  for (const messageId of ['x', 'forged', '']) {
    const detail = { contentScriptName: 'annotator', messageId };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.dispatchEvent(new CustomEvent(type, { detail }));
    window.dispatchEvent(new MessageEvent('message', { data: { type, ...detail } }));
  }
  window.dispatchEvent(new Event(type.replace('content-script-started', 'locationchange')));
}
const startedType = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

describe('the guard', () => {
  it('is not ended by events a page sends, which end WXT’s own context', () => {
    const alive = { value: true };
    const guard = createGuard({ runtimeAlive: () => alive.value });
    const ended = vi.fn();
    guard.onInvalidated(ended);
    // WXT's context, for comparison: the same events end it (the attack this guard answers).
    const wxt = new ContentScriptContext('annotator');
    expect(wxt.isInvalid).toBe(false);
    pageAttacks(startedType);
    expect(wxt.isInvalid).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(guard.isInvalid).toBe(false);
    expect(ended).not.toHaveBeenCalled();
  });

  it('ends when the extension goes away, found by its own check every 2 s, and tears down what it holds', () => {
    const alive = { value: true };
    const guard = createGuard({ runtimeAlive: () => alive.value });
    const ended = vi.fn();
    guard.onInvalidated(ended);
    const ticks = vi.fn();
    guard.setInterval(ticks, 500);
    const clicks = vi.fn();
    guard.addEventListener(document, 'click', clicks);
    document.dispatchEvent(new Event('click'));
    vi.advanceTimersByTime(1000);
    expect(ticks).toHaveBeenCalledTimes(2);
    alive.value = false;
    vi.advanceTimersByTime(2000);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(guard.signal.aborted).toBe(true);
    const before = ticks.mock.calls.length;
    vi.advanceTimersByTime(5000);
    expect(ticks.mock.calls.length).toBeLessThanOrEqual(before + 1);
    document.dispatchEvent(new Event('click'));
    expect(clicks).toHaveBeenCalledTimes(1);
    // A listener added after the end runs at once.
    const late = vi.fn();
    guard.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('counts a runtime that throws as gone', () => {
    const guard = createGuard({
      runtimeAlive: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(guard.isInvalid).toBe(true);
  });

  it('hears of URL changes made by navigation, never of a page-made event', () => {
    const guard = createGuard({ runtimeAlive: () => true, pollUrlEveryMs: 1000 });
    const changed = vi.fn();
    guard.onLocationChange(changed);
    window.dispatchEvent(new Event('wxt:locationchange'));
    window.dispatchEvent(new Event('popstate'));
    vi.advanceTimersByTime(3000);
    expect(changed).not.toHaveBeenCalled();
    history.pushState({}, '', '/second-story');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('with the Navigation API, ignores a currententrychange event that a page script dispatched', () => {
    const nav = new EventTarget() as EventTarget & { currentEntry: null };
    nav.currentEntry = null;
    const win = { location: { href: 'https://news.example/a' }, navigation: nav } as unknown as Window;
    const guard = createGuard({ runtimeAlive: () => true, win });
    const changed = vi.fn();
    guard.onLocationChange(changed);
    (win.location as { href: string }).href = 'https://news.example/b';
    nav.dispatchEvent(new Event('currententrychange'));
    expect(changed).not.toHaveBeenCalled();
  });
});

describe('claimPage', () => {
  it('lets a second copy of the content script (the toolbar button) stand down while the first lives, and take over once it is gone', () => {
    const scope: Record<string, unknown> = {};
    const alive = { value: true };
    const first = claimPage({ runtimeAlive: () => alive.value }, scope);
    expect(first).not.toBeNull();
    expect(claimPage({ runtimeAlive: () => true }, scope)).toBeNull();
    alive.value = false;
    const second = claimPage({ runtimeAlive: () => true }, scope);
    expect(second).not.toBeNull();
    expect(first!.isInvalid).toBe(true);
    expect(second!.isInvalid).toBe(false);
  });
});
