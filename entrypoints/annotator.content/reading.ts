import { readArticleSliced, type ArticleText } from '../../lib/article/find-article';
import { readArticleMeta } from '../../lib/article/meta';
import { withLanguage } from '../../lib/article/language';
import { emptyFindings } from '../../lib/engine/findings';
import { extractPartsSliced, splitIntoChunks } from '../../lib/text/chunked';
import type { TextModel } from '../../lib/article/text-model';
import { SettingsReply, type AnnotatedPage } from '../../lib/messages';
import { parseReplySliced } from '../../lib/validate-page';
import { sendPage, type Channel } from './channel';
import type { Guard } from './guard';
import type { AnnotatorState } from './live';
import { CancelledError } from './send';
import { MIN_ARTICLE_CHARS, markPerf, pause } from './timing';

interface ReadingOptions {
  ctx: Guard;
  doc: Document;
  state: AnnotatorState;
  sendOnce: (msg: unknown) => Promise<unknown>;
  channel: Channel;
  /** The content script's reading of the page, when nothing changed since: not read twice. */
  first: ArticleText | null;
  /** Draws new notes over the page. */
  show(page: AnnotatedPage, model: TextModel): Promise<void>;
  /** Draws the same notes again over a text model of new nodes. */
  redraw(model: TextModel): Promise<void>;
  /** Removes the notes (the page went to a new address without an article). */
  drop(): void;
}

/** The reader's settings, asked for once, while the first reading and extraction go on. */
function settingsLoader(channel: Channel, state: AnnotatorState): () => Promise<void> {
  let asked: Promise<void> | null = null;
  return () =>
    (asked ??= channel
      .send({ type: 'get-settings' })
      .catch(() => null)
      .then((raw) => {
        const got = SettingsReply.safeParse(raw);
        if (got.success && got.data.ok) state.settings = got.data.value.settings;
      }));
}

export interface Reading {
  /**
   * Reads the article and, when its text changed, asks the background for new notes.
   * Extraction runs in slices with pauses between them, so a long page never blocks.
   */
  annotate(): Promise<void>;
  /** Stops the reading under way. */
  cancel(): void;
}

/** An article not read, in the parts a long page is sent in: its text, no findings. */
function unread(text: string) {
  return splitIntoChunks(text, 32_000).map(({ start, end }) => {
    const part = text.slice(start, end);
    return { offset: start, text: part, findings: emptyFindings(part.length) };
  });
}

export function createReading(o: ReadingOptions): Reading {
  const { ctx, doc, state } = o;
  const win = doc.defaultView!;
  let first = o.first;
  const settingsReady = settingsLoader(o.channel, state);
  let lastUrl = win.location.href;
  /** Bumped by every reading; a reading that is overtaken by a newer one stops. */
  let generation = 0;

  /** Whether the text read is the one drawn now: then nothing is sent (the nodes may be redrawn). */
  async function unchanged(model: TextModel, url: string, ready: Promise<void>): Promise<boolean> {
    const { live } = state;
    if (model.text.length < MIN_ARTICLE_CHARS) {
      if (live && url !== lastUrl) o.drop();
      lastUrl = url;
      return true;
    }
    if (!live || url !== lastUrl || model.text !== live.model.text) return false;
    // Same text: redraw only when the page re-rendered the nodes under it.
    if (live.model.segments.some((seg) => !seg.node.isConnected)) {
      await ready;
      await o.redraw(model);
    }
    return true;
  }

  async function annotate(): Promise<void> {
    const gen = ++generation;
    const stale = () => gen !== generation || ctx.isInvalid;
    const ready = settingsReady();
    let article = first;
    first = null;
    if (!article) {
      markPerf('news-lens:start');
      article = await readArticleSliced(doc, pause);
      if (stale()) return;
      markPerf('news-lens:read');
    }
    const { model } = article;
    const url = win.location.href;
    if (await unchanged(model, url, ready)) return;
    lastUrl = url;
    const meta = withLanguage(readArticleMeta(doc, url), model.text);
    // not in English: nothing is read (no highlights); the notes say the language
    const parts = meta.language
      ? unread(model.text)
      : await extractPartsSliced(model.text, pause, undefined, undefined, model.regions);
    if (stale()) return;
    markPerf('news-lens:extracted');
    await ready;
    if (stale() || state.settings.sites[win.location.hostname.toLowerCase()] === 'never') return;
    let raw: unknown;
    try {
      const overtaken = () => gen !== generation;
      raw = await sendPage(o.sendOnce, o.channel, { doc, meta, text: model.text, parts, gen, overtaken });
    } catch (err) {
      if (!(err instanceof CancelledError) && !ctx.isInvalid)
        console.warn(
          `News Lens: the extension's background did not answer; this page is left without highlights (${err instanceof Error ? err.message : String(err)}).`,
        );
      return;
    }
    if (stale()) return;
    markPerf('news-lens:replied');
    const page = await parseReplySliced(raw, pause);
    if (!page || stale()) return;
    markPerf('news-lens:validated');
    await o.show(page, model);
    markPerf('news-lens:painted');
  }

  return {
    annotate,
    cancel: () => {
      generation++;
    },
  };
}
