import type { Annotation } from '../../lib/highlight/annotations';
import type { CardController, CardState } from '../../components/CardLayer';
import type { Guard } from './guard';
import { cardUiLoader } from './card-ui';
import { sameTarget, type AnnotatorState, type Live } from './live';

const LEAVE_GRACE_MS = 300;

interface CardOptions {
  ctx: Guard;
  doc: Document;
  container: HTMLElement;
  /** Where the cards are drawn, in our shadow root. */
  cardRoot: HTMLElement;
  state: AnnotatorState;
  /** Our element in the page: mounted again before a card opens if the page removed it. */
  host?: { mount(): void };
  /** A message the background must answer, sent again while its worker is away. */
  send: (msg: unknown, cancelled?: () => boolean) => Promise<unknown>;
  /** Puts keyboard focus back on a highlight when its card closes with Esc. */
  focusHighlight: (a: Annotation) => void;
}

export interface Cards {
  /** The card open now, if any. */
  current(): CardState | null;
  /** The highlight whose card is open. */
  shown(): Annotation | null;
  /** Forgets the open card's highlight (its notes were drawn again). */
  forgetShown(): void;
  open(a: Annotation, focus: boolean): void;
  /**
   * Closes the card. With `restoreFocus` (Esc or the close button, with focus in the card), focus
   * goes back to the highlight the card came from, not to the page's body.
   */
  close(restoreFocus?: boolean): void;
  /** The pointer is over this highlight now (or over none): its card opens after the hover delay. */
  hover(a: Annotation | null): void;
  destroy(): void;
}

/** Opens and closes the cards: on hover with a delay and a grace period on leaving, or at once. */
export function createCards({ ctx, doc, container, cardRoot, state, host, send, focusHighlight }: CardOptions): Cards {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: Annotation | null = null;
  let pointerInCard = false;
  let shown: Annotation | null = null;
  let cards: CardController | null = null;
  const load = cardUiLoader({
    ...{ ctx, container, cardRoot, state, send },
    handlers: {
      onClose: () => close(true),
      onShowClaim: (i) => {
        const a = state.live && scrollToClaim(doc, state.live, i);
        if (a) open(a, true);
      },
      onPointerEnter: () => void ((pointerInCard = true), clearTimeout(closeTimer)),
      onPointerLeave: () => void ((pointerInCard = false), scheduleClose()),
    },
    onReady: (c) => (cards = c),
  });

  function open(a: Annotation, focus: boolean) {
    void load().then((c) => {
      const { live } = state;
      if (!c || !live || ctx.isInvalid) return;
      host?.mount();
      const range = live.highlighter.rangeOf(a);
      if (!range) return;
      clearTimeout(closeTimer);
      live.highlighter.setFocus(range);
      shown = a;
      c.show({ page: live.page, target: a.ref, anchor: range, focus });
    });
  }

  function close(restoreFocus = false) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    pending = null;
    const was = cards?.current() ? shown : null;
    shown = null;
    cards?.hide();
    state.live?.highlighter.setFocus(null);
    if (restoreFocus && was) focusHighlight(was);
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!pointerInCard) close();
    }, LEAVE_GRACE_MS);
  }

  function hover(a: Annotation | null) {
    const current = cards?.current() ?? null;
    if (a && current && sameTarget(current.target, a.ref)) {
      clearTimeout(closeTimer);
      return;
    }
    if (a !== pending) {
      clearTimeout(openTimer);
      pending = a;
      if (a) {
        void load();
        openTimer = setTimeout(() => pending === a && open(a, false), state.settings.hoverDelayMs);
      }
    }
    if (!a && current && !pointerInCard) scheduleClose();
  }
  return {
    current: () => cards?.current() ?? null,
    shown: () => shown,
    forgetShown: () => void (shown = null),
    open,
    close,
    hover,
    destroy: () => cards?.destroy(),
  };
}

/** Scrolls to a claim's quote (a card's link to another claim) and returns its highlight. */
function scrollToClaim(doc: Document, live: Live, claimIndex: number): Annotation | null {
  const a = live.layers.quotes.find((q) => 'claim' in q.ref && q.ref.claim === claimIndex);
  if (!a) return null;
  const range = live.highlighter.rangeOf(a);
  if (range)
    (range.startContainer.parentElement ?? null)?.scrollIntoView({
      block: 'center',
      behavior: doc.hidden ? 'auto' : 'smooth',
    });
  return a;
}
