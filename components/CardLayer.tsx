import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { computePosition, flip, shift, offset, size } from '@floating-ui/dom';
import { HoverCard, type CardTarget } from './HoverCard';
import type { AnnotatedPage } from '../lib/messages';

export interface CardState {
  page: AnnotatedPage;
  target: CardTarget;
  /** The highlighted text the card belongs to; the card never covers it. */
  anchor: Range;
  /** Move keyboard focus into the card (opened from the keyboard). */
  focus: boolean;
}

interface LayerProps {
  state: CardState | null;
  dark: boolean;
  onClose: () => void;
  onShowClaim: (i: number) => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

function CardLayer({ state, dark, onClose, onShowClaim, onPointerEnter, onPointerLeave }: LayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!state || !el) return;
    const anchor = state.anchor;
    const reference = {
      getBoundingClientRect: () => {
        const rects = anchor.getClientRects();
        return rects.length ? rects[0] : anchor.getBoundingClientRect();
      },
      getClientRects: () => anchor.getClientRects(),
    };
    let cancelled = false;
    let focused = false;
    const place = () =>
      computePosition(reference, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(8),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${Math.max(160, Math.min(460, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (cancelled) return;
        el.style.left = `${x}px`;
        el.style.top = `${y}px`;
        el.style.visibility = 'visible';
        // Focus once visible: a hidden element cannot take focus.
        if (state.focus && !focused) {
          focused = true;
          (el.querySelector('.nl-card') as HTMLElement | null)?.focus({ preventScroll: true });
        }
      });
    void place();
    // Follow the text when the page scrolls: nothing is lost (WCAG 1.4.13).
    const onScroll = () => void place();
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelled = true;
      window.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
    };
  }, [state]);
  if (!state) return null;
  return (
    <div
      ref={ref}
      class={`nl-card-wrap ${dark ? 'nl-theme-dark' : ''}`}
      style={{ position: 'fixed', left: 0, top: 0, visibility: 'hidden' }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <HoverCard
        page={state.page}
        target={state.target}
        onClose={onClose}
        onShowClaim={onShowClaim}
        keys={state.focus}
      />
    </div>
  );
}

export interface CardController {
  show(state: CardState): void;
  hide(): void;
  current(): CardState | null;
  destroy(): void;
}

export function createCardController(
  container: HTMLElement,
  dark: () => boolean,
  hooks: {
    onClose: () => void;
    onShowClaim: (i: number) => void;
    onPointerEnter: () => void;
    onPointerLeave: () => void;
  },
): CardController {
  let state: CardState | null = null;
  const draw = () =>
    render(
      <CardLayer
        state={state}
        dark={dark()}
        onClose={hooks.onClose}
        onShowClaim={hooks.onShowClaim}
        onPointerEnter={hooks.onPointerEnter}
        onPointerLeave={hooks.onPointerLeave}
      />,
      container,
    );
  return {
    show(next) {
      state = next;
      draw();
    },
    hide() {
      if (!state) return;
      state = null;
      draw();
    },
    current: () => state,
    destroy() {
      render(null, container);
    },
  };
}
