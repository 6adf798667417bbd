import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReader } from './annotator.content/reader';
import { READER_GLOBAL, type ReaderApi } from './annotator.content/reader-api';

// Injected by the background into a frame whose content script found an article there.
export default defineUnlistedScript(() => {
  const api: ReaderApi = { start: (ctx, first) => void startReader(ctx, first) };
  (globalThis as Record<string, unknown>)[READER_GLOBAL] = api;
});
