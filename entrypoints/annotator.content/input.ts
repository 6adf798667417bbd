import { hitTest, type Annotation } from '../../lib/highlight/annotations';
import { nextStop, STEP_KEYS, type StepBy } from '../../lib/highlight/stepping';
import { shownHighlights } from '../../lib/settings';
import type { Cards } from './cards';
import type { Guard } from './guard';
import type { AnnotatorState, Live } from './live';
import type { FocusRing } from './ring';

export interface Stepper {
  /**
   * Steps to the next or previous highlight, quote or person (from the open card's or the ring's
   * highlight, else the last one stepped to), scrolls it into view and opens its card with focus.
   */
  step(delta: 1 | -1, by?: StepBy): void;
  /** Forgets the last one stepped to (the notes were drawn again). */
  reset(): void;
}

export function createStepper(state: AnnotatorState, cards: Cards, ring: FocusRing): Stepper {
  /** Index into live.order of the annotation last stepped to with the keyboard. */
  let cursor = -1;
  return {
    step(delta, by = 'any') {
      const { live } = state;
      if (!live || !state.visible) return;
      const here = cards.shown() ?? ring.ann;
      const from = here ? live.order.indexOf(here) : cursor;
      const idx = nextStop(live.order, new Set(shownHighlights(live.order, state.settings)), from, delta, by);
      if (idx < 0) return;
      cursor = idx;
      const a = live.order[idx];
      live.highlighter.rangeOf(a)?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      cards.open(a, true);
    },
    reset() {
      cursor = -1;
    },
  };
}

interface InputOptions {
  ctx: Guard;
  doc: Document;
  container: HTMLElement;
  state: AnnotatorState;
  cards: Cards;
  ring: FocusRing;
  stepper: Stepper;
}

/**
 * Listens to the reader's pointer, keys and focus. Only the reader's own input moves cards: events
 * a page script makes (isTrusted false) are ignored, so a page cannot open, close or steer them.
 */
export function listenToInput({ ctx, doc, container, state, cards, ring, stepper }: InputOptions): void {
  const win = doc.defaultView!;
  const shadow = container.getRootNode();
  /** Whether keyboard focus is in our own UI: a card, or the ring on a highlight. */
  const focusInUi = () =>
    shadow instanceof ShadowRoot ? shadow.activeElement !== null : container.contains(doc.activeElement);

  let moveFrame = 0;
  let lastMove: PointerEvent | null = null;
  const onPointerMove = (e: PointerEvent) => {
    if (!e.isTrusted) return;
    lastMove = e;
    if (moveFrame) return;
    moveFrame = win.requestAnimationFrame(() => {
      moveFrame = 0;
      const ev = lastMove;
      const { live } = state;
      if (!ev || !live || !state.visible) return;
      if (ev.composedPath().some((n) => n instanceof Element && n.hasAttribute?.('data-news-lens'))) return;
      cards.hover(annotationAtPoint(doc, live, ev.clientX, ev.clientY));
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    const inUi = focusInUi();
    if (e.key === 'Escape' && cards.current()) {
      e.stopPropagation();
      cards.close(inUi);
      return;
    }
    // The stepping keys work only while focus is in News Lens (a card, or a highlight's ring):
    // the page's own keys are never taken.
    if (!inUi || e.ctrlKey || e.altKey || e.metaKey) return;
    const by = STEP_KEYS[e.key.toLowerCase()];
    if (by) {
      e.preventDefault();
      e.stopPropagation();
      stepper.step(e.shiftKey ? -1 : 1, by);
    } else if (
      (e.key === 'Enter' || e.key === ' ') &&
      ring.ann &&
      shadow instanceof ShadowRoot &&
      shadow.activeElement === ring.el
    ) {
      e.preventDefault();
      e.stopPropagation();
      cards.open(ring.ann, true);
    }
  };

  // A highlight inside a focused element (a link, a focusable paragraph) opens its card at once.
  const onFocusIn = (e: FocusEvent) => {
    if (!e.isTrusted) return;
    const a = state.live && annotationInElement(doc, state.live, e.target);
    if (a) cards.open(a, false);
  };

  ctx.addEventListener(doc, 'pointermove', onPointerMove as EventListener, { passive: true });
  ctx.addEventListener(doc, 'keydown', onKeyDown as EventListener, { capture: true });
  ctx.addEventListener(doc, 'focusin', onFocusIn as EventListener);
}

/** The first highlight in a focused element's own text (a link holds little), not every highlight. */
function annotationInElement(doc: Document, live: Live, t: EventTarget | null): Annotation | null {
  if (!(t instanceof Element) || t.hasAttribute('data-news-lens')) return null;
  const walker = doc.createTreeWalker(t, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(), seen = 0; n && seen < 200; n = walker.nextNode(), seen++) {
    for (const seg of live.segmentsOf.get(n as Text) ?? [])
      for (let off = seg.start; off < seg.end; off++) {
        const a = hitTest(live.layers, off);
        if (a) return a;
      }
  }
  return null;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    opts?: { shadowRoots: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node and offset under a point, or null. */
function caretAt(doc: Document, live: Live, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  const roots = live.highlighter.shadowRoots;
  const pos = roots.size
    ? d.caretPositionFromPoint?.(x, y, { shadowRoots: [...roots] })
    : d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The annotation under the pointer, if the pointer is really over its text. */
function annotationAtPoint(doc: Document, live: Live, x: number, y: number): Annotation | null {
  const caret = caretAt(doc, live, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const at = live.offsetOf(caret.node as Text, caret.offset);
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
