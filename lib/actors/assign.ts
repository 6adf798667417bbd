/**
 * Pass: names to actors (merging and coreference). Decides which actor each name or acronym is: its
 * known entity, or someone named in full before ("Mr Witkoff", "Parata", "Sarah"), a body's head word
 * ("the Palace"), an abbreviation defined in brackets ("DfE"), an unknown name's actor, or none (common
 * nouns with a capital, shouted words, eponyms, beats in job titles). Multi-word names go first, so
 * single words join them wherever they occur. Reads the NameTable; writes actors (with their gender and
 * titles) and one mention per name taken, through the context. Returns the acronyms used as titles
 * ("PM") and the people by surname and first name, for the role and source passes. Which unknown names
 * are no actor at all is not-names.ts.
 */
import type { Entity } from '../knowledge/schema';
import { normalizeKey } from '../knowledge/normalize';
import type { NameCandidate } from '../engine/findings';
import { isOn } from '../engine/rules';
import { PARTY_MEMBER } from '../words';
import { JOB_AFTER, genderOf, saidGender } from '../names/evidence';
import { qualifierCountry, type ActorPassContext } from './context';
import { fitsMemberHint, nameRuleOf, PAST_BEFORE, type NameTable } from './lookup';
import { demonymSpeaks, ROYAL_TITLE, initialsFit, relationGender } from './name-patterns';
import { NAME_RULE, TITLE_ALIASES, type ActorDraft } from './types';
import { demonymPrefix, unknownTypeOf, type TypeFixes } from './unknown-type';
import { proseCase, shoutedWords } from './word-shapes';
import { otherSex, titleAlone, TitledSurnames } from './titled-names';
import { NotNames } from './not-names';
import { SurnamesOfPlaces } from './surname-places';
import { teamRules, type TeamRule } from './teams';
import type { OwnerTokens } from './owner-names';
import { firmProduct } from './firm-product';

/** A nickname in quotation marks inside a name ("Juan “Chico” Manriquez": name:nickname in lib/names/runs.ts). */
const NICKNAME_INSIDE = /\s[“"]\p{Lu}[^“”"]*[”"]\s/u;

export interface AssignedNames {
  /** Acronyms standing for a title ("PM" on its own), for the role pass. */
  roleLike: NameCandidate[];
  /** People named in full, by the key of their surname and of their first name. */
  personByToken: Map<string, ActorDraft>;
}

export function assignNames(
  ctx: ActorPassContext,
  table: NameTable,
  knownCands: Map<NameCandidate, string>,
  owners: OwnerTokens = new Map(),
): AssignedNames {
  const assigner = new NameAssigner(ctx, table, owners);
  assigner.assignAll();
  const { nameCands } = table;
  const { assigned } = assigner;
  nameCands.forEach((c, ci) => {
    const a = assigned[ci];
    if (!a) return;
    const team = assigner.teams.get(ci);
    const fix = a.entity ? undefined : assigner.typeFixes.get(table.keys[ci]);
    const why = team
      ? [team]
      : assigner.surnameJoins.has(ci)
        ? [NAME_RULE[c.kind], 'actor:surname-over-place']
        : assigner.ownerJoins.has(ci)
          ? [NAME_RULE[c.kind], 'actor:owner-surname']
          : assigner.notNames.saysAfter.has(ci)
            ? fix === 'actor:speaker-word' || fix === 'actor:reporter-line'
              ? ['name:says-after', fix]
              : ['name:says-after']
            : fix
              ? [fix]
              : knownCands.has(c)
                ? [knownCands.get(c)!]
                : c.verbFirst
                  ? [NAME_RULE[c.kind], 'name:verb-first']
                  : c.jobArea
                    ? [NAME_RULE[c.kind], 'name:job-area']
                    : undefined;
    const party = table.partyFrom.get(ci);
    const from = party ?? assigner.nameFrom.get(ci);
    const extra = nameRuleOf(table, ci, party === undefined && from !== undefined, a.entity !== null);
    const nickname = !extra && NICKNAME_INSIDE.test(ctx.text.slice(c.nameStart, c.end));
    const m = ctx.addMention(
      a,
      c,
      c,
      c.inQuote,
      extra ? [...(why ?? []), extra] : nickname ? [...(why ?? [NAME_RULE[c.kind]]), 'name:nickname'] : why,
    );
    if (from !== undefined) m.name = { start: from, end: c.end };
    else if (a.type === 'place' || a.type === 'country') {
      // "Donetsk region", "the Pamir mountains": the place's name without its lower-case place word
      const space = ctx.text.lastIndexOf(' ', c.end - 1);
      if (space > c.nameStart && /\p{Ll}/u.test(ctx.text[space + 1])) m.name = { start: c.nameStart, end: space };
    }
  });
  return { roleLike: assigner.roleLike, personByToken: assigner.personByToken };
}

/** The state of the name pass: what the names taken so far tell of those to come. */
class NameAssigner {
  /** Full names seen in the text, for surnames and first names met later ("Mr Witkoff", "Parata"). */
  readonly personByToken = new Map<string, ActorDraft>();
  /** every person named in full, by their surname (for titled surnames: "President Obama", "Mrs. Clinton") */
  private readonly bySurname = new TitledSurnames();
  /** the first person named in full with each surname, for a lone surname that is also a place ("Cuban said") */
  private readonly surnamePlaces = new SurnamesOfPlaces();
  /** the lone words taken as such a person rather than the place (rule actor:surname-over-place), by index */
  readonly surnameJoins = new Set<number>();
  /** the lone words taken as a person named in full only as a source's owner (rule actor:owner-surname), by index */
  readonly ownerJoins = new Set<number>();
  /** the people made from a source's owner, with no mention of their own name */
  private readonly ownerMade = new Set<ActorDraft>();
  /** "Palace" after "Buckingham Palace": the head word of an organisation or place named in full */
  private readonly bodyByHead = new Map<string, ActorDraft>();
  /** which unknown names are no actor (and how often each bare name occurs) */
  readonly notNames: NotNames;
  /** each name's actor, by its index in nameCands */
  readonly assigned: (ActorDraft | undefined)[] = [];
  readonly roleLike: NameCandidate[] = [];
  /** the names taken as clubs (teamActor), by index, with the rule that took each */
  readonly teams = new Map<number, TeamRule>();
  /** the names that are clubs where they stand (teams.ts), by index */
  private readonly clubs: Map<number, TeamRule>;
  /** the keys of unknown names whose type another mention corrected (unknownTypeOf) */
  readonly typeFixes: TypeFixes = new Map();
  /** where the name starts in mentions that open with a demonym ("Australian |Tom Berg"), by index */
  readonly nameFrom = new Map<number, number>();
  private readonly abbreviations = new Map<string, ActorDraft>();
  private readonly partyHeads = new Set<string>();

  constructor(
    private readonly ctx: ActorPassContext,
    private readonly table: NameTable,
    private readonly owners: OwnerTokens,
  ) {
    this.notNames = new NotNames(ctx, table);
    this.clubs = teamRules(ctx.text, table, ctx.index);
    const { nameCands, keys } = table;
    nameCands.forEach((c, i) => {
      // "Australian Tom Berg": the person's name without the demonym before it
      if (!table.resolved[i] && !c.title && c.kind === 'name' && isOn('actor:demonym-before-name')) {
        const at = demonymPrefix(table.cores[i], ctx.index);
        if (at > 0) {
          this.nameFrom.set(i, c.nameStart + at);
          table.cores[i] = table.cores[i].slice(at);
          keys[i] = normalizeKey(table.cores[i]);
        }
      }
      this.notNames.count(i);
    });
  }

  /** The names' indexes, multi-word names first, each group in text order. */
  private order(): number[] {
    const { nameCands, cores } = this.table;
    // (the names come in text order, so the multi-word ones in turn, then the single words, are that order
    // without a sort; a sort only if they do not)
    const order: number[] = [];
    let inTextOrder = true;
    for (let i = 0; i < nameCands.length; i++) {
      if (cores[i].includes(' ')) order.push(i);
      if (i > 0 && nameCands[i].start < nameCands[i - 1].start) inTextOrder = false;
    }
    for (let i = 0; i < nameCands.length; i++) if (!cores[i].includes(' ')) order.push(i);
    if (!inTextOrder)
      order.sort(
        (a, b) =>
          (cores[a].includes(' ') ? 0 : 1) - (cores[b].includes(' ') ? 0 : 1) ||
          nameCands[a].start - nameCands[b].start,
      );
    return order;
  }

  assignAll() {
    for (const ci of this.order()) {
      const actor = this.actorOf(ci);
      if (!actor) continue;
      this.noteActor(actor, ci);
      this.assigned[ci] = actor;
    }
  }

  /** The actor of the name at ci, or null where it names none. */
  private actorOf(ci: number): ActorDraft | null {
    const { text } = this.ctx;
    const c = this.table.nameCands[ci];
    const core = this.table.cores[ci];
    const key = this.table.keys[ci];
    const entity = this.table.resolved[ci];
    let actor: ActorDraft | null = null;
    if (!key) return null;
    const team = this.teamActor(ci, entity);
    if (team) return team;
    if (!core.includes(' ')) actor = this.joinedWord(ci, entity);
    // "the BBC's North America editor": a beat in a job title, not a place in the story
    if (JOB_AFTER.test(text.slice(c.end, c.end + 16)) && (!entity || entity.type !== 'person')) return null;
    // "PM" on its own, as tabloids write it; "Prime Minister" with no name: the office, for the role pass
    const alone = !actor && !entity ? titleAlone(c, key, text) : null;
    if (alone) {
      if (alone === 'office') this.roleLike.push(c);
      return null;
    }
    // "“…,” the Italian said": a nationality standing for someone named before, not the country
    // (a nationality only: "the Vatican said" names the state)
    if (
      !actor &&
      entity?.type === 'country' &&
      !core.includes(' ') &&
      /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start)) &&
      demonymSpeaks(text.slice(c.end, c.end + 24)) &&
      normalizeKey(entity.name) !== key &&
      !entity.aliases.some((a) => normalizeKey(a) === key)
    )
      return null;
    if (!actor && entity && !otherSex(entity, c.title)) actor = this.ctx.entityActor(entity);
    if (!actor) actor = this.ctx.byNameKey.get(key) ?? null; // "Harry" after "Prince Harry"
    if (!actor) {
      const aside = (!core.includes(' ') && this.notNames.singleAside(ci)) || this.notNames.nameAside(ci);
      if (aside) {
        this.ctx.setAside.push({ start: c.start, end: c.end, why: [aside] });
        return null;
      }
      actor = this.unknownActor(ci);
    }
    return actor;
  }

  /**
   * "Leeds 2 Hull 1", "Hull 4 2 1 1 7 3 7": a town (or an unknown single word) as a side in a row of
   * scores names its club, an organisation; a country there is its national side, still the country.
   */
  private teamActor(ci: number, entity: Entity | null): ActorDraft | null {
    const rule = this.clubs.get(ci);
    if (!rule) return null;
    this.teams.set(ci, rule);
    if (entity?.type === 'organization') return this.ctx.entityActor(entity);
    return this.ctx.actorFor(`team:${this.table.keys[ci]}`, () => ({
      entity: null,
      name: this.table.cores[ci],
      type: 'organization',
      unnamed: false,
      gender: null,
      speaksFor: null,
    }));
  }

  /** A single word standing for an actor named before: a surname or first name, a body's head word, an abbreviation. */
  private joinedWord(ci: number, entity: Entity | null): ActorDraft | null {
    const { text } = this.ctx;
    const { nameCands, cores, keys } = this.table;
    const c = nameCands[ci];
    const key = keys[ci];
    /** the name before this one in the text */
    const prev = ci > 0 ? nameCands[ci - 1] : undefined;
    let actor: ActorDraft | null = null;
    // a surname or first name of someone named in full (with a title: the one the title fits)
    const titled = c.title ? this.bySurname.person(this.ctx, this.table, ci) : undefined;
    let p = titled === undefined ? this.personByToken.get(key) : titled;
    // "Abbott" after "Tony Abbott’s office": the person named in full only as a source's owner
    const owner = !p && !c.title && (!entity || entity.type === 'person') ? this.owners.get(key) : undefined;
    if (owner) {
      p = owner();
      if (!p.mentions.length) this.ownerMade.add(p);
    }
    if (
      p &&
      (!entity || entity.type === 'person' || entity.id === p.entity?.id) &&
      (!p.entity || fitsMemberHint(p.entity, this.table.members[ci], this.ctx.date))
    ) {
      actor = p;
      if (this.ownerMade.has(p) && !entity) this.ownerJoins.add(ci);
    }
    // "Ann Westmoor … Westmoor said": a surname that is also a place, unless its context places it
    if (!actor && !c.title) {
      const placeBefore =
        !!prev && /^,\s*$/.test(text.slice(prev.end, c.start)) && placeOrCountry(this.table.resolved[ci - 1]);
      actor = this.surnamePlaces.person(text, c, key, entity, placeBefore) ?? null;
      if (actor) this.surnameJoins.add(ci);
    }
    // an abbreviation defined in brackets: "the Department for Education (DfE)", then "DfE" alone
    const defined =
      prev &&
      text[c.start - 1] === '(' &&
      text[c.end] === ')' &&
      /^\s*\($/.test(text.slice(prev.end, c.start)) &&
      initialsFit(cores[ci], text.slice(prev.start, prev.end))
        ? this.assigned[ci - 1]
        : undefined;
    const body = !entity && !c.sentenceStart && !this.partyHeads.has(key) ? this.bodyByHead.get(key) : undefined;
    if (!actor && body) actor = body;
    if (!actor && defined && (!entity || entity.id === defined.entity?.id)) {
      actor = defined;
      this.abbreviations.set(key, defined);
    } else if (!actor && !entity && this.abbreviations.has(key)) {
      actor = this.abbreviations.get(key)!;
    }
    return actor;
  }

  /** The actor of an unknown name (made once per name). */
  private unknownActor(ci: number): ActorDraft {
    const { text } = this.ctx;
    const { nameCands, resolved } = this.table;
    const c = nameCands[ci];
    const core = this.table.cores[ci];
    const prev = ci > 0 ? nameCands[ci - 1] : undefined;
    const afterCountry =
      !!prev && resolved[ci - 1]?.type === 'country' && /^[’'ʼ]s?\s+$/.test(text.slice(prev.end, c.start));
    const bare = core.replace(/\s(?:group|militia|movement)$/, ''); // "the Manu Taupunga group" is "Manu Taupunga"
    // "Prince Harry", "Pope Leo": a royal or religious title with one name is how the person is known
    const royal = c.title && !bare.includes(' ') && ROYAL_TITLE.test(c.title);
    const label = royal ? `${c.title![0].toUpperCase()}${c.title!.slice(1)} ${bare}` : bare;
    return this.ctx.actorFor(`name:${normalizeKey(bare)}`, () => ({
      entity: null,
      name: label,
      type: bare !== core || this.nationalArm(core) ? 'organization' : this.unknownType(ci, core, afterCountry),
      unnamed: false,
      gender: null,
      speaksFor: null,
    }));
  }

  /** unknownTypeOf, and a known firm's product or unit (firmProduct). */
  private unknownType(ci: number, core: string, afterCountry: boolean): ActorDraft['type'] {
    const type = unknownTypeOf(this.ctx.text, this.table, ci, afterCountry, this.typeFixes);
    if (type !== 'person' || this.table.nameCands[ci].title || !firmProduct(this.ctx.index, core)) return type;
    this.typeFixes.set(this.table.keys[ci], 'actor:firm-product');
    return 'organization';
  }

  /** "Yahoo Japan", "Amazon UK": a name the text also uses alone, then a country: a company's national arm */
  private nationalArm(core: string): boolean {
    const space = core.indexOf(' ');
    if (space < 0 || core.indexOf(' ', space + 1) >= 0) return false;
    if (!this.notNames.occurrences(normalizeKey(core.slice(0, space)))) return false;
    return this.ctx.index.lookupFirst(core.slice(space + 1), { type: 'country' })?.type === 'country';
  }

  /** What the name at ci tells of its actor: its spelling, head word, surname, gender and title. */
  private noteActor(actor: ActorDraft, ci: number) {
    const { text } = this.ctx;
    const c = this.table.nameCands[ci];
    const core = this.table.cores[ci];
    const key = this.table.keys[ci];
    // "MALCOLM Fraser" (a drop-cap opening) and later "Malcolm Fraser": the name as prose writes it
    if (
      !actor.entity &&
      !actor.unnamed &&
      actor.name !== core &&
      shoutedWords(actor.name) > shoutedWords(core) &&
      normalizeKey(actor.name) === normalizeKey(core)
    )
      actor.name = core;
    // "HARTLEY: …", a transcript's label all it has: the name as prose writes it ("Hartley")
    else if (c.label && !actor.entity && actor.name === core && !/\p{Ll}/u.test(core)) actor.name = proseCase(core);
    this.noteHead(actor, key);
    if (actor.type === 'person') this.noteTokens(actor, actor.entity ? normalizeKey(actor.entity.name) : key);
    if (actor.type === 'person') this.noteTokens(actor, key);
    if (actor.type === 'person') this.surnamePlaces.note(actor, key, c);
    // ("House Republicans": "House" alone is their chamber, not the White House)
    if (actor.type === 'group' && PARTY_MEMBER.test(core)) this.partyHeads.add(key.slice(0, key.indexOf(' ')));
    if (!actor.gender && actor.type === 'person')
      actor.gender =
        genderOf(c.title) ??
        relationGender(text.slice(Math.max(0, c.start - 16), c.start)) ??
        (actor.entity || actor.name.includes(' ') ? null : saidGender(text, c));
    // ("former Secretary of State Ann Lee" holds the title no longer: no bare "the secretary of state" is her)
    // (PAST_BEFORE, a Unicode regex, only where its words are: not run, it is not compiled on a page's first run)
    const lead = c.title && !c.inQuote ? text.slice(Math.max(0, c.start - 24), c.start) : '';
    if (c.title && !c.inQuote && !(/former|ex-|then-/i.test(lead) && PAST_BEFORE.test(lead))) {
      const title = TITLE_ALIASES[c.title] ?? c.title;
      actor.titles.push({ title, country: qualifierCountry(this.ctx, c.qualifier), pos: c.start });
    }
  }

  /** Notes an organisation's or place's head word (the name's key: normalizeKey of its words). */
  private noteHead(a: ActorDraft, key: string) {
    if (a.type !== 'organization' && a.type !== 'place') return;
    // the last word, or the word before "of": "the Bank" after "the Bank of England"
    const of = key.indexOf(' of ');
    const named = of > 0 ? key.slice(0, of) : key;
    const space = named.lastIndexOf(' ');
    if (space < 0 && of < 0) return;
    const head = named.slice(space + 1);
    if (!this.bodyByHead.has(head)) this.bodyByHead.set(head, a);
  }

  /** Notes a person's surname and first name ("Mr Xi" after "Xi Jinping", "Sarah" after "Sarah Mitchell"). */
  private noteTokens(a: ActorDraft, key: string) {
    if (a.type !== 'person') return;
    const space = key.lastIndexOf(' ');
    if (space < 0) return;
    const last = key.slice(space + 1);
    if (!this.personByToken.has(last)) this.personByToken.set(last, a);
    this.bySurname.note(last, a);
    // the first name too: "Sarah" after "Sarah Mitchell" (human-interest and court reports name people so)
    const first = key.slice(0, key.indexOf(' '));
    if (!this.personByToken.has(first)) this.personByToken.set(first, a);
  }
}

const placeOrCountry = (e: Entity | null | undefined): boolean => e?.type === 'place' || e?.type === 'country';
