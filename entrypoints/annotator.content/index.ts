import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { NEWS_SITES } from '../../lib/sites';
import { startAnnotator } from './annotator';

export default defineContentScript({
  matches: NEWS_SITES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
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
    ctx.onInvalidated(() => {
      annotator.destroy();
      ui.remove();
    });
  },
});
