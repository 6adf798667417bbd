import { z } from 'zod';
import { Entity, EntityId, IsoDate, KnowledgeFile, NameTable, Provenance, Role, Topic } from './schema';
import { describeZodError } from '../zod-errors';
import { expandBundle } from './bundle-form';

/**
 * The bundled file is validated in two steps, each before its data is used: at start-up, the
 * fields the index and the resolver read (ids, names, aliases, roles, descriptions...); when a
 * card is built, the rest of that one entry (facts, links, summary) with the full schema.
 * Start-up stays close to a bare JSON.parse, and nothing unvalidated reaches a reader.
 */
// The arrays the index walks are required here (the build writes them all), so the file can be
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
 * scope, a metonym's speaksFor, open data's provenance). Zod runs every field of an object's shape
 * on every entry, present or not, and these absent ones were a third of the start-up's validation;
 * so they are checked, with the same schemas, only on the entries that have them (rareFieldsFit).
 */
const RARE = { scope: true, speaksFor: true, iso2: true, iso3: true, officialName: true, provenance: true } as const;
const RARE_FIELDS = Object.keys(RARE) as (keyof typeof RARE)[];
const RareField = IndexedEntityFields.pick(RARE).shape;
const IndexedEntity = IndexedEntityFields.omit(RARE);

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
  entities: z.array(IndexedEntity),
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
 * IndexedEntity, every field the index reads is checked as IndexedEntityFields would check it.
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

/** Validates the bundled knowledge file for indexing; throws with the first problems' paths. */
export function parseKnowledgeFile(json: unknown): KnowledgeFile {
  // (the build writes a compact form: empty lists and sources equal to the entry's link left out)
  expandBundle(json);
  const parsed = IndexedFile.safeParse(json);
  if (!parsed.success) throw new Error(`knowledge file is invalid: ${describeZodError(parsed.error)}`);
  const file = json as { entities: Record<string, unknown>[] };
  const bad = rareFieldsFit(file.entities) ?? (parsed.data.formers ? formersFit(parsed.data.formers.rows) : null);
  if (bad) throw new Error(`knowledge file is invalid: ${bad}`);
  // Validated as it is: the parsed JSON is used directly (zod's copy would only cost time), and
  // its card fields are checked per entry by entityDetails()/topicDetails() before they are shown.
  return json as KnowledgeFile;
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
