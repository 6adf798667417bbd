import type { browser } from 'wxt/browser';
import type { Guard } from './guard';
import type { ArticleText } from '../../lib/article/find-article';

/**
 * The extension's APIs as the content script holds them: handed to the reader, which so carries no
 * copy of webextension-polyfill of its own (the two run in the same isolated world).
 */
export type ReaderBrowser = Pick<typeof browser, 'runtime' | 'storage'>;

/**
 * What the reader script gives the content script. The content script only reads the page and,
 * when it holds an article, asks the background to inject the reader (the extraction engine,
 * validation, highlights, the shadow-root UI), so pages without an article never load them.
 * This module holds no code of the reader, so the content script can import it.
 */
export interface ReaderApi {
  /**
   * Takes over the page: `first` is the reading the content script just made (null when the
   * page changed since, so the reader reads it again); `ext`, the content script's `browser`.
   */
  start(guard: Guard, first: ArticleText | null, ext: ReaderBrowser): void;
}

export const READER_GLOBAL = '__newsLensReader';
/** Set by the content script before it asks for the reader: the reader calls it once evaluated. */
export const READER_ARRIVED = '__newsLensReaderArrived';
