/**
 * What the reader is writing is never read. A document in design mode, an element that is
 * contenteditable (any value but "false", "plaintext-only" too, and whatever sits inside one),
 * a text box by its role, and a region the page's CSS makes editable (`-webkit-user-modify:
 * read-write` or `read-write-plaintext-only`) are skipped whole, at any level and in any frame.
 *
 * The checks are cheap: attributes first; the computed style only once per element (never per
 * text node), and only where the engine knows `-webkit-user-modify` (Chromium; not Firefox, not
 * the DOMs of the tests and the command line, which lay nothing out).
 */

/** Roles of elements that take typed text. */
const EDITABLE_ROLES = new Set(['textbox', 'searchbox', 'combobox']);

/** The document is in design mode: every part of it is editable. */
export function isDesignMode(doc: Document | null | undefined): boolean {
  const mode = (doc as { designMode?: unknown } | null | undefined)?.designMode;
  return typeof mode === 'string' && mode.toLowerCase() === 'on';
}

/** Editable by its markup: contenteditable other than "false", an editable role, or the engine says so. */
export function isEditableByMarkup(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role) for (const r of role.toLowerCase().split(/\s+/)) if (EDITABLE_ROLES.has(r)) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null) return ce.trim().toLowerCase() !== 'false';
  // The engine's own answer (inherited from an ancestor, design mode). Not asked where the
  // attribute says "false": such an element is never editable itself, and linkedom's getter
  // answers true for any contenteditable attribute.
  return (el as { isContentEditable?: unknown }).isContentEditable === true;
}

/**
 * The whole document is one the reader writes in: design mode, or an editable <html> or <body>.
 * Read first, before any other work, by the content script and by the reading itself.
 */
export function isDocumentEditable(doc: Document): boolean {
  if (isDesignMode(doc)) return true;
  const html = doc.documentElement;
  if (html && isEditableByMarkup(html)) return true;
  const body = doc.body;
  return !!body && isEditableByMarkup(body);
}

type StyleView = { getComputedStyle?: (el: Element) => { getPropertyValue(name: string): string } };

const USER_MODIFY = '-webkit-user-modify';

/**
 * Editability checks for one reading. `element(el)` is asked once per element the reading
 * enters; `within(node)` once per root (it looks at the root's ancestors too).
 */
export interface EditableCheck {
  /** The element is editable, by its markup or (where the engine has it) its computed style. */
  element(el: Element): boolean;
  /** The node is in an editable document, or it or an ancestor (across shadow hosts) is editable. */
  within(node: Node): boolean;
}

export function createEditableCheck(): EditableCheck {
  /** Per document: its window's getComputedStyle when the engine computes `-webkit-user-modify`, else null. */
  const styleOf = new Map<Document, StyleView['getComputedStyle'] | null>();

  const computedStyle = (doc: Document) => {
    if (styleOf.has(doc)) return styleOf.get(doc)!;
    let fn: StyleView['getComputedStyle'] | null = null;
    const view = doc.defaultView as StyleView | null;
    const gcs = view?.getComputedStyle;
    if (typeof gcs === 'function' && doc.documentElement) {
      try {
        // An engine that knows the property gives every element a value ("read-only" at least);
        // one that does not gives "" (Firefox, and DOMs that lay nothing out): no need to ask again.
        if (gcs.call(view, doc.documentElement).getPropertyValue(USER_MODIFY)) fn = (el) => gcs.call(view, el);
      } catch {
        fn = null;
      }
    }
    styleOf.set(doc, fn);
    return fn;
  };

  const editableStyle = (el: Element): boolean => {
    const gcs = computedStyle(el.ownerDocument);
    if (!gcs) return false;
    try {
      return gcs(el).getPropertyValue(USER_MODIFY).startsWith('read-write');
    } catch {
      return false;
    }
  };

  const element = (el: Element) => isEditableByMarkup(el) || editableStyle(el);

  const within = (node: Node): boolean => {
    const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
    if (doc && isDesignMode(doc)) return true;
    // The property is inherited: the element's own computed value covers its ancestors' CSS.
    const first = node.nodeType === 1 ? (node as Element) : null;
    if (first && editableStyle(first)) return true;
    for (let n: Node | null = node; n;) {
      if (n.nodeType === 1 && isEditableByMarkup(n as Element)) return true;
      // Up through shadow roots to their hosts: a component inside an editor is the editor's.
      n = n.parentNode ?? ((n as ShadowRoot).host as Node | undefined) ?? null;
    }
    return false;
  };

  return { element, within };
}
