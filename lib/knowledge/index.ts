import { FormerMember, RoleKind as RoleKindSchema } from './schema';
import type { Entity, EntityType, KnowledgeFile, KnowledgePack, Role, RoleKind, Topic } from './schema';
import { formerEntity, formerKeys, US_CONGRESS_AS_OF, US_STATES, usableFormerKeys } from './open-data';
import { lowerBound } from '../text/search';
import { normalizeKey, normalizeName } from './normalize';
import { computeNameTable, entityKeys, tableFits } from './name-table';
import { topicFitsDate } from './time';
import { holdingKeys, titledOrOfKinds, type HoldingKeys } from './holding-keys';

export interface LookupContext {
  type?: EntityType;
  /** ISO date the text was written; roles and topics are judged on it. */
  date?: string;
  /** Entity id of the article's country context. */
  country?: string;
  /** Entity ids already found in the article (a Set is used as it is; the resolver grows one). */
  coActors?: readonly string[] | ReadonlySet<string>;
  /**
   * What the text says of a member of Congress it names ("Sen.", "(D-Fla.)", "a Florida Democrat"): it
   * narrows the open-data people a full name may mean, and is what memberBySurname needs.
   */
  member?: MemberHint;
}

/** A member of Congress as the text describes them: chamber, state (USPS code, "FL"), party ("Democrat"). */
export interface MemberHint {
  chamber?: 'sen' | 'rep';
  state?: string;
  party?: string;
}

export interface RoleHolding {
  entity: Entity;
  role: Role;
}

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
}

const ROLE_KINDS = new Set<string>(RoleKindSchema.options);

/** Everyday words for kinds of office, so "the leader" and "the premier" find a holder. */
const TITLE_KINDS: Record<string, RoleKind[]> = {
  leader: ['head-of-government', 'head-of-state', 'monarch', 'party-leader', 'organization-leader'],
  'prime minister': ['head-of-government'],
  pm: ['head-of-government'],
  premier: ['head-of-government'],
  chancellor: ['head-of-government'],
  president: ['head-of-state'],
  'head of state': ['head-of-state', 'monarch'],
  monarch: ['monarch'],
  king: ['monarch'],
  queen: ['monarch'],
};

/**
 * Names to entities: a name of one entity in `one`, a name shared by several in `shared` (a few
 * hundred keys). Telling the two apart never reads the entity, which at 100k entities is a cache miss.
 */
interface NameMaps {
  one: Map<string, Entity>;
  shared: Map<string, Entity[]>;
}
const nameMaps = (): NameMaps => ({ one: new Map(), shared: new Map() });

function addKey(maps: NameMaps, key: string, e: Entity) {
  if (!key) return;
  const list = maps.shared.get(key);
  if (list) {
    if (!list.includes(e)) list.push(e);
    return;
  }
  const had = maps.one.get(key);
  if (!had) maps.one.set(key, e);
  else if (had !== e) {
    maps.one.delete(key);
    maps.shared.set(key, [had, e]);
  }
}

/** What a name may mean: one entity, several (best first once judged), or nothing. */
interface Candidates {
  one: Entity | null;
  shared: Entity[] | null;
  /** Open-data people by this full name (an entry, or a former member's row): judged by the article's date. */
  open?: OpenRef[] | null;
  /** The name is a titled form ("Sen. Brown"): it holds only while the person sits. */
  titled?: boolean;
}
const NO_CANDIDATES: Candidates = { one: null, shared: null };

/** An open-data person: an entry of the file, or the position of a former member's row. */
type OpenRef = Entity | number;
const TITLED = /^(?:sen|senator|rep|representative|congressman|congresswoman|congressmember|del) /;

/** Forms remembered per index between clears; a long page has a few thousand distinct forms. */
const RECENT_LIMIT = 8192;

/** Slots of topicsFor's word filter (a power of two). */
const USE_FILTER_SIZE = 4096;
/** The filter slot of the word s[a, b) (not empty): its first and last characters. */
const useSlot = (s: string, a: number, b: number) =>
  (s.charCodeAt(a) * 31 + s.charCodeAt(b - 1)) & (USE_FILTER_SIZE - 1);
const lengthBit = (len: number) => 1 << Math.min(len, 31);

const onDate = (role: Role, date: string) => role.from <= date && (role.to === null || date <= role.to);

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

  // Names -> entities. A name of one entity holds it directly; a shared name holds the list.
  const byName = nameMaps(); // full names, aliases, demonyms; then surnames
  const bySurname = nameMaps(); // a person's last name: weaker, people only (joins byName)
  const byIso2 = new Map<string, Entity>();
  const rolesByOf = new Map<string, RoleHolding[]>();
  const lowercasePhrases = new Map<string, string[][]>();

  const addLowercase = (phrase: string) => {
    const words = phrase.split(' ');
    if (words.length < 2) return;
    const list = lowercasePhrases.get(words[0]);
    if (!list) lowercasePhrases.set(words[0], [words]);
    else if (!list.some((w) => w.join(' ') === phrase)) list.push(words);
  };

  // The bundled entities' names come from the table the build wrote (or are tabled now); an
  // entry a pack replaced is skipped there and tabled from the pack's version below.
  const table =
    file.index && tableFits(file.index, file.entities.length) ? file.index : computeNameTable(file.entities);
  const current = (i: number): Entity | undefined => {
    const e = file.entities[i];
    return entities.get(e.id) === e ? e : undefined;
  };
  // Open data (US Congress): people found by their full names only, never by a surname, and a name
  // two of them share is judged by the article's date (openOn below); a name a hand-written entry has is its.
  const openNames = new Map<string, OpenRef[]>();
  const addOpen = (key: string, ref: OpenRef) => {
    if (!key.includes(' ')) return; // full names only ("A. Ferguson" is "ferguson" once its initial reads as an article)
    const list = openNames.get(key);
    if (!list) openNames.set(key, [ref]);
    else if (!list.includes(ref)) list.push(ref);
  };
  const isOpen = (e: Entity) => e.provenance?.scope === 'entry';
  for (const [map, part] of [
    [byName, table.names],
    [bySurname, table.surnames],
  ] as const) {
    const { keys, refs } = part;
    for (let i = 0; i < keys.length; i++) {
      const e = current(refs[i]);
      if (e) {
        if (isOpen(e)) addOpen(keys[i], e);
        else addKey(map, keys[i], e);
      }
    }
  }
  const formerRows: readonly FormerMember[] = file.formers?.rows ?? [];
  const openAsOf = file.formers?.asOf ?? US_CONGRESS_AS_OF;
  // Former members' names (~20,000) are read where the build wrote them, sorted, by binary search:
  // nothing is tabled at start-up or on the first page. A file without them (or with keys that do
  // not fit its rows) has them worked out on first need.
  let formerTable: { keys: readonly string[]; refs: readonly number[] } | null = null;
  const formerNames = () =>
    (formerTable ??= usableFormerKeys(file.formers, formerRows.length) ?? formerKeys(formerRows));
  /** The rows of the former members with this full name, in row order; undefined if none. */
  const formerRefs = (key: string): number[] | undefined => {
    if (!formerRows.length || !key.includes(' ')) return undefined;
    const { keys, refs } = formerNames();
    let i = lowerBound(keys, key);
    if (keys[i] !== key) return undefined;
    const out: number[] = [];
    for (; i < keys.length && keys[i] === key; i++) if (out[out.length - 1] !== refs[i]) out.push(refs[i]);
    return out;
  };
  /** The open-data people with this full name: entries first, then former members' rows. */
  const openOf = (key: string): OpenRef[] | undefined => {
    const entries = openNames.get(key);
    const rows = formerRefs(key);
    return entries && rows ? [...entries, ...rows] : (entries ?? rows);
  };
  const formerById = new Map<string, number>(); // made on the first question for a former member's id
  const formerCache = new Map<number, Entity | null>();
  /** The entry a former member's row stands for (null for a row that is not a FormerMember). */
  const formerAt = (i: number): Entity | null => {
    let e = formerCache.get(i);
    if (e === undefined)
      formerCache.set(
        i,
        (e = FormerMember.safeParse(formerRows[i]).success ? formerEntity(formerRows[i], openAsOf) : null),
      );
    return e;
  };
  const entityById = (id: string): Entity | undefined => {
    const e = entities.get(id);
    if (e || !formerRows.length || !id.startsWith('us-congress:')) return e;
    if (!formerById.size) formerRows.forEach((r, i) => formerById.set(`us-congress:${r[0].toLowerCase()}`, i));
    const i = formerById.get(id);
    return i === undefined ? undefined : (formerAt(i) ?? undefined);
  };
  for (const phrase of table.lowercase) addLowercase(phrase);
  const bundled = new Set(file.entities);

  for (const e of entities.values()) {
    if (!bundled.has(e)) {
      const k = entityKeys(e);
      for (const name of k.names) {
        if (isOpen(e)) addOpen(name, e);
        else addKey(byName, name, e);
      }
      if (k.surname) addKey(bySurname, k.surname, e);
      for (const phrase of k.lowercase) addLowercase(phrase);
    }
    // ISO alpha-3 codes are not names: many are words ("and", "can", "per"). Codes papers
    // do write as names (US, UK, UAE) are aliases in the knowledge file.
    if (e.type === 'country' && e.iso2) byIso2.set(e.iso2.toLowerCase(), e);
    for (const role of e.roles) {
      const list = rolesByOf.get(role.of);
      if (list) list.push({ entity: e, role });
      else rolesByOf.set(role.of, [{ entity: e, role }]);
    }
  }

  // One map to ask: a surname answers only where no full name, alias or demonym is that key (a
  // lookup then reads one table, not two: at 100k entities each read is a cache miss)
  const named = (key: string) => byName.one.has(key) || byName.shared.has(key);
  for (const [key, e] of bySurname.one) if (!named(key)) byName.one.set(key, e);
  for (const [key, list] of bySurname.shared) if (!named(key)) byName.shared.set(key, list);

  const topicByName = new Map<string, Topic>();
  for (const t of topics.values()) for (const n of [t.name, ...t.aliases]) topicByName.set(normalizeKey(n), t);
  const topicKeywords = new Map<string, Topic[]>();
  for (const t of topics.values()) {
    for (const k of t.keywords) {
      const key = normalizeName(k);
      const list = topicKeywords.get(key);
      if (list) list.push(t);
      else topicKeywords.set(key, [t]);
    }
  }

  /**
   * What a sentence's word can start, in one table so each word costs one read: the topics of the
   * one-word keyword it is, whether a keyword of more words starts with it, and the phrases that do.
   */
  interface WordUse {
    topics: Topic[] | null;
    startsKeyword: boolean;
    phrases: { topic: Topic; words: string[] }[] | null;
  }
  const wordUses = new Map<string, WordUse>();
  const useOf = (word: string): WordUse => {
    let u = wordUses.get(word);
    if (!u) wordUses.set(word, (u = { topics: null, startsKeyword: false, phrases: null }));
    return u;
  };
  for (const [key, list] of topicKeywords) {
    const space = key.indexOf(' ');
    if (space < 0) useOf(key).topics = list;
    else useOf(key.slice(0, space)).startsKeyword = true;
  }
  for (const t of topics.values()) {
    for (const p of t.phrases) {
      const w = normalizeName(p).split(' ');
      const u = useOf(w[0]);
      (u.phrases ??= []).push({ topic: t, words: w });
    }
  }
  // the table's words by a hash of their first and last characters, a bit for each length (bit 31:
  // 31 or more): most words of a sentence are ruled out without being cut from it
  const useFilter = new Uint32Array(USE_FILTER_SIZE);
  for (const w of wordUses.keys()) useFilter[useSlot(w, 0, w.length)] |= lengthBit(w.length);

  // each role's title and title aliases as keys, worked out on its body's first question rather
  // than at every question (nor at start-up: most bodies are never asked about)
  const titleKeys = new Map<Role, string[]>();
  const titleKeysOf = (role: Role): string[] => {
    let keys = titleKeys.get(role);
    if (!keys)
      titleKeys.set(role, (keys = [normalizeKey(role.title), ...role.titleAliases.map((a) => normalizeKey(a))]));
    return keys;
  };
  /** Whether the role is titled w (a key) by its title or an alias. */
  const titled = (role: Role, w: string) => titleKeysOf(role).includes(w);
  // each body's holdings by title key and kind, made on the body's first question (holding-keys.ts)
  const keysByOf = new Map<string, HoldingKeys>();
  const keysOf = (ofId: string, list: RoleHolding[]) => {
    let keys = keysByOf.get(ofId);
    if (!keys) keysByOf.set(ofId, (keys = holdingKeys(list, titleKeysOf)));
    return keys;
  };

  /** The positions in `list` (ofId's holdings) of those a kind or title matches, on any day. */
  const positionsOf = (ofId: string, list: RoleHolding[], kindOrTitle: string): readonly number[] => {
    const keys = keysOf(ofId, list);
    let at = keys.asked.get(kindOrTitle);
    if (at === undefined) {
      // a kind matches by kind; a title by the role's title or an alias, else by the kinds the word means
      const w = normalizeKey(kindOrTitle);
      at = ROLE_KINDS.has(kindOrTitle)
        ? (keys.byKind.get(kindOrTitle) ?? [])
        : titledOrOfKinds(keys, w, TITLE_KINDS[w]);
      keys.asked.set(kindOrTitle, at);
    }
    return at;
  };
  const holdingsOf = (kindOrTitle: string, ofId: string, date?: string | null): RoleHolding[] => {
    const day = date ?? knowledgeDate;
    const list = rolesByOf.get(ofId);
    if (!list) return [];
    const found: RoleHolding[] = [];
    for (const i of positionsOf(ofId, list, kindOrTitle)) if (onDate(list[i].role, day)) found.push(list[i]);
    if (found.length < 2) return found;
    // An exact title beats a kind; among kinds, the order the word lists them in.
    const w = normalizeKey(kindOrTitle);
    const kinds = TITLE_KINDS[w];
    const rank = (h: RoleHolding) => (titled(h.role, w) ? 0 : 1 + (kinds ? kinds.indexOf(h.role.kind) : 0));
    return found.sort((a, b) => rank(a) - rank(b));
  };

  const rolesOn = (id: string, date?: string | null): Role[] => {
    const e = entityById(id);
    const day = date ?? knowledgeDate;
    return e ? e.roles.filter((r) => onDate(r, day)) : [];
  };

  // A page names the same people again and again: the candidates for a form, as written, are
  // remembered (bounded), so a repeated name costs one small-map read however big the index is.
  const recent = new Map<string, Candidates>();
  const candidates = (name: string): Candidates => {
    let hit = recent.get(name);
    if (hit === undefined) {
      const key = normalizeKey(name);
      // (surnames included, after full names)
      const one = key ? byName.one.get(key) : undefined;
      const shared = one || !key ? undefined : byName.shared.get(key);
      const open = one || shared || !key ? undefined : openOf(key);
      hit = one
        ? { one, shared: null }
        : shared
          ? { one: null, shared }
          : open
            ? { one: null, shared: null, open, titled: TITLED.test(key) }
            : NO_CANDIDATES;
      if (recent.size >= RECENT_LIMIT) recent.clear();
      recent.set(name, hit);
    }
    return hit;
  };
  /** How well the i-th entity of a shared name fits the context (co: the co-actors as a Set). */
  const fit = (e: Entity, i: number, ctx: LookupContext, co: ReadonlySet<string> | null): number => {
    let score = -i * 0.01;
    if (ctx.type && e.type === ctx.type) score += 2;
    if (ctx.country && (e.country === ctx.country || e.id === ctx.country)) score += 1;
    if (co) {
      if (co.has(e.id)) score += 3;
      else if (e.related.some((r) => co.has(r)) || (e.country && co.has(e.country))) score += 1;
    }
    if (ctx.date && e.roles.some((r) => onDate(r, ctx.date!))) score += 0.5;
    else if (e.roles.length) score += 0.2; // of two Bidens, the one who held office is the likelier
    return score;
  };
  /** Whether an open-data person fits what the text says of them: any seat they held, for an entry. */
  const fitsMember = (ref: OpenRef, hint: MemberHint): boolean => {
    const party = hint.party?.toLowerCase();
    if (typeof ref === 'number') {
      const row = formerRows[ref];
      return (
        (!hint.chamber || row[3] === hint.chamber) &&
        (!hint.state || row[4] === hint.state) &&
        (!party || row[6].toLowerCase().startsWith(party))
      );
    }
    const state = hint.state ? (US_STATES[hint.state] ?? hint.state) : null;
    return ref.roles.some(
      (r) =>
        r.kind === 'legislator' &&
        (!hint.chamber || r.of === (hint.chamber === 'sen' ? 'us-senate' : 'us-house')) &&
        (!state || (r.seat ?? '').startsWith(state)) &&
        (!party || (r.seat ?? '').toLowerCase().includes(`(${party}`)),
    );
  };
  // open-data people by surname, made on the first question (memberBySurname only)
  let openBySurname: Map<string, OpenRef[]> | null = null;
  const surnameKey = (name: string) => {
    const w = normalizeKey(name)
      .split(' ')
      .filter((x, i) => i === 0 || !/^(?:jr|sr|ii|iii|iv)$/.test(x));
    return w.length > 1 ? w[w.length - 1] : '';
  };
  const memberBySurname = (surname: string, ctx: LookupContext & { member: MemberHint }): Entity | undefined => {
    const hint = ctx.member;
    if (!hint.chamber && !hint.state) return undefined; // a party alone tells too little
    if (!openBySurname) {
      openBySurname = new Map();
      const add = (k: string, ref: OpenRef) => {
        if (!k) return;
        const l = openBySurname!.get(k);
        if (l) l.push(ref);
        else openBySurname!.set(k, [ref]);
      };
      for (const e of entities.values()) if (isOpen(e) && e.type === 'person') add(surnameKey(e.name), e);
      formerRows.forEach((row, i) => add(surnameKey(row[1]), i));
    }
    const day = ctx.date ?? openAsOf;
    const list = (openBySurname.get(normalizeKey(surname)) ?? []).filter((ref) => fitsMember(ref, hint));
    // serving on the day: an entry's terms; a former member's row has no dates, so it serves only when
    // no entry does and it alone fits (born 25 to 100 years before the day)
    const on = list.filter(
      (ref) => typeof ref !== 'number' && ref.roles.some((r) => r.kind === 'legislator' && onDate(r, day)),
    );
    if (on.length === 1) return on[0] as Entity;
    if (on.length > 1) return undefined;
    const year = Number(day.slice(0, 4));
    const rows = list.filter((ref) => {
      if (typeof ref !== 'number' || day >= openAsOf) return false;
      const born = formerRows[ref][7];
      return born !== null && born >= year - 100 && born <= year - 25;
    });
    return rows.length === 1 ? (formerAt(rows[0] as number) ?? undefined) : undefined;
  };

  /**
   * The open-data person a full name means in an article of ctx.date (else as of the data's date), or
   * none. A titled form ("Sen. Brown") holds only while its one sitting holder sits. A name of one person
   * links where that person fits the day (any entry; a former member born 25 to 100 years before it). A
   * shared name links to the only one serving on the day (an entry's terms, or a former member of those
   * years, whose dates the data does not give, before the data's date), else to the only one who fits it;
   * otherwise it stays unknown.
   */
  const openOn = (c: Candidates, ctx: LookupContext): Entity | undefined => {
    if (ctx.type && ctx.type !== 'person') return undefined;
    const list = ctx.member ? c.open!.filter((ref) => fitsMember(ref, ctx.member!)) : c.open!;
    if (!list.length) return undefined;
    const day = ctx.date ?? openAsOf;
    const year = Number(day.slice(0, 4));
    const fits = (ref: OpenRef) => {
      if (typeof ref !== 'number') return true;
      const born = formerRows[ref][7];
      return born !== null && born >= year - 100 && born <= year - 25;
    };
    const serving = (ref: OpenRef) =>
      typeof ref === 'number' ? day < openAsOf && fits(ref) : ref.roles.some((r) => onDate(r, day));
    const at = (ref: OpenRef) => (typeof ref === 'number' ? (formerAt(ref) ?? undefined) : ref);
    if (c.titled) {
      const e = list.length === 1 ? list[0] : null;
      return e && typeof e !== 'number' && e.roles.some((r) => r.kind === 'legislator' && onDate(r, day))
        ? e
        : undefined;
    }
    if (list.length === 1) return fits(list[0]) ? at(list[0]) : undefined;
    const on = list.filter(serving);
    if (on.length === 1) return at(on[0]);
    if (on.length > 1) return undefined;
    const fit = list.filter(fits);
    return fit.length === 1 ? at(fit[0]) : undefined;
  };
  const coActorsOf = (ctx: LookupContext): ReadonlySet<string> | null =>
    !ctx.coActors ? null : ctx.coActors instanceof Set ? ctx.coActors : new Set(ctx.coActors);
  const lookup = (name: string, ctx: LookupContext = {}): Entity[] => {
    const c = candidates(name);
    const { one, shared: hit } = c;
    if (one) return [one];
    if (c.open) {
      const e = openOn(c, ctx);
      return e ? [e] : [];
    }
    if (!hit) return [];
    const co = coActorsOf(ctx);
    const scored = hit.map((e, i) => ({ e, score: fit(e, i, ctx, co) }));
    return scored.sort((a, b) => b.score - a.score).map((s) => s.e);
  };
  const lookupFirst = (name: string, ctx: LookupContext = {}): Entity | undefined => {
    const c = candidates(name);
    const { one, shared: hit } = c;
    if (one) return one;
    if (c.open) return openOn(c, ctx);
    if (!hit) return undefined;
    // what lookup's stable sort puts first: the highest score, the earliest of equal ones
    const co = coActorsOf(ctx);
    let best: Entity | undefined;
    let bestScore = 0;
    for (let i = 0; i < hit.length; i++) {
      const score = fit(hit[i], i, ctx, co);
      if (best === undefined || score > bestScore) {
        best = hit[i];
        bestScore = score;
      }
    }
    return best;
  };

  const topicsFor = (sentence: string, on?: { date: string | null }): Topic[] => {
    // the words of s.split(' '), read in s: a word runs from a to the next space (or the end)
    const s = normalizeName(sentence);
    const n = s.length;
    const endFrom = (a: number) => {
      const e = s.indexOf(' ', a);
      return e < 0 ? n : e;
    };
    // (made on the first hit: most sentences have none)
    let hits = null as Map<Topic, number> | null; // (set in count: typed so, not narrowed to null)
    let seen = null as Set<string> | null;
    const count = (key: string, list: Topic[] | null | undefined) => {
      if (!list || seen?.has(key)) return;
      (seen ??= new Set()).add(key);
      hits ??= new Map();
      for (const t of list) hits.set(t, (hits.get(t) ?? 0) + 1);
    };
    // exact phrases, found from their first word
    let phraseHit: Set<Topic> | null = null;
    for (let a = 0, b = endFrom(0); a <= n; a = b + 1, b = a <= n ? endFrom(a) : n) {
      if (a < b && !(useFilter[useSlot(s, a, b)] & lengthBit(b - a))) continue; // most words start nothing
      const word = s.slice(a, b);
      const u = wordUses.get(word);
      if (!u) continue;
      // single words, and two- and three-word keywords from the words that start one
      count(word, u.topics);
      if (u.startsKeyword && b < n) {
        const b2 = endFrom(b + 1);
        const two = s.slice(a, b2);
        count(two, topicKeywords.get(two));
        if (b2 < n) {
          const three = s.slice(a, endFrom(b2 + 1));
          count(three, topicKeywords.get(three));
        }
      }
      if (!u.phrases) continue;
      for (const { topic, words: p } of u.phrases) {
        if (phraseHit?.has(topic)) continue;
        // the phrase's next words, each the next word of s
        let ok = true;
        let e = b;
        for (let k = 1; k < p.length && ok; k++) {
          if (e >= n)
            ok = false; // s has no more words
          else {
            const start = e + 1;
            e = endFrom(start);
            ok = e - start === p[k].length && s.startsWith(p[k], start);
          }
        }
        if (ok) (phraseHit ??= new Set()).add(topic);
      }
    }
    if (!hits && !phraseHit) return [];
    // a topic of two or more keywords needs two of them, or one of its phrases (most hits are one word)
    let out: { t: Topic; score: number }[] | null = null;
    const judge = (t: Topic, count: number) => {
      const need = Math.min(2, t.keywords.length);
      const score = count + (phraseHit?.has(t) ? need : 0);
      if (score >= need) (out ??= []).push({ t, score });
    };
    if (hits) for (const [t, c] of hits) judge(t, c);
    if (phraseHit) for (const t of phraseHit) if (!hits?.has(t)) judge(t, 0);
    if (!out) return [];
    let found = out as { t: Topic; score: number }[];
    if (on) found = found.filter((x) => topicFitsDate(x.t, on.date, s));
    return found.sort((a, b) => b.score - a.score).map((x) => x.t);
  };

  return {
    knowledgeDate,
    entity: entityById,
    topic: (id) => topics.get(id),
    lookup,
    lookupFirst,
    holderOf: (kindOrTitle, ofId, date) => holdingsOf(kindOrTitle, ofId, date)[0]?.entity,
    holdingsOf,
    rolesOn,
    countryByIso2: (iso2) => byIso2.get(iso2.toLowerCase()),
    topicsFor,
    topicNamed: (name) => topicByName.get(normalizeKey(name)),
    memberBySurname,
    forgetRecent: () => recent.clear(),
    lowercasePhrases,
  };
}
