import { useJitlessZod } from '../../lib/zod-setup';
import type { ArticleText } from '../../lib/article/find-article';
import { loadSettings } from '../../lib/settings';
import { startAnnotator } from './annotator';
import type { Guard } from './guard';
import type { ReaderBrowser } from './reader-api';
import { createLensHost } from './host';
import { markPerf } from './timing';

/**
 * The reader: our element in the page (a closed shadow root, see host.ts), the annotator
 * (extraction, notes, highlights, cards) and the listeners it needs. Runs in the page's isolated
 * world under the content script's guard, so when the extension goes away (an update or a
 * reload) it is torn down too; nothing the page does ends it.
 */
export async function startReader(guard: Guard, first: ArticleText | null, ext: ReaderBrowser): Promise<void> {
  markPerf('news-lens:reader');
  useJitlessZod();
  const ui = createLensHost(document);
  ui.mount();
  const annotator = startAnnotator({
    ctx: guard,
    doc: document,
    container: ui.container,
    host: ui,
    send: (msg) => ext.runtime.sendMessage(msg),
    first,
  });
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const reply = annotator.onMessage(message);
    if (!reply) return undefined;
    reply.then(sendResponse);
    return true;
  };
  ext.runtime.onMessage.addListener(onMessage);
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes.settings) annotator.applySettings(loadSettings(changes.settings.newValue).settings);
  };
  ext.storage.onChanged.addListener(onStorage);
  guard.onInvalidated(() => {
    try {
      ext.runtime.onMessage.removeListener(onMessage);
      ext.storage.onChanged.removeListener(onStorage);
    } catch {
      // The extension's APIs are gone with it.
    }
    annotator.destroy();
    ui.remove();
  });
}
