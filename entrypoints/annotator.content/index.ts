import { useJitlessZod } from '../../lib/zod-setup';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { NEWS_SITES } from '../../lib/sites';
import { startAnnotator } from './annotator';
import { loadSettings } from '../../lib/settings';

export default defineContentScript({
  matches: NEWS_SITES,
  runAt: 'document_idle',
  // Articles inside same-origin frames are read in their frame.
  allFrames: true,
  cssInjectionMode: 'manual',
  async main(ctx) {
    useJitlessZod();
    // Injected again by a click on the toolbar button: the first instance already did the work.
    const flag = globalThis as { __newsLensStarted?: boolean };
    if (flag.__newsLensStarted) return;
    flag.__newsLensStarted = true;
    ctx.onInvalidated(() => {
      flag.__newsLensStarted = false;
    });

    const ui = await createShadowRootUi(ctx, {
      name: 'news-lens-ui',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount: (container, _shadow, host) => {
        host.setAttribute('data-news-lens', '');
        host.setAttribute('aria-live', 'off');
        return container;
      },
    });
    ui.mount();
    const annotator = startAnnotator({
      ctx,
      doc: document,
      container: ui.uiContainer,
      send: (msg) => browser.runtime.sendMessage(msg),
    });
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
      const reply = annotator.onMessage(message);
      if (!reply) return undefined;
      reply.then(sendResponse);
      return true;
    });
    // When the extension is updated or reloaded, this script's context dies with no event:
    // check now and then, and tear down (highlights, shadow host) so the page is left clean.
    ctx.setInterval(() => void ctx.isInvalid, 2000);
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes.settings) annotator.applySettings(loadSettings(changes.settings.newValue).settings);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      annotator.destroy();
      ui.remove();
    });
  },
});
