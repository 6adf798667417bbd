import { rangePartsFor, type TextModel } from '../../lib/article/text-model';
import type { Annotation, HighlightKind } from '../../lib/highlight/annotations';

/**
 * Draws highlights without touching the page's DOM: the CSS Custom Highlight API where it
 * exists, otherwise marks drawn in the extension's own shadow root.
 */
export interface Highlighter {
  /** Open shadow roots holding article text (hit-testing must look inside them). */
  shadowRoots: ReadonlySet<ShadowRoot>;
  /** Draws the annotations of the enabled kinds; with `pause`, in batches that yield to the page. */
  paint(annotations: Annotation[], enabled: ReadonlySet<HighlightKind>, pause?: () => Promise<void>): Promise<void>;
  rangeOf(a: Annotation): Range | null;
  rangeFor(start: number, end: number): Range | null;
  flash(range: Range): void;
  setFocus(range: Range | null): void;
  clear(): void;
}

/** Ranges made between two pauses while painting. */
const PAINT_BATCH = 1500;

const NAMED = ['person', 'organization', 'place', 'quote', 'unsure', 'figure', 'focus', 'flash'] as const;
type Named = (typeof NAMED)[number];
/** The name each highlight has in the page's registry (CSS.highlights). */
export type HighlightNames = Record<Named, string>;

/**
 * Fresh names for one page load: random, so a page can neither predict them nor take them, and
 * they say nothing of the extension or of what they mark. (The page can still read the registry
 * and our stylesheet: see the README's privacy section.)
 */
export function makeHighlightNames(random: () => number = Math.random): HighlightNames {
  const id = () => {
    let s = 'h';
    while (s.length < 13) s += Math.floor(random() * 36).toString(36);
    return s;
  };
  const names = {} as HighlightNames;
  const used = new Set<string>();
  for (const kind of NAMED) {
    let name = id();
    while (used.has(name)) name = id();
    used.add(name);
    names[kind] = name;
  }
  return names;
}

function highlightCss(dark: boolean, n: HighlightNames): string {
  const a = dark ? 0.32 : 0.16;
  return `
::highlight(${n.person}) { background-color: rgba(51, 154, 240, ${a}); }
::highlight(${n.organization}) { background-color: rgba(132, 94, 247, ${a}); }
::highlight(${n.place}) { background-color: rgba(64, 192, 87, ${a}); }
::highlight(${n.figure}) { background-color: rgba(253, 126, 20, ${a}); }
::highlight(${n.quote}) { text-decoration: underline dotted rgba(${dark ? '240, 101, 149' : '194, 37, 92'}, 0.85); text-decoration-thickness: 2px; }
::highlight(${n.unsure}) { text-decoration: underline dashed rgba(${dark ? '240, 101, 149' : '194, 37, 92'}, 0.6); text-decoration-thickness: 1.5px; }
::highlight(${n.focus}) { background-color: rgba(250, 176, 5, ${dark ? 0.5 : 0.42}); }
::highlight(${n.flash}) { background-color: rgba(250, 176, 5, 0.6); }
`;
}

const OVERLAY_COLORS: Record<HighlightKind | 'focus' | 'flash', string> = {
  person: 'rgba(51, 154, 240, 0.2)',
  organization: 'rgba(132, 94, 247, 0.2)',
  place: 'rgba(64, 192, 87, 0.2)',
  figure: 'rgba(253, 126, 20, 0.2)',
  quote: 'rgba(194, 37, 92, 0.08)',
  focus: 'rgba(250, 176, 5, 0.42)',
  flash: 'rgba(250, 176, 5, 0.6)',
};

type HighlightCtor = new (...ranges: Range[]) => object;
interface HighlightRegistry {
  set(name: string, h: object): void;
  delete(name: string): void;
}

export function createHighlighter(
  doc: Document,
  model: TextModel,
  overlayRoot: HTMLElement,
  dark: boolean,
  names: HighlightNames = makeHighlightNames(),
): Highlighter {
  const win = doc.defaultView as
    (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } }) | null;
  const HighlightApi = win?.Highlight;
  const registry = win?.CSS?.highlights;
  const native = Boolean(HighlightApi && registry);
  const ranges = new Map<Annotation, Range | null>();
  let sheet: CSSStyleSheet | null = null;
  let styleEl: HTMLStyleElement | null = null;
  let painted: Annotation[] = [];
  let focusRange: Range | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let overlayScheduled = false;
  /** Bumped by every paint and clear: an unfinished paint that is overtaken stops. */
  let paintRun = 0;

  const rangeFor = (start: number, end: number): Range | null => {
    const parts = rangePartsFor(model, start, end);
    if (!parts || !parts.startNode.isConnected || !parts.endNode.isConnected) return null;
    const r = doc.createRange();
    try {
      r.setStart(parts.startNode, Math.min(parts.startOffset, parts.startNode.length));
      r.setEnd(parts.endNode, Math.min(parts.endOffset, parts.endNode.length));
    } catch {
      return null;
    }
    return r;
  };
  const rangeOf = (a: Annotation) => {
    if (!ranges.has(a)) ranges.set(a, rangeFor(a.start, a.end));
    return ranges.get(a) ?? null;
  };

  // Text inside open shadow roots is styled only by sheets of that shadow root.
  const shadowRoots = new Set<ShadowRoot>();
  for (const seg of model.segments) {
    const r = seg.node.getRootNode();
    if (r instanceof ShadowRoot) shadowRoots.add(r);
  }

  const installStyles = () => {
    if (sheet || styleEl) return;
    const css = highlightCss(dark, names);
    try {
      // A constructed sheet adds no node to the page, so its text and DOM stay as they were.
      const made = new CSSStyleSheet();
      made.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, made];
      for (const r of shadowRoots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, made];
      sheet = made;
    } catch {
      sheet = null;
      styleEl = doc.createElement('style');
      styleEl.setAttribute('data-news-lens', '');
      styleEl.textContent = css;
      (doc.head ?? doc.documentElement).appendChild(styleEl);
    }
  };

  // Fallback: fixed-position marks in our own layer, redrawn on scroll and resize.
  const drawOverlay = () => {
    overlayScheduled = false;
    overlayRoot.replaceChildren();
    const vh = win?.innerHeight ?? 0;
    const add = (r: Range, color: string) => {
      for (const rect of Array.from(r.getClientRects())) {
        if (rect.bottom < 0 || rect.top > vh) continue;
        const m = doc.createElement('div');
        m.className = 'nl-overlay-mark';
        m.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;background:${color};pointer-events:none;`;
        overlayRoot.appendChild(m);
      }
    };
    for (const a of painted) {
      const r = rangeOf(a);
      if (r) add(r, OVERLAY_COLORS[a.kind]);
    }
    if (focusRange) add(focusRange, OVERLAY_COLORS.focus);
  };
  const scheduleOverlay = () => {
    if (native || overlayScheduled) return;
    overlayScheduled = true;
    win?.requestAnimationFrame(drawOverlay);
  };
  if (!native) {
    win?.addEventListener('scroll', scheduleOverlay, { passive: true, capture: true });
    win?.addEventListener('resize', scheduleOverlay, { passive: true });
  }

  const setNamed = (kind: Named, rs: Range[]) => {
    if (!native) return;
    if (!rs.length) return registry!.delete(names[kind]);
    const h = new HighlightApi!() as { add(r: Range): void };
    for (const r of rs) h.add(r);
    registry!.set(names[kind], h);
  };

  return {
    shadowRoots,
    async paint(annotations, enabled, pause) {
      const run = ++paintRun;
      painted = annotations.filter((a) => enabled.has(a.kind));
      if (!native) return scheduleOverlay();
      installStyles();
      // Ranges are made in batches with pauses between, so thousands of them never block the page.
      const byKind = new Map<string, Range[]>();
      for (let i = 0; i < painted.length; i++) {
        const a = painted[i];
        const r = rangeOf(a);
        if (r) {
          // A quote whose speaker is not sure is drawn dashed (its own highlight), not dotted.
          const key = a.unsure ? 'unsure' : a.kind;
          const list = byKind.get(key) ?? [];
          list.push(r);
          byKind.set(key, list);
        }
        if (pause && i % PAINT_BATCH === PAINT_BATCH - 1) {
          await pause();
          if (run !== paintRun) return;
        }
      }
      for (const kind of ['person', 'organization', 'place', 'quote', 'unsure', 'figure'] as const)
        setNamed(kind, byKind.get(kind) ?? []);
    },
    rangeOf,
    rangeFor,
    setFocus(range) {
      focusRange = range;
      if (native) setNamed('focus', range ? [range] : []);
      else scheduleOverlay();
    },
    flash(range) {
      clearTimeout(flashTimer);
      if (native) {
        installStyles();
        setNamed('flash', [range]);
        flashTimer = setTimeout(() => setNamed('flash', []), 1600);
      } else {
        const prev = focusRange;
        focusRange = range;
        scheduleOverlay();
        flashTimer = setTimeout(() => {
          focusRange = prev;
          scheduleOverlay();
        }, 1600);
      }
    },
    clear() {
      paintRun++;
      clearTimeout(flashTimer);
      painted = [];
      focusRange = null;
      if (native) for (const kind of NAMED) registry!.delete(names[kind]);
      const own = sheet;
      if (own) {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== own);
        for (const r of shadowRoots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== own);
      }
      styleEl?.remove();
      sheet = null;
      styleEl = null;
      overlayRoot.replaceChildren();
      win?.removeEventListener('scroll', scheduleOverlay, { capture: true });
      win?.removeEventListener('resize', scheduleOverlay);
    },
  };
}
