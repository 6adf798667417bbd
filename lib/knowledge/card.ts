import { factTime } from './time';
import * as z from 'zod/mini';
import type { Entity, Role, Topic } from './schema';
import { words as placeArticleOpenings } from '../words/place-article-openings.json';
import { words as placeSWithoutArticle } from '../words/place-s-without-article.json';
import { formatDay } from '../article/dates';

/**
 * An entry that came from a knowledge pack the reader imported, not from the bundled file:
 * the pack's name, and whether the entry takes the place of a bundled one with the same id.
 * Cards say so on the lines it fills ("from pack ‘My Pack’").
 */
export const PackMark = z.object({ pack: z.string(), replaces: z.boolean() });
export type PackMark = z.infer<typeof PackMark>;

const CardFact = z.object({ text: z.string(), asOf: z.string(), source: z.string() });

/** What a hover card shows of an entity: small, plain data, safe to pass between contexts. */
export const EntityCard = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  description: z.string(),
  summary: z.nullable(z.string()),
  /**
   * The role held on the article's date, e.g. "Prime Minister of the United Kingdom (since 5 Jul 2024)";
   * null on an undated page (`roles` lists them with their years instead).
   */
  role: z.nullable(z.string()),
  /** The day the description (and the knowledge behind the card) is written as of: "as of June 2025". */
  asOf: z.optional(z.nullable(z.string())),
  /** On an undated page: the roles with their years ("Prime Minister of the United Kingdom, 2024–"), never "current". */
  roles: z.optional(z.array(z.string())),
  /** What the knowledge file holds from after the article's date: roles begun and facts dated later. */
  later: z.optional(z.nullable(z.object({ roles: z.array(z.string()), facts: z.array(CardFact) }))),
  country: z.nullable(z.string()),
  facts: z.array(CardFact),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  speaksFor: z.nullable(z.string()),
  /** Set when the entry itself came from a pack. */
  pack: z.optional(z.nullable(PackMark)),
  /** Packs that gave the names in its role, country or "speaks for" lines (a pack replacing `country:gbr`). */
  namesFrom: z.optional(z.array(z.string())),
  /** Where an entry from open data came from: "From the US Congress open data (CC0), as of 15 June 2026", with the person's page there. */
  source: z.optional(z.nullable(z.object({ text: z.string(), url: z.string() }))),
});
export type EntityCard = z.infer<typeof EntityCard>;

export const TopicCard = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  facts: z.array(z.object({ text: z.string(), asOf: z.string(), source: z.string() })),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  /** Set when the topic came from a pack. */
  pack: z.optional(z.nullable(PackMark)),
});
export type TopicCard = z.infer<typeof TopicCard>;

const ROLE_RANK: Record<string, number> = {
  'head-of-state': 0,
  'head-of-government': 0,
  monarch: 1,
  'organization-leader': 1,
  minister: 2,
  'central-bank': 2,
  envoy: 3,
  'opposition-leader': 3,
  'party-leader': 4,
};

/** Places that take "the": their openings, or an ending in "s" / "Islands" (lib/words/place-article-openings.json). */
const TAKES_THE = new RegExp(`^(${placeArticleOpenings.join('|')})\\b|(s|Islands)$`);
/** Names ending in "s" that take no "the" ("Laos", "Paris"; lib/words/place-s-without-article.json). */
const S_WITHOUT_THE = new RegExp(`^(${placeSWithoutArticle.join('|')})$`);

/** "the United Kingdom", "the European Commission", but "France", "NATO". */
export function withArticle(name: string, type: string | undefined): string {
  if (/^the /i.test(name)) return name;
  if (type === 'country' || type === 'place')
    return TAKES_THE.test(name) && !S_WITHOUT_THE.test(name) ? `the ${name}` : name;
  if (type === 'organization' || type === 'group') return /^[A-Z0-9&.-]+$/.test(name) ? name : `the ${name}`;
  return name;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-07-05" → "5 Jul 2024". */
export function readableDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return MONTHS[m - 1] ? `${d} ${MONTHS[m - 1]} ${y}` : iso;
}

/** The role a card shows for `date`: the most notable one held then, else the latest one before it. */
export function shownRole(entity: Pick<Entity, 'roles'>, date: string): Role | null {
  const held = entity.roles.filter((r) => r.from <= date && (r.to === null || r.to >= date));
  const pick = (roles: Role[]) =>
    roles
      .slice()
      .sort((a, b) => (ROLE_RANK[a.kind] ?? 9) - (ROLE_RANK[b.kind] ?? 9) || b.from.localeCompare(a.from))[0];
  const r = pick(held);
  if (r) return r;
  return entity.roles.filter((x) => x.to !== null && x.to < date).sort((a, b) => b.to!.localeCompare(a.to!))[0] ?? null;
}

/** "Prime Minister of the United Kingdom", "Senator for Ohio (Republican), the United States Senate". */
function officeOf(r: Role, nameOf: (id: string) => string | undefined): string {
  const body = nameOf(r.of) ?? r.of;
  // a legislator's seat: "Senator for Ohio (Republican), United States Senate"
  if (r.seat) return `${r.title} for ${r.seat}, ${body}`;
  // "Leader of the Labour Party", not "Leader of the Labour Party of the Labour Party"
  const words = (x: string) => ` ${x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return words(r.title).includes(words(body.replace(/^the /i, ''))) ? r.title : `${r.title} of ${body}`;
}

/**
 * The most notable role held on `date` (or the latest one before it). An office still held as of
 * the knowledge date (`asOf`) but asked about a later day says so: the file cannot know it is still held.
 */
export function roleOn(
  entity: Entity,
  date: string,
  nameOf: (id: string) => string | undefined,
  asOf?: string | null,
): string | null {
  const r = shownRole(entity, date);
  if (!r) return null;
  const office = officeOf(r, nameOf);
  if (r.to === null && asOf && date > asOf)
    return `${office} (since ${readableDate(r.from)}; as of ${readableDate(asOf)})`;
  if (r.to === null || r.to >= date) return `${office} (since ${readableDate(r.from)})`;
  return `Former ${office} (${r.from.slice(0, 4)}–${r.to.slice(0, 4)})`;
}

/** A role with its years, for a page of no date: "Prime Minister of the United Kingdom, 2024–", "…, 2010–2016". */
export function roleWithYears(r: Role, nameOf: (id: string) => string | undefined): string {
  const from = r.from.slice(0, 4);
  const to = r.to ? r.to.slice(0, 4) : '';
  return `${officeOf(r, nameOf)}, ${from === to ? from : `${from}–${to}`}`;
}

/** How many roles, and later facts, a card lists at most. */
const CARD_ROLES = 4;
const CARD_FACTS = 3;

/** The most notable roles first (offices of state before party posts), then the latest. */
const byNote = (a: Role, b: Role) =>
  (ROLE_RANK[a.kind] ?? 9) - (ROLE_RANK[b.kind] ?? 9) || b.from.localeCompare(a.from);

const SOURCE_NAMES: Record<NonNullable<Entity['provenance']>['source'], string> = {
  'us-congress-legislators': 'the US Congress open data',
};
const LICENCE_NAMES: Record<NonNullable<Entity['provenance']>['licence'], string> = { 'CC0-1.0': 'CC0' };

/** "From the US Congress open data (CC0), as of 15 June 2026" (or "Terms of office from …" for a hand-written entry). */
export function provenanceLine(p: NonNullable<Entity['provenance']>): { text: string; url: string } {
  const day = formatDay(p.asOf);
  const from = `${SOURCE_NAMES[p.source]} (${LICENCE_NAMES[p.licence]}), as of ${day}`;
  return { text: p.scope === 'terms' ? `Terms of office from ${from}` : `From ${from}`, url: p.url };
}

/** How a card says where a line came from: "from pack ‘My Pack’" (and that it replaces a bundled entry). */
export function packLine(mark: PackMark): string {
  return `from pack ‘${mark.pack}’${mark.replaces ? ', in place of the built-in entry' : ''}`;
}

/**
 * The host a link goes to, shown next to its label ("Wikipedia (en.wikipedia.org)") so a label
 * cannot hide where it leads; null for anything but an http(s) URL (such a link is not shown).
 */
export function linkDomain(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : null;
  } catch {
    return null;
  }
}

function linksOf(links: { wikipedia?: string; wikidata?: string; official?: string }) {
  const out: { label: string; url: string }[] = [];
  if (links.wikipedia) out.push({ label: 'Wikipedia', url: links.wikipedia });
  if (links.wikidata) out.push({ label: 'Wikidata', url: links.wikidata });
  if (links.official) out.push({ label: 'Official site', url: links.official });
  return out;
}

/**
 * A card's data for an article of `date`. The role line is the role held that day; roles begun and
 * facts about days after it (factTime) are set apart (`later`). With no date (null) there is no role line and nothing
 * is "current": the card lists the roles with their years, and every fact with its as-of date.
 * `knowledgeDate` is what the description is written as of (an open-data entry's own date wins).
 */
export function toEntityCard(
  entity: Entity,
  date: string | null,
  nameOf: (id: string) => string | undefined,
  knowledgeDate?: string | null,
): EntityCard {
  const asOf = entity.provenance?.scope === 'entry' ? entity.provenance.asOf : (knowledgeDate ?? null);
  const facts = entity.facts.slice().sort((a, b) => b.asOf.localeCompare(a.asOf));
  // a fact is after the article when what it is about is: the dates its words name, else its as-of date
  const before = date ? facts.filter((f) => factTime(f) <= date) : facts;
  const laterFacts = date ? facts.filter((f) => factTime(f) > date).slice(0, CARD_FACTS) : [];
  const laterRoles = date
    ? entity.roles
        .filter((r) => r.from > date)
        .sort(byNote)
        .slice(0, CARD_ROLES)
        .map((r) => `${officeOf(r, nameOf)} from ${readableDate(r.from)}`)
    : [];
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    description: entity.description,
    summary: entity.summary ?? null,
    role: date ? roleOn(entity, date, nameOf, asOf) : null,
    asOf,
    ...(date
      ? {}
      : {
          roles: entity.roles
            .slice()
            .sort(byNote)
            .slice(0, CARD_ROLES)
            .map((r) => roleWithYears(r, nameOf)),
        }),
    later: laterFacts.length || laterRoles.length ? { roles: laterRoles, facts: laterFacts } : null,
    country: entity.country ? (nameOf(entity.country) ?? null) : null,
    facts: before.slice(0, CARD_FACTS),
    links: linksOf(entity.links),
    speaksFor: entity.speaksFor ? (nameOf(entity.speaksFor) ?? null) : null,
    source: entity.provenance ? provenanceLine(entity.provenance) : null,
  };
}

export function toTopicCard(topic: Topic): TopicCard {
  return {
    id: topic.id,
    name: topic.name,
    description: topic.description,
    facts: topic.facts.slice(0, 3),
    links: linksOf(topic.links),
  };
}
