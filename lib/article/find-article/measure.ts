/** How much text an element holds (read a slice at a time), and whether it is a list of links. */
import { isSpaceCode } from '../../text/space';
import { runSync, type Steps } from '../steps';

export function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * Text a step reads at once: an element with more text than this is measured in slices
 * (measureSteps), the same numbers as textLength and the comma count, without reading a huge
 * paragraph's whole text in one step (or three times).
 */
const READ_AT_ONCE = 16_384;
/** Characters measured between two yields. */
const MEASURE_CHUNK = 65_536;

/** The length of the text under `el`, counted no further than `cap` (its text nodes' data, not read). */
export function rawTextLengthUpTo(el: Node, cap: number): number {
  let n = 0;
  const end = nextOutside(el);
  for (let node: Node | null = el.firstChild; node && node !== end; node = nextInTree(node, el)) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      n += (node as CharacterData).data.length;
      if (n > cap) return n;
    }
  }
  return n;
}

/** The node after `node` in document order, not leaving `within`; null at its end. */
function nextInTree(node: Node, within: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== within; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

function nextOutside(el: Node): Node | null {
  for (let n: Node | null = el; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** What measureSteps counts: textLength's number, and the commas (`,` and `،`). */
interface Measure {
  length: number;
  commas: number;
}

/**
 * textLength(el) and the commas in el.textContent, read a slice at a time (a yield every
 * MEASURE_CHUNK characters). `stopAt`: the count may stop once the length reaches it.
 * `text`: the element's textContent when it was read already.
 */
export function* measureSteps(el: Element, stopAt = Infinity, text?: string): Steps<Measure> {
  let length = 0;
  let commas = 0;
  let seen = false;
  let space = false;
  const end = text === undefined ? nextOutside(el) : null;
  for (
    let node: Node | null = text === undefined ? el.firstChild : el;
    node && node !== end;
    node = text === undefined ? nextInTree(node, el) : null
  ) {
    if (text === undefined && node.nodeType !== 3 && node.nodeType !== 4) continue;
    const data = text ?? (node as CharacterData).data;
    for (let from = 0; from < data.length; from += MEASURE_CHUNK) {
      const to = Math.min(data.length, from + MEASURE_CHUNK);
      for (let i = from; i < to; i++) {
        const c = data.charCodeAt(i);
        if (isSpaceCode(c)) {
          if (seen) space = true;
          continue;
        }
        if (c === 0x2c || c === 0x60c) commas++;
        if (space) length++;
        space = false;
        seen = true;
        length++;
      }
      if (length >= stopAt) return { length, commas };
      if (to - from === MEASURE_CHUNK) yield;
    }
  }
  return { length, commas };
}

/** textLength(el), read in slices when the element holds much text. */
export function* textLengthSteps(el: Element): Steps<number> {
  if (rawTextLengthUpTo(el, READ_AT_ONCE) <= READ_AT_ONCE) return textLength(el);
  return (yield* measureSteps(el)).length;
}

/**
 * A paragraph's length without its links' text, and its commas + 1 (as scoring counts them; -1
 * for a paragraph too short to score, whose commas are not counted).
 */
export function* paragraphMeasureSteps(p: Element): Steps<{ len: number; commas: number }> {
  // (read once: a paragraph's text is one copy, its text nodes are not touched one by one)
  const text = p.textContent ?? '';
  // (a paragraph with no child elements has no links)
  if (text.length <= READ_AT_ONCE) {
    const len = text.replace(/\s+/g, ' ').trim().length - (p.firstElementChild ? linkTextLength(p) : 0);
    return { len, commas: len < 30 ? -1 : text.split(/[,،]/).length };
  }
  const whole = yield* measureSteps(p, Infinity, text);
  let links = 0;
  for (const a of Array.from(p.querySelectorAll('a'))) links += yield* textLengthSteps(a);
  return { len: whole.length - links, commas: whole.commas + 1 };
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += textLength(a);
  return n;
}

/** What may stand between the links of a bar: separators and spaces. */
const BAR_GLUE = /^[\s|·•/,;:–—-]*$/;

/**
 * A bar of links: two or more links and nothing between them but separators ("Home · Radios ·
 * Contact", "Home | Walks | Links"), in a short block: a site's navigation in a paragraph or a <div>.
 */
function isLinkBar(el: Element): boolean {
  if (rawTextLengthUpTo(el, 300) > 300) return false;
  const links = el.querySelectorAll('a');
  if (links.length < 2) return false;
  let outside = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('a')) outside += n.nodeValue;
  return BAR_GLUE.test(outside);
}

/** A list or block that is mostly links (related stories, tag clouds) is furniture too. */
const LINKED_HEADINGS = 'a h2, a h3, a h4, h2 > a, h3 > a, h4 > a';

export function isLinkList(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // A heading that is only a link is a section label or a teaser title ("US & Canada").
  if (/^H[1-6]$/.test(tag)) {
    const len = textLength(el);
    return len > 0 && linkTextLength(el) >= len;
  }
  if ((tag === 'P' || tag === 'DIV' || tag === 'TD') && isLinkBar(el)) return true;
  if (tag !== 'UL' && tag !== 'OL' && tag !== 'DIV' && tag !== 'SECTION') return false;
  // A grid of teasers: several headlines that are links, and no prose.
  if (!el.querySelector('p') && el.querySelectorAll(LINKED_HEADINGS).length >= 2) return true;
  // A block with paragraphs is prose; checked first, as it is cheaper than reading its text.
  if (tag !== 'UL' && tag !== 'OL' && el.querySelector('p')) return false;
  // A block of 400 characters or more is not a link block: its text is counted no further (a
  // tree of <div>s without <p> would otherwise read each subtree's whole text, again and again).
  if (tag !== 'UL' && tag !== 'OL' && rawTextLengthUpTo(el, 400) >= 400 && runSync(measureSteps(el, 400)).length >= 400)
    return false;
  const total = textLength(el);
  if (total === 0) return false;
  const links = linkTextLength(el);
  if (tag === 'UL' || tag === 'OL') return links / total > 0.6;
  return total < 400 && links / total > 0.8;
}
