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

/** The DOM range of a stretch of the text model, and of each annotation (worked out once each). */
function annotationRanges(doc: Document, model: TextModel) {
  const ranges = new Map<Annotation, Range | null>();
  const rangeFor = (start: number, end: number) => rangeIn(doc, model, start, end);
  const rangeOf = (a: Annotation) => {
    if (!ranges.has(a)) ranges.set(a, rangeFor(a.start, a.end));
    return ranges.get(a) ?? null;
  };
  return { rangeFor, rangeOf };
}

export function createHighlighter(
  doc: Document,
  model: TextModel,
  overlayRoot: HTMLElement,
  dark: boolean,
  names: HighlightNames = makeHighlightNames(),
): Highlighter {
  const api = highlightApi(doc);
  const native = api !== null;
  let painted: Annotation[] = [];
  let focusRange: Range | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every paint and clear: an unfinished paint that is overtaken stops. */
  let paintRun = 0;
  const { rangeFor, rangeOf } = annotationRanges(doc, model);
  const shadowRoots = shadowRootsOf(model);
  const styles = createHighlightStyles(doc, shadowRoots, () => highlightCss(dark, names));
  const overlay = native
    ? null
    : createOverlay(doc, overlayRoot, (add) => {
        for (const a of painted) {
          const r = rangeOf(a);
          if (r) add(r, OVERLAY_COLORS[a.kind]);
        }
        if (focusRange) add(focusRange, OVERLAY_COLORS.focus);
      });
  const setNamed = (kind: Named, rs: Range[]) => {
    if (api) setHighlight(api, names[kind], rs);
  };
  return {
    shadowRoots,
    async paint(annotations, enabled, pause) {
      const run = ++paintRun;
      painted = annotations.filter((a) => enabled.has(a.kind));
      if (!native) return overlay?.schedule();
      styles.install();
      const byKind = await rangesByKind(painted, rangeOf, pause, () => run !== paintRun);
      if (!byKind) return;
      for (const kind of ['person', 'organization', 'place', 'quote', 'unsure', 'figure'] as const)
        setNamed(kind, byKind.get(kind) ?? []);
    },
    rangeOf,
    rangeFor,
    setFocus(range) {
      focusRange = range;
      if (native) setNamed('focus', range ? [range] : []);
      else overlay?.schedule();
    },
    flash(range) {
      clearTimeout(flashTimer);
      if (native) {
        styles.install();
        setNamed('flash', [range]);
        flashTimer = setTimeout(() => setNamed('flash', []), 1600);
      } else {
        const prev = focusRange;
        focusRange = range;
        overlay?.schedule();
        flashTimer = setTimeout(() => {
          focusRange = prev;
          overlay?.schedule();
        }, 1600);
      }
    },
    clear() {
      paintRun++;
      clearTimeout(flashTimer);
      painted = [];
      focusRange = null;
      if (api) for (const kind of NAMED) api.registry.delete(names[kind]);
      styles.remove();
      overlayRoot.replaceChildren();
      overlay?.stop();
    },
  };
}

interface HighlightApi {
  Highlight: HighlightCtor;
  registry: HighlightRegistry;
}

/** The CSS Custom Highlight API of the document's window, or null where it is missing. */
function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as
    (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } }) | null;
  const Highlight = win?.Highlight;
  const registry = win?.CSS?.highlights;
  return Highlight && registry ? { Highlight, registry } : null;
}

/** Puts a highlight of these ranges in the page's registry under its name (none: removes it). */
function setHighlight({ Highlight, registry }: HighlightApi, name: string, rs: Range[]): void {
  if (!rs.length) return registry.delete(name);
  const h = new Highlight() as { add(r: Range): void };
  for (const r of rs) h.add(r);
  registry.set(name, h);
}

/** A range over the article text from start to end, or null when its nodes left the page. */
function rangeIn(doc: Document, model: TextModel, start: number, end: number): Range | null {
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
}

/** Open shadow roots holding article text: text inside them is styled only by sheets of that shadow root. */
function shadowRootsOf(model: TextModel): Set<ShadowRoot> {
  const shadowRoots = new Set<ShadowRoot>();
  for (const seg of model.segments) {
    const r = seg.node.getRootNode();
    if (r instanceof ShadowRoot) shadowRoots.add(r);
  }
  return shadowRoots;
}

/**
 * The annotations' ranges by highlight, made in batches with pauses between, so thousands of them
 * never block the page; null when the paint was overtaken during a pause.
 */
async function rangesByKind(
  painted: Annotation[],
  rangeOf: (a: Annotation) => Range | null,
  pause: (() => Promise<void>) | undefined,
  overtaken: () => boolean,
): Promise<Map<string, Range[]> | null> {
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
      if (overtaken()) return null;
    }
  }
  return byKind;
}

/** The highlights' stylesheet in the page and its open shadow roots, added on the first paint. */
function createHighlightStyles(doc: Document, shadowRoots: ReadonlySet<ShadowRoot>, css: () => string) {
  let sheet: CSSStyleSheet | null = null;
  let styleEl: HTMLStyleElement | null = null;
  return {
    install() {
      if (sheet || styleEl) return;
      const text = css();
      try {
        // A constructed sheet adds no node to the page, so its text and DOM stay as they were.
        const made = new CSSStyleSheet();
        made.replaceSync(text);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, made];
        for (const r of shadowRoots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, made];
        sheet = made;
      } catch {
        sheet = null;
        styleEl = doc.createElement('style');
        styleEl.setAttribute('data-news-lens', '');
        styleEl.textContent = text;
        (doc.head ?? doc.documentElement).appendChild(styleEl);
      }
    },
    remove() {
      const own = sheet;
      if (own) {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== own);
        for (const r of shadowRoots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== own);
      }
      styleEl?.remove();
      sheet = null;
      styleEl = null;
    },
  };
}

/**
 * Fallback without the Highlight API: fixed-position marks in our own layer, redrawn on scroll
 * and resize. `marks` names each range to mark and its colour.
 */
function createOverlay(
  doc: Document,
  overlayRoot: HTMLElement,
  marks: (add: (r: Range, color: string) => void) => void,
) {
  const win = doc.defaultView;
  let scheduled = false;
  const draw = () => {
    scheduled = false;
    overlayRoot.replaceChildren();
    const vh = win?.innerHeight ?? 0;
    marks((r, color) => {
      for (const rect of Array.from(r.getClientRects())) {
        if (rect.bottom < 0 || rect.top > vh) continue;
        const m = doc.createElement('div');
        m.className = 'nl-overlay-mark';
        m.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;background:${color};pointer-events:none;`;
        overlayRoot.appendChild(m);
      }
    });
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    win?.requestAnimationFrame(draw);
  };
  win?.addEventListener('scroll', schedule, { passive: true, capture: true });
  win?.addEventListener('resize', schedule, { passive: true });
  return {
    schedule,
    stop() {
      win?.removeEventListener('scroll', schedule, { capture: true });
      win?.removeEventListener('resize', schedule);
    },
  };
}
