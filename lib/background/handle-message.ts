import { BackgroundMessage, type Result } from '../messages';
import { describeZodError } from '../zod-errors';
import { messageOf, need, type BackgroundDeps } from './deps';
import { classifySender, WHO_MAY_SEND, type ContentScript, type MessageType, type Sender } from './senders';
import { annotateFor, pagePartMessage } from './annotate';
import {
  importPackMessage,
  listPacksMessage,
  oversizePack,
  previewPackMessage,
  removePackMessage,
} from './pack-messages';
import { loadReaderMessage, resetMessage, setSettingsMessage, setSiteModeMessage } from './settings-messages';

export * from './deps';
export * from './senders';

/**
 * Answers one message. Never throws: a malformed message, a refused sender, a missing tab or a
 * failure inside the pipeline comes back as `{ ok: false, error }`.
 */
export async function handleBackgroundMessage(
  raw: unknown,
  sender: Sender,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  const who = classifySender(sender, deps.self);
  if (who.kind === 'refused') return { ok: false, error: `refused: ${who.why}` };
  // Who may send it is judged on its type alone, before the rest is read: a refused sender's
  // message is never parsed (a content script's 50 MB "pack" costs nothing).
  const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  const may = typeof type === 'string' && Object.hasOwn(WHO_MAY_SEND, type) ? WHO_MAY_SEND[type as MessageType] : null;
  if (may && who.kind === 'extension-page' && !may.pages)
    return { ok: false, error: `refused: ${type} comes only from a page’s content script` };
  if (may && who.kind === 'content-script' && !may.contentScripts)
    return {
      ok: false,
      error: `refused: ${type} is accepted only from News Lens’s own pages (the popup and the options page)`,
    };
  const tooBig = oversizePack(raw);
  if (tooBig) return { ok: false, error: tooBig };
  const parsed = BackgroundMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `malformed message: ${describeZodError(parsed.error)}` };
  // (from here, the messages a content script may send have `who` narrowed by the table above)
  const tab = who.kind === 'content-script' ? who : null;
  try {
    return await answer(parsed.data, tab, deps);
  } catch (err) {
    return { ok: false, error: messageOf(err) };
  }
}

/** The answer to a message its sender may send (`tab`: the content script's, null for our own pages). */
async function answer(
  msg: BackgroundMessage,
  tab: ContentScript | null,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  switch (msg.type) {
    case 'page-part':
      if (!tab) return { ok: false, error: 'page-part must come from a tab' };
      return await pagePartMessage(msg, tab, deps);
    case 'page-findings':
      if (!tab) return { ok: false, error: 'page-findings must come from a tab' };
      return await annotateFor(tab.tabId, tab.frameId, msg, deps);
    case 'get-tab-notes': {
      if (tab) {
        if (msg.tabId !== undefined && msg.tabId !== tab.tabId)
          return { ok: false, error: 'refused: a page may read only its own tab’s notes' };
        return { ok: true, value: await deps.notes.get(tab.tabId) };
      }
      if (msg.tabId === undefined) return { ok: false, error: 'get-tab-notes needs the tab’s id' };
      return { ok: true, value: await deps.notes.get(msg.tabId) };
    }
    case 'get-settings':
      return { ok: true, value: await need(deps.settings, 'settings').load() };
    case 'set-settings':
      return await setSettingsMessage(msg, deps);
    case 'set-site-mode':
      return await setSiteModeMessage(msg, deps);
    case 'load-card-ui':
      if (!tab) return { ok: false, error: 'load-card-ui must come from a tab' };
      await need(deps.tabs, 'tabs').injectCardUi(tab.tabId, tab.frameId);
      return { ok: true, value: true };
    case 'load-reader':
      if (!tab) return { ok: false, error: 'load-reader must come from a tab' };
      return await loadReaderMessage(msg, tab, deps);
    case 'annotate-tab':
      await need(deps.tabs, 'tabs').annotate(msg.tabId);
      return { ok: true, value: true };
    case 'preview-pack':
      return await previewPackMessage(msg, deps);
    case 'import-pack':
      return await importPackMessage(msg, deps);
    case 'list-packs':
      return await listPacksMessage(deps);
    case 'remove-pack':
      return await removePackMessage(msg, deps);
    case 'reset':
      return await resetMessage(deps);
  }
}
