/**
 * The build's checks: source files against the schema (and keys it would drop), duplicate ids,
 * dangling references, alias collisions and ambiguous.json.
 */
import { z } from 'zod';
import { Entity, EntityId, KnowledgeSource, Topic } from '../schema';
import { lookupKey, namesOf } from './names';

/**
 * A name shared by several entities of the same type, and the rule that tells them apart.
 * `prefer` is the reading to take when the context gives no clue.
 */
export const AmbiguousAlias = z
  .object({
    alias: z.string().min(1),
    ids: z.array(EntityId).min(2),
    rule: z.string().min(3),
    prefer: EntityId.optional(),
  })
  .strict();
export type AmbiguousAlias = z.infer<typeof AmbiguousAlias>;

export const AmbiguousFile = z.object({ aliases: z.array(AmbiguousAlias) }).strict();
export type AmbiguousFile = z.infer<typeof AmbiguousFile>;

/** `entities[12].roles[0].from` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** One line per zod issue: `file: entities[12].roles[0].from: expected a date (YYYY-MM-DD)`. */
export function formatIssues(file: string, error: z.ZodError, raw?: unknown): string[] {
  return error.issues.map((issue) => {
    const hint = idHint(raw, issue.path);
    return `${file}: ${formatPath(issue.path)}: ${issue.message}${hint ? ` (id ${hint})` : ''}`;
  });
}

function idHint(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path.length < 2 || typeof path[1] !== 'number') return undefined;
  const list = (raw as Record<string, unknown> | undefined)?.[String(path[0])];
  const item = Array.isArray(list) ? list[path[1]] : undefined;
  const id = (item as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

const ENTITY_KEYS = new Set(Object.keys(Entity.shape));
const TOPIC_KEYS = new Set(Object.keys(Topic.shape));
const ROLE_KEYS = new Set(['title', 'of', 'kind', 'from', 'to', 'titleAliases', 'seat']);
const FACT_KEYS = new Set(['text', 'asOf', 'source']);

/** Keys the schema would silently drop, usually typos ("alias" for "aliases"). */
function unknownKeys(file: string, raw: unknown): string[] {
  const errors: string[] = [];
  if (!raw || typeof raw !== 'object') return errors;
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'entities' && key !== 'topics') errors.push(`${file}: ${key}: unknown key`);
  }
  const check = (list: unknown, name: string, keys: Set<string>) => {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (!item || typeof item !== 'object') return;
      for (const key of Object.keys(item)) {
        if (!keys.has(key)) errors.push(`${file}: ${name}[${i}].${key}: unknown key`);
      }
      const obj = item as Record<string, unknown>;
      if (Array.isArray(obj.roles)) {
        obj.roles.forEach((role, r) => {
          if (role && typeof role === 'object')
            for (const key of Object.keys(role))
              if (!ROLE_KEYS.has(key)) errors.push(`${file}: ${name}[${i}].roles[${r}].${key}: unknown key`);
        });
      }
      if (Array.isArray(obj.facts)) {
        obj.facts.forEach((fact, f) => {
          if (fact && typeof fact === 'object')
            for (const key of Object.keys(fact))
              if (!FACT_KEYS.has(key)) errors.push(`${file}: ${name}[${i}].facts[${f}].${key}: unknown key`);
        });
      }
    });
  };
  check(record.entities, 'entities', ENTITY_KEYS);
  check(record.topics, 'topics', TOPIC_KEYS);
  return errors;
}

export interface SourceResult {
  file: string;
  source?: KnowledgeSource;
  errors: string[];
}

/** Validates one source file's parsed JSON against KnowledgeSource. */
export function validateSource(file: string, raw: unknown): SourceResult {
  const parsed = KnowledgeSource.safeParse(raw);
  const errors = unknownKeys(file, raw);
  if (!parsed.success) return { file, errors: [...formatIssues(file, parsed.error, raw), ...errors] };
  return { file, source: parsed.data, errors };
}

/** Parses a side file (countries-extra.json, ambiguous.json) with its schema. */
export function validateSideFile<T extends z.ZodType>(
  file: string,
  schema: T,
  raw: unknown,
): { data?: z.infer<T>; errors: string[] } {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { errors: formatIssues(file, parsed.error, raw) };
  return { data: parsed.data, errors: [] };
}

/* ------------------------------------------------------------------ */
/* Cross-file checks                                                   */
/* ------------------------------------------------------------------ */

export interface Located<T> {
  file: string;
  item: T;
}

/** Ids used twice, across entities and topics alike (related[] may name either). */
export function findDuplicateIds(items: Located<{ id: string }>[]): string[] {
  const first = new Map<string, string>();
  const errors: string[] = [];
  for (const { file, item } of items) {
    const where = first.get(item.id);
    if (where) errors.push(`${file}: duplicate id "${item.id}" (first defined in ${where})`);
    else first.set(item.id, file);
  }
  return errors;
}

/** roles[].of, country, speaksFor and related that name nothing. */
export function findDanglingReferences(entities: Located<Entity>[], topics: Located<Topic>[]): string[] {
  const entityIds = new Set(entities.map((e) => e.item.id));
  const allIds = new Set([...entityIds, ...topics.map((t) => t.item.id)]);
  const countryIds = new Set(entities.filter((e) => e.item.type === 'country').map((e) => e.item.id));
  const errors: string[] = [];
  for (const { file, item } of entities) {
    item.roles.forEach((role, i) => {
      if (!entityIds.has(role.of)) errors.push(`${file}: ${item.id}: roles[${i}].of names no entity: "${role.of}"`);
    });
    if (item.country && !countryIds.has(item.country))
      errors.push(`${file}: ${item.id}: country names no country: "${item.country}"`);
    if (item.speaksFor && !entityIds.has(item.speaksFor))
      errors.push(`${file}: ${item.id}: speaksFor names no entity: "${item.speaksFor}"`);
    item.related.forEach((id) => {
      if (!allIds.has(id)) errors.push(`${file}: ${item.id}: related names nothing: "${id}"`);
    });
  }
  for (const { file, item } of topics) {
    item.related.forEach((id) => {
      if (!allIds.has(id)) errors.push(`${file}: ${item.id}: related names nothing: "${id}"`);
    });
  }
  return errors;
}

export interface Collision {
  alias: string;
  type: string;
  ids: string[];
}

export type Named = {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  officialName?: string;
  demonyms?: string[];
};

/**
 * The same normalised name on two entities of the same type. Different types are told apart
 * by context ("Washington" the city, "Washington" the US government); same-type clashes need
 * an entry in ambiguous.json covering every id involved.
 */
export function findCollisions(items: Named[], ambiguous: AmbiguousAlias[] = []): Collision[] {
  const owners = new Map<string, Map<string, Set<string>>>();
  const display = new Map<string, string>();
  for (const item of items) {
    for (const name of namesOf(item)) {
      const key = lookupKey(name);
      if (!key) continue;
      if (!display.has(key)) display.set(key, name);
      const byType = owners.get(key) ?? new Map<string, Set<string>>();
      const ids = byType.get(item.type) ?? new Set<string>();
      ids.add(item.id);
      byType.set(item.type, ids);
      owners.set(key, byType);
    }
  }
  const allowed = new Map<string, Set<string>[]>();
  for (const entry of ambiguous) {
    const key = lookupKey(entry.alias);
    allowed.set(key, [...(allowed.get(key) ?? []), new Set(entry.ids)]);
  }
  const collisions: Collision[] = [];
  for (const [key, byType] of owners) {
    for (const [type, ids] of byType) {
      if (ids.size < 2) continue;
      const covered = (allowed.get(key) ?? []).some((set) => [...ids].every((id) => set.has(id)));
      if (!covered) collisions.push({ alias: display.get(key)!, type, ids: [...ids].sort() });
    }
  }
  return collisions.sort((a, b) => a.alias.localeCompare(b.alias));
}

/**
 * The entities in the order the index offers a shared name's readings when the context gives no
 * clue (it keeps the file's order): each ambiguous.json `prefer` is moved just before the first of
 * the entries it shares its alias with. Rules that contradict each other are reported.
 */
export function preferredFirst<T extends { id: string }>(
  entities: T[],
  ambiguous: AmbiguousAlias[],
): { entities: T[]; errors: string[] } {
  const list = [...entities];
  for (const entry of ambiguous) {
    if (!entry.prefer) continue;
    const at = list.findIndex((e) => e.id === entry.prefer);
    const first = list.findIndex((e) => entry.ids.includes(e.id));
    if (at < 0 || first < 0 || at <= first) continue;
    const [preferred] = list.splice(at, 1);
    list.splice(first, 0, preferred);
  }
  const errors: string[] = [];
  for (const entry of ambiguous) {
    if (!entry.prefer) continue;
    const first = list.find((e) => entry.ids.includes(e.id));
    if (first && first.id !== entry.prefer)
      errors.push(
        `ambiguous.json: "${entry.alias}" prefers ${entry.prefer}, but another rule puts ${first.id} before it`,
      );
  }
  return { entities: list, errors };
}

/** ambiguous.json entries must name real ids that really share the alias. */
export function checkAmbiguousEntries(items: Named[], ambiguous: AmbiguousAlias[], file = 'ambiguous.json'): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const errors: string[] = [];
  ambiguous.forEach((entry, i) => {
    const key = lookupKey(entry.alias);
    for (const id of entry.ids) {
      const item = byId.get(id);
      if (!item) errors.push(`${file}: aliases[${i}]: "${entry.alias}" names no entity "${id}"`);
      else if (!namesOf(item).some((n) => lookupKey(n) === key))
        errors.push(`${file}: aliases[${i}]: "${entry.alias}" is not a name or alias of "${id}"`);
    }
    if (entry.prefer && !entry.ids.includes(entry.prefer))
      errors.push(`${file}: aliases[${i}]: prefer "${entry.prefer}" is not among its ids`);
  });
  return errors;
}
