import { useJitlessZod } from '../../lib/zod-setup';
import { browser, type PublicPath } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage, originOf as urlOrigin } from '../../lib/background/handle-message';
import { TabNotes, type KeyValueStore } from '../../lib/background/tab-notes';
import { PagePartAssembler } from '../../lib/background/page-parts';
import { createKnowledgeCache } from '../../lib/background/knowledge-cache';
import { parseKnowledgeFile } from '../../lib/knowledge/load';
import { BUNDLE_PARTS, joinBundle } from '../../lib/knowledge/bundle-form';
import { loadSettings } from '../../lib/settings';
import { action, broadcastSettings, setBadge, tabs } from './tabs';

/** Per-tab notes in storage.session: it outlives a service-worker restart but not the browser session. */
function sessionStore(): KeyValueStore {
  const session = browser.storage.session ?? browser.storage.local;
  return {
    get: async (key) => (await session.get(key))[key],
    set: (key, value) => session.set({ [key]: value }),
    remove: (key) => session.remove(key),
  };
}

// Chromium lets content scripts read and write the extension's local storage unless told
// otherwise: closed to them here, code in a page's content-script world cannot change the
// settings or packs behind the background's back (the background tells the readers about
// settings itself). Firefox has no such switch (bugzilla 1724754).
function closeLocalStorageToContentScripts(): void {
  const local = browser.storage.local as typeof browser.storage.local & {
    setAccessLevel?: (o: { accessLevel: string }) => Promise<void>;
  };
  void local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}

function listen(deps: Parameters<typeof handleBackgroundMessage>[2], notes: TabNotes, parts: PagePartAssembler) {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    // The sender as the browser reports it; nothing in the message says who sent it.
    const from = {
      id: sender.id,
      url: sender.url,
      origin: (sender as { origin?: string }).origin,
      tabId: sender.tab?.id,
      frameId: sender.frameId,
    };
    handleBackgroundMessage(message, from, deps).then(sendResponse);
    return true;
  });
  browser.commands.onCommand.addListener(async (name, tab) => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await browser.tabs.sendMessage(tabId, { type: 'command', name }).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    parts.forget(tabId);
    void notes.clear(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void notes.clear(tabId);
      void action.setBadgeText({ tabId, text: '' });
    }
  });
}

export default defineBackground(() => {
  useJitlessZod();
  closeLocalStorageToContentScripts();
  const notes = new TabNotes(sessionStore());
  const parts = new PagePartAssembler();
  const knowledge = createKnowledgeCache({
    // (the file is bundled in parts, each under Firefox's 5 MiB: fetched together, then joined)
    readFile: () =>
      Promise.all(
        BUNDLE_PARTS.map((p) => fetch(browser.runtime.getURL(`/${p.file}` as PublicPath)).then((r) => r.json())),
      ).then((parts) => parseKnowledgeFile(joinBundle(parts))),
    // (a pack stored before dates in the future were refused is set aside, and said so)
    readPacks: async () => (await browser.storage.local.get('packs')).packs,
    writePacks: (list) => browser.storage.local.set({ packs: list }),
  });
  const settings = {
    load: async () => loadSettings((await browser.storage.local.get('settings')).settings),
    save: (s: unknown) => browser.storage.local.set({ settings: s }),
  };
  // Who the extension's own pages are: this id, and documents on this origin.
  const root = browser.runtime.getURL('/');
  const self = { id: browser.runtime.id, origin: urlOrigin(root) ?? root.replace(/\/$/, '') };
  const { index, bundled, sources, packs } = knowledge;
  const deps = { self, index, bundled, sources, notes, parts, onNotes: setBadge, onSettings: broadcastSettings };
  listen({ ...deps, settings, packs, tabs }, notes, parts);
  // Index at start-up (and so after every service-worker restart), not on the first page.
  void index().catch(() => undefined);
});
