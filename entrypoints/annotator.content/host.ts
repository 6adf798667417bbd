/**
 * The extension's one element in the page: where the cards (and, without the CSS Custom
 * Highlight API, the highlights) are drawn.
 *
 * - A plain `<div>`: no name a page's `customElements.define` can claim or upgrade (a page that
 *   defined `news-lens-ui`, our old tag, made the reader throw and draw nothing).
 * - Its shadow root is closed: page scripts cannot reach inside it, so they cannot read which
 *   card the reader opened or change it. Made with this world's own DOM methods, which a page's
 *   overrides (`Element.prototype.attachShadow`, `customElements.define`) do not touch.
 * - `:host { all: initial !important }` from inside the shadow root wins over any page rule,
 *   `!important` ones too, so a page's CSS cannot hide, move or restyle it.
 *
 * The host carries `data-news-lens` (the page reader skips it) and `data-annotations` (how many
 * highlights were drawn: the page can read the highlights themselves, see the README), and
 * nothing else. Inside, `data-highlights` on the container names the highlight of each kind,
 * for tests that reach in through the DevTools protocol.
 */
export interface LensHost {
  host: HTMLElement;
  /** The element inside the shadow root that everything is drawn in. */
  container: HTMLElement;
  /** Appends the host to the page (again, if the page removed it). */
  mount(): void;
  remove(): void;
}

const HOST_CSS = ':host { all: initial !important; }';

export function createLensHost(doc: Document): LensHost {
  const host = doc.createElement('div');
  host.setAttribute('data-news-lens', '');
  host.setAttribute('aria-live', 'off');
  const root = host.attachShadow({ mode: 'closed' });
  try {
    // A constructed sheet: not blocked by a page's Content-Security-Policy (style-src).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOST_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = HOST_CSS;
    root.append(style);
  }
  const container = doc.createElement('div');
  container.className = 'nl-root';
  root.append(container);
  return {
    host,
    container,
    mount() {
      if (host.isConnected) return;
      doc.documentElement.append(host);
    },
    remove() {
      host.remove();
      container.replaceChildren();
    },
  };
}
