import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readArticleSliced, type ArticleText } from '../../lib/article/find-article';
import { declaresArticle } from '../../lib/article/meta';
import { isDocumentEditable } from '../../lib/article/editable';
import { NEVER_READ_PAGES, NEWS_SITES } from '../../lib/sites';
import { READER_ARRIVED, READER_GLOBAL, type ReaderApi } from './reader-api';
import { claimPage } from './guard';
import { sendWithRetry } from './send';
import { MIN_ARTICLE_CHARS, afterRender, frameLoaded, markPerf, pause, watchPage } from './timing';

/**
 * The content script reads the page and, once it holds an article, has the background inject
 * the reader (reader.js: the extraction engine, validation, highlights and cards) into this
 * frame and hands it the reading (a page that declares itself an article has it injected at
 * once, while the text is read). Home pages, section fronts and other pages without an article
 * load only this script. Pages that fill in later or change their URL are read again, batched.
 */
export default defineContentScript({
  // The news sites; wxt.config.ts adds the test hosts to every build but the store's.
  matches: [...NEWS_SITES],
  excludeMatches: [...NEVER_READ_PAGES],
  runAt: 'document_idle',
  // Articles inside same-origin frames are read in their frame.
  allFrames: true,
  cssInjectionMode: 'manual',
  // WXT's context posts "content script started" with the extension's id to the page; we do
  // not use that context (a page can forge its event and end it), so nothing is posted.
  noScriptStartedPostMessage: true,
  main() {
    // Our own guard (guard.ts): it ends only when the extension goes away (an update or a reload:
    // checked every 2 s, and then the observer, reader and highlights are torn down so the page
    // is left clean), never on anything the page sends. Injected again by a click on the toolbar
    // button: the first instance, still alive, already does the work.
    const claimed = claimPage({ runtimeAlive: () => browser.runtime?.id != null });
    if (!claimed) return;
    const ctx = claimed;

    const readerApi = () => (globalThis as Record<string, unknown>)[READER_GLOBAL] as ReaderApi | undefined;
    let handedOver = false;
    /** Set by the observer: the page changed after the last reading began. */
    let changed = false;
    let watch: ReturnType<typeof watchPage> | null = null;

    let asked: Promise<unknown> | null = null;
    // Settled when the reader has been evaluated in this world (it calls READER_ARRIVED), or when
    // the background has answered: it refuses on sites set to "never"; its reply carries no data.
    const askForReader = () =>
      (asked ??= new Promise<unknown>((arrived) => {
        (globalThis as Record<string, unknown>)[READER_ARRIVED] = arrived;
        // Asked again while the background's worker is stopped or restarting (send.ts), unless
        // the reader arrived although the reply did not.
        void sendWithRetry(
          (msg) => browser.runtime.sendMessage(msg),
          { type: 'load-reader', host: location.hostname },
          {
            cancelled: () => ctx.isInvalid || Boolean(readerApi()),
          },
        )
          .catch(() => undefined)
          .then(arrived);
      }));

    async function check(): Promise<void> {
      if (handedOver || ctx.isInvalid) return;
      changed = false;
      // A page the reader writes in (design mode, an editable body) is never read, and design
      // mode can be switched on at any time: asked before every reading and again before handover.
      if (isDocumentEditable(document)) return;
      markPerf('news-lens:start');
      // A page that says it is an article has the reader on its way while its text is read.
      if (!asked && !readerApi() && declaresArticle(document)) void askForReader();
      const article: ArticleText = await readArticleSliced(document, pause);
      if (ctx.isInvalid || article.model.text.length < MIN_ARTICLE_CHARS) return;
      markPerf('news-lens:read');
      // A frame still loading may be made editable by its parent when it loads: handed over after that.
      await Promise.all([readerApi() ? null : askForReader(), frameLoaded(window, document)]);
      const api = readerApi();
      if (!api || handedOver || ctx.isInvalid || isDocumentEditable(document)) return;
      handedOver = true;
      watch?.stop();
      api.start(ctx, changed ? null : article, browser);
    }

    // Until the reader takes over, the page is read again when it changes (batched). The first
    // reading waits for the page's first frame: its style and layout are then the page's own work.
    const first = afterRender(window).then(check);
    watch = watchPage(
      ctx,
      document,
      () => check().then(() => false),
      first,
      () => {
        changed = true;
      },
    );
    // Watching starts before the first reading's end, so a change during it is not missed.
    watch.observe();
  },
});
