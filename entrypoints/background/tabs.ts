import { browser } from 'wxt/browser';
import type { SiteMode } from '../../lib/settings';
import type { AnnotatedPage } from '../../lib/messages';

const ANNOTATOR_JS = '/content-scripts/annotator.js';
const CARD_UI_JS = '/card-ui.js';
const READER_JS = '/reader.js';

const originOf = (host: string) => `*://${host}/*`;
const scriptId = (host: string) => `site:${host}`;

// MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls.
export const action = (browser.action ??
  (browser as unknown as { browserAction: typeof browser.action }).browserAction) as typeof browser.action;

/** The toolbar badge: how many actors the tab's page has. */
export async function setBadge(tabId: number, page: AnnotatedPage): Promise<void> {
  const n = page.notes.actors.length;
  await action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
  await action.setBadgeText({ tabId, text: n ? String(n) : '' });
}

/** Registers (or removes) the content script for a site the reader set to "always". */
async function applySiteMode(host: string, mode: SiteMode | null): Promise<boolean> {
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
}

/** What the message handlers may do with tabs: inject the scripts, read a tab's host, set a site's mode. */
export const tabs = {
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
  applySiteMode,
};

/** Saved settings, to every frame of every tab where a reader listens (others do not answer). */
export async function broadcastSettings(s: unknown): Promise<void> {
  const all = await browser.tabs.query({});
  // (not awaited: a slow page must not hold up the options page's answer)
  for (const t of all)
    if (t.id !== undefined)
      void browser.tabs.sendMessage(t.id, { type: 'settings-changed', settings: s }).catch(() => undefined);
}
