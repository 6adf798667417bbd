import { CARD_UI_GLOBAL, type CardUiApi } from '../../components/card-ui-api';
import type { CardController } from '../../components/CardLayer';
import type { Guard } from './guard';
import type { AnnotatorState } from './live';

interface CardUiOptions {
  ctx: Guard;
  container: HTMLElement;
  /** Where the cards are drawn, in our shadow root. */
  cardRoot: HTMLElement;
  state: AnnotatorState;
  /** A message the background must answer, sent again while its worker is away. */
  send: (msg: unknown, cancelled?: () => boolean) => Promise<unknown>;
  /** What the cards tell the annotator (closed, a claim asked for, the pointer in or out). */
  handlers: Parameters<CardUiApi['createCardController']>[2];
  /** The cards' controller, once made. */
  onReady: (cards: CardController) => void;
}

/**
 * The card UI is its own script, injected by the background the first time a card is wanted.
 * The loader returns the same promise while it is under way or done; after a failure it tries again.
 */
export function cardUiLoader(o: CardUiOptions): () => Promise<CardController | null> {
  let loading: Promise<CardController | null> | null = null;
  const existing = () => (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUiApi | undefined;
  return () => {
    loading ??= (async () => {
      // The card script may have arrived although the reply did not (the worker stopped after
      // injecting it): then it is not asked for again.
      if (!existing())
        await o
          .send({ type: 'load-card-ui' }, () => Boolean(existing()))
          .catch((err) => {
            if (!existing()) throw err;
          });
      const api = existing();
      if (!api || o.ctx.isInvalid) {
        loading = null;
        return null;
      }
      adoptCss(o.container, api.css);
      const cards = api.createCardController(o.cardRoot, () => o.state.dark, o.handlers);
      o.onReady(cards);
      return cards;
    })().catch(() => {
      loading = null;
      return null;
    });
    return loading;
  };
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
