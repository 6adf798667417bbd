import { useJitlessZod } from '../../lib/zod-setup';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ArticleText } from '../../lib/article/find-article';
import { loadSettings } from '../../lib/settings';
import { startAnnotator } from './annotator';
import { markPerf } from './timing';

/**
 * The reader: our shadow-root UI, the annotator (extraction, notes, highlights, cards) and the
 * listeners it needs. Runs in the page's isolated world under the content script's context, so
 * the content script's invalidation (an extension update or reload) tears it down too.
 */
export async function startReader(ctx: ContentScriptContext, first: ArticleText | null): Promise<void> {
  markPerf('news-lens:reader');
  useJitlessZod();
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
    first,
  });
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const reply = annotator.onMessage(message);
    if (!reply) return undefined;
    reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes.settings) annotator.applySettings(loadSettings(changes.settings.newValue).settings);
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorage);
    annotator.destroy();
    ui.remove();
  });
}
