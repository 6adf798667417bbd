import { readArticleSliced, type ArticleText } from '../../lib/article/find-article';
import { readArticleMeta } from '../../lib/article/meta';
import { isDocumentEditable } from '../../lib/article/editable';
import { extractPartsSliced } from '../../lib/text/chunked';
import { createOffsetLookup, type TextModel, type TextSegment } from '../../lib/article/text-model';
import {
  buildAnnotations,
  hitTest,
  readingOrder,
  type Annotation,
  type AnnotationLayers,
} from '../../lib/highlight/annotations';
import { isDarkPage } from '../../lib/highlight/theme';
import { nextStop, STEP_KEYS, type StepBy } from '../../lib/highlight/stepping';
import { isUnsure } from '../../lib/sureness';
import { ContentMessage, SettingsReply, type AnnotatedPage, type Result } from '../../lib/messages';
import { parseReplySliced } from '../../lib/validate-page';
import { DEFAULT_SETTINGS, enabledKinds, shownHighlights, type Settings } from '../../lib/settings';
import { createHighlighter, makeHighlightNames, type Highlighter } from './highlighter';
import type { Guard } from './guard';
import { CancelledError, sendParts, sendWithRetry, type RetryOptions } from './send';
import { CARD_UI_GLOBAL, type CardUiApi } from '../../components/card-ui-api';
import type { CardController } from '../../components/CardLayer';
import { MIN_ARTICLE_CHARS, markPerf, pause, watchPage } from './timing';

const LEAVE_GRACE_MS = 300;

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

interface Live {
  page: AnnotatedPage;
  model: TextModel;
  layers: AnnotationLayers;
  order: Annotation[];
  highlighter: Highlighter;
  /** A text node's segments (with collapsed white space a node may hold several, or start after its first character). */
  segmentsOf: Map<Text, TextSegment[]>;
  /** A DOM point (a text node and an offset in it) as an offset into the article text. */
  offsetOf: (node: Text, offset: number) => number | null;
}

/** Reads the article, asks the background for its notes, draws highlights and opens cards. */
export function startAnnotator({ ctx, doc, container, host, send: sendOnce, first = null }: Options): Annotator {
  const win = doc.defaultView!;
  // Each kind's highlight has a name made for this page load: a page cannot predict or take it,
  // and an older instance being torn down never removes a newer one's highlights.
  const highlightNames = makeHighlightNames();
  container.setAttribute(
    'data-highlights',
    Object.entries(highlightNames)
      .map(([kind, name]) => `${kind}:${name}`)
      .join(' '),
  );
  let warned = false;
  const retryOpts = (cancelled: () => boolean): RetryOptions => ({
    cancelled: () => ctx.isInvalid || cancelled(),
    onRetry: (err) => {
      if (warned) return;
      warned = true;
      console.info(
        `News Lens: the extension's background did not answer (${err instanceof Error ? err.message : String(err)}); trying again.`,
      );
    },
  });
  /** A message the background must answer: sent again while its worker is stopped or restarting. */
  const send = (msg: unknown, cancelled: () => boolean = () => false) =>
    sendWithRetry(sendOnce, msg, retryOpts(cancelled));
  let live: Live | null = null;
  let dark = isDarkPage(doc);
  const overlay = doc.createElement('div');
  overlay.className = 'nl-overlay';
  const cardRoot = doc.createElement('div');
  cardRoot.className = 'nl-layer';
  // Where keyboard focus rests on a highlight: a ring over its text in our shadow root (the page's
  // own text cannot take focus, and the page is never changed). Esc in a card comes back here.
  const ring = doc.createElement('div');
  ring.className = 'nl-focus-ring';
  ring.tabIndex = -1;
  ring.setAttribute('role', 'button');
  ring.setAttribute('aria-keyshortcuts', 'Enter Q Shift+Q P Shift+P N Shift+N');
  ring.hidden = true;
  container.append(overlay, ring, cardRoot);
  const shadow = container.getRootNode();
  /** Whether keyboard focus is in our own UI: a card, or the ring on a highlight. */
  const focusInUi = () =>
    shadow instanceof ShadowRoot ? shadow.activeElement !== null : container.contains(doc.activeElement);

  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: Annotation | null = null;
  let pointerInCard = false;
  let settings: Settings = DEFAULT_SETTINGS;
  let visible = true;
  /** Index into live.order of the annotation last stepped to with the keyboard. */
  let cursor = -1;
  /** The highlight whose card is open, and the one the ring is on. */
  let shownAnn: Annotation | null = null;
  let ringAnn: Annotation | null = null;

  let cards: CardController | null = null;
  let cardsLoading: Promise<CardController | null> | null = null;

  /** The card UI is its own script, injected by the background the first time a card is wanted. */
  function loadCards(): Promise<CardController | null> {
    const existing = () => (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUiApi | undefined;
    cardsLoading ??= (async () => {
      // The card script may have arrived although the reply did not (the worker stopped after
      // injecting it): then it is not asked for again.
      if (!existing())
        await send({ type: 'load-card-ui' }, () => Boolean(existing())).catch((err) => {
          if (!existing()) throw err;
        });
      const api = existing();
      if (!api || ctx.isInvalid) {
        cardsLoading = null;
        return null;
      }
      adoptCss(container, api.css);
      cards = api.createCardController(cardRoot, () => dark, {
        onClose: () => closeCard(true),
        onShowClaim: (i) => showClaim(i, true),
        onPointerEnter: () => {
          pointerInCard = true;
          clearTimeout(closeTimer);
        },
        onPointerLeave: () => {
          pointerInCard = false;
          scheduleClose();
        },
      });
      return cards;
    })().catch(() => {
      cardsLoading = null;
      return null;
    });
    return cardsLoading;
  }

  const targetOf = (a: Annotation) => a.ref;

  function openCard(a: Annotation, focus: boolean) {
    void loadCards().then((c) => {
      if (!c || !live || ctx.isInvalid) return;
      host?.mount();
      const range = live.highlighter.rangeOf(a);
      if (!range) return;
      clearTimeout(closeTimer);
      live.highlighter.setFocus(range);
      shownAnn = a;
      c.show({ page: live.page, target: targetOf(a), anchor: range, focus });
    });
  }

  function showClaim(claimIndex: number, focus: boolean) {
    if (!live) return;
    const a = live.layers.quotes.find((q) => 'claim' in q.ref && q.ref.claim === claimIndex);
    if (!a) return;
    const range = live.highlighter.rangeOf(a);
    if (range)
      (range.startContainer.parentElement ?? null)?.scrollIntoView({
        block: 'center',
        behavior: doc.hidden ? 'auto' : 'smooth',
      });
    openCard(a, focus);
  }

  /**
   * Closes the card. With `restoreFocus` (Esc or the close button, with focus in the card), focus
   * goes back to the highlight the card came from, not to the page's body.
   */
  function closeCard(restoreFocus = false) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    pending = null;
    const was = cards?.current() ? shownAnn : null;
    shownAnn = null;
    cards?.hide();
    live?.highlighter.setFocus(null);
    if (restoreFocus && was) focusHighlight(was);
  }

  /** Puts keyboard focus on a highlight: the ring over its text, which says what it is. */
  function focusHighlight(a: Annotation) {
    const range = live?.highlighter.rangeOf(a);
    if (!live || !range) return;
    ringAnn = a;
    placeRing();
    ring.setAttribute('aria-label', ringLabel(live.page, a));
    ring.hidden = false;
    live.highlighter.setFocus(range);
    ring.focus({ preventScroll: true });
  }

  function placeRing() {
    const range = ringAnn && live?.highlighter.rangeOf(ringAnn);
    if (!range) return;
    const b = range.getBoundingClientRect();
    Object.assign(ring.style, {
      left: `${b.left - 2}px`,
      top: `${b.top - 2}px`,
      width: `${b.width + 4}px`,
      height: `${b.height + 4}px`,
    });
  }

  function hideRing() {
    if (ring.hidden) return;
    ring.hidden = true;
    ringAnn = null;
    if (!cards?.current()) live?.highlighter.setFocus(null);
  }
  ctx.addEventListener(ring, 'blur', hideRing);
  ctx.addEventListener(win, 'scroll', () => ringAnn && placeRing(), { passive: true, capture: true });

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!pointerInCard) closeCard();
    }, LEAVE_GRACE_MS);
  }

  /** The annotation under the pointer, if the pointer is really over its text. */
  function annotationAtPoint(x: number, y: number): Annotation | null {
    if (!live) return null;
    const d = doc as Document & {
      caretPositionFromPoint?: (
        x: number,
        y: number,
        opts?: { shadowRoots: ShadowRoot[] },
      ) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    let node: Node | null = null;
    let offset = 0;
    const roots = live.highlighter.shadowRoots;
    const pos = roots.size
      ? d.caretPositionFromPoint?.(x, y, { shadowRoots: [...roots] })
      : d.caretPositionFromPoint?.(x, y);
    if (pos) {
      node = pos.offsetNode;
      offset = pos.offset;
    } else {
      const r = d.caretRangeFromPoint?.(x, y);
      if (r) {
        node = r.startContainer;
        offset = r.startOffset;
      }
    }
    if (!node || node.nodeType !== 3) return null;
    const at = live.offsetOf(node as Text, offset);
    if (at === null) return null;
    // The caret sits between characters: try the character after it, then the one before.
    for (const off of [at, at - 1]) {
      const a = hitTest(live.layers, off);
      if (!a) continue;
      const range = live.highlighter.rangeOf(a);
      if (!range) continue;
      for (const rect of Array.from(range.getClientRects()))
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return a;
    }
    return null;
  }

  let moveFrame = 0;
  let lastMove: PointerEvent | null = null;
  // Only the reader's own input moves cards: events a page script makes (isTrusted false) are
  // ignored, so a page cannot open, close or steer them.
  const onPointerMove = (e: PointerEvent) => {
    if (!e.isTrusted) return;
    lastMove = e;
    if (moveFrame) return;
    moveFrame = win.requestAnimationFrame(() => {
      moveFrame = 0;
      const ev = lastMove;
      if (!ev || !live || !visible) return;
      if (ev.composedPath().some((n) => n instanceof Element && n.hasAttribute?.('data-news-lens'))) return;
      const a = annotationAtPoint(ev.clientX, ev.clientY);
      const shown = cards?.current() ?? null;
      if (a && shown && sameTarget(shown.target, a.ref)) {
        clearTimeout(closeTimer);
        return;
      }
      if (a !== pending) {
        clearTimeout(openTimer);
        pending = a;
        if (a) {
          void loadCards();
          openTimer = setTimeout(() => pending === a && openCard(a, false), settings.hoverDelayMs);
        }
      }
      if (!a && shown && !pointerInCard) scheduleClose();
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    const inUi = focusInUi();
    if (e.key === 'Escape' && cards?.current()) {
      e.stopPropagation();
      closeCard(inUi);
      return;
    }
    // The stepping keys work only while focus is in News Lens (a card, or a highlight's ring):
    // the page's own keys are never taken.
    if (!inUi || e.ctrlKey || e.altKey || e.metaKey) return;
    const by = STEP_KEYS[e.key.toLowerCase()];
    if (by) {
      e.preventDefault();
      e.stopPropagation();
      step(e.shiftKey ? -1 : 1, by);
    } else if (
      (e.key === 'Enter' || e.key === ' ') &&
      ringAnn &&
      shadow instanceof ShadowRoot &&
      shadow.activeElement === ring
    ) {
      e.preventDefault();
      e.stopPropagation();
      openCard(ringAnn, true);
    }
  };

  // A highlight inside a focused element (a link, a focusable paragraph) opens its card at once.
  const onFocusIn = (e: FocusEvent) => {
    if (!e.isTrusted) return;
    if (!live) return;
    const t = e.target;
    if (!(t instanceof Element) || t.hasAttribute('data-news-lens')) return;
    // Look through the focused element's own text (a link holds little), not every highlight.
    const walker = doc.createTreeWalker(t, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(), seen = 0; n && seen < 200; n = walker.nextNode(), seen++) {
      for (const seg of live.segmentsOf.get(n as Text) ?? [])
        for (let off = seg.start; off < seg.end; off++) {
          const a = hitTest(live.layers, off);
          if (a) return openCard(a, false);
        }
    }
  };

  ctx.addEventListener(doc, 'pointermove', onPointerMove as EventListener, { passive: true });
  ctx.addEventListener(doc, 'keydown', onKeyDown as EventListener, { capture: true });
  ctx.addEventListener(doc, 'focusin', onFocusIn as EventListener);

  const paint = async (): Promise<void> => {
    if (!live) return;
    if (visible) return live.highlighter.paint(shownHighlights(live.order, settings), enabledKinds(settings), pause);
    else {
      closeCard();
      hideRing();
      return live.highlighter.paint([], new Set());
    }
  };

  /**
   * Steps to the next or previous highlight, quote or person (from the open card's or the ring's
   * highlight, else the last one stepped to), scrolls it into view and opens its card with focus.
   */
  function step(delta: 1 | -1, by: StepBy = 'any') {
    if (!live || !visible) return;
    const here = shownAnn ?? ringAnn;
    const from = here ? live.order.indexOf(here) : cursor;
    const idx = nextStop(live.order, new Set(shownHighlights(live.order, settings)), from, delta, by);
    if (idx < 0) return;
    cursor = idx;
    const a = live.order[idx];
    live.highlighter.rangeOf(a)?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    openCard(a, true);
  }

  /** Makes `live` draw over a new text model (the same notes, or new ones). */
  async function setLive(page: AnnotatedPage, model: TextModel): Promise<void> {
    live?.highlighter.clear();
    const layers = buildAnnotations(page.notes, isUnsure);
    const highlighter = createHighlighter(doc, model, overlay, dark, highlightNames);
    const segmentsOf = new Map<Text, TextSegment[]>();
    for (const s of model.segments) {
      const list = segmentsOf.get(s.node);
      if (list) list.push(s);
      else segmentsOf.set(s.node, [s]);
    }
    const order = readingOrder(layers);
    live = { page, model, layers, order, highlighter, segmentsOf, offsetOf: createOffsetLookup(model) };
    cursor = -1;
    shownAnn = null;
    hideRing();
    await paint();
    if (live?.highlighter === highlighter) hostOf(container)?.setAttribute('data-annotations', String(order.length));
  }

  function dropLive() {
    closeCard();
    live?.highlighter.clear();
    live = null;
    hostOf(container)?.removeAttribute('data-annotations');
  }

  /** The reader's settings, asked for once, while the first reading and extraction go on. */
  let settingsAsked: Promise<void> | null = null;
  const settingsReady = () =>
    (settingsAsked ??= send({ type: 'get-settings' })
      .catch(() => null)
      .then((raw) => {
        const got = SettingsReply.safeParse(raw);
        if (got.success && got.data.ok) settings = got.data.value.settings;
      }));
  let lastUrl = win.location.href;
  /** Bumped by every reading; a reading that is overtaken by a newer one stops. */
  let generation = 0;

  /**
   * Reads the article and, when its text changed, asks the background for new notes.
   * Extraction runs in slices with pauses between them, so a long page never blocks.
   */
  async function annotate(): Promise<void> {
    const gen = ++generation;
    const ready = settingsReady();
    let article = first;
    first = null;
    if (!article) {
      markPerf('news-lens:start');
      article = await readArticleSliced(doc, pause);
      if (gen !== generation || ctx.isInvalid) return;
      markPerf('news-lens:read');
    }
    const { model } = article;
    const url = win.location.href;
    if (model.text.length < MIN_ARTICLE_CHARS) {
      if (live && url !== lastUrl) dropLive();
      lastUrl = url;
      return;
    }
    if (live && url === lastUrl && model.text === live.model.text) {
      // Same text: redraw only when the page re-rendered the nodes under it.
      if (live.model.segments.some((seg) => !seg.node.isConnected)) {
        await ready;
        await setLive(live.page, model);
      }
      return;
    }
    lastUrl = url;
    const meta = readArticleMeta(doc, url);
    const parts = await extractPartsSliced(model.text, pause, undefined, undefined, model.regions);
    if (gen !== generation || ctx.isInvalid) return;
    markPerf('news-lens:extracted');
    await ready;
    if (gen !== generation || ctx.isInvalid || settings.sites[win.location.hostname.toLowerCase()] === 'never') return;
    const overtaken = () => gen !== generation;
    // Design mode can be switched on while the text read a moment before is being extracted: the
    // page is asked again just before each message that carries its text (and each retry of it),
    // and nothing is sent once it is editable.
    const editableNow = () => isDocumentEditable(doc);
    const stopSending = () => overtaken() || editableNow();
    const sendText = (msg: unknown) => (editableNow() ? Promise.reject(new CancelledError()) : sendOnce(msg));
    let raw: unknown;
    try {
      if (parts.length === 1)
        raw = await sendWithRetry(
          sendText,
          { type: 'page-findings', meta, text: model.text, findings: parts[0].findings },
          retryOpts(stopSending),
        );
      else {
        // A long page goes in parts: no single message big enough to block the page. If the
        // worker stopped on the way, the parts it had are gone: the whole page is sent again.
        const pageId = `${Date.now().toString(36)}-${gen}`;
        raw = await sendParts(
          sendText,
          parts.length,
          (index, attempt) => {
            const part = parts[index];
            return {
              type: 'page-part',
              pageId: `${pageId}-${attempt}`,
              index,
              total: parts.length,
              offset: part.offset,
              meta,
              text: part.text,
              findings: part.findings,
            };
          },
          { ...retryOpts(stopSending), between: pause },
        );
      }
    } catch (err) {
      if (!(err instanceof CancelledError) && !ctx.isInvalid)
        console.warn(
          `News Lens: the extension's background did not answer; this page is left without highlights (${err instanceof Error ? err.message : String(err)}).`,
        );
      return;
    }
    if (gen !== generation || ctx.isInvalid) return;
    markPerf('news-lens:replied');
    const page = await parseReplySliced(raw, pause);
    if (!page || gen !== generation || ctx.isInvalid) return;
    markPerf('news-lens:validated');
    dark = isDarkPage(doc);
    closeCard();
    await setLive(page, model);
    markPerf('news-lens:painted');
  }

  // Highlights add no nodes, so our own drawing never wakes the observer. A page that keeps
  // changing without changing its article is read less and less often.
  const firstReading = annotate().catch(() => {
    // The extension was reloaded or the page went away: leave the page as it is.
  });
  const watch = watchPage(
    ctx,
    doc,
    async () => {
      const before = live?.model.text;
      await annotate();
      return live?.model.text !== before;
    },
    firstReading,
  );
  void firstReading.then(watch.observe);

  return {
    onMessage(message) {
      const parsed = ContentMessage.safeParse(message);
      if (!parsed.success) return null;
      const msg = parsed.data;
      if (msg.type === 'scroll-to') {
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
          visible = !visible;
          void paint();
        } else {
          const [dir, kind] = msg.name.split('-') as ['next' | 'previous', 'highlight' | 'quote' | 'person'];
          step(dir === 'next' ? 1 : -1, kind === 'highlight' ? 'any' : kind);
        }
        return Promise.resolve({ ok: true, value: visible });
      }
      if (msg.type === 'settings-changed') {
        // Sent by the background after a change (the extension's storage is closed to content scripts).
        settings = msg.settings;
        void paint();
        return Promise.resolve({ ok: true, value: true });
      }
      return null;
    },
    applySettings(next) {
      settings = next;
      void paint();
    },
    destroy() {
      watch.stop();
      generation++;
      dropLive();
      cards?.destroy();
    },
  };
}

/** What the ring on a highlight says to a screen reader: what it marks, and the keys. */
function ringLabel(page: AnnotatedPage, a: Annotation): string {
  const { notes } = page;
  let what: string;
  if ('actor' in a.ref) {
    const actor = notes.actors[a.ref.actor];
    what = actor ? `${actor.name} (${actor.type === 'organization' ? 'organisation' : actor.type})` : 'A name';
  } else {
    const claim = notes.claims[a.ref.claim];
    const words = claim ? claim.text.replace(/\s+/g, ' ').trim() : '';
    const short = words.length > 60 ? `${words.slice(0, 59)}…` : words;
    what =
      claim?.kind === 'numeric'
        ? `Figure: ${short}`
        : `Quote${claim?.speaker ? ` by ${claim.speaker.name}` : ''}: ${short}`;
  }
  return `${what}. Enter opens its card; Q, P, N: next quote, person, highlight (with Shift: previous).`;
}

function sameTarget(a: Annotation['ref'], b: Annotation['ref']): boolean {
  return 'actor' in a ? 'actor' in b && a.actor === b.actor : 'claim' in b && a.claim === b.claim;
}

/** Our shadow host: the only element of ours in the page, where tests read the state. */
function hostOf(container: HTMLElement): Element | null {
  const root = container.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Puts the cards' CSS into our shadow root as a constructed sheet, which a page's strict
 * Content-Security-Policy (style-src) does not block; a <style> element where that fails.
 */
function adoptCss(container: HTMLElement, css: string) {
  const root = container.getRootNode();
  if (root instanceof ShadowRoot) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // fall through
    }
  }
  const style = container.ownerDocument.createElement('style');
  style.textContent = css;
  container.before(style);
}
