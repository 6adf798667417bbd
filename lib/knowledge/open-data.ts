/**
 * The US Congress open data (unitedstates/congress-legislators, CC0; project copy in
 * lib/knowledge/open-data/us-congress/, written by scripts/import-us-congress.ts) as knowledge entries:
 * sitting members and presidents / vice presidents as people with their terms, former members as compact
 * rows (schema FormerMember). Entries that a hand-written source already has (same Wikidata item, same
 * Wikipedia page, or, for a US person, the same full name) are not duplicated: the hand-written entry keeps
 * its description and facts and gains the terms it lacks that do not overlap one of its own.
 * Pure functions: the build passes the data in.
 */
import type { Entity, FormerMember, FormerMembers, Provenance, Role } from './schema';
import { normalizeKey } from './normalize';

export const US_CONGRESS_AS_OF = '2026-06-15';
export const US_CONGRESS_SOURCE = 'us-congress-legislators' as const;
export const BIOGUIDE_URL = 'https://bioguide.congress.gov/search/bio/';

/* ------------------------------------------------------------------ */
/* The project copy's shapes                                           */
/* ------------------------------------------------------------------ */

export interface UsName {
  first: string;
  middle?: string;
  last: string;
  suffix?: string;
  nickname?: string;
  official?: string;
}
export interface UsCongressCurrent {
  bioguide: string;
  wikidata?: string;
  wikipedia?: string;
  name: UsName;
  birthday?: string;
  gender?: string;
  terms: { type: 'sen' | 'rep'; start: string; end: string; state: string; district?: number; party?: string }[];
}
export interface UsCongressExecutive {
  bioguide?: string;
  govtrack?: number;
  wikidata?: string;
  wikipedia?: string;
  name: UsName;
  birthday?: string;
  gender?: string;
  terms: { type: 'prez' | 'viceprez'; start: string; end: string; party?: string; how?: string }[];
}
export interface UsCongressHistorical {
  columns: string[];
  rows: string[][];
}
export interface UsCongressData {
  current: UsCongressCurrent[];
  executive: UsCongressExecutive[];
  historical: UsCongressHistorical;
}

/* ------------------------------------------------------------------ */
/* Words                                                               */
/* ------------------------------------------------------------------ */

export const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'the District of Columbia',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'the U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'the Northern Mariana Islands',
  PI: 'the Philippines',
  DK: 'Dakota Territory',
  OL: 'the Territory of Orleans',
};
/** Seats whose member is a non-voting delegate (Puerto Rico's is the Resident Commissioner). */
const DELEGATE_SEATS = new Set(['DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'PI', 'DK', 'OL']);

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

const stateName = (code: string) => US_STATES[code] ?? code;

/** "Ohio's 4th district", "Alaska's at-large seat", "Ohio" (senators, delegates). */
export function seatOf(type: 'sen' | 'rep', state: string, district: number | null | undefined): string {
  const name = stateName(state);
  if (type === 'sen' || DELEGATE_SEATS.has(state)) return name;
  const owner = name.startsWith('the ') ? name.slice(4) : name;
  if (district === null || district === undefined || district < 0) return name;
  return district === 0 ? `${owner}'s at-large seat` : `${owner}'s ${ordinal(district)} district`;
}

function titleOf(type: 'sen' | 'rep', state: string): { title: string; aliases: string[] } {
  if (type === 'sen') return { title: 'Senator', aliases: ['Sen.'] };
  if (state === 'PR')
    return { title: 'Resident Commissioner', aliases: ['Rep.', 'Congressman', 'Congresswoman', 'Congressmember'] };
  if (DELEGATE_SEATS.has(state))
    return { title: 'Delegate', aliases: ['Del.', 'Rep.', 'Congressman', 'Congresswoman', 'Congressmember'] };
  return { title: 'Representative', aliases: ['Rep.', 'Congressman', 'Congresswoman', 'Congressmember'] };
}

const partyPart = (party: string | undefined) => (party ? ` (${party})` : '');

/** "U.S. Senator from Ohio (Republican)", "U.S. Representative for Ohio's 4th district (Democrat)". */
export function memberLine(
  type: 'sen' | 'rep',
  state: string,
  district: number | null | undefined,
  party: string | undefined,
): string {
  const { title } = titleOf(type, state);
  const seat = seatOf(type, state, district);
  return type === 'sen' || DELEGATE_SEATS.has(state)
    ? `U.S. ${title} from ${seat}${partyPart(party)}`
    : `U.S. ${title} for ${seat}${partyPart(party)}`;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The name a paper writes ("Bernie Sanders"), and the other full names the person is found by. With
 * `bare: false`, someone with a suffix ("Jesse Jackson Jr.") is not found by the name without it, which
 * is often a father's ("Jesse Jackson"): for former members, whom no date tells apart.
 */
export function namesOfUs(n: UsName, fullName?: string, bare = true): { name: string; others: string[] } {
  const initial = /^\p{Lu}\.$/u;
  const first = clean(n.first);
  const last = clean(n.last);
  const nick = clean(n.nickname);
  const suffix = clean(n.suffix);
  const middle = clean(n.middle);
  // "A. Drew Ferguson", "J. Danforth Quayle": the middle name is the one in use
  const given = nick || (initial.test(first) && middle ? middle : first);
  const plain = `${given} ${last}`.trim();
  bare ||= !suffix; // (only a suffix makes the name without it another person's)
  const name = suffix && !bare ? `${plain} ${suffix}` : plain;
  const candidates = bare ? [plain, `${first} ${last}`, n.official ?? '', fullName ?? ''] : [];
  if (suffix)
    candidates.push(
      `${plain} ${suffix}`,
      `${plain}, ${suffix}`,
      ...(bare ? [] : [fullName ?? '', n.official ?? ''].filter((f) => f.includes(suffix))),
    );
  const seen = new Set([normalizeKey(name)]);
  const others: string[] = [];
  for (const c of candidates.map(clean)) {
    const k = normalizeKey(c);
    // full names only: two words or more, never a lone initial ("A. Ferguson" would be "Ferguson")
    if (!k || !k.includes(' ') || seen.has(k) || initial.test(c.split(' ')[0])) continue;
    seen.add(k);
    others.push(c);
  }
  return { name, others };
}

const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|v)$/;
/** A name's surname, normalised, without a generational suffix ("Joe Manchin III": "manchin"). */
const surnameKey = (name: string) => {
  const words = normalizeKey(name)
    .split(' ')
    .filter((w) => !NAME_SUFFIX.test(w));
  return words[words.length - 1] ?? '';
};

/**
 * The name the person's Wikipedia article goes by, where the data's name is another ("Newt Gingrich" for
 * Newton Gingrich, "Chris Murphy" for Christopher Murphy, "Joe Manchin" for Joe Manchin III): the title
 * without its qualifier ("(Florida politician)"), when it is a full name with the same surname.
 */
export function wikiName(title: string | null | undefined, name: string): string | undefined {
  if (!title) return undefined;
  const t = clean(title.replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*$/, ''));
  const key = normalizeKey(t);
  if (!key.includes(' ') || /^\p{Lu}\.$/u.test(t.split(' ')[0]) || key === normalizeKey(name)) return undefined;
  return surnameKey(t) === surnameKey(name) ? t : undefined;
}

/**
 * The former members' names in normal form, each with its row: the full name, the other full
 * names, and the name the Wikipedia article goes by. The build writes them into the file
 * (FormerMembers.keys); the index computes them itself for a file without them.
 */
/** A generational suffix ending a name: ", Jr.", " Sr.", " III". */
const SUFFIX_AT_END = /,?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$/;
/** A name led by initials written together: "G.K. Butterfield", "J.D. Hayworth". */
const INITIALS_FIRST = /^(?:\p{Lu}\.){2,}\s/u;

export function formerKeys(rows: readonly FormerMember[]): { keys: string[]; refs: number[] } {
  const pairs: [string, number][] = [];
  const add = (name: string, i: number) => {
    const key = normalizeKey(name);
    if (key.includes(' ')) pairs.push([key, i]); // full names only: never a surname alone
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    add(row[1], i);
    for (const other of row[2]) add(other, i);
    const wiki = row[8] && wikiName(row[8], row[1]);
    if (wiki) add(wiki, i);
  }
  // "G.K. Butterfield" for "G.K. Butterfield Jr.": a name led by initials without its suffix, where no
  // other row has it (not "Barry Goldwater" for Barry Goldwater Jr., whose father's row has that name;
  // nor a plain "Don Johnson" for Don Johnson Jr., a name others bear)
  const taken = new Set(pairs.map((p) => p[0]));
  const bare = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const m = INITIALS_FIRST.test(rows[i][1]) ? SUFFIX_AT_END.exec(rows[i][1]) : null;
    const key = m ? normalizeKey(rows[i][1].slice(0, m.index)) : '';
    if (key.includes(' ') && !taken.has(key)) bare.set(key, [...(bare.get(key) ?? []), i]);
  }
  for (const [key, list] of bare) if (list.length === 1) pairs.push([key, list[0]]);
  // sorted by key (code units, as `<` compares: the same in every engine), then by row
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { keys: pairs.map((p) => p[0]), refs: pairs.map((p) => p[1]) };
}

/**
 * The former members' keys as a file carries them, if they can be used as they are: as many refs
 * as keys, every ref a row, the keys sorted (checked in one pass). Otherwise null.
 */
export function usableFormerKeys(
  formers: { keys?: { keys: string[]; refs: number[] } } | undefined,
  rowCount: number,
): { keys: string[]; refs: number[] } | null {
  const given = formers?.keys;
  if (!given || given.keys.length !== given.refs.length) return null;
  const { keys, refs } = given;
  for (let i = 0; i < keys.length; i++) {
    if (!(refs[i] >= 0 && refs[i] < rowCount)) return null;
    if (i && keys[i - 1] > keys[i]) return null;
  }
  return given;
}

/** namesOfUs's answer with the Wikipedia title's name among the others, when it is one more. */
function withWikiName(names: { name: string; others: string[] }, title: string | undefined) {
  const w = wikiName(title, names.name);
  if (w && !names.others.some((o) => normalizeKey(o) === normalizeKey(w))) names.others.push(w);
  return names;
}

/* ------------------------------------------------------------------ */
/* Terms to roles                                                      */
/* ------------------------------------------------------------------ */

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);

/** Consecutive terms of the same seat and party are one role (a senator re-elected is one span). */
function memberRoles(m: UsCongressCurrent, asOf: string): Role[] {
  const roles: Role[] = [];
  let last: { key: string; role: Role } | null = null;
  for (const t of [...m.terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const key = `${t.type}|${t.state}|${t.district ?? ''}|${t.party ?? ''}`;
    const to = t.end > asOf ? null : t.end;
    if (last && last.key === key && last.role.to !== null && t.start <= addDays(last.role.to, 7)) {
      last.role.to = to;
      continue;
    }
    const { title, aliases } = titleOf(t.type, t.state);
    const role: Role = {
      title,
      of: t.type === 'sen' ? 'us-senate' : 'us-house',
      kind: 'legislator',
      from: t.start,
      to,
      titleAliases: aliases,
      seat: `${seatOf(t.type, t.state, t.district)}${partyPart(t.party)}`.slice(0, 80),
    };
    roles.push(role);
    last = { key, role };
  }
  return roles;
}

function executiveRoles(x: UsCongressExecutive, asOf: string): Role[] {
  const roles: Role[] = [];
  for (const t of [...x.terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const to = t.end > asOf ? null : t.end;
    const prev = roles[roles.length - 1];
    const title = t.type === 'prez' ? 'President' : 'Vice President';
    if (prev && prev.title === title && prev.to !== null && t.start <= addDays(prev.to, 7)) {
      prev.to = to;
      continue;
    }
    roles.push(
      t.type === 'prez'
        ? { title, of: 'country:usa', kind: 'head-of-state', from: t.start, to, titleAliases: ['US president'] }
        : { title, of: 'country:usa', kind: 'other', from: t.start, to, titleAliases: ['Vice President', 'VP'] },
    );
  }
  return roles;
}

const years = (r: Role) =>
  r.to === null ? `since ${r.from.slice(0, 4)}` : `${r.from.slice(0, 4)}–${r.to.slice(0, 4)}`;

function executiveDescription(roles: Role[]): string {
  const prez = roles.filter((r) => r.title === 'President');
  const main = prez.length ? prez : roles;
  const title = main[0].title;
  const current = main.some((r) => r.to === null);
  const spans = main
    .map((r) => (r.to === null ? `since ${r.from.slice(0, 4)}` : `${r.from.slice(0, 4)}–${r.to.slice(0, 4)}`))
    .join(', ');
  return current ? `${title} of the United States ${spans}` : `Former ${title} of the United States (${spans})`;
}

/* ------------------------------------------------------------------ */
/* Matching hand-written entries                                       */
/* ------------------------------------------------------------------ */

const wikiTitleKey = (t: string) =>
  normalizeKey(decodeURIComponent(t.replace(/^https:\/\/en\.wikipedia\.org\/wiki\//, '')).replace(/_/g, ' '));
const qid = (url: string | undefined) => url?.match(/Q\d+$/)?.[0];

/** Two terms overlap when one starts before the other ends (a handover day, one's end and the other's start, is no overlap). */
const overlaps = (a: Role, b: Role) => a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31');
const firstWord = (t: string) => t.toLowerCase().split(/\s+/)[0];

/** A term from open data conflicts with a hand-written role of the same kind and title word held at the same time. */
export function conflicts(open: Role, own: Role): boolean {
  return overlaps(open, own) && open.kind === own.kind && firstWord(open.title) === firstWord(own.title);
}

/** The hand-written roles, plus the open-data ones that conflict with none of them. */
export function mergeRoles(own: Role[], open: Role[]): Role[] {
  return [...own, ...open.filter((r) => !own.some((o) => conflicts(r, o)))];
}

class HandWritten {
  private byQ = new Map<string, Entity>();
  private byWiki = new Map<string, Entity>();
  private byName = new Map<string, Entity[]>();
  constructor(entities: Entity[]) {
    for (const e of entities) {
      if (e.type !== 'person') continue;
      const q = qid(e.links.wikidata);
      if (q) this.byQ.set(q, e);
      if (e.links.wikipedia) this.byWiki.set(wikiTitleKey(e.links.wikipedia), e);
      if (
        e.country === 'country:usa' ||
        e.roles.some((r) => r.of === 'country:usa' || r.of === 'us-senate' || r.of === 'us-house')
      ) {
        for (const n of [e.name, ...e.aliases]) {
          const k = normalizeKey(n);
          this.byName.set(k, [...(this.byName.get(k) ?? []), e]);
        }
      }
    }
  }
  find(ids: { wikidata?: string; wikipedia?: string }, names: string[]): Entity | undefined {
    if (ids.wikidata && this.byQ.has(ids.wikidata)) return this.byQ.get(ids.wikidata);
    if (ids.wikipedia) {
      const w = this.byWiki.get(wikiTitleKey(ids.wikipedia));
      if (w) return w;
    }
    // a name alone, never an entry whose own ids name someone else ("George Bush": the father is not the son)
    // (an open-data record with no ids of its own never takes over an entry that has ids: nothing shows it is that person)
    const otherIds = (e: Entity) =>
      (!ids.wikidata && !ids.wikipedia && (!!qid(e.links.wikidata) || !!e.links.wikipedia)) ||
      (!!ids.wikidata && !!qid(e.links.wikidata) && qid(e.links.wikidata) !== ids.wikidata) ||
      (!!ids.wikipedia && !!e.links.wikipedia && wikiTitleKey(e.links.wikipedia) !== wikiTitleKey(ids.wikipedia));
    for (const n of names) {
      const list = [...new Set(this.byName.get(normalizeKey(n)) ?? [])].filter((e) => !otherIds(e));
      if (list.length === 1) return list[0];
    }
    return undefined;
  }
}

/* ------------------------------------------------------------------ */
/* The whole import                                                    */
/* ------------------------------------------------------------------ */

export interface UsCongressResult {
  /** New entries (validated by the caller). */
  entities: Entity[];
  /** Hand-written entries with terms added: id -> the entry as merged. */
  merged: Map<string, Entity>;
  formers: FormerMembers;
  stats: {
    sitting: number;
    executive: number;
    formers: number;
    mergedIntoHandWritten: number;
    formerRowsDropped: number;
    titledAliases: number;
  };
}

export const usEntityId = (bioguide: string) => `us-congress:${bioguide.toLowerCase()}`;

function provenanceOf(
  bioguide: string | undefined,
  wikipedia: string | undefined,
  asOf: string,
  scope: Provenance['scope'],
): Provenance {
  const url = bioguide
    ? `${BIOGUIDE_URL}${bioguide}`
    : `https://en.wikipedia.org/wiki/${(wikipedia ?? '').replace(/ /g, '_')}`;
  return { source: US_CONGRESS_SOURCE, url, licence: 'CC0-1.0', asOf, scope };
}

const wikiUrl = (title: string | undefined) =>
  title ? `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}` : undefined;
const wikidataUrl = (q: string | undefined) =>
  q && /^Q\d+$/.test(q) ? `https://www.wikidata.org/wiki/${q}` : undefined;

export function importUsCongressEntities(
  data: UsCongressData,
  handWritten: Entity[],
  asOf = US_CONGRESS_AS_OF,
): UsCongressResult {
  const own = new HandWritten(handWritten);
  const merged = new Map<string, Entity>();
  const created = new Map<string, Entity>();
  const mergeInto = (e: Entity, roles: Role[], bioguide: string | undefined, wikipedia: string | undefined) => {
    const base = merged.get(e.id) ?? e;
    const next = mergeRoles(base.roles, roles);
    if (next.length === base.roles.length) {
      merged.set(e.id, base);
      return;
    }
    merged.set(e.id, {
      ...base,
      roles: next,
      provenance: base.provenance ?? provenanceOf(bioguide, wikipedia, asOf, 'terms'),
    });
  };
  const handFor = new Map<string, Entity>(); // bioguide -> hand-written entry

  // sitting members
  const sittingSurnames = new Map<string, number>(); // "sen|brown" -> how many sitting senators are called so
  const sitting: { m: UsCongressCurrent; names: { name: string; others: string[] }; chamber: 'sen' | 'rep' }[] = [];
  for (const m of data.current) {
    const names = withWikiName(namesOfUs(m.name), m.wikipedia);
    const roles = memberRoles(m, asOf);
    const now = roles[roles.length - 1];
    const chamber = m.terms[m.terms.length - 1].type;
    const hand = own.find({ wikidata: m.wikidata, wikipedia: m.wikipedia }, [names.name, ...names.others]);
    const k = `${chamber}|${normalizeKey(m.name.last)}`;
    sittingSurnames.set(k, (sittingSurnames.get(k) ?? 0) + 1);
    if (hand) {
      handFor.set(m.bioguide, hand);
      mergeInto(hand, roles, m.bioguide, m.wikipedia);
      continue;
    }
    const t = m.terms[m.terms.length - 1];
    const since = roles.filter((r) => r.title === now.title).reduce((a, r) => (r.from < a ? r.from : a), now.from);
    const description = `${memberLine(t.type, t.state, t.district, t.party)} since ${since.slice(0, 4)}`;
    created.set(m.bioguide, {
      id: usEntityId(m.bioguide),
      type: 'person',
      name: names.name,
      aliases: names.others,
      description,
      country: 'country:usa',
      roles,
      demonyms: [],
      facts: [],
      links: { wikipedia: wikiUrl(m.wikipedia), wikidata: wikidataUrl(m.wikidata) },
      related: [],
      provenance: provenanceOf(m.bioguide, m.wikipedia, asOf, 'entry'),
    });
    sitting.push({ m, names, chamber });
  }
  // "Sen. Brown", "Rep. Smith": only where one sitting member of that chamber has the surname
  let titledAliases = 0;
  for (const { m, chamber } of sitting) {
    const e = created.get(m.bioguide)!;
    if (sittingSurnames.get(`${chamber}|${normalizeKey(m.name.last)}`) !== 1) continue;
    const last = clean(m.name.last);
    const forms =
      chamber === 'sen'
        ? [`Sen. ${last}`, `Senator ${last}`]
        : [
            `Rep. ${last}`,
            `Representative ${last}`,
            m.gender === 'F' ? `Congresswoman ${last}` : `Congressman ${last}`,
          ];
    e.aliases.push(...forms);
    titledAliases += forms.length;
  }

  // presidents and vice presidents
  const historicalIds = new Set(data.historical.rows.map((r) => r[data.historical.columns.indexOf('bioguide_id')]));
  let executiveCount = 0;
  for (const x of data.executive) {
    executiveCount++;
    const roles = executiveRoles(x, asOf);
    const names = withWikiName(namesOfUs(x.name), x.wikipedia);
    // a hand-written entry holding the same office at the same time, or the same ids or name
    const byOffice = handWritten.find(
      (e) => e.type === 'person' && roles.some((r) => e.roles.some((o) => o.of === 'country:usa' && conflicts(r, o))),
    );
    // (the same ids or name first: the office at the same time only where nothing names the entry)
    const hand =
      (x.bioguide && handFor.get(x.bioguide)) ||
      own.find({ wikidata: x.wikidata, wikipedia: x.wikipedia }, [names.name, ...names.others]) ||
      byOffice;
    if (hand) {
      if (x.bioguide) handFor.set(x.bioguide, hand);
      mergeInto(hand, roles, x.bioguide, x.wikipedia);
      continue;
    }
    const member = x.bioguide ? created.get(x.bioguide) : undefined;
    if (member) {
      member.roles = [...member.roles, ...roles];
      member.description = executiveDescription(roles).slice(0, 160);
      continue;
    }
    const id = x.bioguide
      ? usEntityId(x.bioguide)
      : `us-executive:${x.govtrack ?? normalizeKey(names.name).replace(/\s+/g, '-')}`;
    created.set(x.bioguide ?? id, {
      id,
      type: 'person',
      name: names.name,
      aliases: names.others,
      description: executiveDescription(roles).slice(0, 160),
      country: 'country:usa',
      roles,
      demonyms: [],
      facts: [],
      links: { wikipedia: wikiUrl(x.wikipedia), wikidata: wikidataUrl(x.wikidata) },
      related: [],
      provenance: provenanceOf(x.bioguide, x.wikipedia ?? names.name, asOf, 'entry'),
    });
  }

  // former members: compact rows; none for a person already an entry (a president, a hand-written one)
  const col = (name: string) => data.historical.columns.indexOf(name);
  const [cId, cFirst, cMiddle, cLast, cSuffix, cNick, cFull, cBirth, cType, cState, cDistrict, cParty, cWiki] = [
    'bioguide_id',
    'first_name',
    'middle_name',
    'last_name',
    'suffix',
    'nickname',
    'full_name',
    'birthday',
    'type',
    'state',
    'district',
    'party',
    'wikipedia_id',
  ].map(col);
  const rows: FormerMember[] = [];
  let dropped = 0;
  for (const r of data.historical.rows) {
    const bioguide = r[cId];
    if (!/^[A-Z]\d{6}$/.test(bioguide) || (r[cType] !== 'sen' && r[cType] !== 'rep')) {
      dropped++;
      continue;
    }
    const names = namesOfUs(
      {
        first: r[cFirst],
        middle: r[cMiddle] || undefined,
        last: r[cLast],
        suffix: r[cSuffix] || undefined,
        nickname: r[cNick] || undefined,
      },
      r[cFull] || undefined,
      false,
    );
    if (created.has(bioguide) || handFor.has(bioguide)) {
      dropped++;
      continue;
    }
    const hand = own.find({ wikipedia: r[cWiki] || undefined }, []);
    if (hand) {
      // the hand-written entry keeps what the row knew: the person's last seat in Congress (no dates: the
      // compact rows have none), as a line of its card
      const base = merged.get(hand.id) ?? hand;
      const district = r[cDistrict] === '' ? null : Number(r[cDistrict]);
      const text = `Served in Congress; last as ${memberLine(
        r[cType] as 'sen' | 'rep',
        r[cState],
        Number.isFinite(district) ? district : null,
        r[cParty] || undefined,
      )} (US Congress open data).`;
      if (hand.links.wikipedia && !base.facts.some((f) => f.text === text))
        merged.set(hand.id, {
          ...base,
          facts: [...base.facts, { text, asOf, source: hand.links.wikipedia }],
          provenance: base.provenance ?? provenanceOf(bioguide, r[cWiki], asOf, 'terms'),
        });
      dropped++;
      continue;
    }
    const district = r[cDistrict] === '' ? null : Number(r[cDistrict]);
    const birth = /^\d{4}/.test(r[cBirth]) ? Number(r[cBirth].slice(0, 4)) : null;
    const wiki = r[cWiki] && r[cWiki] !== names.name ? r[cWiki] : null;
    rows.push([
      bioguide,
      names.name,
      names.others,
      r[cType] as 'sen' | 'rep',
      r[cState],
      Number.isFinite(district) ? district : null,
      r[cParty],
      birth,
      wiki,
    ]);
  }
  rows.sort((a, b) => a[0].localeCompare(b[0]));

  return {
    entities: [...created.values()],
    merged,
    formers: { source: US_CONGRESS_SOURCE, licence: 'CC0-1.0', asOf, rows },
    stats: {
      sitting: data.current.length,
      executive: executiveCount,
      formers: rows.length,
      mergedIntoHandWritten: merged.size,
      formerRowsDropped: dropped,
      titledAliases,
    },
  };
}

/* ------------------------------------------------------------------ */
/* Former members, expanded on demand (lib/knowledge/index.ts)         */
/* ------------------------------------------------------------------ */

/** The entry a former member's row stands for. */
/** "G.K. Butterfield" for "G.K. Butterfield Jr.": the name without its suffix, for a name led by initials. */
function initialsName(name: string): string[] {
  const m = INITIALS_FIRST.test(name) ? SUFFIX_AT_END.exec(name) : null;
  return m ? [name.slice(0, m.index)] : [];
}

export function formerEntity(row: FormerMember, asOf: string): Entity {
  const [bioguide, name, others, chamber, state, district, party, , wiki] = row;
  const description = `Former ${memberLine(chamber, state, district, party || undefined)}`.slice(0, 160);
  return {
    id: usEntityId(bioguide),
    type: 'person',
    name,
    aliases: [...others, ...(wiki && wikiName(wiki, name) ? [wikiName(wiki, name)!] : []), ...initialsName(name)],
    description,
    country: 'country:usa',
    roles: [],
    demonyms: [],
    facts: [],
    links: { wikipedia: wikiUrl(wiki ?? name) },
    related: [],
    provenance: provenanceOf(bioguide, undefined, asOf, 'entry'),
  };
}
