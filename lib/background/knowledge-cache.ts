import { buildKnowledgeIndex, type KnowledgeIndex } from '../knowledge/index';
import type { KnowledgeFile } from '../knowledge/schema';
import { localIsoDate, packSources, readStoredPacks, type PackSources, type StoredPack } from '../knowledge/packs';

/**
 * Loads a promise once and keeps it; a failed load is forgotten, so the next call tries again
 * (a worker that failed to read its file once must not fail for the rest of its life).
 */
export function retryingOnce<T>(load: () => Promise<T>): { get: () => Promise<T>; reset: () => void } {
  let promise: Promise<T> | null = null;
  return {
    get: () => {
      promise ??= load().catch((err: unknown) => {
        promise = null;
        throw err;
      });
      return promise;
    },
    reset: () => {
      promise = null;
    },
  };
}

export interface KnowledgeSources {
  /** The bundled knowledge file, parsed and checked. */
  readFile: () => Promise<KnowledgeFile>;
  /** The packs in storage, as stored (refused ones are set aside by readStoredPacks). */
  readPacks: () => Promise<unknown>;
  writePacks: (list: StoredPack[]) => Promise<void>;
  /** Today's date, for refusing packs dated in the future. */
  now?: () => Date;
}

/**
 * The background's knowledge: the bundled file read once, the index with the packs built once and
 * rebuilt after the packs change, and the bundled file's own index for pack previews.
 */
export function createKnowledgeCache(src: KnowledgeSources) {
  const now = src.now ?? (() => new Date());
  const file = retryingOnce(src.readFile);
  const loadPacks = async () => readStoredPacks(await src.readPacks(), localIsoDate(now()));
  const withPacks = retryingOnce(async (): Promise<{ index: KnowledgeIndex; sources: PackSources }> => {
    const [f, stored] = await Promise.all([file.get(), loadPacks()]);
    const ids = new Set(f.entities.map((e) => e.id));
    const topicIds = new Set(f.topics.map((t) => t.id));
    return {
      index: buildKnowledgeIndex(
        f,
        stored.packs.map((p) => p.pack),
      ),
      sources: packSources(stored.packs, { hasEntity: (id) => ids.has(id), hasTopic: (id) => topicIds.has(id) }),
    };
  });
  const bundled = retryingOnce(async () => buildKnowledgeIndex(await file.get()));
  return {
    index: () => withPacks.get().then((x) => x.index),
    sources: () => withPacks.get().then((x) => x.sources),
    /** The bundled knowledge alone, for pack previews: built when a pack is first previewed. */
    bundled: bundled.get,
    packs: {
      load: loadPacks,
      save: async (list: StoredPack[]) => {
        await src.writePacks(list);
        withPacks.reset();
      },
    },
  };
}
