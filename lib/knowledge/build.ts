/**
 * Pure functions behind scripts/build-knowledge.ts: generate countries from world-countries,
 * merge hand-written extras, validate source files, and find duplicate ids, dangling
 * references and alias collisions. No file system access here: callers pass data in.
 */
import { z } from 'zod';
import { Entity, EntityId, KnowledgeFile, KnowledgeSource, Topic, type EntityInput, type EntityType } from './schema';
import { computeNameTable, namesOf } from './name-table';
import { formerKeys, importUsCongressEntities, type UsCongressData, type UsCongressResult } from './open-data';
import { normalizeKey } from './normalize';

export const KNOWLEDGE_DATE = '2025-06-01';
export const WIKIPEDIA = 'https://en.wikipedia.org/wiki/';

/* ------------------------------------------------------------------ */
/* Side files: countries-extra.json and ambiguous.json                  */
/* ------------------------------------------------------------------ */

/**
 * One hand-written addition to a generated country, matched by id. Arrays are unioned with
 * the generated ones; scalars replace them; `facts`, when non-empty, replace the generated capital
 * fact (for countries whose capital needs more words than one name). `removeAliases`,
 * `removeDemonyms` and `removeFields` drop generated values that would mislead.
 */
export const CountryExtra = Entity.partial()
  .extend({
    id: EntityId,
    removeAliases: z.array(z.string()).default([]),
    removeDemonyms: z.array(z.string()).default([]),
    /** Generated scalars that mislead, e.g. a capital for a territory that has none. */
    removeFields: z.array(z.enum(['capital', 'officialName', 'region', 'facts'])).default([]),
  })
  .strict();
export type CountryExtra = z.infer<typeof CountryExtra>;

export const CountryExtrasFile = z.object({ countries: z.array(CountryExtra) }).strict();
export type CountryExtrasFile = z.infer<typeof CountryExtrasFile>;

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

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

/** Lower-case, diacritics stripped, apostrophes and dashes unified, spaces collapsed: for de-duplicating one entity's names. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02BB\u02BC\u0060\u00B4\u2032]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The key the runtime index looks names up by (lib/knowledge/normalize.ts): also drops a leading
 * article, dots in acronyms and possessives, so "the Kremlin" and "Kremlin", "U.S." and "US" meet.
 * Collisions are judged on this key because that is where two entities would really clash.
 */
export function lookupKey(name: string): string {
  return normalizeKey(name);
}

/** Every name an entity can be found by (shared with the runtime's name table). */
export { namesOf };

/* ------------------------------------------------------------------ */
/* Countries from world-countries                                      */
/* ------------------------------------------------------------------ */

/** The fields of a world-countries record this build reads. */
export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent?: boolean | null;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { m: string; f: string } };
}

/**
 * Codes that newspapers write as words. Every other two- or three-letter code is left out:
 * many are ordinary English words ("IN", "IT", "IS", "NO", "ME", "AM", "BE", "TO", "SO", "AT").
 */
export const CODE_ALIASES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'NZ', 'PRC', 'RSA', 'KSA']);

/** Alternative spellings in world-countries that are words, demonyms or misleading as names. */
const ALT_SPELLING_STOPLIST = new Set(
  ['Island', 'Mann', 'Prathet', 'Thai', 'Togolese', 'Saudi', 'Portuguesa', 'Mexicanos', 'Guiana', 'Timor'].map(
    normaliseName,
  ),
);

/** Wikipedia titles that differ from world-countries' common name. */
const WIKIPEDIA_TITLES: Record<string, string> = {
  GEO: 'Georgia (country)',
  IRL: 'Republic of Ireland',
  COD: 'Democratic Republic of the Congo',
  FSM: 'Federated States of Micronesia',
  PSE: 'State of Palestine',
  GMB: 'The Gambia',
  BHS: 'The Bahamas',
  TUR: 'Turkey',
  CZE: 'Czech Republic',
  TLS: 'East Timor',
  SGS: 'South Georgia and the South Sandwich Islands',
  ALA: 'Åland',
  MAF: 'Collectivity of Saint Martin',
  UNK: 'Kosovo',
  SHN: 'Saint Helena, Ascension and Tristan da Cunha',
};

export function wikipediaUrl(title: string): string {
  return WIKIPEDIA + title.replace(/ /g, '_');
}

export function countryId(cca3: string): string {
  return `country:${cca3.toLowerCase()}`;
}

/** Plural of a demonym noun: "Russian" -> "Russians"; none for "British", "Chinese", "Swiss". */
export function pluralDemonym(demonym: string): string | undefined {
  if (/(ese|ish|ss|sh|ch|ic|s|x|z)$/i.test(demonym) && !/czech$/i.test(demonym)) return undefined;
  if (/^(I-|Ni-)/.test(demonym) || /(Malagasy|Burkinabe|Motswana|Mosotho)$/.test(demonym)) return undefined;
  if (/[^aeiou]y$/.test(demonym)) return undefined;
  return `${demonym}s`;
}

function isLatinName(text: string): boolean {
  return /^[\p{Script=Latin}\p{M}\s'’ʻ.,()-]+$/u.test(text) && /\p{L}/u.test(text);
}

function splitDemonyms(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(/,\s*|\s+or\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

function uniqueNames(values: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set<string>([...exclude].map(normaliseName));
  const out: string[] = [];
  for (const value of values) {
    const key = normaliseName(value);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function article(subregion: string): string {
  if (subregion === 'Australia and New Zealand') return 'Oceania';
  return /^(Caribbean|Antarctic)$/.test(subregion) ? `the ${subregion}` : subregion;
}

const TAKES_THE =
  /^(United |Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Central African Republic$|Dominican Republic$|Republic of |Caribbean Netherlands$)|Islands$/;

/** "the United Kingdom", "the Bahamas", "the Cook Islands"; "France". */
export function withArticle(countryName: string): string {
  return TAKES_THE.test(countryName) ? `the ${countryName}` : countryName;
}

/**
 * Every country and territory in world-countries as an entity. Dependent territories are type
 * "country" too (readers look them up like countries); their `country` field names the state
 * they belong to when countries-extra.json gives one. A territory's demonym is dropped when
 * another record shares it ("French" for the French Southern Lands), so "French" means France.
 */
export function generateCountries(
  raw: WorldCountry[],
  extras: CountryExtra[] = [],
  knowledgeDate = KNOWLEDGE_DATE,
): EntityInput[] {
  const extraById = new Map(extras.map((extra) => [extra.id, extra]));
  const nameByCode = new Map(raw.map((c) => [countryId(c.cca3), c.name.common]));
  const isState = (c: WorldCountry) => c.independent === true || c.cca3 === 'UNK';

  const demonymOwners = new Map<string, WorldCountry[]>();
  for (const c of raw) {
    for (const d of splitDemonyms(c.demonyms?.eng?.m).concat(splitDemonyms(c.demonyms?.eng?.f))) {
      const key = normaliseName(d);
      const owners = demonymOwners.get(key) ?? [];
      if (!owners.includes(c)) owners.push(c);
      demonymOwners.set(key, owners);
    }
  }

  return raw.map((c) => {
    const id = countryId(c.cca3);
    const extra = extraById.get(id);
    const state = isState(c);
    const name = c.name.common;

    const demonymNouns = uniqueNames(
      splitDemonyms(c.demonyms?.eng?.m)
        .concat(splitDemonyms(c.demonyms?.eng?.f))
        .filter((d) => normaliseName(d) !== normaliseName(name))
        .filter((d) => state || (demonymOwners.get(normaliseName(d))?.length ?? 0) < 2),
    );
    const demonyms = uniqueNames(
      demonymNouns.flatMap((d) => {
        const plural = pluralDemonym(d);
        return plural ? [d, plural] : [d];
      }),
    );

    const altNames = c.altSpellings.filter((alt) => {
      if (/^[A-Z]{2,4}$/.test(alt)) return CODE_ALIASES.has(alt);
      if (alt.includes(',')) return false;
      if (ALT_SPELLING_STOPLIST.has(normaliseName(alt))) return false;
      if (demonymNouns.some((d) => normaliseName(d) === normaliseName(alt))) return false;
      return isLatinName(alt);
    });
    const codeNames = [c.cca2, c.cca3].filter((code) => CODE_ALIASES.has(code));
    const aliases = uniqueNames([...altNames, ...codeNames], [name]);

    const capital = c.capital.filter(Boolean).join(', ') || undefined;
    const wikiTitle = WIKIPEDIA_TITLES[c.cca3] ?? name;
    const wikipedia = wikipediaUrl(wikiTitle);
    const place = c.subregion || c.region;
    const sovereign = extra?.country ? nameByCode.get(extra.country) : undefined;
    const kind = state ? 'Country' : 'Territory';
    const link = !state && sovereign ? `, associated with ${withArticle(sovereign)}` : '';
    const capitalPart = capital ? `; capital ${capital}` : '';
    const description = `${kind} in ${article(place)}${link}${capitalPart}`.slice(0, 160);

    const facts = capital
      ? [
          {
            text:
              c.capital.length > 1
                ? `${upperFirst(withArticle(name))} has more than one capital: ${c.capital.join(', ')}.`
                : `${capital} is the capital of ${withArticle(name)}.`,
            asOf: knowledgeDate,
            source: wikipedia,
          },
        ]
      : [];

    const entity: EntityInput = {
      id,
      type: 'country',
      name,
      officialName: c.name.official !== name ? c.name.official : undefined,
      aliases,
      description,
      demonyms,
      iso2: c.cca2,
      iso3: c.cca3,
      capital,
      region: c.subregion ? `${c.region} / ${c.subregion}` : c.region || undefined,
      scope: 'national',
      facts,
      links: { wikipedia },
    };
    return entity;
  });
}

/* ------------------------------------------------------------------ */
/* Merging                                                             */
/* ------------------------------------------------------------------ */

const ARRAY_FIELDS = ['aliases', 'demonyms', 'related', 'roles'] as const;

/** Applies countries-extra.json onto generated countries: arrays unioned, scalars replaced. */
export function mergeCountryExtras(
  generated: EntityInput[],
  extras: CountryExtra[],
  file = 'countries-extra.json',
): { entities: EntityInput[]; errors: string[] } {
  const errors: string[] = [];
  const byId = new Map(generated.map((e) => [e.id, { ...e }]));
  const seen = new Set<string>();
  extras.forEach((extra, index) => {
    const base = byId.get(extra.id);
    if (!base) {
      errors.push(`${file}: countries[${index}].id: no generated country has id "${extra.id}"`);
      return;
    }
    if (seen.has(extra.id)) errors.push(`${file}: countries[${index}].id: "${extra.id}" is listed twice`);
    seen.add(extra.id);
    const { removeAliases, removeDemonyms, removeFields, ...fields } = extra;
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || key === 'id') continue;
      // Parsing fills omitted arrays with []: an empty facts list means "keep the generated fact".
      if (key === 'facts' && (value as unknown[]).length === 0) continue;
      if ((ARRAY_FIELDS as readonly string[]).includes(key)) {
        const current = (merged[key] as unknown[] | undefined) ?? [];
        merged[key] =
          key === 'roles'
            ? [...current, ...(value as unknown[])]
            : uniqueNames([...(current as string[]), ...(value as string[])]);
      } else if (key === 'links') {
        merged.links = { ...(base.links ?? {}), ...(value as object) };
      } else {
        merged[key] = value;
      }
    }
    for (const field of removeFields) delete merged[field];
    const dropAliases = new Set(removeAliases.map(normaliseName));
    const dropDemonyms = new Set(removeDemonyms.map(normaliseName));
    for (const alias of removeAliases) {
      if (!(base.aliases ?? []).some((a) => normaliseName(a) === normaliseName(alias)))
        errors.push(`${file}: countries[${index}].removeAliases: "${alias}" is not a generated alias of ${extra.id}`);
    }
    merged.aliases = ((merged.aliases as string[]) ?? []).filter((a) => !dropAliases.has(normaliseName(a)));
    merged.demonyms = ((merged.demonyms as string[]) ?? []).filter((d) => !dropDemonyms.has(normaliseName(d)));
    // An alias equal to the name adds nothing.
    merged.aliases = uniqueNames(merged.aliases as string[], [merged.name as string]);
    byId.set(extra.id, merged as EntityInput);
  });
  return { entities: generated.map((e) => byId.get(e.id)!), errors };
}

/* ------------------------------------------------------------------ */
/* Validation                                                          */
/* ------------------------------------------------------------------ */

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

type Named = { id: string; type: string; name: string; aliases?: string[]; officialName?: string; demonyms?: string[] };

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

/* ------------------------------------------------------------------ */
/* The whole build                                                     */
/* ------------------------------------------------------------------ */

export interface BuildInput {
  worldCountries: WorldCountry[];
  /** Parsed JSON of countries-extra.json, if present. */
  countryExtras?: unknown;
  /** Parsed JSON of ambiguous.json, if present. */
  ambiguous?: unknown;
  /** Every other lib/knowledge/sources/*.json, parsed. */
  sources: { file: string; json: unknown }[];
  knowledgeDate?: string;
  /** The US Congress open data (lib/knowledge/open-data/us-congress/), parsed, if present. */
  usCongress?: UsCongressData;
}

export interface BuildResult {
  knowledge?: KnowledgeFile;
  errors: string[];
  ambiguous: AmbiguousAlias[];
  /** What the open-data import added, when there was open data. */
  openData?: UsCongressResult['stats'];
}

/** The file name open-data entries are reported under. */
export const US_CONGRESS_FILE = 'open-data/us-congress';

export function buildKnowledge(input: BuildInput): BuildResult {
  const knowledgeDate = input.knowledgeDate ?? KNOWLEDGE_DATE;
  const errors: string[] = [];

  const extrasResult =
    input.countryExtras === undefined
      ? { data: { countries: [] } as CountryExtrasFile, errors: [] }
      : validateSideFile('countries-extra.json', CountryExtrasFile, input.countryExtras);
  errors.push(...extrasResult.errors);
  const extras = extrasResult.data?.countries ?? [];

  const ambiguousResult =
    input.ambiguous === undefined
      ? { data: { aliases: [] } as AmbiguousFile, errors: [] }
      : validateSideFile('ambiguous.json', AmbiguousFile, input.ambiguous);
  errors.push(...ambiguousResult.errors);
  const ambiguous = ambiguousResult.data?.aliases ?? [];

  const generated = generateCountries(input.worldCountries, extras, knowledgeDate);
  const merged = mergeCountryExtras(generated, extras);
  errors.push(...merged.errors);

  const entities: Located<Entity>[] = [];
  const topics: Located<Topic>[] = [];
  merged.entities.forEach((country, i) => {
    const parsed = Entity.safeParse(country);
    if (parsed.success) entities.push({ file: 'world-countries', item: parsed.data });
    else errors.push(...formatIssues(`world-countries[${i}] ${country.id}`, parsed.error));
  });

  for (const { file, json } of input.sources) {
    const result = validateSource(file, json);
    errors.push(...result.errors);
    if (!result.source) continue;
    for (const item of result.source.entities) entities.push({ file, item });
    for (const item of result.source.topics) topics.push({ file, item });
  }

  // open data: new entries, terms added to hand-written ones, former members as compact rows
  let usCongress: UsCongressResult | undefined;
  if (input.usCongress) {
    usCongress = importUsCongressEntities(
      input.usCongress,
      entities.map((e) => e.item),
    );
    for (const located of entities) {
      const merged = usCongress.merged.get(located.item.id);
      if (merged) located.item = merged;
    }
    usCongress.entities.forEach((e, i) => {
      const parsed = Entity.safeParse(e);
      if (parsed.success) entities.push({ file: US_CONGRESS_FILE, item: parsed.data });
      else errors.push(...formatIssues(`${US_CONGRESS_FILE}[${i}] ${e.id}`, parsed.error));
    });
  }

  errors.push(...findDuplicateIds([...entities, ...topics]));
  errors.push(...findDanglingReferences(entities, topics));

  const named: Named[] = [...entities.map((e) => e.item), ...topics.map((t) => t.item)];
  errors.push(...checkAmbiguousEntries(named, ambiguous));
  // open-data entries share names by the dozen ("John Smith"): the index tells them apart by the
  // article (lib/knowledge/index.ts), so they are not collisions to settle in ambiguous.json
  const handNamed = named.filter((n) => (n as { provenance?: { scope: string } }).provenance?.scope !== 'entry');
  for (const c of findCollisions(handNamed, ambiguous)) {
    errors.push(
      `collision: "${c.alias}" names ${c.ids.length} ${c.type} entries: ${c.ids.join(', ')} (add a rule to ambiguous.json or rename)`,
    );
  }

  if (errors.length > 0) return { errors, ambiguous };

  const ordered = preferredFirst(
    entities.map((e) => e.item).sort((a, b) => a.id.localeCompare(b.id)),
    ambiguous,
  );
  if (ordered.errors.length > 0) return { errors: ordered.errors, ambiguous };
  const file = KnowledgeFile.safeParse({
    version: 1,
    knowledgeDate,
    entities: ordered.entities,
    topics: topics.map((t) => t.item).sort((a, b) => a.id.localeCompare(b.id)),
    ...(usCongress ? { formers: usCongress.formers } : {}),
  });
  if (!file.success) return { errors: formatIssues('public/knowledge.json', file.error), ambiguous };
  return {
    knowledge: {
      ...file.data,
      index: computeNameTable(file.data.entities),
      ...(file.data.formers ? { formers: { ...file.data.formers, keys: formerKeys(file.data.formers.rows) } } : {}),
    },
    errors: [],
    ambiguous,
    openData: usCongress?.stats,
  };
}

/* ------------------------------------------------------------------ */
/* Summary                                                             */
/* ------------------------------------------------------------------ */

export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Whether a role is held on a date: started on or before it and not ended before it. */
export function isRoleCurrent(role: { from: string; to: string | null }, date: string): boolean {
  return role.from <= date && (role.to === null || role.to >= date);
}

export function summarise(knowledge: KnowledgeFile, rawBytes: number, gzipBytes: number): string {
  const types = countBy(knowledge.entities, (e) => e.type);
  const typeList = (Object.keys(types) as EntityType[])
    .sort()
    .map((t) => `${types[t]} ${t}`)
    .join(', ');
  const withRoles = knowledge.entities.filter((e) => e.type === 'person' && e.roles.length > 0).length;
  const open = knowledge.entities.filter((e) => e.provenance?.scope === 'entry').length;
  const formers = knowledge.formers?.rows.length ?? 0;
  const openPart =
    open || formers ? `; open data: ${open} people as entries, ${formers} former members of Congress as rows` : '';
  const topicTypes = countBy(knowledge.topics, (t) => t.type);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  return (
    `knowledge ${knowledge.knowledgeDate}: ${knowledge.entities.length} entities (${typeList}); ` +
    `${withRoles} people with roles; ${knowledge.topics.length} topics (${topicTypes.topic ?? 0} topic, ${topicTypes.event ?? 0} event); ` +
    `${kb(rawBytes)} raw, ${kb(gzipBytes)} gzipped${openPart}`
  );
}
