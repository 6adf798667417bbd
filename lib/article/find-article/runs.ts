/**
 * Text that sits in a container outside any <p>: the body of a page written as text split by <br>
 * ("text<br><br>text"), of a <div> per paragraph, or of a table cell. Readability wraps such text in
 * paragraphs before it scores the page (a run of it between two <br><br> or two blocks is one; a
 * <div> that holds nothing but one such run is a paragraph itself); the root's scoring does the same
 * with runs measured in place, without changing the page.
 */
import { isBlockElement } from '../text-model/layout';
import type { Steps } from '../steps';

/** Elements whose own text is scored in runs (inline elements are read as part of their container's run). */
const RUN_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'td', 'center', 'body']);

/** Inline elements whose text is never a run's (scripts, styles, controls). */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'button', 'select', 'textarea', 'svg', 'math']);

/** Nodes a step looks at between two yields. */
const RUN_SLICE = 512;

export interface Run {
  /** the run's length, whitespace collapsed, without its links' text */
  len: number;
  /** its commas + 1 (as a paragraph's are counted) */
  commas: number;
}

export function isRunContainer(el: Element): boolean {
  return RUN_CONTAINERS.has(el.localName) && !el.closest('p');
}

/** The length of a text with its whitespace collapsed and trimmed. */
function collapsedLength(s: string): number {
  return s.replace(/\s+/g, ' ').trim().length;
}

/**
 * The runs of `el`'s own text (its text nodes and inline elements' text, up to a block child or a
 * <br><br>), and whether it is one run and nothing else (no block child): a paragraph in all but name.
 */
export function* runsOfSteps(el: Element): Steps<{ runs: Run[]; whole: boolean }> {
  const runs: Run[] = [];
  let text = '';
  let linkText = '';
  let pendingBr = false;
  let blocks = 0;
  const flush = () => {
    const len = collapsedLength(text) - collapsedLength(linkText);
    if (text.trim()) runs.push({ len, commas: text.split(/[,،]/).length });
    text = linkText = '';
    pendingBr = false;
  };
  // depth-first through inline children; `inLink`: under an <a>
  const stack: { node: ChildNode | null; inLink: boolean }[] = [{ node: el.firstChild, inLink: false }];
  let n = 0;
  while (stack.length) {
    const top = stack[stack.length - 1];
    const node = top.node;
    if (!node) {
      stack.pop();
      continue;
    }
    top.node = node.nextSibling;
    if (++n % RUN_SLICE === 0) yield;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data.trim()) continue;
      text += data;
      if (top.inLink) linkText += data;
      pendingBr = false;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const name = child.localName;
    if (name === 'br') {
      if (pendingBr) flush();
      else {
        pendingBr = true;
        text += ' ';
      }
    } else if (isBlockElement(child)) {
      blocks++;
      flush();
    } else if (!NOT_TEXT.has(name)) {
      stack.push({ node: child.firstChild, inLink: top.inLink || name === 'a' });
    }
  }
  flush();
  return { runs, whole: blocks === 0 && runs.length === 1 };
}
