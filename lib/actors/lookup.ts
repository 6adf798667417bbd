/**
 * Pass: names by knowledge. Decides which known entity, if any, each name or acronym candidate is
 * ("President Biden", "Nvidia Corp", "a Massachusetts Democrat", "Vladimir V. Putin"), and drops a
 * bare surname's entity unless the article is about that person's country. Reads the candidates, text,
 * index and date; returns a NameTable (per name: its words, key and entity). Writes no actors.
 */
import type { Entity } from '../knowledge/schema';
import type { KnowledgeIndex, MemberHint } from '../knowledge/index';
import { normalizeKey } from '../knowledge/normalize';
import type { NameCandidate } from '../engine/findings';
import {
  alternation,
  CHAMBER_WORDS,
  CORPORATE_SUFFIXES,
  ORG_WORDS,
  PARTY_LABELS,
  PARTY_MEMBER,
  PLACE_WORDS,
} from '../words';
import { isOn } from '../engine/rules';
import { CoActors } from './co-country';
import { coreOf, isCapitalNotSpeaker, namedBy } from '../names/evidence';
import type { ActorPassContext } from './context';
import { TITLE_ALIASES } from './types';
import { wordBeforeName, wordsBeforeName } from './word-before-name';
import { fitsMemberHint, memberBySurname, memberHint, statesNamed } from './member-hints';
import { stateAfterTown } from './state-after-town';
import { linkGivenNames } from './given-names';
import { dropWeakNames } from './weak-names';

export { fitsMemberHint } from './member-hints';

/** The knowledge context names are looked up in: the date, the site's country, the entities named so far. */
export interface LookupContext {
  date: string;
  country: string | undefined;
  /** grows as names resolve */
  coActors: Set<string>;
  /** what the text says of the member of Congress a name is (memberHint) */
  member?: MemberHint;
}

/** The name and acronym candidates and what is worked out per name, kept in arrays by its index in nameCands. */
export interface NameTable {
  /** The name and acronym candidates, in text order. */
  nameCands: NameCandidate[];
  /** each name's bare words */
  cores: string[];
  /** each name's key (normalizeKey of its bare words) */
  keys: string[];
  /** each name's known entity, or null */
  resolved: (Entity | null)[];
  lookup: LookupContext;
  /** where the name starts in names opened by a party word ("Democrat |Ann Lee"), by index */
  partyFrom: Map<number, number>;
  /** what the text says of each name as a member of Congress (memberHint), or undefined */
  members: (MemberHint | undefined)[];
  /** the bare surnames linked as the one member of Congress their title or tag fits, by index */
  bySurname: Set<number>;
  /** names opened by a word that is no part of them ("Crooked |Ann Lee"), by index (their start in partyFrom) */
  wordBefore: Set<number>;
  /** bare surnames several known people share, left unlinked (sharedSurname), by index */
  sharedSurnames: Set<number>;
  /** full names several members of Congress share, told apart by the state the article names, by index */
  byTextState: Set<number>;
  /**
   * The rule that linked a name the plain lookup did not (a state shortened after a town, a bare surname
   * kept by the country of the text's other names, a lone given name, a chamber's bare word), by index.
   */
  linkedBy: Map<number, LinkRule>;
}

/** The rules that link a name past the plain lookup, each noted in NameTable.linkedBy. */
export type LinkRule =
  | 'actor:state-after-town'
  | 'actor:country-by-names'
  | 'actor:given-name-of-known'
  | 'actor:chamber-by-country'
  | 'actor:co-actor-country';

/** A company's legal form after its name. */
const CORPORATE_SUFFIX = new RegExp(`\\s+(?:${alternation(CORPORATE_SUFFIXES)})\\.?$`);
/** Spellings British and American papers write differently in names of bodies. */
const SPELLING = /\b(?:Organi[sz]ation|Defen[cs]e|Cent(?:re|er)|Programme|Program)\b/;
const SPELLINGS = new RegExp(SPELLING.source, 'g');
const OTHER_SPELLING: Record<string, string> = {
  Organisation: 'Organization',
  Organization: 'Organisation',
  Defence: 'Defense',
  Defense: 'Defence',
  Centre: 'Center',
  Center: 'Centre',
  Programme: 'Program',
  Program: 'Programme',
};
const otherSpelling = (w: string) => OTHER_SPELLING[w] ?? w;
/** A middle initial inside a name ("Vladimir V. Putin", "John F. Kennedy"). */
const MIDDLE_INITIAL = /\s\p{Lu}\.\s(?=\p{Lu})/u;
/** MIDDLE_INITIAL's test, run only where its plain shape is: a space, one or two code units of no small letter, a dot, a space. */
export const hasMiddleInitial = (s: string): boolean => /\s[^\sa-z\d]{1,2}\.\s/.test(s) && MIDDLE_INITIAL.test(s);

/**
 * make's answer, worked out on the first call and kept. (A closure returned, not one declared in the
 * caller: a named closure made on every call is given its name on every call where names are kept.)
 */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function lookupNames(ctx: ActorPassContext, cands: NameCandidate[]): NameTable {
  const { text } = ctx;
  const nameCands = cands.filter((c) => c.kind === 'name' || c.kind === 'acronym');
  // each name's bare words and key, worked out once
  const cores = nameCands.map((c) => coreOf(text, c));
  const keys = cores.map((core) => normalizeKey(core));
  const resolved: (Entity | null)[] = [];
  const weak: number[] = [];
  const bySurname = new Set<number>();
  const lookup: LookupContext = { date: ctx.date, country: ctx.siteCountry ?? undefined, coActors: new Set() };
  const partyFrom = new Map<number, number>();
  const wordBefore = new Set<number>();
  const sharedSurnames = new Set<number>();
  const byTextState = new Set<number>();
  const linkedBy = new Map<number, LinkRule>();
  const members: (MemberHint | undefined)[] = [];
  const coActors = new CoActors(ctx.index, lookup.coActors);
  const textStates = once(() => statesNamed(text));
  nameCands.forEach((c, ci) => {
    // "Democrat Ann Lee": the party word is no part of the name, but tells the member's party
    const at = c.kind === 'name' ? partyPrefix(ctx.index, lookup, cores[ci]) : -1;
    let party = '';
    if (at > 0) {
      party = /^dem/i.test(cores[ci]) ? 'Democrat' : 'Republican';
      partyFrom.set(ci, c.nameStart + at);
      cores[ci] = cores[ci].slice(at);
      keys[ci] = normalizeKey(cores[ci]);
    }
    const member = memberHint(ctx.text, c, party, textStates);
    members[ci] = member;
    const lk = member ? { ...lookup, member } : lookup;
    let hit = lookupName(ctx, lk, c, cores[ci], keys[ci], weak, ci, bySurname, sharedSurnames);
    // "the House": a chamber's bare word is its country's body only where the article is about that country
    if (hit && hit.type !== 'person' && CHAMBER_WORDS.has(keys[ci]) && isOn('actor:chamber-by-country')) weak.push(ci);
    // "Tujunga, Calif.": a state shortened after a town
    if (!hit && (hit = stateAfterTown(text, ctx.index, lk, c, cores[ci]))) linkedBy.set(ci, 'actor:state-after-town');
    if (
      hit &&
      member?.textStates &&
      !ctx.index.lookupFirst(cores[ci], { ...lk, member: { ...member, textStates: [] } })
    )
      byTextState.add(ci);
    // "Crooked Ann Lee": a word before a known person's full name is no part of it
    const before =
      !hit && c.kind === 'name' && at <= 0
        ? (wordBeforeName(ctx.index, lk, cores[ci], ctx, text) ?? wordsBeforeName(ctx.index, lk, cores[ci], ctx, text))
        : null;
    if (before) {
      hit = before.entity;
      wordBefore.add(ci);
      partyFrom.set(ci, c.nameStart + before.at);
      cores[ci] = cores[ci].slice(before.at);
      keys[ci] = normalizeKey(cores[ci]);
    }
    resolved[ci] = hit ?? null;
    // (a town's state leans no other name its way)
    if (hit && !linkedBy.has(ci) && coActors.note(cores[ci], lk, hit)) linkedBy.set(ci, 'actor:co-actor-country');
  });
  const table = {
    ...{ nameCands, cores, keys, resolved, lookup, partyFrom, members },
    ...{
      bySurname,
      wordBefore,
      sharedSurnames,
      byTextState,
      linkedBy,
    },
  };
  dropWeakNames(ctx, table, weak);
  linkGivenNames(ctx.index, lookup, table);
  return table;
}

/** The entity a name is (undefined for none); a bare surname's is noted in weak, for dropWeakNames. */
function lookupName(
  ctx: ActorPassContext,
  lk: LookupContext,
  c: NameCandidate,
  core: string,
  key: string,
  weak: number[],
  ci: number,
  bySurname: Set<number>,
  shared: Set<number>,
): Entity | undefined {
  const { text, index } = ctx;
  const full = text.slice(c.start, c.end);
  let hit: Entity | undefined = index.lookupFirst(full, lk);
  // "Sen. Lee (D-Fla.)": a bare surname with a member's title and tag is the one member it fits
  let member = false;
  if (!hit && lk.member?.state && !core.includes(' ') && isOn('actor:member-by-surname')) {
    hit = memberBySurname(index, lk, core);
    member = hit !== undefined;
    if (member) bySurname.add(ci);
  }
  if (!hit) {
    // "President Biden": of the people called so, one who held that title
    const title = c.title ? (TITLE_ALIASES[c.title] ?? c.title) : '';
    if (title) {
      const options = index.lookup(core, lk);
      hit = options.find((e) => e.roles.some((r) => title.includes(r.title.toLowerCase()))) || options[0];
    } else if (core !== full) hit = index.lookupFirst(core, lk); // (the same as full's, asked above, when they are one)
  }
  if (!hit && c.plural) hit = index.lookupFirst(core.replace(/s$/, ''), lk);
  // (the forms below but a respelling need white space in the name: a name of one word skips their tests)
  const spaced = /\s/.test(core);
  if (!hit && spaced) hit = beforeLastWord(index, lk, core);
  // "Nvidia Corp", "Toyota Motor Corp.": the company the knowledge file names without its legal form
  let company = '';
  if (!hit && spaced && CORPORATE_SUFFIX.test(core))
    hit = index.lookupFirst((company = core.replace(CORPORATE_SUFFIX, '')), { ...lk, type: 'organization' });
  if (hit && company && (hit.type !== 'organization' || !namedBy(hit, company))) hit = undefined;
  // "Shanghai Cooperation Organization" for the "Organisation" the knowledge file writes, and the other way
  let respelled = '';
  if (!hit && SPELLING.test(core)) hit = index.lookupFirst((respelled = core.replace(SPELLINGS, otherSpelling)), lk);
  // "a Massachusetts Democrat", "House Republicans": members of a party, by their state or chamber
  if (!hit && spaced && PARTY_MEMBER.test(core)) {
    hit = partyOfMember(index, lk, core);
    member = hit !== undefined;
  }
  // "Vladimir V. Putin": a middle initial the knowledge file does not write (the name without it
  // must be the person's own)
  let bare = '';
  if (!hit && spaced && hasMiddleInitial(core)) {
    hit = index.lookupFirst((bare = core.replace(MIDDLE_INITIAL, ' ')), { ...lk, type: 'person' });
    if (hit && (!namedBy(hit, bare) || !middleFits(hit, core))) hit = undefined;
  }
  // "the Brookings Institution in Washington": the city, where the government's name does not act
  if (hit && isCapitalNotSpeaker(text, c, core, hit, index)) {
    const place = index.lookupFirst(core, { ...lk, type: 'place' });
    hit = place?.type === 'place' ? place : undefined;
  }
  // "Rep. Lee" is not a senator called Lee
  if (hit?.type === 'person' && !fitsMemberHint(hit, lk.member, lk.date)) hit = undefined;
  if (
    hit &&
    !member &&
    !company &&
    !namedBy(hit, core, key) &&
    !namedBy(hit, full) &&
    !(respelled && namedBy(hit, respelled)) &&
    !bare
  ) {
    // a bare surname ("Pou"): only for someone whose country the article is about
    if (hit.type !== 'person' || /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) hit = undefined;
    else if (isOn('actor:shared-surname') && sharedSurname(index, lk, core, hit)) {
      shared.add(ci);
      hit = undefined;
    } else weak.push(ci);
  }
  return hit;
}

/** "Donetsk region", "Wagner group": the place or body the words before such a last word name (a name ends in one at most). */
function beforeLastWord(index: KnowledgeIndex, lk: LookupContext, core: string): Entity | undefined {
  if (/\s(?:region|province|oblast|county|district|governorate|prefecture|state)$/i.test(core))
    return index.lookupFirst(core.replace(/\s\S+$/, ''), { ...lk, type: 'place' });
  if (/\s(?:group|militia|movement)$/.test(core)) return index.lookupFirst(core.replace(/\s\S+$/, ''), lk);
  return undefined;
}

/**
 * A bare surname several people of the knowledge file share ("Clinton", "Bush"): one of them only where
 * the article named that one already, or where that one alone held an office on the article's date
 * ("Obama" in 2015), or, none of them in office then, alone had held one before it ("Obama" in 2019);
 * otherwise the name stays unlinked, with what the article says of it (no guess).
 */
function sharedSurname(index: KnowledgeIndex, lk: LookupContext, core: string, hit: Entity): boolean {
  if (lk.coActors.has(hit.id)) return false;
  const people = index.lookup(core, lk).filter((e) => e.type === 'person');
  if (people.length < 2) return false;
  // the one in office on the date; with none, the one who alone had held an office before it
  let held = people.filter((e) => index.rolesOn(e.id, lk.date).length > 0);
  if (!held.length) held = people.filter((e) => e.roles.some((r) => r.from <= lk.date));
  return !(held.length === 1 && held[0] === hit);
}

/** Whether a name's middle initial ("Ann B. Lee") fits the person: none of their full names has another middle name. */
function middleFits(e: Entity, core: string): boolean {
  const initial = MIDDLE_INITIAL.exec(core)![0].trim()[0];
  let other = false;
  for (const name of [e.name, ...e.aliases]) {
    const words = name.split(' ');
    if (words.length < 3) continue;
    if (words[1][0] === initial) return true;
    other = true;
  }
  return !other;
}

/** The rule that cut a name's own words out of the mention ("Democrat |Ann Lee"), or linked its surname; '' for none. */
export function nameRuleOf(table: NameTable, ci: number, demonym: boolean, known: boolean): string {
  if (table.bySurname.has(ci)) return 'actor:member-by-surname';
  if (table.byTextState.has(ci)) return 'actor:member-state-in-text';
  const linked = table.linkedBy.get(ci);
  if (linked) return linked;
  if (!known && table.sharedSurnames.has(ci)) return 'actor:shared-surname';
  if (table.wordBefore.has(ci)) return 'actor:word-before-name';
  if (table.partyFrom.has(ci)) return 'actor:party-before-name';
  return demonym ? 'actor:demonym-before-name' : '';
}

/** Words before a title that put it in the past: "former", "ex-", "then-" (and "Then-Secretary of |State"). */
export const PAST_BEFORE = /\b(?:former\s+|ex-|then-)(?:\p{L}+\s+of\s+)?$/iu;

/** The party of "a Massachusetts Democrat", "House Republicans" (a PARTY_MEMBER name), by the place or chamber before it. */
function partyOfMember(index: KnowledgeIndex, lk: LookupContext, core: string): Entity | undefined {
  const space = core.lastIndexOf(' ');
  const from = index.lookupFirst(core.slice(0, space), lk);
  if (!from || from.type === 'person') return undefined;
  const word = core.slice(space + 1);
  const hit = index.lookupFirst(word.endsWith('s') ? word : `${word}s`, { ...lk, type: 'organization' });
  return hit?.type === 'organization' ? hit : undefined;
}

/**
 * "Democrat Ann Lee", "GOP Tom Berg": where a party word opens a name of two or three more capitalised
 * words that hold no body's or place's word and are not known as a whole, the offset in the core where
 * the person's name starts; else -1 (rule actor:party-before-name).
 */
function partyPrefix(index: KnowledgeIndex, lk: LookupContext, core: string): number {
  const space = core.indexOf(' ');
  if (space < 3 || !PARTY_LABELS.has(core.slice(0, space).toLowerCase())) return -1;
  const rest = core.slice(space + 1);
  const words = rest.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return -1;
  if (ORG_WORDS.test(rest) || PLACE_WORDS.test(rest) || !isOn('actor:party-before-name')) return -1;
  return index.lookupFirst(core, lk) ? -1 : space + 1;
}
