import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readArticleSliced, type ArticleText } from '../../lib/article/find-article';
import { declaresArticle } from '../../lib/article/meta';
import { NEWS_SITES } from '../../lib/sites';
import { READER_ARRIVED, READER_GLOBAL, type ReaderApi } from './reader-api';
import { MIN_ARTICLE_CHARS, markPerf, pause, watchPage } from './timing';

/**
 * The content script reads the page and, once it holds an article, has the background inject
 * the reader (reader.js: the extraction engine, validation, highlights and cards) into this
 * frame and hands it the reading (a page that declares itself an article has it injected at
 * once, while the text is read). Home pages, section fronts and other pages without an article
 * load only this script. Pages that fill in later or change their URL are read again, batched.
 */
export default defineContentScript({
  matches: NEWS_SITES,
  runAt: 'document_idle',
  // Articles inside same-origin frames are read in their frame.
  allFrames: true,
  cssInjectionMode: 'manual',
  main(ctx) {
    // Injected again by a click on the toolbar button: the first instance already did the work.
    const flag = globalThis as { __newsLensStarted?: boolean };
    if (flag.__newsLensStarted) return;
    flag.__newsLensStarted = true;
    ctx.onInvalidated(() => {
      flag.__newsLensStarted = false;
    });
    // When the extension is updated or reloaded, this script's context dies with no event:
    // check now and then, and tear down (observer, reader, highlights) so the page is left clean.
    ctx.setInterval(() => void ctx.isInvalid, 2000);

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
        void browser.runtime
          .sendMessage({ type: 'load-reader', host: location.hostname })
          .catch(() => undefined)
          .then(arrived);
      }));

    async function check(): Promise<void> {
      if (handedOver || ctx.isInvalid) return;
      changed = false;
      markPerf('news-lens:start');
      // A page that says it is an article has the reader on its way while its text is read.
      if (!asked && !readerApi() && declaresArticle(document)) void askForReader();
      const article: ArticleText = await readArticleSliced(document, pause);
      if (ctx.isInvalid || article.model.text.length < MIN_ARTICLE_CHARS) return;
      markPerf('news-lens:read');
      if (!readerApi()) await askForReader();
      const api = readerApi();
      if (!api || handedOver || ctx.isInvalid) return;
      handedOver = true;
      watch?.stop();
      api.start(ctx, changed ? null : article);
    }

    // Until the reader takes over, the page is read again when it changes (batched).
    const first = check();
    watch = watchPage(ctx, document, () => check().then(() => false), first, () => {
      changed = true;
    });
    // Watching starts before the first reading's end, so a change during it is not missed.
    watch.observe();
  },
});
