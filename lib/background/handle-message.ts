import { BackgroundMessage, type AnnotatedPage, type PackSummary, type Result } from '../messages';
import { describeZodError } from '../zod-errors';
import type { KnowledgeIndex } from '../knowledge/index';
import { annotatePage } from '../annotate-page';
import type { TabNotes } from './tab-notes';
import type { PagePartAssembler } from './page-parts';
import type { Findings } from '../extract/findings';
import type { ArticleMeta } from '../notes';
import { DEFAULT_SETTINGS, type LoadedSettings, type Settings, type SiteMode } from '../settings';
import { addPack, checkPack, type StoredPack } from '../knowledge/packs';

export interface BackgroundDeps {
  index: () => Promise<KnowledgeIndex>;
  notes: TabNotes;
  /** Collects the parts of long pages; one per background. */
  parts?: PagePartAssembler;
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

export interface Sender {
  tabId?: number;
  frameId?: number;
}

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

/**
 * Answers one message. Never throws: a malformed message, a missing tab or a failure
 * inside the pipeline comes back as `{ ok: false, error }`.
 */
export async function handleBackgroundMessage(raw: unknown, sender: Sender, deps: BackgroundDeps): Promise<Result<unknown>> {
  const parsed = BackgroundMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `malformed message: ${describeZodError(parsed.error)}` };
  const msg = parsed.data;
  try {
    switch (msg.type) {
      case 'page-part': {
        if (sender.tabId === undefined) return { ok: false, error: 'page-part must come from a tab' };
        const whole = need(deps.parts, 'page parts').add(sender.tabId, msg);
        if (!whole) return { ok: true, value: null };
        return await annotateFor(sender.tabId, sender.frameId ?? 0, whole, deps);
      }
      case 'page-findings': {
        if (sender.tabId === undefined) return { ok: false, error: 'page-findings must come from a tab' };
        return await annotateFor(sender.tabId, sender.frameId ?? 0, msg, deps);
      }
      case 'get-tab-notes':
        return { ok: true, value: await deps.notes.get(msg.tabId) };
      case 'get-settings':
        return { ok: true, value: await need(deps.settings, 'settings').load() };
      case 'set-settings':
        await need(deps.settings, 'settings').save(msg.settings);
        return { ok: true, value: { settings: msg.settings, problem: null } };
      case 'set-site-mode': {
        const tabs = need(deps.tabs, 'tabs');
        const store = need(deps.settings, 'settings');
        const host = await tabs.hostOf(msg.tabId);
        if (!host) return { ok: false, error: 'this tab has no web page' };
        if (!(await tabs.applySiteMode(host, msg.mode))) return { ok: false, error: `permission for ${host} was not granted` };
        const { settings } = await store.load();
        const sites = { ...settings.sites };
        if (msg.mode) sites[host] = msg.mode;
        else delete sites[host];
        await store.save({ ...settings, sites });
        if (msg.mode === 'always') await tabs.annotate(msg.tabId);
        return { ok: true, value: { host, mode: msg.mode, granted: await tabs.granted(host) } };
      }
      case 'load-card-ui':
        if (sender.tabId === undefined) return { ok: false, error: 'load-card-ui must come from a tab' };
        await need(deps.tabs, 'tabs').injectCardUi(sender.tabId, sender.frameId ?? 0);
        return { ok: true, value: true };
      case 'load-reader': {
        if (sender.tabId === undefined) return { ok: false, error: 'load-reader must come from a tab' };
        const { settings } = await need(deps.settings, 'settings').load();
        if (settings.sites[msg.host.toLowerCase()] === 'never') return { ok: false, error: `${msg.host} is set to never` };
        await need(deps.tabs, 'tabs').injectReader(sender.tabId, sender.frameId ?? 0);
        return { ok: true, value: true };
      }
      case 'annotate-tab':
        await need(deps.tabs, 'tabs').annotate(msg.tabId);
        return { ok: true, value: true };
      case 'import-pack': {
        const packs = need(deps.packs, 'packs');
        const check = checkPack(msg.text);
        if (!check.ok) return { ok: false, error: `The pack was refused: ${check.problems.join('; ')}` };
        const { packs: list } = await packs.load();
        const next = addPack(list, check.pack, deps.now?.() ?? new Date());
        await packs.save(next);
        return { ok: true, value: { packs: next.map(summarize), problem: null } };
      }
      case 'list-packs': {
        const { packs, dropped } = await need(deps.packs, 'packs').load();
        return {
          ok: true,
          value: { packs: packs.map(summarize), problem: dropped ? `${dropped} stored pack(s) could not be read and were set aside.` : null },
        };
      }
      case 'remove-pack': {
        const packs = need(deps.packs, 'packs');
        const { packs: list } = await packs.load();
        const next = list.filter((p) => p.id !== msg.id);
        await packs.save(next);
        return { ok: true, value: { packs: next.map(summarize), problem: null } };
      }
      case 'reset': {
        await need(deps.settings, 'settings').save(structuredClone(DEFAULT_SETTINGS));
        await need(deps.packs, 'packs').save([]);
        return { ok: true, value: true };
      }
    }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

async function annotateFor(
  tabId: number,
  frameId: number,
  input: { text: string; findings: Findings; meta: ArticleMeta },
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  // A tab's notes are its top document's; an article in a frame counts only when the top has none.
  if (frameId !== 0) {
    const current = await deps.notes.get(tabId);
    if (current && (current.frameId ?? 0) === 0) return { ok: false, error: 'the top document of this tab has the notes' };
  }
  const index = await deps.index();
  const page = { ...annotatePage({ text: input.text, findings: input.findings, meta: input.meta }, index), frameId };
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
