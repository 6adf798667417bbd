/** The messages about settings and sites: save the settings, a site's mode, the reader's injection, a reset. */
import type { Result } from '../messages';
import { DEFAULT_SETTINGS } from '../settings';
import { need, storageFailure, tell, type BackgroundDeps } from './deps';
import type { ContentScript, MessageOf } from './senders';

export async function setSettingsMessage(
  msg: MessageOf<'set-settings'>,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  try {
    await need(deps.settings, 'settings').save(msg.settings);
  } catch (err) {
    return { ok: false, error: storageFailure('Your change was not saved', err) };
  }
  await tell(deps, msg.settings);
  return { ok: true, value: { settings: msg.settings, problem: null } };
}

export async function setSiteModeMessage(
  msg: MessageOf<'set-site-mode'>,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  const tabs = need(deps.tabs, 'tabs');
  const store = need(deps.settings, 'settings');
  const host = await tabs.hostOf(msg.tabId);
  if (!host) return { ok: false, error: 'this tab has no web page' };
  const { settings } = await store.load();
  if (!(await tabs.applySiteMode(host, msg.mode)))
    return { ok: false, error: `permission for ${host} was not granted` };
  const sites = { ...settings.sites };
  if (msg.mode) sites[host] = msg.mode;
  else delete sites[host];
  try {
    await store.save({ ...settings, sites });
  } catch (err) {
    // the choice is not kept, so it is not applied either
    await tabs.applySiteMode(host, settings.sites[host] ?? null).catch(() => undefined);
    return { ok: false, error: storageFailure(`The choice for ${host} was not saved`, err) };
  }
  await tell(deps, { ...settings, sites });
  if (msg.mode === 'always') await tabs.annotate(msg.tabId);
  return { ok: true, value: { host, mode: msg.mode, granted: await tabs.granted(host) } };
}

const hostOfUrl = (url: string | null): string | null => {
  try {
    const u = new URL(url ?? '');
    return /^https?:$/.test(u.protocol) && u.hostname ? u.hostname : null;
  } catch {
    return null;
  }
};

export async function loadReaderMessage(
  msg: MessageOf<'load-reader'>,
  tab: ContentScript,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  const { settings } = await need(deps.settings, 'settings').load();
  // the frame's host as the browser knows it; the message's only where the frame has none (about:blank)
  const host = (hostOfUrl(tab.url) ?? msg.host).toLowerCase();
  if (settings.sites[host] === 'never' || settings.sites[msg.host.toLowerCase()] === 'never')
    return { ok: false, error: `${host} is set to never` };
  await need(deps.tabs, 'tabs').injectReader(tab.tabId, tab.frameId);
  return { ok: true, value: true };
}

export async function resetMessage(deps: BackgroundDeps): Promise<Result<unknown>> {
  try {
    await need(deps.settings, 'settings').save(structuredClone(DEFAULT_SETTINGS));
    await need(deps.packs, 'packs').save([]);
  } catch (err) {
    return { ok: false, error: storageFailure('News Lens was not reset', err) };
  }
  await tell(deps, structuredClone(DEFAULT_SETTINGS));
  return { ok: true, value: true };
}
