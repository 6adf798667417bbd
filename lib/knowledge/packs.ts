import { z } from 'zod';
import { KnowledgePack } from './schema';
import { formatPath } from '../zod-errors';
import type { PackMark } from './card';

/** An imported pack as stored: the pack itself and when it came in. */
export const StoredPack = z.object({
  id: z.string().min(1),
  importedAt: z.string(),
  pack: KnowledgePack,
});
export type StoredPack = z.infer<typeof StoredPack>;
export const StoredPacks = z.array(StoredPack);

/**
 * The largest pack file accepted. The browser keeps packs in the extension's local storage
 * (10 MB in all in Chromium), so a pack must leave room for the settings and another pack.
 */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** "50.0 MB", "812 kB", "120 bytes": a size as a reader reads it (1 MB = 1,048,576 bytes, as file managers show). */
export function readableSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** Null when a file of `bytes` may be a pack; else what to tell the reader. */
export function packSizeProblem(bytes: number): string | null {
  return bytes > MAX_PACK_BYTES
    ? `The file is ${readableSize(bytes)}; packs can be at most ${MAX_PACK_BYTES / (1024 * 1024)} MB.`
    : null;
}

/** The size of a text in UTF-8, as it was on disk. */
export function utf8Bytes(text: string): number {
  // (counted without building the encoded copy: a pack may be megabytes)
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Today's date where the reader is, `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const isRealDate = (iso: string): boolean => {
  const [y, m, d] = iso.split('-').map(Number);
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** Every date a pack holds, with its path: the as-of date, roles, facts, topics' spans. */
function packDates(pack: KnowledgePack): { path: string; date: string }[] {
  const out: { path: string; date: string }[] = [];
  if (pack.knowledgeDate) out.push({ path: 'knowledgeDate', date: pack.knowledgeDate });
  pack.entities.forEach((e, i) => {
    e.roles.forEach((r, j) => {
      out.push({ path: `entities[${i}].roles[${j}].from`, date: r.from });
      if (r.to) out.push({ path: `entities[${i}].roles[${j}].to`, date: r.to });
    });
    e.facts.forEach((f, j) => out.push({ path: `entities[${i}].facts[${j}].asOf`, date: f.asOf }));
  });
  pack.topics.forEach((t, i) => {
    if (t.from) out.push({ path: `topics[${i}].from`, date: t.from });
    if (t.to) out.push({ path: `topics[${i}].to`, date: t.to });
    t.facts.forEach((f, j) => out.push({ path: `topics[${i}].facts[${j}].asOf`, date: f.asOf }));
  });
  return out;
}

/**
 * Dates a pack may not hold: ones that are no day of the calendar, and ones after `today` (a pack
 * "as of 9999-12-31" would be the knowledge date of every card, and its roles the current ones).
 */
export function dateProblems(pack: KnowledgePack, today: string): string[] {
  const problems: string[] = [];
  for (const { path, date } of packDates(pack)) {
    if (!isRealDate(date)) problems.push(`${path}: ${date} is not a date on the calendar`);
    else if (date > today)
      problems.push(`${path}: ${date} is after today (${today}); a pack cannot hold dates in the future`);
  }
  return problems;
}

export type PackCheck = { ok: true; pack: KnowledgePack } | { ok: false; problems: string[] };

export interface CheckOptions {
  /** Dates after this one (`YYYY-MM-DD`) are refused; by default the reader's today. */
  today?: string;
  maxProblems?: number;
}

/**
 * Validates a pack the reader imports. Problems name the path and reason of the first few
 * failures, e.g. `entities[12].roles[0].from: expected a date (YYYY-MM-DD)`; a file over the
 * size limit is refused with its size and the limit, before it is read.
 */
export function checkPack(text: string, opts: CheckOptions = {}): PackCheck {
  const maxProblems = opts.maxProblems ?? 5;
  const tooBig = packSizeProblem(utf8Bytes(text));
  if (tooBig) return { ok: false, problems: [tooBig] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`not JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const parsed = KnowledgePack.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, maxProblems).map((i) => `${formatPath(i.path)}: ${i.message}`),
    };
  const pack = parsed.data;
  const ids = new Set<string>();
  const problems: string[] = [];
  [...pack.entities, ...pack.topics].forEach((e, i) => {
    if (ids.has(e.id))
      problems.push(
        `${i < pack.entities.length ? `entities[${i}]` : `topics[${i - pack.entities.length}]`}.id: duplicate id "${e.id}"`,
      );
    ids.add(e.id);
  });
  if (!pack.entities.length && !pack.topics.length) problems.push('(root): the pack has no entities and no topics');
  problems.push(...dateProblems(pack, opts.today ?? localIsoDate(new Date())));
  return problems.length ? { ok: false, problems: problems.slice(0, maxProblems) } : { ok: true, pack };
}

/** The id a pack is stored under: its name as a slug ("My Pack!" → "my-pack"). */
export function packId(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'pack'
  );
}

/** Thrown by addPack when the pack's id is taken and the reader did not ask to replace that pack. */
export class PackClash extends Error {
  constructor(
    readonly existing: StoredPack,
    readonly incoming: KnowledgePack,
  ) {
    super(
      `A pack with the same id is already installed: “${existing.pack.name}” (${existing.id}). ` +
        `Replace it, or rename the new pack (its "name") and import it again.`,
    );
    this.name = 'PackClash';
  }
}

/**
 * Adds a pack; returns the new list. Two packs never share an id: when the id is taken the pack
 * replaces the installed one only if the reader asked to replace that very pack (`replace` is its
 * id), and otherwise PackClash is thrown and nothing changes.
 */
export function addPack(
  list: StoredPack[],
  pack: KnowledgePack,
  now: Date,
  opts: { replace?: string | null } = {},
): StoredPack[] {
  const id = packId(pack.name);
  const existing = list.find((p) => p.id === id);
  if (existing && opts.replace !== id) throw new PackClash(existing, pack);
  return [...list.filter((p) => p.id !== id), { id, importedAt: now.toISOString(), pack }];
}

/** What the bundled knowledge is asked while a pack is previewed. */
export interface BundledKnowledge {
  entity(id: string): { id: string; name: string } | undefined;
  topic(id: string): { id: string; name: string } | undefined;
  /** Bundled entities a name may mean. */
  lookup(name: string): { id: string; name: string }[];
}

export interface PackEntryRef {
  id: string;
  /** The name the entry has now (the bundled one, or the installed pack's). */
  name: string;
}

/** What installing a pack would do, shown to the reader before anything is stored. */
export interface PackPreview {
  id: string;
  name: string;
  entities: number;
  topics: number;
  /** The installed pack with the same id, which installing replaces (only when asked). */
  clash: { id: string; name: string } | null;
  /** Bundled entries the pack replaces, by id. */
  replacesBuiltIn: PackEntryRef[];
  /** Entries of other installed packs the pack replaces. */
  replacesPacks: (PackEntryRef & { pack: string })[];
  /** New entries named like a bundled one ("Keir Starmer" under another id): the name then means either. */
  sharesNames: (PackEntryRef & { as: string })[];
}

/** Lists what a checked pack would change; `list` is what is installed now. */
export function previewPack(
  list: StoredPack[],
  pack: KnowledgePack,
  bundled: BundledKnowledge,
  maxNames = Infinity,
): PackPreview {
  const id = packId(pack.name);
  const existing = list.find((p) => p.id === id) ?? null;
  const replacesBuiltIn: PackEntryRef[] = [];
  const replacesPacks: (PackEntryRef & { pack: string })[] = [];
  const sharesNames: (PackEntryRef & { as: string })[] = [];
  // the entries other packs hold (a pack being replaced no longer counts), the later pack winning as in the index
  const others = new Map<string, { pack: string; name: string }>();
  for (const p of list) {
    if (p.id === id) continue;
    for (const e of p.pack.entities) others.set(`e:${e.id}`, { pack: p.pack.name, name: e.name });
    for (const t of p.pack.topics) others.set(`t:${t.id}`, { pack: p.pack.name, name: t.name });
  }
  const seenShared = new Set<string>();
  const entries = [
    ...pack.entities.map((e) => ({ e, kind: 'e' as const })),
    ...pack.topics.map((e) => ({ e, kind: 't' as const })),
  ];
  for (const { e, kind } of entries) {
    const built = kind === 'e' ? bundled.entity(e.id) : bundled.topic(e.id);
    const other = others.get(`${kind}:${e.id}`);
    if (other) replacesPacks.push({ id: e.id, name: other.name, pack: other.pack });
    else if (built) replacesBuiltIn.push({ id: e.id, name: built.name });
    if (kind === 'e' && !built) {
      for (const n of [e.name, ...e.aliases]) {
        for (const hit of bundled.lookup(n)) {
          if (hit.id === e.id || seenShared.has(hit.id)) continue;
          seenShared.add(hit.id);
          sharesNames.push({ id: hit.id, name: hit.name, as: n });
        }
      }
    }
  }
  return {
    id,
    name: pack.name,
    entities: pack.entities.length,
    topics: pack.topics.length,
    clash: existing ? { id: existing.id, name: existing.pack.name } : null,
    replacesBuiltIn: replacesBuiltIn.slice(0, maxNames),
    replacesPacks: replacesPacks.slice(0, maxNames),
    sharesNames: sharesNames.slice(0, maxNames),
  };
}

/** For each entry of the index that came from a pack, the pack's mark (the last pack wins, as in the index). */
export interface PackSources {
  entities: Map<string, PackMark>;
  topics: Map<string, PackMark>;
}

export function packSources(
  packs: StoredPack[],
  bundled: { hasEntity(id: string): boolean; hasTopic(id: string): boolean },
): PackSources {
  const entities = new Map<string, PackMark>();
  const topics = new Map<string, PackMark>();
  for (const { pack } of packs) {
    for (const e of pack.entities) entities.set(e.id, { pack: pack.name, replaces: bundled.hasEntity(e.id) });
    for (const t of pack.topics) topics.set(t.id, { pack: pack.name, replaces: bundled.hasTopic(t.id) });
  }
  return { entities, topics };
}

/**
 * Reads the stored list; entries that no longer validate are dropped and reported, and so are
 * packs stored before dates in the future were refused (when `today` is given), and a second
 * pack under an id already read.
 */
export function readStoredPacks(raw: unknown, today?: string): { packs: StoredPack[]; dropped: number } {
  if (!Array.isArray(raw)) return { packs: [], dropped: raw === undefined || raw === null ? 0 : 1 };
  const packs: StoredPack[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  for (const item of raw) {
    const p = StoredPack.safeParse(item);
    if (p.success && !ids.has(p.data.id) && !(today && dateProblems(p.data.pack, today).length)) {
      packs.push(p.data);
      ids.add(p.data.id);
    } else dropped++;
  }
  return { packs, dropped };
}
