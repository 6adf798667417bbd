// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createLensHost } from '../../entrypoints/annotator.content/host';

describe('the extension’s element in the page', () => {
  it('is a plain div with a closed shadow root, whatever custom elements the page defined', () => {
    // A page that takes our old tag name and any other it might guess.
    for (const name of ['news-lens-ui', 'news-lens-host', 'news-lens-root'])
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' });
            throw new Error('the page took this name');
          }
        },
      );
    const ui = createLensHost(document);
    ui.mount();
    expect(ui.host.tagName).toBe('DIV');
    expect(ui.host.parentNode).toBe(document.documentElement);
    expect(ui.host.shadowRoot).toBeNull();
    expect(ui.container.getRootNode()).not.toBe(document);
    expect((ui.container.getRootNode() as ShadowRoot).host).toBe(ui.host);
    expect([...ui.host.attributes].map((a) => a.name).sort()).toEqual(['aria-live', 'data-news-lens']);
    // A page that removes it: mounted again (before a card opens).
    ui.host.remove();
    ui.mount();
    expect(ui.host.isConnected).toBe(true);
    ui.remove();
    expect(ui.host.isConnected).toBe(false);
  });
});
