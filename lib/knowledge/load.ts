import { z } from 'zod';
import { Entity, EntityId, EntityType, IsoDate, KnowledgeFile, NameTable, Provenance, Role, Topic } from './schema';
import { describeZodError } from '../zod-errors';
import { expandBundle } from './bundle-form';

/**
 * The bundled file is validated in three steps, each before its data is used:
 * - at start-up, what building the index reads: each entry's id, type and name, the body each of its
 *   roles belongs to, the fields few entries have (a country's codes, open data's provenance...), the topics,
 *   the build's name table and the shape of the former members' rows;
 * - when the index first hands an entry out (a name or an office leads to it), the rest of what the
 *   resolver reads, with the entry schema's own fields (usableEntry): an entry that fails is never found;
 * - when a card is built, the rest of that one entry (facts, links, summary), with the full schema.
 * Start-up stays close to a bare JSON.parse (7,000 entries, of which a page meets a few dozen), and
 * nothing unvalidated reaches the resolver or a reader.
 */
// The arrays the resolver walks are required here (the build writes them all), so the file can be
// used as parsed, without zod copying it.
const IndexedEntityFields = Entity.pick({
  id: true,
  type: true,
  name: true,
  aliases: true,
  description: true,
  country: true,
  scope: true,
  roles: true,
  speaksFor: true,
  demonyms: true,
  iso2: true,
  iso3: true,
  officialName: true,
  related: true,
  // (the index reads it: an open-data entry is found by its full names only)
  provenance: true,
}).extend({
  aliases: z.array(z.string().min(1)),
  roles: z.array(Role),
  demonyms: z.array(z.string()),
  related: z.array(EntityId),
  provenance: Provenance.optional(),
});

/**
 * The optional fields most entries lack (a country's codes and official name, an organisation's
 * scope, a metonym's speaksFor, open data's provenance). The index reads some of them at start-up
 * (iso2, provenance), so they are checked then, with the same schemas, on the entries that have them
 * (rareFieldsFit): zod would run every field of an object's shape on every entry, present or not.
 */
const RARE = { scope: true, speaksFor: true, iso2: true, iso3: true, officialName: true, provenance: true } as const;
const RARE_FIELDS = Object.keys(RARE) as (keyof typeof RARE)[];
const RareField = IndexedEntityFields.pick(RARE).shape;
/** What usableEntry checks of an entry: the index's fields but the rare ones, checked at start-up. */
const UsableEntity = IndexedEntityFields.omit(RARE);

/** The roles' bodies, read at start-up to group the offices: a list of objects with a string `of`. */
const roleBodies = z.custom<{ of: string }[]>(
  (v) =>
    Array.isArray(v) &&
    v.every((r) => typeof r === 'object' && r !== null && typeof (r as { of?: unknown }).of === 'string'),
  'expected roles, each with the id of the body it belongs to',
);
/**
 * What building the index reads of every entry (the roles in full are checked by usableEntry); the
 * name too, which open-data members of Congress are found by when a surname is first asked for.
 */
const StartupEntity = z.object({ id: EntityId, type: EntityType, name: Entity.shape.name, roles: roleBodies });

const IndexedTopic = Topic.pick({
  id: true,
  type: true,
  name: true,
  aliases: true,
  description: true,
  keywords: true,
  phrases: true,
  from: true,
  to: true,
  related: true,
}).extend({ aliases: z.array(z.string()), phrases: z.array(z.string().min(3)), related: z.array(EntityId) });

const IndexedFile = z.object({
  version: z.literal(1),
  knowledgeDate: IsoDate,
  entities: z.array(StartupEntity),
  topics: z.array(IndexedTopic),
  index: NameTable.optional(),
  // (12,000 rows: their shape is checked by formersFit, and each row in full when it is used)
  formers: z.optional(
    z.object({
      source: z.literal('us-congress-legislators'),
      licence: z.literal('CC0-1.0'),
      asOf: IsoDate,
      // (what z.array(z.unknown()) accepts, without a zod node per row)
      rows: z.custom<unknown[]>((v) => Array.isArray(v), 'expected an array'),
    }),
  ),
});

/**
 * The former members' rows carry what the index reads at start-up (name, other names, birth year) where
 * a FormerMember has it; the index validates a row in full (FormerMember) before it makes an entry of it.
 */
function formersFit(rows: unknown[]): string | null {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!Array.isArray(r) || r.length !== 9) return `formers.rows[${i}]: expected 9 fields`;
    if (typeof r[1] !== 'string' || !r[1]) return `formers.rows[${i}][1]: expected a name`;
    if (!Array.isArray(r[2]) || !r[2].every((n) => typeof n === 'string' && n))
      return `formers.rows[${i}][2]: expected names`;
    if (r[7] !== null && !Number.isInteger(r[7])) return `formers.rows[${i}][7]: expected a year or null`;
  }
  return null;
}

/**
 * The rare fields (RARE_FIELDS) of the entries that have them, each with its own schema: with
 * UsableEntity, every field the resolver reads is checked as IndexedEntityFields would check it.
 */
function rareFieldsFit(entities: readonly Record<string, unknown>[]): string | null {
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    for (const k of RARE_FIELDS) {
      if (!(k in e)) continue;
      const r = RareField[k].safeParse(e[k]);
      if (!r.success)
        return describeZodError({
          issues: r.error.issues.map((x) => ({ ...x, path: ['entities', i, k, ...x.path] })),
        });
    }
  }
  return null;
}

/**
 * Validates what building the index reads of the bundled knowledge file; throws with the first
 * problems' paths. The rest of each entry is checked when it is first used (usableEntry, entityDetails).
 */
export function parseKnowledgeFile(json: unknown): KnowledgeFile {
  // (the build writes a compact form: empty lists and sources equal to the entry's link left out)
  expandBundle(json);
  const parsed = IndexedFile.safeParse(json);
  if (!parsed.success) throw new Error(`knowledge file is invalid: ${describeZodError(parsed.error)}`);
  const file = json as { entities: Record<string, unknown>[] };
  const bad = rareFieldsFit(file.entities) ?? (parsed.data.formers ? formersFit(parsed.data.formers.rows) : null);
  if (bad) throw new Error(`knowledge file is invalid: ${bad}`);
  // Validated as it is: the parsed JSON is used directly (zod's copy would only cost time); each
  // entry's other fields are checked by usableEntry() before the index hands it out, and its card
  // fields by entityDetails()/topicDetails() before they are shown.
  return json as KnowledgeFile;
}

const usable = new WeakMap<object, boolean>();

/**
 * Whether an entry of the file is fit for the resolver: the fields it reads, checked with the entry
 * schema's own (once per entry, cached). The index calls it before it hands an entry out; an entry that
 * fails is left out of every answer, and said once on the console.
 */
export function usableEntry(e: Entity): boolean {
  let ok = usable.get(e);
  if (ok === undefined) {
    const r = UsableEntity.safeParse(e);
    ok = r.success;
    if (!r.success) console.warn(`knowledge entry ${String(e.id)} left out: ${describeZodError(r.error)}`);
    usable.set(e, ok);
  }
  return ok;
}

const checkedEntities = new WeakMap<object, Entity | null>();
const checkedTopics = new WeakMap<object, Topic | null>();

/** The entry with every field validated (cached), or null when its card data is malformed. */
export function entityDetails(e: Entity): Entity | null {
  let v = checkedEntities.get(e);
  if (v === undefined) {
    const r = Entity.safeParse(e);
    v = r.success ? r.data : null;
    checkedEntities.set(e, v);
  }
  return v;
}

export function topicDetails(t: Topic): Topic | null {
  let v = checkedTopics.get(t);
  if (v === undefined) {
    const r = Topic.safeParse(t);
    v = r.success ? r.data : null;
    checkedTopics.set(t, v);
  }
  return v;
}
