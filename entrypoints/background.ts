import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage } from '../lib/background/handle-message';
import { TabNotes, type KeyValueStore } from '../lib/background/tab-notes';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../lib/knowledge/index';
import { parseKnowledgeFile } from '../lib/knowledge/load';
import type { AnnotatedPage } from '../lib/messages';

export default defineBackground(() => {
  // storage.session outlives a service-worker restart but not the browser session: right for per-tab notes.
  const area = browser.storage.session ?? browser.storage.local;
  const store: KeyValueStore = {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    remove: (key) => area.remove(key),
  };
  const notes = new TabNotes(store);

  let indexPromise: Promise<KnowledgeIndex> | null = null;
  const index = () => {
    indexPromise ??= fetch(browser.runtime.getURL('/knowledge.json'))
      .then((r) => r.json())
      .then((json) => buildKnowledgeIndex(parseKnowledgeFile(json)))
      .catch((err) => {
        indexPromise = null;
        throw err;
      });
    return indexPromise;
  };
  // Index at start-up (and so after every service-worker restart), not on the first page.
  void index().catch(() => undefined);

  const setBadge = async (tabId: number, page: AnnotatedPage) => {
    const n = page.notes.actors.length;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
    await browser.action.setBadgeText({ tabId, text: n ? String(n) : '' });
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    handleBackgroundMessage(message, { tabId: sender.tab?.id }, { index, notes, onNotes: setBadge }).then(sendResponse);
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => void notes.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void notes.clear(tabId);
      void browser.action.setBadgeText({ tabId, text: '' });
    }
  });
});
