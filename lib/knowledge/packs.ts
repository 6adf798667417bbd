import { z } from 'zod';
import { KnowledgePack } from './schema';
import { formatPath } from '../zod-errors';

/** An imported pack as stored: the pack itself and when it came in. */
export const StoredPack = z.object({
  id: z.string().min(1),
  importedAt: z.string(),
  pack: KnowledgePack,
});
export type StoredPack = z.infer<typeof StoredPack>;
export const StoredPacks = z.array(StoredPack);

export type PackCheck = { ok: true; pack: KnowledgePack } | { ok: false; problems: string[] };

/**
 * Validates a pack the reader imports. Problems name the path and reason of the first few
 * failures, e.g. `entities[12].roles[0].from: expected a date (YYYY-MM-DD)`.
 */
export function checkPack(text: string, maxProblems = 5): PackCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`not JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const parsed = KnowledgePack.safeParse(json);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.slice(0, maxProblems).map((i) => `${formatPath(i.path)}: ${i.message}`) };
  const pack = parsed.data;
  const ids = new Set<string>();
  const problems: string[] = [];
  [...pack.entities, ...pack.topics].forEach((e, i) => {
    if (ids.has(e.id)) problems.push(`${i < pack.entities.length ? `entities[${i}]` : `topics[${i - pack.entities.length}]`}.id: duplicate id "${e.id}"`);
    ids.add(e.id);
  });
  if (!pack.entities.length && !pack.topics.length) problems.push('(root): the pack has no entities and no topics');
  return problems.length ? { ok: false, problems: problems.slice(0, maxProblems) } : { ok: true, pack };
}

/** Adds or replaces (by name) a pack; returns the new list. */
export function addPack(list: StoredPack[], pack: KnowledgePack, now: Date): StoredPack[] {
  const id = pack.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'pack';
  return [...list.filter((p) => p.id !== id), { id, importedAt: now.toISOString(), pack }];
}

/** Reads the stored list; entries that no longer validate are dropped and reported. */
export function readStoredPacks(raw: unknown): { packs: StoredPack[]; dropped: number } {
  if (!Array.isArray(raw)) return { packs: [], dropped: raw === undefined || raw === null ? 0 : 1 };
  const packs: StoredPack[] = [];
  let dropped = 0;
  for (const item of raw) {
    const p = StoredPack.safeParse(item);
    if (p.success) packs.push(p.data);
    else dropped++;
  }
  return { packs, dropped };
}
