/**
 * The whole import: sitting members and presidents / vice presidents as entries with their terms
 * (or terms added to the hand-written entry they are), former members as compact rows.
 */
import type { Entity, FormerMember, FormerMembers, Provenance, Role } from '../schema';
import { normalizeKey } from '../normalize';
import {
  BIOGUIDE_URL,
  US_CONGRESS_AS_OF,
  US_CONGRESS_SOURCE,
  type UsCongressCurrent,
  type UsCongressData,
} from './data';
import { memberLine } from './seats';
import { clean, initialsName, namesOfUs, wikiName, withWikiName } from './names';
import { executiveDescription, executiveRoles, memberRoles } from './terms';
import { conflicts, HandWritten, mergeRoles } from './hand-written';

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

/** A new open-data person's entry. */
function personEntry(
  id: string,
  names: { name: string; others: string[] },
  description: string,
  roles: Role[],
  links: { wikipedia?: string; wikidata?: string },
  provenance: Provenance,
): Entity {
  return {
    id,
    type: 'person',
    name: names.name,
    aliases: names.others,
    description,
    country: 'country:usa',
    roles,
    demonyms: [],
    facts: [],
    links: { wikipedia: wikiUrl(links.wikipedia), wikidata: wikidataUrl(links.wikidata) },
    related: [],
    provenance,
  };
}

export function importUsCongressEntities(
  data: UsCongressData,
  handWritten: Entity[],
  asOf = US_CONGRESS_AS_OF,
): UsCongressResult {
  const run = new UsCongressImport(handWritten, asOf);
  const sitting = run.addSitting(data.current);
  const titledAliases = run.addTitledAliases(sitting);
  run.addExecutives(data);
  const { rows, dropped } = run.formerRows(data);
  return {
    entities: [...run.created.values()],
    merged: run.merged,
    formers: { source: US_CONGRESS_SOURCE, licence: 'CC0-1.0', asOf, rows },
    stats: {
      sitting: data.current.length,
      executive: data.executive.length,
      formers: rows.length,
      mergedIntoHandWritten: run.merged.size,
      formerRowsDropped: dropped,
      titledAliases,
    },
  };
}

type Sitting = { m: UsCongressCurrent; chamber: 'sen' | 'rep' };

/** The historical table's columns this import reads, as positions. */
const HISTORICAL_COLUMNS = [
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
] as const;
type Column = (typeof HISTORICAL_COLUMNS)[number];

class UsCongressImport {
  private readonly own: HandWritten;
  readonly merged = new Map<string, Entity>();
  readonly created = new Map<string, Entity>();
  private readonly handFor = new Map<string, Entity>(); // bioguide -> hand-written entry
  // "sen|brown" -> how many sitting senators are called so
  private readonly sittingSurnames = new Map<string, number>();

  constructor(
    private readonly handWritten: Entity[],
    private readonly asOf: string,
  ) {
    this.own = new HandWritten(handWritten);
  }

  private mergeInto(e: Entity, roles: Role[], bioguide: string | undefined, wikipedia: string | undefined) {
    const base = this.merged.get(e.id) ?? e;
    const next = mergeRoles(base.roles, roles);
    if (next.length === base.roles.length) {
      this.merged.set(e.id, base);
      return;
    }
    this.merged.set(e.id, {
      ...base,
      roles: next,
      provenance: base.provenance ?? provenanceOf(bioguide, wikipedia, this.asOf, 'terms'),
    });
  }

  /** Sitting members: an entry each, or terms added to the hand-written entry they are. */
  addSitting(current: UsCongressCurrent[]): Sitting[] {
    const sitting: Sitting[] = [];
    for (const m of current) {
      const names = withWikiName(namesOfUs(m.name), m.wikipedia);
      const roles = memberRoles(m, this.asOf);
      const now = roles[roles.length - 1];
      const chamber = m.terms[m.terms.length - 1].type;
      const hand = this.own.find({ wikidata: m.wikidata, wikipedia: m.wikipedia }, [names.name, ...names.others]);
      const k = `${chamber}|${normalizeKey(m.name.last)}`;
      this.sittingSurnames.set(k, (this.sittingSurnames.get(k) ?? 0) + 1);
      if (hand) {
        this.handFor.set(m.bioguide, hand);
        this.mergeInto(hand, roles, m.bioguide, m.wikipedia);
        continue;
      }
      const t = m.terms[m.terms.length - 1];
      const since = roles.filter((r) => r.title === now.title).reduce((a, r) => (r.from < a ? r.from : a), now.from);
      const description = `${memberLine(t.type, t.state, t.district, t.party)} since ${since.slice(0, 4)}`;
      const provenance = provenanceOf(m.bioguide, m.wikipedia, this.asOf, 'entry');
      this.created.set(m.bioguide, personEntry(usEntityId(m.bioguide), names, description, roles, m, provenance));
      sitting.push({ m, chamber });
    }
    return sitting;
  }

  /** "Sen. Brown", "Rep. Smith": only where one sitting member of that chamber has the surname. */
  addTitledAliases(sitting: Sitting[]): number {
    let titledAliases = 0;
    for (const { m, chamber } of sitting) {
      const e = this.created.get(m.bioguide)!;
      if (this.sittingSurnames.get(`${chamber}|${normalizeKey(m.name.last)}`) !== 1) continue;
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
    return titledAliases;
  }

  /** Presidents and vice presidents: terms added to an entry they already are, or an entry each. */
  addExecutives(data: UsCongressData) {
    for (const x of data.executive) {
      const roles = executiveRoles(x, this.asOf);
      const names = withWikiName(namesOfUs(x.name), x.wikipedia);
      // a hand-written entry holding the same office at the same time, or the same ids or name
      const byOffice = this.handWritten.find(
        (e) => e.type === 'person' && roles.some((r) => e.roles.some((o) => o.of === 'country:usa' && conflicts(r, o))),
      );
      // (the same ids or name first: the office at the same time only where nothing names the entry)
      const hand =
        (x.bioguide && this.handFor.get(x.bioguide)) ||
        this.own.find({ wikidata: x.wikidata, wikipedia: x.wikipedia }, [names.name, ...names.others]) ||
        byOffice;
      if (hand) {
        if (x.bioguide) this.handFor.set(x.bioguide, hand);
        this.mergeInto(hand, roles, x.bioguide, x.wikipedia);
        continue;
      }
      const member = x.bioguide ? this.created.get(x.bioguide) : undefined;
      if (member) {
        member.roles = [...member.roles, ...roles];
        member.description = executiveDescription(roles).slice(0, 160);
        continue;
      }
      const id = x.bioguide
        ? usEntityId(x.bioguide)
        : `us-executive:${x.govtrack ?? normalizeKey(names.name).replace(/\s+/g, '-')}`;
      const provenance = provenanceOf(x.bioguide, x.wikipedia ?? names.name, this.asOf, 'entry');
      const description = executiveDescription(roles).slice(0, 160);
      this.created.set(x.bioguide ?? id, personEntry(id, names, description, roles, x, provenance));
    }
  }

  /** Former members: compact rows; none for a person already an entry (a president, a hand-written one). */
  formerRows(data: UsCongressData): { rows: FormerMember[]; dropped: number } {
    const at = Object.fromEntries(HISTORICAL_COLUMNS.map((c) => [c, data.historical.columns.indexOf(c)])) as Record<
      Column,
      number
    >;
    const rows: FormerMember[] = [];
    let dropped = 0;
    for (const r of data.historical.rows) {
      const row = this.formerRow((c) => r[at[c]]);
      if (row) rows.push(row);
      else dropped++;
    }
    rows.sort((a, b) => a[0].localeCompare(b[0]));
    return { rows, dropped };
  }

  /** One historical row as a FormerMember, or null when it is dropped (noted on a hand-written entry it is). */
  private formerRow(r: (column: Column) => string): FormerMember | null {
    const bioguide = r('bioguide_id');
    const type = r('type');
    if (!/^[A-Z]\d{6}$/.test(bioguide) || (type !== 'sen' && type !== 'rep')) return null;
    const names = namesOfUs(
      {
        first: r('first_name'),
        middle: r('middle_name') || undefined,
        last: r('last_name'),
        suffix: r('suffix') || undefined,
        nickname: r('nickname') || undefined,
      },
      r('full_name') || undefined,
      false,
    );
    if (this.created.has(bioguide) || this.handFor.has(bioguide)) return null;
    const district = r('district') === '' ? null : Number(r('district'));
    const seat = Number.isFinite(district) ? district : null;
    const hand = this.own.find({ wikipedia: r('wikipedia_id') || undefined }, []);
    if (hand) {
      this.noteFormerSeat(hand, bioguide, r, seat);
      return null;
    }
    const birth = /^\d{4}/.test(r('birthday')) ? Number(r('birthday').slice(0, 4)) : null;
    const wiki = r('wikipedia_id') && r('wikipedia_id') !== names.name ? r('wikipedia_id') : null;
    return [bioguide, names.name, names.others, type, r('state'), seat, r('party'), birth, wiki];
  }

  /**
   * The hand-written entry keeps what the row knew: the person's last seat in Congress (no dates: the
   * compact rows have none), as a line of its card.
   */
  private noteFormerSeat(hand: Entity, bioguide: string, r: (column: Column) => string, district: number | null) {
    const base = this.merged.get(hand.id) ?? hand;
    const line = memberLine(r('type') as 'sen' | 'rep', r('state'), district, r('party') || undefined);
    const text = `Served in Congress; last as ${line} (US Congress open data).`;
    if (hand.links.wikipedia && !base.facts.some((f) => f.text === text))
      this.merged.set(hand.id, {
        ...base,
        facts: [...base.facts, { text, asOf: this.asOf, source: hand.links.wikipedia }],
        provenance: base.provenance ?? provenanceOf(bioguide, r('wikipedia_id'), this.asOf, 'terms'),
      });
  }
}

/* ------------------------------------------------------------------ */
/* Former members, expanded on demand (lib/knowledge/lookup/former-members.ts) */
/* ------------------------------------------------------------------ */

/** The entry a former member's row stands for. */
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
