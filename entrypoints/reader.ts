import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReader } from './annotator.content/reader';
import { READER_ARRIVED, READER_GLOBAL, type ReaderApi } from './annotator.content/reader-api';

// Injected by the background into a frame whose content script found an article there.
export default defineUnlistedScript(() => {
  const api: ReaderApi = { start: (guard, first, ext) => void startReader(guard, first, ext) };
  const g = globalThis as Record<string, unknown>;
  g[READER_GLOBAL] = api;
  // The content script is waiting: it need not wait for the background's reply as well.
  (g[READER_ARRIVED] as ((api: ReaderApi) => void) | undefined)?.(api);
});
