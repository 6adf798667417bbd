import { useJitlessZod } from '../lib/zod-setup';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage, originOf as urlOrigin } from '../lib/background/handle-message';
import { TabNotes, type KeyValueStore } from '../lib/background/tab-notes';
import { PagePartAssembler } from '../lib/background/page-parts';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../lib/knowledge/index';
import { parseKnowledgeFile } from '../lib/knowledge/load';
import type { KnowledgeFile } from '../lib/knowledge/schema';
import { localIsoDate, packSources, readStoredPacks, type PackSources, type StoredPack } from '../lib/knowledge/packs';
import { loadSettings, type SiteMode } from '../lib/settings';
import type { AnnotatedPage } from '../lib/messages';

const ANNOTATOR_JS = '/content-scripts/annotator.js';
const CARD_UI_JS = '/card-ui.js';
const READER_JS = '/reader.js';

export default defineBackground(() => {
  useJitlessZod();
  // Chromium lets content scripts read and write the extension's local storage unless told
  // otherwise: closed to them here, code in a page's content-script world cannot change the
  // settings or packs behind the background's back (the background tells the readers about
  // settings itself). Firefox has no such switch (bugzilla 1724754).
  const local = browser.storage.local as typeof browser.storage.local & {
    setAccessLevel?: (o: { accessLevel: string }) => Promise<void>;
  };
  void local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  // storage.session outlives a service-worker restart but not the browser session: right for per-tab notes.
  const session = browser.storage.session ?? browser.storage.local;
  const store: KeyValueStore = {
    get: async (key) => (await session.get(key))[key],
    set: (key, value) => session.set({ [key]: value }),
    remove: (key) => session.remove(key),
  };
  const notes = new TabNotes(store);
  const parts = new PagePartAssembler();

  const packs = {
    // (a pack stored before dates in the future were refused is set aside, and said so)
    load: async () => readStoredPacks((await browser.storage.local.get('packs')).packs, localIsoDate(new Date())),
    save: async (list: StoredPack[]) => {
      await browser.storage.local.set({ packs: list });
      indexPromise = null;
    },
  };
  const settings = {
    load: async () => loadSettings((await browser.storage.local.get('settings')).settings),
    save: (s: unknown) => browser.storage.local.set({ settings: s }),
  };

  let filePromise: Promise<KnowledgeFile> | null = null;
  const bundledFile = () => {
    filePromise ??= fetch(browser.runtime.getURL('/knowledge.json'))
      .then((r) => r.json())
      .then(parseKnowledgeFile)
      .catch((err) => {
        filePromise = null;
        throw err;
      });
    return filePromise;
  };
  /** The index with the packs, and which pack each of their entries came from. */
  let indexPromise: Promise<{ index: KnowledgeIndex; sources: PackSources }> | null = null;
  const indexed = () => {
    indexPromise ??= Promise.all([bundledFile(), packs.load()])
      .then(([file, stored]) => {
        const ids = new Set(file.entities.map((e) => e.id));
        const topicIds = new Set(file.topics.map((t) => t.id));
        return {
          index: buildKnowledgeIndex(
            file,
            stored.packs.map((p) => p.pack),
          ),
          sources: packSources(stored.packs, { hasEntity: (id) => ids.has(id), hasTopic: (id) => topicIds.has(id) }),
        };
      })
      .catch((err) => {
        indexPromise = null;
        throw err;
      });
    return indexPromise;
  };
  const index = () => indexed().then((x) => x.index);
  const sources = () => indexed().then((x) => x.sources);
  // The bundled knowledge alone, for pack previews: built when a pack is first previewed.
  let bundledPromise: Promise<KnowledgeIndex> | null = null;
  const bundled = () => {
    bundledPromise ??= bundledFile()
      .then((file) => buildKnowledgeIndex(file))
      .catch((err) => {
        bundledPromise = null;
        throw err;
      });
    return bundledPromise;
  };
  // Index at start-up (and so after every service-worker restart), not on the first page.
  void index().catch(() => undefined);

  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls.
  const action = (browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction) as typeof browser.action;
  const setBadge = async (tabId: number, page: AnnotatedPage) => {
    const n = page.notes.actors.length;
    await action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
    await action.setBadgeText({ tabId, text: n ? String(n) : '' });
  };

  const originOf = (host: string) => `*://${host}/*`;
  const scriptId = (host: string) => `site:${host}`;
  const tabs = {
    hostOf: async (tabId: number) => {
      const tab = await browser.tabs.get(tabId);
      try {
        const u = new URL(tab.url ?? '');
        return /^https?:$/.test(u.protocol) ? u.hostname : null;
      } catch {
        return null;
      }
    },
    annotate: async (tabId: number) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [ANNOTATOR_JS] });
    },
    injectCardUi: async (tabId: number, frameId: number) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_UI_JS] });
    },
    injectReader: async (tabId: number, frameId: number) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER_JS] });
    },
    granted: (host: string) => browser.permissions.contains({ origins: [originOf(host)] }),
    applySiteMode: async (host: string, mode: SiteMode | null) => {
      const existing = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(host)] }).catch(() => []);
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] });
      if (mode !== 'always') return true;
      // The popup asks for the permission (it needs the click); here we only check it.
      if (!(await browser.permissions.contains({ origins: [originOf(host)] }))) return false;
      await browser.scripting.registerContentScripts([
        {
          id: scriptId(host),
          matches: [originOf(host)],
          js: [ANNOTATOR_JS],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
      return true;
    },
  };

  // Who the extension's own pages are: this id, and documents on this origin.
  const self = {
    id: browser.runtime.id,
    origin: urlOrigin(browser.runtime.getURL('/')) ?? browser.runtime.getURL('/').replace(/\/$/, ''),
  };
  /** Saved settings, to every frame of every tab where a reader listens (others do not answer). */
  const onSettings = async (s: unknown) => {
    const all = await browser.tabs.query({});
    // (not awaited: a slow page must not hold up the options page's answer)
    for (const t of all)
      if (t.id !== undefined)
        void browser.tabs.sendMessage(t.id, { type: 'settings-changed', settings: s }).catch(() => undefined);
  };
  const deps = { self, index, bundled, sources, notes, parts, onNotes: setBadge, onSettings, settings, packs, tabs };
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
});
