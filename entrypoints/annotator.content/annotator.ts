import type { ArticleText } from '../../lib/article/find-article';
import type { TextModel } from '../../lib/article/text-model';
import { isDarkPage } from '../../lib/highlight/theme';
import { ContentMessage, type AnnotatedPage, type Result } from '../../lib/messages';
import { DEFAULT_SETTINGS, enabledKinds, shownHighlights, type Settings } from '../../lib/settings';
import { createCards, type Cards } from './cards';
import { createChannel } from './channel';
import type { Guard } from './guard';
import { makeHighlightNames } from './highlighter';
import { createStepper, listenToInput, type Stepper } from './input';
import { buildLive, hostOf, type AnnotatorState } from './live';
import { createReading, type Reading } from './reading';
import { createFocusRing, type FocusRing } from './ring';
import { pause, watchPage } from './timing';

interface Options {
  ctx: Guard;
  doc: Document;
  container: HTMLElement;
  /** Our element in the page: mounted again before a card opens if the page removed it. */
  host?: { mount(): void };
  /** One try at a message to the background; the annotator retries while its worker is away (send.ts). */
  send: (msg: unknown) => Promise<unknown>;
  /** The content script's reading of the page, when nothing changed since: not read twice. */
  first?: ArticleText | null;
}

export interface Annotator {
  onMessage(message: unknown): Promise<Result<boolean>> | null;
  /** Settings changed elsewhere (options page): repaint with the new kinds and delay. */
  applySettings(settings: Settings): void;
  destroy(): void;
}

/** Reads the article, asks the background for its notes, draws highlights and opens cards. */
export function startAnnotator({ ctx, doc, container, host, send: sendOnce, first = null }: Options): Annotator {
  const channel = createChannel(ctx, sendOnce);
  const state: AnnotatorState = { live: null, settings: DEFAULT_SETTINGS, visible: true, dark: isDarkPage(doc) };
  const { highlightNames, overlay, cardRoot } = createLayers(doc, container);
  const ring: FocusRing = createFocusRing(ctx, doc, state, () => Boolean(cards.current()));
  const cards: Cards = createCards({
    ...{ ctx, doc, container, cardRoot, state, host, send: channel.send },
    focusHighlight: (a) => ring.focus(a),
  });
  container.append(overlay, ring.el, cardRoot);
  const stepper = createStepper(state, cards, ring);
  listenToInput({ ctx, doc, container, state, cards, ring, stepper });

  const paint = async (): Promise<void> => {
    const { live } = state;
    if (!live) return;
    if (state.visible)
      return live.highlighter.paint(shownHighlights(live.order, state.settings), enabledKinds(state.settings), pause);
    cards.close();
    ring.hide();
    return live.highlighter.paint([], new Set());
  };

  /** Makes `live` draw over a new text model (the same notes, or new ones). */
  async function setLive(page: AnnotatedPage, model: TextModel): Promise<void> {
    state.live?.highlighter.clear();
    const live = buildLive(doc, page, model, overlay, state.dark, highlightNames);
    state.live = live;
    stepper.reset();
    cards.forgetShown();
    ring.hide();
    await paint();
    if (state.live?.highlighter === live.highlighter)
      hostOf(container)?.setAttribute('data-annotations', String(live.order.length));
  }

  function dropLive() {
    cards.close();
    state.live?.highlighter.clear();
    state.live = null;
    hostOf(container)?.removeAttribute('data-annotations');
  }

  const reading = createReading({
    ...{ ctx, doc, state, sendOnce, channel, first },
    show: (page, model) => {
      state.dark = isDarkPage(doc);
      cards.close();
      return setLive(page, model);
    },
    redraw: (model) => setLive(state.live!.page, model),
    drop: dropLive,
  });

  const watch = readAndWatch(ctx, doc, state, reading);

  return {
    onMessage: (message) => handleMessage(message, { doc, state, paint, stepper }),
    applySettings(next) {
      state.settings = next;
      void paint();
    },
    destroy() {
      watch.stop();
      reading.cancel();
      dropLive();
      cards.destroy();
    },
  };
}

/** Our layers in the shadow root: the highlights' names (set on the container), their overlay and the cards'. */
function createLayers(doc: Document, container: HTMLElement) {
  // Each kind's highlight has a name made for this page load: a page cannot predict or take it,
  // and an older instance being torn down never removes a newer one's highlights.
  const highlightNames = makeHighlightNames();
  container.setAttribute(
    'data-highlights',
    Object.entries(highlightNames)
      .map(([kind, name]) => `${kind}:${name}`)
      .join(' '),
  );
  const overlay = doc.createElement('div');
  overlay.className = 'nl-overlay';
  const cardRoot = doc.createElement('div');
  cardRoot.className = 'nl-layer';
  return { highlightNames, overlay, cardRoot };
}

/** Reads the page now, and again when it changes (timing.ts). */
function readAndWatch(ctx: Guard, doc: Document, state: AnnotatorState, reading: Reading) {
  // Highlights add no nodes, so our own drawing never wakes the observer. A page that keeps
  // changing without changing its article is read less and less often.
  const firstReading = reading.annotate().catch(() => {
    // The extension was reloaded or the page went away: leave the page as it is.
  });
  const watch = watchPage(
    ctx,
    doc,
    async () => {
      const before = state.live?.model.text;
      await reading.annotate();
      return state.live?.model.text !== before;
    },
    firstReading,
  );
  void firstReading.then(watch.observe);

  return watch;
}

interface MessageContext {
  doc: Document;
  state: AnnotatorState;
  paint: () => Promise<void>;
  stepper: Stepper;
}

/** A message from the background (the popup's scroll, a keyboard command, new settings); null if not ours. */
function handleMessage(
  message: unknown,
  { doc, state, paint, stepper }: MessageContext,
): Promise<Result<boolean>> | null {
  const parsed = ContentMessage.safeParse(message);
  if (!parsed.success) return null;
  const msg = parsed.data;
  if (msg.type === 'scroll-to') {
    const { live } = state;
    if (!live) return Promise.resolve({ ok: false, error: 'this page has no notes yet' });
    const range = live.highlighter.rangeFor(msg.start, msg.end);
    if (!range) return Promise.resolve({ ok: true, value: false });
    // Instant: the page is behind the popup, where a smooth scroll may not get frames to run.
    (range.startContainer.parentElement ?? doc.body).scrollIntoView({ block: 'center', behavior: 'auto' });
    live.highlighter.flash(range);
    return Promise.resolve({ ok: true, value: true });
  }
  if (msg.type === 'command') {
    if (msg.name === 'toggle-annotations') {
      state.visible = !state.visible;
      void paint();
    } else {
      const [dir, kind] = msg.name.split('-') as ['next' | 'previous', 'highlight' | 'quote' | 'person'];
      stepper.step(dir === 'next' ? 1 : -1, kind === 'highlight' ? 'any' : kind);
    }
    return Promise.resolve({ ok: true, value: state.visible });
  }
  if (msg.type === 'settings-changed') {
    // Sent by the background after a change (the extension's storage is closed to content scripts).
    state.settings = msg.settings;
    void paint();
    return Promise.resolve({ ok: true, value: true });
  }
  return null;
}
