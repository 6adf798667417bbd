import type { AnnotatedPage } from '../messages';
import { AnnotatedPage as AnnotatedPageSchema } from '../messages';

/** Where the background keeps each tab's notes: storage.session in the extension, a Map in tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

/**
 * Each tab's notes, cached in memory and written through to the store so they survive a
 * service-worker restart. A stored value that no longer fits the schema reads as none.
 * Memory is what is read first: with the store full (its quota reached) or failing, the notes
 * are still served for as long as the background lives.
 */
export class TabNotes {
  private cache = new Map<number, AnnotatedPage>();
  /** Bumped by every set() and clear() of a tab: a store read begun before one is out of date. */
  private version = new Map<number, number>();
  constructor(private store: KeyValueStore) {}

  private bump(tabId: number): number {
    const v = (this.version.get(tabId) ?? 0) + 1;
    this.version.set(tabId, v);
    return v;
  }

  async set(tabId: number, page: AnnotatedPage): Promise<void> {
    this.bump(tabId);
    this.cache.set(tabId, page);
    try {
      await this.store.set(keyOf(tabId), page);
    } catch {
      // Over the storage quota (a very long page, or the session storage full): the notes live
      // in memory only, and an old stored copy must not come back in their place after a restart.
      await this.store.remove(keyOf(tabId)).catch(() => undefined);
      return;
    }
    // cleared (the tab closed or navigated) while the write was on its way: no copy may outlive that
    if (!this.cache.has(tabId)) await this.store.remove(keyOf(tabId)).catch(() => undefined);
  }

  /** The notes held in memory, read at once (nothing awaited between this and a set()). */
  peek(tabId: number): AnnotatedPage | null {
    return this.cache.get(tabId) ?? null;
  }

  async get(tabId: number): Promise<AnnotatedPage | null> {
    const hit = this.cache.get(tabId);
    if (hit) return hit;
    const before = this.version.get(tabId) ?? 0;
    let raw: unknown;
    try {
      raw = await this.store.get(keyOf(tabId));
    } catch {
      // a store that cannot be read has nothing to add to what memory holds
      return this.cache.get(tabId) ?? null;
    }
    // notes set (or the tab cleared) while the store was read are newer than the stored copy
    if ((this.version.get(tabId) ?? 0) !== before) return this.cache.get(tabId) ?? null;
    if (raw == null) return null;
    const parsed = AnnotatedPageSchema.safeParse(raw);
    if (!parsed.success) {
      await this.store.remove(keyOf(tabId)).catch(() => undefined);
      return null;
    }
    this.cache.set(tabId, parsed.data);
    return parsed.data;
  }

  async clear(tabId: number): Promise<void> {
    this.bump(tabId);
    this.cache.delete(tabId);
    await this.store.remove(keyOf(tabId));
  }
}
