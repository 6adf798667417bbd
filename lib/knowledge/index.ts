import type { Entity, KnowledgeFile, KnowledgePack, Role, Topic } from './schema';
import type { LookupContext, MemberHint, RoleHolding } from './lookup/types';
import { buildNameIndex } from './lookup/names';
import { FormerMembers } from './lookup/former-members';
import { Offices } from './lookup/offices';
import { TopicIndex } from './lookup/topics';
import { OpenPeople } from './lookup/people';
import { NameLookup } from './lookup/by-name';
import { usableEntry } from './load';

export type { LookupContext, MemberHint, RoleHolding } from './lookup/types';

export interface KnowledgeIndex {
  knowledgeDate: string;
  entity(id: string): Entity | undefined;
  topic(id: string): Topic | undefined;
  /** Entities a name may mean, best first. */
  lookup(name: string, ctx?: LookupContext): Entity[];
  /** lookup(name, ctx)[0], without building the list. */
  lookupFirst(name: string, ctx?: LookupContext): Entity | undefined;
  /** Who held an office ("Prime Minister", "PM", or a kind such as "head-of-state") of `ofId` on `date`. */
  holderOf(kindOrTitle: string, ofId: string, date?: string | null): Entity | undefined;
  /** Every holding of an office of `ofId` matching the title or kind, on `date`. */
  holdingsOf(kindOrTitle: string, ofId: string, date?: string | null): RoleHolding[];
  /** Roles an entity held on `date`. */
  rolesOn(id: string, date?: string | null): Role[];
  /** The country entity with this ISO 3166 alpha-2 code. */
  countryByIso2(iso2: string): Entity | undefined;
  /**
   * Topics whose keywords or phrases match the sentence, best first. With `on`, only those that fit
   * an article of that date (null: undated; lib/knowledge/time.ts topicFitsDate).
   */
  topicsFor(sentence: string, on?: { date: string | null }): Topic[];
  /** The topic or event with this name or alias ("Brexit"), if any. */
  topicNamed(name: string): Topic | undefined;
  /**
   * The one open-data member of Congress with this surname who fits the hint (a chamber or a state at
   * least) and serves on ctx.date, or none: "Sen. Murphy (D-Conn.)" in 2016 is Chris Murphy.
   */
  memberBySurname(surname: string, ctx: LookupContext & { member: MemberHint }): Entity | undefined;
  /** Forgets the remembered recent forms (a benchmark's way to meet a text as a new page). */
  forgetRecent(): void;
  /** Known multi-word names written in lower case ("coalition of the willing"): first word -> word lists. */
  lowercasePhrases: ReadonlyMap<string, readonly string[][]>;
  /**
   * Known names that open with a figure, as the file writes them ("3M", "9th Circuit", "60 Minutes"):
   * the name finder, which reads capitals, cannot open them.
   */
  figureNames: readonly string[];
}

/**
 * The index of the bundled file and the installed packs (a pack's entry replaces the file's of its
 * id): names (lookup/names.ts, lookup/by-name.ts), open-data people (lookup/people.ts,
 * lookup/former-members.ts), offices (lookup/offices.ts) and topics (lookup/topics.ts).
 */
export function buildKnowledgeIndex(file: KnowledgeFile, packs: KnowledgePack[] = []): KnowledgeIndex {
  const entities = new Map<string, Entity>();
  const topics = new Map<string, Topic>();
  for (const e of file.entities) entities.set(e.id, e);
  for (const t of file.topics) topics.set(t.id, t);
  let knowledgeDate = file.knowledgeDate;
  for (const pack of packs) {
    for (const e of pack.entities ?? []) entities.set(e.id, e);
    for (const t of pack.topics ?? []) topics.set(t.id, t);
    if (pack.knowledgeDate && pack.knowledgeDate > knowledgeDate) knowledgeDate = pack.knowledgeDate;
  }

  const names = buildNameIndex(file, entities, packs.length > 0);
  const formers = new FormerMembers(file);
  const open = new OpenPeople(entities, formers);
  const people = new NameLookup(names, open);
  const offices = new Offices(entities.values(), knowledgeDate);
  const topicIndex = new TopicIndex(topics.values());
  // ISO alpha-3 codes are not names: many are words ("and", "can", "per"). Codes papers
  // do write as names (US, UK, UAE) are aliases in the knowledge file.
  const byIso2 = new Map<string, Entity>();
  const figureNames: string[] = [];
  for (const e of entities.values()) {
    if (e.type === 'country' && e.iso2) byIso2.set(e.iso2.toLowerCase(), e);
    addFigureName(figureNames, e.name);
    for (const a of e.aliases) addFigureName(figureNames, a);
  }
  // (an entry is handed out only once the fields the resolver reads are checked: usableEntry)
  const usableOrNone = (e: Entity | undefined) => (e && usableEntry(e) ? e : undefined);
  const entityById = (id: string): Entity | undefined => {
    const e = entities.get(id);
    return e ? usableOrNone(e) : formers.entity(id);
  };

  return {
    knowledgeDate,
    entity: entityById,
    topic: (id) => topics.get(id),
    lookup: (name, ctx) => people.lookup(name, ctx),
    lookupFirst: (name, ctx) => people.lookupFirst(name, ctx),
    holderOf: (kindOrTitle, ofId, date) => offices.holdingsOf(kindOrTitle, ofId, date)[0]?.entity,
    holdingsOf: (kindOrTitle, ofId, date) => offices.holdingsOf(kindOrTitle, ofId, date),
    rolesOn: (id, date) => offices.rolesOn(entityById(id), date),
    countryByIso2: (iso2) => usableOrNone(byIso2.get(iso2.toLowerCase())),
    topicsFor: (sentence, on) => topicIndex.topicsFor(sentence, on),
    topicNamed: (name) => topicIndex.named(name),
    memberBySurname: (surname, ctx) => open.memberBySurname(surname, ctx),
    forgetRecent: () => people.forgetRecent(),
    lowercasePhrases: names.lowercasePhrases,
    figureNames,
  };
}

/** A name that opens with a digit and has a letter ("3M", "9th Circuit"; not "1984"). */
function addFigureName(list: string[], name: string): void {
  const c = name.charCodeAt(0);
  if (c >= 48 && c <= 57 && /\p{L}/u.test(name) && !list.includes(name)) list.push(name);
}
