import type { createCardController } from './CardLayer';

/**
 * What the card script gives the annotator. The card UI (Preact, floating-ui, the cards) is a
 * separate script injected on the first hover, so pages pay for it only when a card opens.
 * This module holds no code of the UI, so the content script can import it.
 */
export interface CardUiApi {
  createCardController: typeof createCardController;
  /** The cards' stylesheet, for the annotator's shadow root. */
  css: string;
}

export const CARD_UI_GLOBAL = '__newsLensCardUi';
