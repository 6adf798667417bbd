import {
  BackgroundMessage,
  MAX_PACK_MESSAGE_CHARS,
  type AnnotatedPage,
  type PackSummary,
  type Result,
} from '../messages';
import { describeZodError } from '../zod-errors';
import type { KnowledgeIndex } from '../knowledge/index';
import { annotatePage } from '../annotate-page';
import type { TabNotes } from './tab-notes';
import { PagePartError, type PagePartAssembler } from './page-parts';
import type { Findings } from '../engine/findings';
import type { ArticleMeta } from '../notes';
import { DEFAULT_SETTINGS, type LoadedSettings, type Settings, type SiteMode } from '../settings';
import {
  PackClash,
  addPack,
  checkPack,
  localIsoDate,
  packSizeProblem,
  previewPack,
  utf8Bytes,
  type PackSources,
  type StoredPack,
} from '../knowledge/packs';
import { shownRole } from '../knowledge/card';

export interface BackgroundDeps {
  /** This extension: who its own pages are. */
  self: ExtensionSelf;
  index: () => Promise<KnowledgeIndex>;
  /** The bundled knowledge alone, without packs: what a pack's preview compares against. */
  bundled?: () => Promise<KnowledgeIndex>;
  /** Which installed pack each entry of `index` came from, for the cards' marks. */
  sources?: () => Promise<PackSources>;
  notes: TabNotes;
  /** Collects the parts of long pages; one per background. */
  parts?: PagePartAssembler;
  /** Called after the settings were saved: the background tells the pages' readers. */
  onSettings?: (settings: Settings) => void | Promise<void>;
  /** Called after a tab's notes change, e.g. to set the toolbar badge. */
  onNotes?: (tabId: number, page: AnnotatedPage) => void | Promise<void>;
  settings?: { load(): Promise<LoadedSettings>; save(s: Settings): Promise<void> };
  packs?: {
    load(): Promise<{ packs: StoredPack[]; dropped: number }>;
    save(list: StoredPack[]): Promise<void>;
  };
  tabs?: {
    hostOf(tabId: number): Promise<string | null>;
    /** Inject the annotator into a tab once (activeTab). */
    annotate(tabId: number): Promise<void>;
    /** Inject the card UI script into one frame of a tab. */
    injectCardUi(tabId: number, frameId: number): Promise<void>;
    /** Inject the reader (engine, highlights) into one frame of a tab. */
    injectReader(tabId: number, frameId: number): Promise<void>;
    /** Whether the extension may read this host without a click. */
    granted(host: string): Promise<boolean>;
    /** Apply a site choice (register or unregister the annotator there); false when permission was refused. */
    applySiteMode(host: string, mode: SiteMode | null): Promise<boolean>;
  };
  now?: () => Date;
}

/** The extension itself, as the browser names it: `runtime.id` and the origin of `runtime.getURL('')`. */
export interface ExtensionSelf {
  id: string;
  /** e.g. `chrome-extension://abcdef…` or `moz-extension://…` */
  origin: string;
}

/**
 * Who sent a message, as the browser reports it (`runtime.MessageSender`), never as the message
 * says: the background fills this in from the real sender.
 */
export interface Sender {
  /** The sending extension's id (`sender.id`). */
  id?: string;
  /** The sending document's URL (`sender.url`): the page or frame of a content script, or our own page. */
  url?: string;
  /** The sending document's origin (`sender.origin`), where the browser gives it. */
  origin?: string;
  /** `sender.tab.id`: a content script's tab (our own pages opened in a tab have one too). */
  tabId?: number;
  /** `sender.frameId`: the frame in that tab (0: the top document). */
  frameId?: number;
}

export type SenderKind =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; tabId: number; frameId: number; url: string | null }
  | { kind: 'refused'; why: string };

/**
 * A URL's scheme and host ("chrome-extension://abc…"). Written out rather than read from
 * `URL.origin`, which is "null" for schemes the URL standard does not know in some engines.
 */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/**
 * What the sender is. Our own pages (the popup, the options page, in a popup or in a tab of their
 * own) are documents on the extension's origin: nothing of the extension is web-accessible, so no
 * web page can frame them, and a content script's `sender.url` is always the page it runs in.
 * A content script is a sender in a tab, on another origin, with its frame. Anything else (another
 * extension, a context with neither) is refused.
 */
export function classifySender(sender: Sender, self: ExtensionSelf): SenderKind {
  if (sender.id !== self.id) return { kind: 'refused', why: 'it came from another extension' };
  const urlOrigin = originOf(sender.url);
  if (urlOrigin === self.origin && (sender.origin === undefined || sender.origin === self.origin))
    return { kind: 'extension-page' };
  if (
    sender.tabId !== undefined &&
    sender.frameId !== undefined &&
    urlOrigin !== self.origin &&
    sender.origin !== self.origin
  )
    return { kind: 'content-script', tabId: sender.tabId, frameId: sender.frameId, url: sender.url ?? null };
  return { kind: 'refused', why: 'its sender is neither a page’s content script nor one of News Lens’s own pages' };
}

type MessageType = BackgroundMessage['type'];
/** Which senders may send each message: the least each one needs. */
export const WHO_MAY_SEND: Record<MessageType, { pages: boolean; contentScripts: boolean }> = {
  // a page's own reading, in its own tab and frame
  'page-findings': { pages: false, contentScripts: true },
  'page-part': { pages: false, contentScripts: true },
  'load-reader': { pages: false, contentScripts: true },
  'load-card-ui': { pages: false, contentScripts: true },
  // read by both: a content script its own tab's notes only
  'get-settings': { pages: true, contentScripts: true },
  'get-tab-notes': { pages: true, contentScripts: true },
  // the reader's choices, made in the popup or the options page
  'set-settings': { pages: true, contentScripts: false },
  'set-site-mode': { pages: true, contentScripts: false },
  'annotate-tab': { pages: true, contentScripts: false },
  'preview-pack': { pages: true, contentScripts: false },
  'import-pack': { pages: true, contentScripts: false },
  'list-packs': { pages: true, contentScripts: false },
  'remove-pack': { pages: true, contentScripts: false },
  reset: { pages: true, contentScripts: false },
};

const summarize = (p: StoredPack): PackSummary => ({
  id: p.id,
  name: p.pack.name,
  importedAt: p.importedAt,
  entities: p.pack.entities.length,
  topics: p.pack.topics.length,
});

function need<T>(dep: T | undefined, what: string): T {
  if (!dep) throw new Error(`${what} is not available here`);
  return dep;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Whether a storage write failed because the extension's storage is full. */
export function isQuotaError(err: unknown): boolean {
  return /quota|QUOTA_BYTES|storage is full|NS_ERROR_DOM_QUOTA_REACHED/i.test(messageOf(err));
}

/** Why a write failed, in the reader's words: `what` is what was not saved ("Your change was not saved"). */
export function storageFailure(what: string, err: unknown): string {
  return isQuotaError(err)
    ? `${what}: the browser’s storage for News Lens is full. Removing a knowledge pack you no longer need makes room.`
    : `${what}: ${messageOf(err)}`;
}

/** A pack's text too large to read, said with its size and the limit; null when it may be read. */
function oversizePack(raw: unknown): string | null {
  if (!raw || typeof raw !== 'object') return null;
  const { type, text } = raw as { type?: unknown; text?: unknown };
  if ((type !== 'import-pack' && type !== 'preview-pack') || typeof text !== 'string') return null;
  // (a text over the message limit is not counted in full: its size is at least its length)
  return text.length > MAX_PACK_MESSAGE_CHARS ? packSizeProblem(text.length) : packSizeProblem(utf8Bytes(text));
}

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
  const msg = parsed.data;
  // (from here, the messages a content script may send have `who` narrowed by the table above)
  const tab = who.kind === 'content-script' ? who : null;
  try {
    switch (msg.type) {
      case 'page-part': {
        if (!tab) return { ok: false, error: 'page-part must come from a tab' };
        // parts are joined per frame: a frame can neither finish nor break another frame's page
        let whole: ReturnType<PagePartAssembler['add']>;
        try {
          whole = need(deps.parts, 'page parts').add(tab.tabId, { ...msg, pageId: `${tab.frameId}/${msg.pageId}` });
        } catch (err) {
          // refused at once, kept nowhere: a later part of a page whose earlier parts are gone
          // ("page parts lost: resend the page": the reader sends the whole page again), a part
          // out of range, or a page too long
          if (err instanceof PagePartError) return { ok: false, error: err.message };
          throw err;
        }
        if (!whole) return { ok: true, value: null };
        return await annotateFor(tab.tabId, tab.frameId, whole, deps);
      }
      case 'page-findings': {
        if (!tab) return { ok: false, error: 'page-findings must come from a tab' };
        return await annotateFor(tab.tabId, tab.frameId, msg, deps);
      }
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
      case 'set-settings': {
        try {
          await need(deps.settings, 'settings').save(msg.settings);
        } catch (err) {
          return { ok: false, error: storageFailure('Your change was not saved', err) };
        }
        await tell(deps, msg.settings);
        return { ok: true, value: { settings: msg.settings, problem: null } };
      }
      case 'set-site-mode': {
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
      case 'load-card-ui':
        if (!tab) return { ok: false, error: 'load-card-ui must come from a tab' };
        await need(deps.tabs, 'tabs').injectCardUi(tab.tabId, tab.frameId);
        return { ok: true, value: true };
      case 'load-reader': {
        if (!tab) return { ok: false, error: 'load-reader must come from a tab' };
        const { settings } = await need(deps.settings, 'settings').load();
        // the frame's host as the browser knows it; the message's only where the frame has none (about:blank)
        const host = (hostOfUrl(tab.url) ?? msg.host).toLowerCase();
        if (settings.sites[host] === 'never' || settings.sites[msg.host.toLowerCase()] === 'never')
          return { ok: false, error: `${host} is set to never` };
        await need(deps.tabs, 'tabs').injectReader(tab.tabId, tab.frameId);
        return { ok: true, value: true };
      }
      case 'annotate-tab':
        await need(deps.tabs, 'tabs').annotate(msg.tabId);
        return { ok: true, value: true };
      case 'preview-pack': {
        const check = checkPack(msg.text, { today: localIsoDate(deps.now?.() ?? new Date()) });
        if (!check.ok) return { ok: false, error: `The pack was refused: ${check.problems.join('; ')}` };
        const { packs: list } = await need(deps.packs, 'packs').load();
        const bundled = await need(deps.bundled, 'bundled knowledge')();
        return { ok: true, value: previewPack(list, check.pack, bundled) };
      }
      case 'import-pack': {
        const packs = need(deps.packs, 'packs');
        const now = deps.now?.() ?? new Date();
        const check = checkPack(msg.text, { today: localIsoDate(now) });
        if (!check.ok) return { ok: false, error: `The pack was refused: ${check.problems.join('; ')}` };
        const { packs: list } = await packs.load();
        const preview = previewPack(list, check.pack, await need(deps.bundled, 'bundled knowledge')());
        const confirmed = new Set(msg.confirmed ?? []);
        const unconfirmed = [...preview.replacesBuiltIn, ...preview.replacesPacks].filter((r) => !confirmed.has(r.id));
        if (unconfirmed.length)
          return {
            ok: false,
            error: `The pack was not installed: it changes ${unconfirmed.length === 1 ? 'an entry' : `${unconfirmed.length} entries`} you have not agreed to (${unconfirmed
              .slice(0, 5)
              .map((r) => r.name)
              .join(', ')}${unconfirmed.length > 5 ? ', …' : ''}). Nothing was changed.`,
          };
        let next: StoredPack[];
        try {
          next = addPack(list, check.pack, now, { replace: msg.replace ?? null });
        } catch (err) {
          if (err instanceof PackClash)
            return { ok: false, error: `The pack was not installed. ${err.message} Nothing was changed.` };
          throw err;
        }
        try {
          await packs.save(next);
        } catch (err) {
          return { ok: false, error: storageFailure('The pack was not installed', err) };
        }
        return { ok: true, value: { packs: next.map(summarize), problem: null } };
      }
      case 'list-packs': {
        const { packs, dropped } = await need(deps.packs, 'packs').load();
        return {
          ok: true,
          value: {
            packs: packs.map(summarize),
            problem: dropped ? `${dropped} stored pack(s) could not be read and were set aside.` : null,
          },
        };
      }
      case 'remove-pack': {
        const packs = need(deps.packs, 'packs');
        const { packs: list } = await packs.load();
        const next = list.filter((p) => p.id !== msg.id);
        try {
          await packs.save(next);
        } catch (err) {
          return { ok: false, error: storageFailure('The pack was not removed', err) };
        }
        return { ok: true, value: { packs: next.map(summarize), problem: null } };
      }
      case 'reset': {
        try {
          await need(deps.settings, 'settings').save(structuredClone(DEFAULT_SETTINGS));
          await need(deps.packs, 'packs').save([]);
        } catch (err) {
          return { ok: false, error: storageFailure('News Lens was not reset', err) };
        }
        await tell(deps, structuredClone(DEFAULT_SETTINGS));
        return { ok: true, value: true };
      }
    }
  } catch (err) {
    return { ok: false, error: messageOf(err) };
  }
}

/** Tells the pages' readers about saved settings; a failure there does not undo the save. */
async function tell(deps: BackgroundDeps, settings: Settings): Promise<void> {
  try {
    await deps.onSettings?.(settings);
  } catch {
    // (a page that cannot be told picks the settings up on its next reading)
  }
}

const hostOfUrl = (url: string | null): string | null => {
  try {
    const u = new URL(url ?? '');
    return /^https?:$/.test(u.protocol) && u.hostname ? u.hostname : null;
  } catch {
    return null;
  }
};

/** The cards' marks for entries that came from packs, and for names from packs in their lines. */
function markPackEntries(page: AnnotatedPage, sources: PackSources, index: KnowledgeIndex): void {
  if (!sources.entities.size && !sources.topics.size) return;
  const date = page.notes.publishedAt;
  for (const [id, card] of Object.entries(page.entities)) {
    card.pack = sources.entities.get(id) ?? null;
    const e = index.entity(id);
    if (!e) continue;
    // the bodies the card's role lines name: the role on the article's date and those begun after it, or (undated) all
    const roles = date ? [shownRole(e, date), ...e.roles.filter((r) => r.from > date)] : e.roles;
    const named = [e.country, e.speaksFor, ...roles.map((r) => r?.of)];
    const from = new Set<string>();
    for (const ref of named) {
      const mark = ref && ref !== id ? sources.entities.get(ref) : undefined;
      if (mark) from.add(mark.pack);
    }
    if (from.size) card.namesFrom = [...from];
  }
  for (const [id, card] of Object.entries(page.topics)) card.pack = sources.topics.get(id) ?? null;
}

async function annotateFor(
  tabId: number,
  frameId: number,
  input: { text: string; findings: Findings; meta: ArticleMeta },
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  // A tab's notes are its top document's; an article in a frame counts only when the top has none.
  const topHasNotes = (current: AnnotatedPage | null) => current !== null && (current.frameId ?? 0) === 0;
  const refused: Result<unknown> = { ok: false, error: 'the top document of this tab has the notes' };
  // (read through the store once, so that after a restart the check below sees stored notes too)
  if (frameId !== 0 && topHasNotes(await deps.notes.get(tabId))) return refused;
  const index = await deps.index();
  const page: AnnotatedPage = {
    ...annotatePage({ text: input.text, findings: input.findings, meta: input.meta }, index),
    frameId,
  };
  if (deps.sources) markPackEntries(page, await deps.sources(), index);
  // Checked again with nothing awaited before the write: the top document may have been read
  // while this frame's page was resolved, and a frame never replaces the top's notes.
  if (frameId !== 0 && topHasNotes(deps.notes.peek(tabId))) return refused;
  // The page gets its notes at once; the write to session storage (long for a long page) and the
  // badge follow. Reads meanwhile are served from TabNotes' memory, which set() fills first.
  void deps.notes
    .set(tabId, page)
    .then(() => deps.onNotes?.(tabId, page))
    .catch(() => {
      // The badge is a nicety: a failure there must not cost the page its notes.
    });
  return { ok: true, value: page };
}
