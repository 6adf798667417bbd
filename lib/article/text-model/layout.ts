/** How the page lays text out: blocks, whitespace modes (the markup's and the stylesheets'), regions, what a character is. */
import type { TextRegion } from '../../engine/extract';
import { isSpaceCode } from '../../text/space';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'TIME',
]);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** How an element lays out its whitespace (CSS `white-space`, read from the markup). */
export type SpaceMode = 'normal' | 'pre' | 'pre-line';

/** Elements laid out as `white-space: pre` by the browser's own stylesheet. */
const PRE_TAGS = new Set(['PRE', 'LISTING', 'XMP', 'PLAINTEXT', 'TEXTAREA']);
const WHITE_SPACE_STYLE = /(?:^|;)\s*white-space(?:-collapse)?\s*:\s*([a-z-]+)/i;

/** The mode a `white-space` (or `white-space-collapse`) value sets; null for a value of no mode. */
function modeOfValue(value: string): SpaceMode | null {
  switch (value.trim().toLowerCase()) {
    case 'normal':
    case 'nowrap':
    case 'collapse':
      return 'normal';
    case 'pre':
    case 'pre-wrap':
    case 'break-spaces':
    case 'preserve':
    case 'preserve-spaces':
      return 'pre';
    case 'pre-line':
    case 'preserve-breaks':
      return 'pre-line';
    default:
      return null;
  }
}

/** The element's whitespace mode: its tag, or `white-space` in its style attribute, or its parent's. */
export function spaceModeOf(el: Element, inherited: SpaceMode): SpaceMode {
  if (PRE_TAGS.has(el.tagName.toUpperCase())) return 'pre';
  const style = el.getAttribute('style');
  if (!style || !style.includes('white-space')) return inherited;
  const m = WHITE_SPACE_STYLE.exec(style);
  return (m && modeOfValue(m[1])) || inherited;
}

/** Whitespace that the modes lay out differently: a line break, a tab, two spaces in a row. */
export const MODE_SENSITIVE = /[\n\r\t]| {2}/;

/**
 * The whitespace mode of a text node's parent as the browser computes it: what the page's stylesheets
 * set by a class or a selector (`.poem { white-space: pre-line }`), which the markup alone does not
 * say. Asked only for text whose whitespace the modes lay out differently, once per parent (`cache`);
 * null where there is no computed style (outside a browser), and the markup's mode stands.
 */
export function computedSpaceMode(el: Element | null, cache: Map<Element, SpaceMode | null>): SpaceMode | null {
  if (!el) return null;
  let mode = cache.get(el);
  if (mode !== undefined) return mode;
  mode = null;
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (view && typeof view.getComputedStyle === 'function') {
    try {
      const style = view.getComputedStyle(el);
      mode = modeOfValue(style.whiteSpace || style.getPropertyValue('white-space-collapse') || '');
    } catch {
      mode = null;
    }
  }
  cache.set(el, mode);
  return mode;
}

/** The mode in force at `node` from its ancestors' markup. */
export function spaceModeAt(node: Node): SpaceMode {
  const chain: Element[] = [];
  for (let p = node.parentNode; p && p.nodeType === 1; p = p.parentNode) chain.push(p as Element);
  let mode: SpaceMode = 'normal';
  for (let i = chain.length - 1; i >= 0; i--) mode = spaceModeOf(chain[i], mode);
  return mode;
}

const HEADING = /^H[1-6]$/;
const CAPTION_TOKEN = /(^|[-_])caption([-_]|$)/i;

/** The region an element opens: a heading, or a picture's caption. */
export function regionKindOf(el: Element, inherited: TextRegion['kind'] | null): TextRegion['kind'] | null {
  const tag = el.tagName.toUpperCase();
  if (HEADING.test(tag)) return 'headline';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  const cls = el.getAttribute('class');
  if (cls && CAPTION_TOKEN.test(cls)) return 'caption';
  return inherited;
}

/** What a character is to the layout: text, a collapsible space, a line break, or not rendered. */
export const TEXT = 0;
export const SPACE = 1;
export const NEWLINE = 2;
export const INVISIBLE = 3;

export function charKind(c: number): number {
  if (c > 0x20 && c < 0x7f) return TEXT;
  if (c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b) return SPACE;
  if (c === 0x0a || c === 0x0d) return NEWLINE;
  if (c < 0xa0) return TEXT;
  // non-breaking, Ogham, en quad … hair, line and paragraph separators, narrow no-break, medium
  // mathematical and ideographic spaces: spaces to the reader (the byte order mark, which \s also
  // reads as one, is invisible here)
  if (c !== 0xfeff && isSpaceCode(c)) return SPACE;
  // soft hyphen, zero-width space, word joiner, byte order mark: never seen unless a line breaks there
  if (c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff) return INVISIBLE;
  return TEXT;
}
