import type { Annotation } from '../../lib/highlight/annotations';
import type { AnnotatedPage } from '../../lib/messages';
import type { Guard } from './guard';
import type { AnnotatorState } from './live';

export interface FocusRing {
  /** The ring's element, in our shadow root. */
  readonly el: HTMLElement;
  /** The highlight the ring is on. */
  readonly ann: Annotation | null;
  /** Puts keyboard focus on a highlight: the ring over its text, which says what it is. */
  focus(a: Annotation): void;
  hide(): void;
}

/**
 * Where keyboard focus rests on a highlight: a ring over its text in our shadow root (the page's
 * own text cannot take focus, and the page is never changed). Esc in a card comes back here.
 */
export function createFocusRing(
  ctx: Guard,
  doc: Document,
  state: AnnotatorState,
  /** Whether a card is open: hiding the ring then keeps the highlight's focus for the card. */
  cardOpen: () => boolean,
): FocusRing {
  const el = doc.createElement('div');
  el.className = 'nl-focus-ring';
  el.tabIndex = -1;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-keyshortcuts', 'Enter Q Shift+Q P Shift+P N Shift+N');
  el.hidden = true;
  let ann: Annotation | null = null;

  function place() {
    const range = ann && state.live?.highlighter.rangeOf(ann);
    if (!range) return;
    const b = range.getBoundingClientRect();
    Object.assign(el.style, {
      left: `${b.left - 2}px`,
      top: `${b.top - 2}px`,
      width: `${b.width + 4}px`,
      height: `${b.height + 4}px`,
    });
  }

  function hide() {
    if (el.hidden) return;
    el.hidden = true;
    ann = null;
    if (!cardOpen()) state.live?.highlighter.setFocus(null);
  }

  function focus(a: Annotation) {
    const { live } = state;
    const range = live?.highlighter.rangeOf(a);
    if (!live || !range) return;
    ann = a;
    place();
    el.setAttribute('aria-label', ringLabel(live.page, a));
    el.hidden = false;
    live.highlighter.setFocus(range);
    el.focus({ preventScroll: true });
  }

  ctx.addEventListener(el, 'blur', hide);
  ctx.addEventListener(doc.defaultView!, 'scroll', () => ann && place(), { passive: true, capture: true });
  return {
    el,
    get ann() {
      return ann;
    },
    focus,
    hide,
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
