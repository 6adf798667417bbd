/**
 * Pure functions behind scripts/build-knowledge.ts: generate countries from world-countries
 * (countries.ts), merge hand-written extras, validate source files, and find duplicate ids,
 * dangling references and alias collisions (checks.ts). No file system access here: callers pass
 * data in.
 */
import { Entity, KnowledgeFile, Topic, type EntityType } from '../schema';
import { computeNameTable } from '../name-table';
import { formerKeys, importUsCongressEntities, type UsCongressData, type UsCongressResult } from '../open-data';
import {
  CountryExtrasFile,
  generateCountries,
  KNOWLEDGE_DATE,
  mergeCountryExtras,
  type WorldCountry,
} from './countries';
import {
  AmbiguousFile,
  checkAmbiguousEntries,
  findCollisions,
  findDanglingReferences,
  findDuplicateIds,
  formatIssues,
  preferredFirst,
  validateSideFile,
  validateSource,
  type AmbiguousAlias,
  type Located,
  type Named,
} from './checks';

export * from './names';
export * from './countries';
export * from './checks';

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

/** Every entity and topic of the build, with the file each came from. */
interface Collected {
  entities: Located<Entity>[];
  topics: Located<Topic>[];
}

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

  const collected: Collected = { entities: [], topics: [] };
  merged.entities.forEach((country, i) => {
    const parsed = Entity.safeParse(country);
    if (parsed.success) collected.entities.push({ file: 'world-countries', item: parsed.data });
    else errors.push(...formatIssues(`world-countries[${i}] ${country.id}`, parsed.error));
  });
  collectSources(input.sources, collected, errors);
  const usCongress = input.usCongress ? importOpenData(input.usCongress, collected, errors) : undefined;
  errors.push(...crossChecks(collected, ambiguous));
  if (errors.length > 0) return { errors, ambiguous };
  return writeKnowledge(collected, ambiguous, knowledgeDate, usCongress);
}

/** The source files' entities and topics (each file validated; its errors reported). */
function collectSources(sources: BuildInput['sources'], collected: Collected, errors: string[]) {
  for (const { file, json } of sources) {
    const result = validateSource(file, json);
    errors.push(...result.errors);
    if (!result.source) continue;
    for (const item of result.source.entities) collected.entities.push({ file, item });
    for (const item of result.source.topics) collected.topics.push({ file, item });
  }
}

/** Open data: new entries, terms added to hand-written ones, former members as compact rows. */
function importOpenData(data: UsCongressData, collected: Collected, errors: string[]): UsCongressResult {
  const { entities } = collected;
  const usCongress = importUsCongressEntities(
    data,
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
  return usCongress;
}

/** Duplicate ids, dangling references, ambiguous.json's entries and alias collisions. */
function crossChecks({ entities, topics }: Collected, ambiguous: AmbiguousAlias[]): string[] {
  const errors: string[] = [];
  errors.push(...findDuplicateIds([...entities, ...topics]));
  errors.push(...findDanglingReferences(entities, topics));

  const named: Named[] = [...entities.map((e) => e.item), ...topics.map((t) => t.item)];
  errors.push(...checkAmbiguousEntries(named, ambiguous));
  // open-data entries share names by the dozen ("John Smith"): the index tells them apart by the
  // article (lib/knowledge/lookup/people.ts), so they are not collisions to settle in ambiguous.json
  const handNamed = named.filter((n) => (n as { provenance?: { scope: string } }).provenance?.scope !== 'entry');
  for (const c of findCollisions(handNamed, ambiguous)) {
    errors.push(
      `collision: "${c.alias}" names ${c.ids.length} ${c.type} entries: ${c.ids.join(', ')} (add a rule to ambiguous.json or rename)`,
    );
  }
  return errors;
}

/** The file: entities by id (preferred readings first), topics by id, the name table and former members' keys. */
function writeKnowledge(
  { entities, topics }: Collected,
  ambiguous: AmbiguousAlias[],
  knowledgeDate: string,
  usCongress: UsCongressResult | undefined,
): BuildResult {
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
