import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardController } from '../components/CardLayer';
import { CARD_UI_GLOBAL, type CardUiApi } from '../components/card-ui-api';
import cardCss from '../components/card.css?inline';

// Injected by the background into a page's isolated world on the first hover over a highlight.
export default defineUnlistedScript(() => {
  const api: CardUiApi = { createCardController, css: cardCss };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = api;
});
