/** What the background's message handling reads and writes, passed in (testable without a browser); and helpers its handlers share. */
import type { AnnotatedPage, PackSummary } from '../messages';
import type { KnowledgeIndex } from '../knowledge/index';
import type { TabNotes } from './tab-notes';
import type { PagePartAssembler } from './page-parts';
import type { LoadedSettings, Settings, SiteMode } from '../settings';
import type { PackSources, StoredPack } from '../knowledge/packs';
import type { ExtensionSelf } from './senders';

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

/** A dependency the message needs, or an error saying it is missing here. */
export function need<T>(dep: T | undefined, what: string): T {
  if (!dep) throw new Error(`${what} is not available here`);
  return dep;
}

export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

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

/** Tells the pages' readers about saved settings; a failure there does not undo the save. */
export async function tell(deps: BackgroundDeps, settings: Settings): Promise<void> {
  try {
    await deps.onSettings?.(settings);
  } catch {
    // (a page that cannot be told picks the settings up on its next reading)
  }
}

/** A stored pack as the options page lists it. */
export const summarize = (p: StoredPack): PackSummary => ({
  id: p.id,
  name: p.pack.name,
  importedAt: p.importedAt,
  entities: p.pack.entities.length,
  topics: p.pack.topics.length,
});
