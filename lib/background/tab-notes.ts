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
 */
export class TabNotes {
  private cache = new Map<number, AnnotatedPage>();
  constructor(private store: KeyValueStore) {}

  async set(tabId: number, page: AnnotatedPage): Promise<void> {
    this.cache.set(tabId, page);
    try {
      await this.store.set(keyOf(tabId), page);
    } catch {
      // Over the storage quota (a very long page): the notes live in memory only, and an old
      // stored copy must not come back in their place after a restart.
      await this.store.remove(keyOf(tabId)).catch(() => undefined);
    }
  }

  async get(tabId: number): Promise<AnnotatedPage | null> {
    const hit = this.cache.get(tabId);
    if (hit) return hit;
    const raw = await this.store.get(keyOf(tabId));
    if (raw == null) return null;
    const parsed = AnnotatedPageSchema.safeParse(raw);
    if (!parsed.success) {
      await this.store.remove(keyOf(tabId));
      return null;
    }
    this.cache.set(tabId, parsed.data);
    return parsed.data;
  }

  async clear(tabId: number): Promise<void> {
    this.cache.delete(tabId);
    await this.store.remove(keyOf(tabId));
  }
}
