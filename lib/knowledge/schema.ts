import { z } from 'zod';

/** ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date (YYYY-MM-DD)');

/** Facts cite Wikipedia or Wikidata only. */
export const SourceUrl = z
  .string()
  .regex(
    /^https:\/\/(en\.wikipedia\.org\/wiki\/|www\.wikidata\.org\/wiki\/Q\d+)/,
    'expected a Wikipedia or Wikidata URL',
  );

/**
 * Entity ids are short, stable, lower-case slugs ("keir-starmer", "country:gbr", "nato").
 * Countries generated from world-countries use `country:<cca3 lower-case>`.
 */
export const EntityId = z.string().regex(/^[a-z0-9][a-z0-9:._-]*$/, 'expected a lower-case slug id');

export const EntityType = z.enum(['person', 'organization', 'country', 'place', 'group']);
export type EntityType = z.infer<typeof EntityType>;

/** A dated statement written in our own words, with where to check it. */
export const Fact = z.object({
  text: z.string().min(3).max(300),
  asOf: IsoDate,
  source: SourceUrl,
});
export type Fact = z.infer<typeof Fact>;

/**
 * The kinds of office that role phrases resolve through: "the President" looks for
 * head-of-state, "the Prime Minister" for head-of-government, "the Russian leader" for leader (either).
 */
export const RoleKind = z.enum([
  'head-of-state',
  'head-of-government',
  'minister',
  'envoy',
  'opposition-leader',
  'central-bank',
  'party-leader',
  'organization-leader',
  'spokesperson',
  'legislator',
  'military',
  'judge',
  'monarch',
  'other',
]);
export type RoleKind = z.infer<typeof RoleKind>;

export const Role = z.object({
  /** As a newspaper would write it: "Prime Minister", "President", "Foreign Secretary". */
  title: z.string().min(2),
  /** The country or organisation the office belongs to. */
  of: EntityId,
  kind: RoleKind,
  from: IsoDate,
  /** null while in office as of the knowledge date. */
  to: IsoDate.nullable(),
  /** Other ways papers write the same title ("PM", "premier", "chancellor"). */
  titleAliases: z.array(z.string()).default([]),
  /** The seat, for a legislator's term: "Ohio's 4th district (Republican)", "Ohio (Republican)". */
  seat: z.string().max(80).optional(),
});
export type Role = z.infer<typeof Role>;

export const Links = z.object({
  wikipedia: z
    .string()
    .regex(/^https:\/\/en\.wikipedia\.org\/wiki\//)
    .optional(),
  wikidata: z
    .string()
    .regex(/^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/)
    .optional(),
  official: z
    .string()
    .regex(/^https:\/\//)
    .optional(),
});

/**
 * Where an entry (or, with `scope: 'terms'`, only its terms of office) came from when it was
 * imported from open data rather than written by hand: facts cite Wikipedia or Wikidata only,
 * so open data carries its own source line. One source today, named deliberately.
 */
export const Provenance = z.object({
  source: z.enum(['us-congress-legislators']),
  /** The person's page at the source (the Biographical Directory of the US Congress). */
  url: z.string().regex(/^https:\/\//),
  licence: z.enum(['CC0-1.0']),
  asOf: IsoDate,
  /** 'entry': the whole entry is open data; 'terms': a hand-written entry whose terms of office were added from it. */
  scope: z.enum(['entry', 'terms']),
});
export type Provenance = z.infer<typeof Provenance>;

export const Entity = z.object({
  id: EntityId,
  type: EntityType,
  name: z.string().min(1),
  /** Short forms, spellings, transliterations: "Zelenskyy", "Nato", "U.S.". */
  aliases: z.array(z.string().min(1)).default([]),
  /** One line: "Prime Minister of the United Kingdom since 2024". */
  description: z.string().min(3).max(160),
  summary: z.string().max(400).optional(),
  /** Country the entity belongs to (id of a country entity). */
  country: EntityId.optional(),
  /** For organisations: the scope, e.g. "international", "national", "regional". */
  scope: z.enum(['international', 'national', 'regional', 'local']).optional(),
  roles: z.array(Role).default([]),
  /** Metonyms and offices: Downing Street speaks for the UK government. */
  speaksFor: EntityId.optional(),
  /** Countries: adjectives and demonyms ("British", "Briton", "Britons"). */
  demonyms: z.array(z.string()).default([]),
  iso2: z.string().length(2).optional(),
  iso3: z.string().length(3).optional(),
  capital: z.string().optional(),
  region: z.string().optional(),
  officialName: z.string().optional(),
  facts: z.array(Fact).default([]),
  links: Links.default({}),
  related: z.array(EntityId).default([]),
  /** Set on entries imported from open data (see Provenance). */
  provenance: Provenance.optional(),
  /**
   * People: false where a bare surname must not find the person, only a full name or an alias: a
   * surname that is an everyday word, a place or a common name ("Reno", "White", "Justice", "Little"),
   * or one many people share. Absent: the surname finds them (as it does for every entry written before).
   */
  bySurname: z.boolean().optional(),
});
export type Entity = z.infer<typeof Entity>;
export type EntityInput = z.input<typeof Entity>;

export const Topic = z.object({
  id: EntityId,
  type: z.enum(['topic', 'event']),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  description: z.string().min(3).max(160),
  summary: z.string().max(400).optional(),
  /** Single words or short phrases; a claim's sentence must contain enough of them to match. */
  keywords: z.array(z.string().min(2)).min(1),
  /** Exact phrases that match on their own ("30-day ceasefire"). */
  phrases: z.array(z.string().min(3)).default([]),
  from: IsoDate.optional(),
  to: IsoDate.nullable().optional(),
  facts: z.array(Fact).min(1),
  links: Links.default({}),
  related: z.array(EntityId).default([]),
});
export type Topic = z.infer<typeof Topic>;
export type TopicInput = z.input<typeof Topic>;

/** One source file under lib/knowledge/sources, or an imported pack. */
export const KnowledgeSource = z.object({
  entities: z.array(Entity).default([]),
  topics: z.array(Topic).default([]),
});
export type KnowledgeSource = z.infer<typeof KnowledgeSource>;

/**
 * A long list of strings (or of numbers) checked in one loop: what z.array(z.string()) accepts, but
 * without a zod node per element (an element's run allocates ~100 bytes: the name table's 25,000
 * entries cost the start-up more than the entities' names themselves).
 */
const stringList = z.custom<string[]>(
  (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  'expected an array of strings',
);
/** What z.array(z.number()) accepts (finite numbers), in one loop. */
const numberList = z.custom<number[]>(
  (v) => Array.isArray(v) && v.every((x) => Number.isFinite(x)),
  'expected an array of numbers',
);

/** Normalised names paired with positions in the file's entity list (one pair per name and entity). */
export const NameRefs = z.object({ keys: stringList, refs: numberList });

/** The bundled entities' names in normal form, written by the build (lib/knowledge/name-table.ts). */
export const NameTable = z.object({
  names: NameRefs,
  surnames: NameRefs,
  lowercase: stringList,
});
export type NameTable = z.infer<typeof NameTable>;

/**
 * One former member of Congress, compact: [bioguide id, name, other full names, chamber ('sen' | 'rep'),
 * state (USPS code: "OH", "DC"), district (null for senators and at-large seats), party ('' unknown), birth year (null unknown),
 * Wikipedia title (null: the same as the name)]. The index makes an Entity of a row only when it is asked for.
 */
export const FormerMember = z.tuple([
  z.string().regex(/^[A-Z]\d{6}$/),
  z.string().min(1),
  z.array(z.string().min(1)),
  z.enum(['sen', 'rep']),
  z.string().regex(/^[A-Z]{2}$/),
  z.number().int().nullable(),
  z.string(),
  z.number().int().nullable(),
  z.string().nullable(),
]);
export type FormerMember = z.infer<typeof FormerMember>;

/** The former members of Congress (open data), with the as-of date their rows share. */
export const FormerMembers = z.object({
  source: z.enum(['us-congress-legislators']),
  licence: z.enum(['CC0-1.0']),
  asOf: IsoDate,
  rows: z.array(FormerMember),
  /**
   * The rows' names in normal form (full name, other names, the Wikipedia article's name), each with
   * its row: written by the build (formerKeys) so the first page need not normalise 20,000 names;
   * computed on first need when absent.
   */
  keys: NameRefs.optional(),
});
export type FormerMembers = z.infer<typeof FormerMembers>;

/** The bundled file, public/knowledge.json. */
export const KnowledgeFile = z.object({
  version: z.literal(1),
  knowledgeDate: IsoDate,
  entities: z.array(Entity),
  topics: z.array(Topic),
  /** Written by the build; computed at start-up when absent. */
  index: NameTable.optional(),
  /** Former members of Congress from open data: found by their full names only (lib/knowledge/lookup/former-members.ts). */
  formers: FormerMembers.optional(),
});
export type KnowledgeFile = z.infer<typeof KnowledgeFile>;

/** A pack the reader imports from the options page. */
export const KnowledgePack = KnowledgeSource.extend({
  name: z.string().min(1).max(80),
  version: z.string().max(40).optional(),
  knowledgeDate: IsoDate.optional(),
});
export type KnowledgePack = z.infer<typeof KnowledgePack>;
