/**
 * What the role pass looks up, each worked out once per text and kept: the organisations' mentions
 * in text order (per word of their names), the titles the text gives people, who held an office on a
 * day, in the years the text names or at any time, and the names set beside a title. Reads the
 * context's actors and mentions (as they stand after the name pass, and as roles add to them); writes
 * actors only for an office of no known holder (unknownHolder) and for holders it finds.
 */
import type { Entity } from '../knowledge/schema';
import type { KnowledgeIndex } from '../knowledge/index';
import { normalizeKey } from '../knowledge/normalize';
import type { ActorPassContext } from './context';
import type { LookupContext } from './lookup';
import { sentenceAt } from '../text/sentences';
import { startsBefore } from './search';
import { alternation, escapeRegExp, OTHER_OFFICE_WORDS } from '../words';
import { findTextYears } from './text-years';
import type { ActorDraft, MentionDraft, TitleEntry } from './types';

/** Words that make a title another office than its last words name ("shadow chancellor", "vice president"). */
const OTHER_OFFICE = new RegExp(`^(?:${alternation(OTHER_OFFICE_WORDS)})\\b|-elect$`);

/**
 * Whether a title the text gives ("Prime Minister", "US President") names the office a bare title asks
 * about ("prime minister", "president"), not another ("Deputy Prime Minister", "Vice President", "former
 * President", "Shadow Chancellor").
 */
export function sameOffice(given: string, title: string): boolean {
  return (
    (given === title || given.startsWith(`${title} `) || given.endsWith(` ${title}`)) &&
    !(given !== title && OTHER_OFFICE.test(given) && !OTHER_OFFICE.test(title))
  );
}

export class RoleLookups {
  private personList: ActorDraft[] = [];
  private personCount = -1;
  /** every mention of a named organisation, in text order: kept sorted as roles add mentions */
  private orgList: MentionDraft[] | null = null;
  /** the same, only those whose actor's name holds a word ("ministry"), per word asked about */
  private readonly orgListsWith = new Map<string, { re: RegExp; list: MentionDraft[] }>();
  /** the titles the text gives people (all written by the name pass), by position, and per title asked about */
  private titleEntries: TitleEntry[] | null = null;
  private readonly titlesAsked = new Map<string, TitleEntry[]>();
  /** index.holdingsOf, asked once per title, country and day in this text */
  private readonly holdingsCache = new Map<string, ReturnType<KnowledgeIndex['holdingsOf']>>();
  private readonly wordRes = new Map<string, RegExp>();
  /** titledAs(title), only the entries that fit a role of that country ('' for none) */
  private readonly fittingAsked = new Map<string, TitleEntry[]>();
  private readonly undatedHolders = new Map<
    string,
    { read: number; holders: ActorDraft[]; rank: Map<ActorDraft, number> }
  >();
  /** The name mentions of the name pass (people, bodies, countries), in text order: for titles set beside a name. */
  protected readonly nameList: MentionDraft[];
  /** the people the text set beside a title ("Lee, the prime minister,"), by title, in text order */
  protected readonly apposedTitles = new Map<string, { start: number; actor: ActorDraft }[]>();
  /** The years the text itself gives as times ("in 2015", "the 2016 election"), up to the knowledge date. */
  private textYears: { year: number; at: number }[] | null = null;

  constructor(
    protected readonly ctx: ActorPassContext,
    protected readonly lookup: LookupContext,
  ) {
    this.nameList = ctx.mentions.filter((m) => !m.actor.unnamed).sort((a, b) => a.start - b.start);
  }

  /** The named people, kept while no actor is added. */
  protected persons(): ActorDraft[] {
    const { actors } = this.ctx;
    if (this.personCount !== actors.length) {
      this.personList = actors.filter((a) => a.type === 'person' && !a.unnamed);
      this.personCount = actors.length;
    }
    return this.personList;
  }

  protected orgMentions(): MentionDraft[] {
    this.orgList ??= this.ctx.mentions
      .filter((m) => m.actor.type === 'organization' && !m.actor.unnamed)
      .sort((a, b) => a.start - b.start);
    return this.orgList;
  }

  protected orgMentionsWith(word: string): MentionDraft[] {
    let entry = this.orgListsWith.get(word);
    if (!entry) {
      const re = this.wordRe(word);
      this.orgListsWith.set(word, (entry = { re, list: this.orgMentions().filter((m) => re.test(m.actor.name)) }));
    }
    return entry.list;
  }

  /** Adds a new mention to the organisations' lists, where it is one of a named organisation. */
  noteOrgMention(m: MentionDraft) {
    const orgList = this.orgList;
    if (!orgList || m.actor.type !== 'organization' || m.actor.unnamed) return;
    orgList.splice(startsBefore(orgList, m.start + 1), 0, m); // after any mention starting at the same place
    for (const { re, list } of this.orgListsWith.values())
      if (re.test(m.actor.name)) list.splice(startsBefore(list, m.start + 1), 0, m);
  }

  protected titledAs(title: string): TitleEntry[] {
    let list = this.titlesAsked.get(title);
    if (!list) {
      this.titleEntries ??= this.persons()
        .flatMap((actor) => actor.titles.map((t) => ({ title: t.title, country: t.country, start: t.pos, actor })))
        .sort((x, y) => x.start - y.start);
      list = this.titleEntries.filter((t) => sameOffice(t.title, title));
      this.titlesAsked.set(title, list);
    }
    return list;
  }

  protected titledFitting(title: string, qCountry: string, place = ''): TitleEntry[] {
    const k = `${title}|${qCountry}|${place}`;
    let list = this.fittingAsked.get(k);
    if (!list) {
      list = this.titledAs(title).filter(
        (t) =>
          (qCountry
            ? t.country === qCountry ||
              (t.country === '' && (!t.actor.entity?.country || t.actor.entity.country === qCountry))
            : t.country === '') && this.fitsPlace(t.actor, place),
      );
      this.fittingAsked.set(k, list);
    }
    return list;
  }

  protected holdingsOf(title: string, of: string, day: string) {
    const hk = `${title}|${of}|${day}`;
    let holders = this.holdingsCache.get(hk);
    if (!holders) this.holdingsCache.set(hk, (holders = this.ctx.index.holdingsOf(title, of, day)));
    return holders;
  }

  /**
   * Whether a person fits the place a title names ("the Vermont senator", "the Indiana governor"): the
   * knowledge file ties them to it (an office's title or seat, the description) or the text titled them
   * with it. No place: anyone fits.
   */
  protected fitsPlace(a: Pick<ActorDraft, 'entity' | 'titles'>, place: string): boolean {
    if (!place) return true;
    const re = this.wordRe(escapeRegExp(place));
    const e = a.entity;
    if (e && (re.test(e.description) || e.roles.some((r) => re.test(r.title) || re.test(r.seat ?? '')))) return true;
    return a.titles.some((t) => re.test(t.title));
  }

  private wordRe(w: string) {
    let re = this.wordRes.get(w);
    if (!re) this.wordRes.set(w, (re = new RegExp(`\\b${w}\\b`, 'i')));
    return re;
  }

  /** The country whose government or state the named person headed ("the Obama administration": then, not now). */
  protected countryLedBy(name: string): string | null {
    const { index } = this.ctx;
    const person = index.lookupFirst(name, { ...this.lookup, type: 'person' });
    if (person?.type !== 'person') return null;
    const role = person.roles.find((r) => r.kind === 'head-of-government' || r.kind === 'head-of-state');
    return role && index.entity(role.of)?.type === 'country' ? role.of : null;
  }

  /**
   * In an undated article, the person the text gives the title who held the office in one of the countries
   * at some time and has a mention: the one such person; of several, those of the first of the countries
   * (the article's own, best first), and of those the one the text titles first after `pos` (the body's
   * holder for a summary's "the president"), else the first. The people who held it are found once per
   * title and countries, and only new actors are read after (asking every person for every role was
   * quadratic).
   */
  protected undatedHolder(title: string, scope: string[], place = '', pos = -1): ActorDraft | null {
    const { actors } = this.ctx;
    const k = `${title}|${scope.join(' ')}|${place}`;
    let entry = this.undatedHolders.get(k);
    if (!entry) this.undatedHolders.set(k, (entry = { read: 0, holders: [], rank: new Map() }));
    for (; entry.read < actors.length; entry.read++) {
      const a = actors[entry.read];
      if (a.type !== 'person' || a.unnamed || !a.entity) continue;
      // only someone the text gives the title: a person merely named who held it once may be of another
      // era ("Trump" in a 2016 story is not "the president"); not "Communications Minister Malcolm Turnbull"
      if (!a.titles.some((t) => sameOffice(t.title, title)) || !this.fitsPlace(a, place)) continue;
      let rank = Infinity;
      for (const r of a.entity.roles) {
        const i = scope.indexOf(r.of);
        if (i >= 0 && i < rank && this.holdingsOf(title, r.of, r.from).some((h) => h.entity.id === a.entity!.id))
          rank = i;
      }
      if (rank === Infinity) continue;
      entry.holders.push(a);
      entry.rank.set(a, rank);
    }
    let named = entry.holders.filter((a) => a.mentions.length > 0);
    if (named.length < 2) return named[0] ?? null;
    const best = Math.min(...named.map((a) => entry.rank.get(a)!));
    named = named.filter((a) => entry.rank.get(a) === best);
    let next: ActorDraft = named[0];
    let at = Infinity;
    for (const a of named)
      for (const t of a.titles)
        if (t.pos > pos && t.pos < at && sameOffice(t.title, title)) {
          at = t.pos;
          next = a;
        }
    return next;
  }

  /**
   * The years the text gives as times in the paragraph at `pos` (a year elsewhere may be of another
   * story's time: "in 2011" in a paragraph of background does not date "the president" here).
   */
  private yearsNear(pos: number): number[] {
    const { index, text, findings } = this.ctx;
    if (!this.textYears) {
      const last = Number(index.knowledgeDate.slice(0, 4));
      this.textYears = [];
      for (const t of findTextYears(text)) if (t.year >= 1900 && t.year <= last) this.textYears.push(t);
    }
    const para = sentenceAt(findings.paragraphs, pos);
    return [
      ...new Set(this.textYears.filter((t) => sentenceAt(findings.paragraphs, t.at) === para).map((t) => t.year)),
    ];
  }

  /**
   * Of an undated text: the one holder of the office in the years it names in the paragraph at `pos`
   * (none named, or more than one holder: null).
   */
  protected yearHolder(title: string, of: string, pos: number, place = ''): Entity | null {
    const years = this.yearsNear(pos);
    if (!years.length) return null;
    const { index } = this.ctx;
    const held = new Map<string, Entity>();
    for (const y of years)
      for (let month = 1; month <= 12; month++)
        for (const d of ['01', '15']) {
          const day = `${y}-${String(month).padStart(2, '0')}-${d}`;
          if (day > index.knowledgeDate) continue;
          for (const h of this.holdingsOf(title, of, day))
            if (this.fitsPlace(this.ctx.byKey.get(h.entity.id) ?? { entity: h.entity, titles: [] }, place))
              held.set(h.entity.id, h.entity);
        }
    return held.size === 1 ? [...held.values()][0] : null;
  }

  /** An office no date tells the holder of: a person of no name, one per title and body ("the president"). */
  protected unknownHolder(title: string, of: string): ActorDraft {
    const owner = this.ctx.index.entity(of);
    return this.ctx.actorFor(`role:${normalizeKey(title)}:${of}`, () => ({
      entity: null,
      name: '',
      type: 'person',
      unnamed: true,
      gender: null,
      speaksFor: owner ? { id: owner.id, name: owner.name } : null,
    }));
  }

  /** The actor of a known holder of an office. */
  protected holderActor(e: Entity): ActorDraft {
    return this.ctx.byKey.get(e.id) ?? this.ctx.entityActor(e);
  }

  /** Of an undated text: who held the office of `of` by the text alone (someone it names, or its years). */
  protected undatedOffice(title: string, of: string, pos: number): ActorDraft | null {
    const named = this.undatedHolder(title, [of]);
    if (named) return named;
    const e = this.yearHolder(title, of, pos);
    return e ? this.holderActor(e) : null;
  }
}
