import type { Entity, EntityType } from '../knowledge/schema';
import type { KnowledgeIndex } from '../knowledge/index';
import { normalizeKey } from '../knowledge/normalize';
import type { Findings, NameCandidate, Range } from '../engine/findings';
import { DOCUMENTS, INSTITUTION_NOUNS, PARTY_MEMBER, ROLE_NOUNS, SENTENCE_WORDS, SPEECH_VERBS, TITLES } from '../words';
import { boilerplate, countryFromSite, escape, findKnownPhrases } from '../claims/context';
import { insideAny, sentenceAt } from '../text/sentences';
import { letterOrMarkAt } from '../text/chars';
import { isWordOfLetters } from '../text/ascii';
import {
  ADJECTIVE_ENDING,
  AUXILIARIES,
  JOB_AFTER,
  NOT_ACTOR_HEAD,
  NOT_NAMES,
  coreOf,
  genderOf,
  isCapitalNotSpeaker,
  namedBy,
  typeOfUnknown,
} from '../names/evidence';
import { addQuotedTerms, speechQuotes } from '../claims/quoted-terms';
import { isOn } from '../engine/rules';

/** One actor being built: all mentions of one real-world entity (or one unknown name). */
export interface ActorDraft {
  key: string;
  entity: Entity | null;
  name: string;
  type: EntityType;
  mentions: MentionDraft[];
  unnamed: boolean;
  speaksFor: { id: string | null; name: string } | null;
  gender: 'm' | 'f' | null;
  /** Titles written before the name outside quotes, with their qualifier country ("" when none). */
  titles: { title: string; country: string; pos: number }[];
}

export interface MentionDraft extends Range {
  actor: ActorDraft;
  cand: NameCandidate | null;
  inQuote: boolean;
  /** The rules that made it and chose its actor (lib/engine/rules.ts); see mentionWhy. */
  why?: string[];
  /** The bare name inside the mention where it is not the candidate's own (see mentionName). */
  name?: Range;
}

/** The name rule of a candidate's kind ("name:acronym"); a quoted term has none. */
const NAME_RULE = {
  name: 'name:capitalised',
  acronym: 'name:acronym',
  role: 'name:role',
  source: 'name:unnamed-source',
} as const;

/** Why a mention was taken for its actor: its name rule, the actor rules that chose it, and 'actor:known' for a known actor. */
export function mentionWhy(m: MentionDraft): string[] {
  const why = m.why ?? [m.cand ? NAME_RULE[m.cand.kind] : 'name:quoted-term'];
  return m.actor.entity && !why.includes('actor:known') ? [...why, 'actor:known'] : why;
}

/**
 * The bare name inside a mention, where the mention holds more than the name: a person's name after
 * the titles written before it ("Prime Minister |John Major|", "Sen. |Ann Lee|", "U.S. District Judge
 * |Tom Hale|": the candidate's nameStart), or the body named in a description of it ("the |Xinhua| news
 * agency"). Null when the mention is all name, or names no one ("the president", "a spokesman").
 */
export function mentionName(m: MentionDraft): Range | null {
  if (m.name) return m.name;
  const c = m.cand;
  if (!c || c.kind !== 'name' || m.actor.type !== 'person' || m.actor.unnamed) return null;
  if (c.start !== m.start || c.end !== m.end || c.nameStart <= m.start || c.nameStart >= m.end) return null;
  // (a saint's name keeps its "St": "St Louis", "Saint Laurent" are names as written)
  if (c.title && SAINT_TITLE.test(c.title)) return null;
  return { start: c.nameStart, end: m.end };
}

const SAINT_TITLE = /^(?:st|saint|ste)$/;

/** Plural nouns for groups and things; a lone unknown word right before one only describes them ("Gulf allies", "Patriot systems"). */
const COLLECTIVE_AFTER =
  /^\s(?:chips|planes|cars|phones|engines|vehicles|satellites|reactors|servers|processors|allies|states|countries|nations|leaders|forces|troops|rebels|militants|fighters|governments|partners|neighbours|neighbors|monarchies|powers|members|citizens|nationals|systems|missiles|tanks|jets|drones|rockets|batteries|launchers|terminals|vaccines|aircraft|helicopters|shells)\b/;

const TITLE_ALIASES: Record<string, string> = {
  pm: 'prime minister',
  premier: 'prime minister',
  'vice-president': 'vice president',
};
const SPOKES = /^(?:spokesperson|spokesman|spokeswoman|spokespeople|press secretary|representative)$/;

export interface ActorSet {
  actors: ActorDraft[];
  /** mention start -> mention */
  byStart: Map<number, MentionDraft>;
  /** all mentions in text order */
  mentions: MentionDraft[];
  country: string | null;
}

/** Whether r overlaps any of the sorted ranges (binary search). */
export function overlapsAny(sorted: Range[], r: Range): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  // sorted by start with no containment assumed: check a few neighbours
  for (let i = Math.max(0, lo - 2); i < Math.min(sorted.length, lo + 3); i++)
    if (sorted[i].start < r.end && r.start < sorted[i].end) return true;
  return false;
}

/**
 * Whether an abbreviation in brackets can stand for the name before it: its capitals are the
 * initials of the name's words, in order ("Department for Education (DfE)"; not "Ukraine (AP)").
 */
function initialsFit(abbreviation: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  let i = 0;
  for (const ch of abbreviation.replace(/[^\p{Lu}]/gu, '').toLowerCase()) {
    i = initials.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

/** What follows "the Italian" when it stands for a person: a verb of saying. */
const DEMONYM_SPEAKS =
  /^\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|admitted|insisted|explained|argued|replied|warned|claimed|stated|conceded|noted)\b/;
/** A company's legal form after its name. */
const CORPORATE_SUFFIX =
  /\s+(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|Plc|PLC|plc|Co|LLC|AG|SA|SE|NV|Holdings)\.?$/;
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
const POSSESSIVE_AFTER = /^[’'ʼ]s\b/;
/** An illness named after someone ("Alzheimer's disease"): the name is no actor of the story. */
const ILLNESS_AFTER = /^[’'ʼ]s (?:disease|syndrome|disorder|theorem|palsy)/;
const CAPITAL_WORD_AT_END = /(\p{Lu}[\p{L}-]+)$/u;

/** A description set after a name in commas: ", the homeland security secretary,", ", a lawyer for …". */
const APPOSITION_AFTER =
  /^,\s+(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,4}(?:secretary|minister|spokesman|spokeswoman|spokesperson|lawyer|director|chief|head|leader|president|chairman|chairwoman|official|adviser|advisor|professor|senator|governor|mayor|envoy|ambassador|commissioner|executive|founder|editor|analyst|economist)\b/u;

/** An acronym the prose treats as a name: after a lower-case "the", or speaking ("the RSPCA said", "NSPCC said"). */
const ACRONYM_IN_PROSE =
  /^(?:the\s\S+|\S*\s*\S+\s+(?:said|says|told|added|warned|urged|called|announced|confirmed|stated)\b)/;

/** The sex a relation word before a name tells ("her husband Mark", "his daughter Amy"). */
function relationGender(before: string): 'm' | 'f' | null {
  const m =
    /\b(husband|father|son|brother|boyfriend|grandfather|grandson|uncle|nephew|widower|stepfather|dad|wife|mother|daughter|sister|girlfriend|grandmother|granddaughter|aunt|niece|widow|stepmother|mum|mom)\s+$/i.exec(
      before,
    );
  if (!m) return null;
  return /^(?:husband|father|son|brother|boyfriend|grandfather|grandson|uncle|nephew|widower|stepfather|dad)$/i.test(
    m[1],
  )
    ? 'm'
    : 'f';
}

/** How far back "the report" looks for the report's author. */
const AUTHOR_WINDOW = 4000;

/** How many of the items, sorted by start, start before pos (binary search). */
export function startsBefore(sorted: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The outside-quote mention of the sorted list that starts at pos. */
function mentionAt(sorted: MentionDraft[], pos: number): MentionDraft | undefined {
  for (let i = startsBefore(sorted, pos); i < sorted.length && sorted[i].start === pos; i++)
    if (!sorted[i].inQuote) return sorted[i];
  return undefined;
}

/** A title the text gives a person, where it gives it. */
interface TitleEntry {
  title: string;
  country: string;
  start: number;
  actor: ActorDraft;
}

/** A middle initial inside a name ("Vladimir V. Putin", "John F. Kennedy"). */
const MIDDLE_INITIAL = /\s\p{Lu}\.\s(?=\p{Lu})/u;

/** Words that make a title another office than its last words name ("shadow chancellor", "vice president"). */
const OTHER_OFFICE =
  /^(?:shadow|deputy|vice|former|ex|assistant|junior|under|opposition|would-be|prospective|late)\b|-elect$/;

/** Unnamed sources that are bodies of people, not one person. */
const BODY_SOURCES = new Set(['office', 'team', 'campaign']);
/** ASCII letters: 1 lower case, 2 upper case, 0 none. */
const ASCII_LETTER = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_LETTER[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_LETTER[c] = 2;

/**
 * Single capitalised words the text also writes in lower case ("Kauri" beside "kauri trees"): common
 * nouns, not names. One scan of the text's runs of letters, reading only those whose first two
 * letters and length fit one of the words.
 */
export function wordsAlsoLower(text: string, cores: string[]): Set<string> {
  const sought = new SoughtWords();
  for (const core of new Set(cores)) if (isWordOfLetters(core)) sought.add(core.toLowerCase());
  // one pass over the runs of letters and marks; a run that opens with an ASCII capital is skipped
  // whole (a lower-case word cannot be it), and ASCII is read by table
  const n = text.length;
  let left = sought.count; // words not met yet
  let i = 0;
  while (i < n && left > 0) {
    const start = i;
    const c = text.charCodeAt(i);
    const w = c < 128 ? (ASCII_LETTER[c] ? 1 : 0) : letterOrMarkAt(text, i);
    if (!w) {
      i++;
      continue;
    }
    const capital = c < 128 && ASCII_LETTER[c] === 2;
    i += w;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (!ASCII_LETTER[d]) break;
        i++;
      } else {
        const w = letterOrMarkAt(text, i);
        if (!w) break;
        i += w;
      }
    }
    if (!capital && sought.take(text, start, i)) left--;
  }
  return sought.found;
}

/** Slots of SoughtWords' filter (a power of two). */
const FILTER_SIZE = 4096;
/** The filter slot of the two characters at s[i] (words have three or more). */
const filterSlot = (s: string, i: number) => (s.charCodeAt(i) * 31 + s.charCodeAt(i + 1)) & (FILTER_SIZE - 1);
const lengthBit = (len: number) => 1 << Math.min(len, 31);
const holderKey = (slot: number, len: number) => slot * 32 + Math.min(len, 31);

/** The lower-case words wordsAlsoLower looks for; a word leaves them for `found` once it is met. */
class SoughtWords {
  private readonly words = new Set<string>();
  /**
   * By a hash of the first two characters (its slot), a bit for each length of word they open, and how
   * many words hold each slot and bit (a found word's bit clears when none is left).
   */
  private readonly lengths = new Uint32Array(FILTER_SIZE);
  private readonly holders = new Map<number, number>();
  readonly found = new Set<string>();

  /** How many words are still sought. */
  get count(): number {
    return this.words.size;
  }

  add(w: string) {
    if (this.words.has(w)) return;
    this.words.add(w);
    const slot = filterSlot(w, 0);
    this.lengths[slot] |= lengthBit(w.length);
    const k = holderKey(slot, w.length);
    this.holders.set(k, (this.holders.get(k) ?? 0) + 1);
  }

  /** Takes the run of letters text[from, to) if it is one of the words; whether it was. */
  take(text: string, from: number, to: number): boolean {
    const slot = filterSlot(text, from);
    if (!(this.lengths[slot] & lengthBit(to - from))) return false;
    const w = text.slice(from, to);
    if (!this.words.delete(w)) return false;
    this.found.add(normalizeKey(w));
    const k = holderKey(slot, w.length);
    const holding = this.holders.get(k)! - 1;
    this.holders.set(k, holding);
    if (holding === 0) this.lengths[slot] &= ~lengthBit(w.length);
    return true;
  }
}

/**
 * How many of the name's words (split at single spaces) have four or more characters, all upper case.
 * A word with a lower-case ASCII letter is ruled out without being cut from the name.
 */
function shoutedWords(core: string): number {
  let n = 0;
  for (let a = 0; a <= core.length;) {
    let b = core.indexOf(' ', a);
    if (b < 0) b = core.length;
    if (b - a >= 4) {
      let lower = false;
      for (let i = a; i < b && !lower; i++) {
        const c = core.charCodeAt(i);
        lower = c >= 97 && c <= 122;
      }
      if (!lower) {
        const w = core.slice(a, b);
        if (w === w.toUpperCase()) n++;
      }
    }
    a = b + 1;
  }
  return n;
}

/**
 * Who wrote the document a text calls "the <head>": the name after the last "<head> by" or
 * "<head> from" before it ("a new report by the Eastfield Poverty Trust", "a study published on
 * Monday by Oxfam"), from the sorted outside-quote mentions.
 */
function authorOf(text: string, head: string, before: number, sorted: MentionDraft[]): ActorDraft | null {
  const re = new RegExp(`^[^.;:“”"]{0,40}?\\b(?:by|from)\\s+(?:the\\s+)?`, 'i');
  let author: ActorDraft | null = null;
  let authorAt = -1;
  // each "<head>" ("report", "Report") in the few thousand characters before the mention, read where
  // the word stands (no pass over the whole text, so long pages stay linear)
  const from = Math.max(0, before - AUTHOR_WINDOW);
  for (const word of [head, head[0].toUpperCase() + head.slice(1)]) {
    for (let i = text.indexOf(word, from); i >= 0 && i < before; i = text.indexOf(word, i + word.length)) {
      if (letterOrMarkAt(text, i - 1) || letterOrMarkAt(text, i + word.length)) continue;
      const m = re.exec(text.slice(i + word.length, i + word.length + 64));
      if (!m) continue;
      const at = i + word.length + m[0].length;
      const mention = mentionAt(sorted, at);
      if (mention && at > authorAt && mention.actor.type !== 'place' && mention.actor.type !== 'country') {
        author = mention.actor;
        authorAt = at;
      }
    }
  }
  return author;
}

/** The last of the sorted mentions that lies inside r (binary search). */
function lastMentionWithin(sorted: MentionDraft[], r: Range): MentionDraft | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < r.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && sorted[i].start >= r.start; i--) if (sorted[i].end <= r.end) return sorted[i];
  return undefined;
}

/** "Te Kaurinui" and "Te Kaurinui Robert" are the "Te Kaurinui Robert Parata" named elsewhere. */
function mergeContainedNames(actors: ActorDraft[]) {
  const persons = actors.filter((a) => a.type === 'person' && !a.unnamed);
  // each name's words, spaced at both ends, worked out once (names do not change here)
  const words = new Map(persons.map((a) => [a, ` ${normalizeKey(a.name)} `]));
  // The names that hold a name's words in a row are found by an index of the runs of words of every
  // name, by a hash of each run, for the lengths (in words) of the names that may merge: comparing
  // every name with every other took seconds on a page of 10,000 names. A run's hash only picks the
  // names to compare; the comparison is the one it always was.
  const ids = new Map<string, number>();
  const wordIds = new Map<ActorDraft, number[]>();
  for (const [a, spaced] of words) {
    wordIds.set(
      a,
      spaced
        .slice(1, -1)
        .split(' ')
        .map((w) => {
          let id = ids.get(w);
          if (id === undefined) ids.set(w, (id = ids.size + 1));
          return id;
        }),
    );
  }
  const mergeable = (a: ActorDraft) => !a.entity && a.name.includes(' ');
  const lengths = new Set<number>();
  for (const a of persons) if (mergeable(a)) lengths.add(wordIds.get(a)!.length);
  /** length in words -> hash of a run of that many words -> the names holding such a run (each once) */
  const holders = new Map<number, Map<number, ActorDraft[]>>();
  for (const len of lengths) holders.set(len, new Map());
  for (const b of persons) {
    const w = wordIds.get(b)!;
    for (const len of lengths) {
      if (len >= w.length) continue; // only longer names hold a name
      const runs = holders.get(len)!;
      let h = 0;
      let top = 1; // RUN_BASE ** (len - 1)
      for (let i = 0; i < len; i++) {
        h = (Math.imul(h, RUN_BASE) + w[i]) | 0;
        if (i > 0) top = Math.imul(top, RUN_BASE);
      }
      for (let i = len; ; i++) {
        let list = runs.get(h);
        if (!list) runs.set(h, (list = []));
        if (list[list.length - 1] !== b) list.push(b);
        if (i >= w.length) break;
        h = (Math.imul(h - Math.imul(w[i - len], top), RUN_BASE) + w[i]) | 0;
      }
    }
  }
  const runHash = (w: number[]) => {
    let h = 0;
    for (const id of w) h = (Math.imul(h, RUN_BASE) + id) | 0;
    return h;
  };
  for (const a of persons) {
    if (!mergeable(a) || a.mentions.length === 0) continue;
    const inner = words.get(a)!;
    const w = wordIds.get(a)!;
    // the names that hold it: exactly one, or none is merged
    let into: ActorDraft | null = null;
    let count = 0;
    for (const b of holders.get(w.length)!.get(runHash(w)) ?? []) {
      if (b !== a && b.mentions.length > 0 && words.get(b)!.length > inner.length && words.get(b)!.includes(inner)) {
        into = b;
        if (++count > 1) break;
      }
    }
    if (count !== 1) continue;
    for (const m of a.mentions) {
      m.actor = into!;
      into!.mentions.push(m);
    }
    a.mentions = [];
  }
}
/** The base of mergeContainedNames' hash of a run of words (a prime). */
const RUN_BASE = 1_000_003;

/**
 * The article's countries, best first: the site's, then the home country of the domestic institutions
 * named ("Downing Street", "the Home Office" say more than how often a country is named), then the
 * countries by how often they are named.
 */
function articleCountries(actors: ActorDraft[], siteCountry: string | null): string[] {
  const countryCounts = new Map<string, number>();
  for (const a of actors) if (a.type === 'country' && a.entity) countryCounts.set(a.entity.id, a.mentions.length);
  const countries = [...countryCounts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const home = new Map<string, number>();
  for (const a of actors) {
    const e = a.entity;
    if (!e || e.type !== 'organization' || !e.country || e.scope === 'international') continue;
    home.set(e.country, (home.get(e.country) ?? 0) + a.mentions.length * (e.speaksFor ? 3 : 1));
  }
  const homeCountry = [...home.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (homeCountry) countries.unshift(homeCountry);
  if (siteCountry) countries.unshift(siteCountry);
  return countries;
}

/** Names for unnamed sources: "Prime Minister's official spokesperson" over "Prime Minister Sir Keir Starmer's …". */
function nameUnnamedSources(text: string, findings: Findings, actors: ActorDraft[]) {
  let roles: NameCandidate[] | null = null; // the role candidates, picked out on first need (by start)
  /** Whether a role lies inside r: only the roles starting inside it are read (a binary search finds them). */
  const roleWithin = (r: Range): boolean => {
    roles ??= findings.names.filter((n) => n.kind === 'role').sort((x, y) => x.start - y.start);
    for (let i = startsBefore(roles, r.start); i < roles.length && roles[i].start < r.end; i++)
      if (roles[i].end <= r.end) return true;
    // (a role starting at r's end or after lies inside only when it is empty there)
    for (let i = startsBefore(roles, r.end); i < roles.length && roles[i].start === r.end; i++)
      if (roles[i].end <= r.end) return true;
    return false;
  };
  for (const a of actors) {
    if (!a.unnamed) continue;
    const ranked = a.mentions
      .map((m) => {
        const c = m.cand!;
        const ownerIsRole = c.owner ? roleWithin(c.owner) : false;
        const rank = c.owner ? (ownerIsRole ? 0 : 1) : c.qualifier ? 2 : 3;
        const label = text.slice(m.start, m.end).replace(/^(?:the|a|an|one|another|his|her|its|their)\s+/i, '');
        return { rank, label };
      })
      .sort((x, y) => x.rank - y.rank || x.label.length - y.label.length);
    a.name = ranked[0]?.label ?? 'unnamed source';
  }
}

export function buildActors(
  text: string,
  findings: Findings,
  index: KnowledgeIndex,
  date: string,
  site: string | null | undefined,
  dated = true,
): ActorSet {
  const actors: ActorDraft[] = [];
  const byKey = new Map<string, ActorDraft>();
  /** The actors of unknown names ("name:<key>" in byKey) by the name's key alone: read without building a key string */
  const byNameKey = new Map<string, ActorDraft>();
  const mentions: MentionDraft[] = [];
  const siteCountry = countryFromSite(site, index);

  const actorFor = (key: string, make: () => Omit<ActorDraft, 'key' | 'mentions' | 'titles'>): ActorDraft => {
    let a = byKey.get(key);
    if (!a) {
      // the fields written out, not spread: a spread copy is far slower here
      const m = make();
      a = {
        key,
        mentions: [],
        titles: [],
        entity: m.entity,
        name: m.name,
        type: m.type,
        unnamed: m.unnamed,
        gender: m.gender,
        speaksFor: m.speaksFor,
      };
      byKey.set(key, a);
      if (key.startsWith('name:')) byNameKey.set(key.slice(5), a);
      actors.push(a);
    }
    return a;
  };
  const entityActor = (e: Entity) =>
    actorFor(e.id, () => ({
      entity: e,
      name: e.name,
      type: e.type,
      unnamed: false,
      gender: null,
      speaksFor: e.speaksFor ? { id: e.speaksFor, name: index.entity(e.speaksFor)?.name ?? e.speaksFor } : null,
    }));
  const addMention = (actor: ActorDraft, r: Range, cand: NameCandidate | null, inQuote: boolean, why?: string[]) => {
    const m: MentionDraft = why
      ? { start: r.start, end: r.end, actor, cand, inQuote, why }
      : { start: r.start, end: r.end, actor, cand, inQuote };
    actor.mentions.push(m);
    mentions.push(m);
    return m;
  };

  // Candidates in text order, plus known lower-case names ("coalition of the willing") where nothing else is.
  // (names in page furniture the reader let through are left out)
  const furniture = boilerplate(text, findings.paragraphs);
  const cands = findings.names.filter(
    (c) =>
      c.end > c.start &&
      c.end <= text.length &&
      !(furniture.length && insideAny(furniture, c.start)) &&
      isOn(NAME_RULE[c.kind]),
  );
  const known = isOn('name:known-phrase') ? findKnownPhrases(text, index) : [];
  const knownCands = new Set<NameCandidate>();
  let inSpeech: ((r: Range) => boolean) | null = null;
  if (known.length) {
    const taken = cands.map((c) => ({ start: c.start, end: c.end }));
    for (const r of known) {
      if (overlapsAny(taken, r)) continue;
      const c: NameCandidate = {
        start: r.start,
        end: r.end,
        kind: 'name',
        nameStart: r.start,
        title: null,
        qualifier: null,
        owner: null,
        sentenceStart: false,
        inQuote: (inSpeech ??= speechQuotes(findings))(r),
        indefinite: false,
        plural: false,
      };
      cands.push(c);
      knownCands.add(c);
    }
    cands.sort((a, b) => a.start - b.start);
  }

  // 1. names and acronyms, by knowledge first
  // (what is worked out per name is kept in arrays by its index in nameCands)
  const nameCands = cands.filter((c) => c.kind === 'name' || c.kind === 'acronym');
  // each name's bare words and key, worked out once
  const cores = nameCands.map((c) => coreOf(text, c));
  const keys = cores.map((core) => normalizeKey(core));
  const coActors = new Set<string>();
  const resolved: (Entity | null)[] = [];
  const weak: number[] = [];
  const ctx = { date, country: siteCountry ?? undefined, coActors }; // coActors grows as names resolve
  nameCands.forEach((c, ci) => {
    const full = text.slice(c.start, c.end);
    const core = cores[ci];
    let hit: Entity | undefined = index.lookupFirst(full, ctx);
    if (!hit) {
      // "President Biden": of the people called so, one who held that title
      const title = c.title ? (TITLE_ALIASES[c.title] ?? c.title) : '';
      if (title) {
        const options = index.lookup(core, ctx);
        hit = options.find((e) => e.roles.some((r) => title.includes(r.title.toLowerCase()))) || options[0];
      } else hit = index.lookupFirst(core, ctx);
    }
    if (!hit && c.plural) hit = index.lookupFirst(core.replace(/s$/, ''), ctx);
    if (!hit && /\s(?:region|province|oblast|county|district|governorate|prefecture|state)$/i.test(core)) {
      hit = index.lookupFirst(core.replace(/\s\S+$/, ''), { ...ctx, type: 'place' });
    }
    if (!hit && /\s(?:group|militia|movement)$/.test(core)) hit = index.lookupFirst(core.replace(/\s\S+$/, ''), ctx);
    // "Nvidia Corp", "Toyota Motor Corp.": the company the knowledge file names without its legal form
    let company = '';
    if (!hit && CORPORATE_SUFFIX.test(core))
      hit = index.lookupFirst((company = core.replace(CORPORATE_SUFFIX, '')), { ...ctx, type: 'organization' });
    if (hit && company && (hit.type !== 'organization' || !namedBy(hit, company))) hit = undefined;
    // "Shanghai Cooperation Organization" for the "Organisation" the knowledge file writes, and the other way
    let respelled = '';
    if (!hit && SPELLING.test(core)) hit = index.lookupFirst((respelled = core.replace(SPELLINGS, otherSpelling)), ctx);
    // "a Massachusetts Democrat", "House Republicans": members of a party, by their state or chamber
    let member = false;
    if (!hit && PARTY_MEMBER.test(core)) {
      const space = core.lastIndexOf(' ');
      const from = index.lookupFirst(core.slice(0, space), ctx);
      if (from && from.type !== 'person') {
        const word = core.slice(space + 1);
        hit = index.lookupFirst(word.endsWith('s') ? word : `${word}s`, { ...ctx, type: 'organization' });
        member = hit?.type === 'organization';
        if (!member) hit = undefined;
      }
    }
    // "Vladimir V. Putin": a middle initial the knowledge file does not write
    if (!hit && MIDDLE_INITIAL.test(core))
      hit = index.lookupFirst(core.replace(MIDDLE_INITIAL, ' '), { ...ctx, type: 'person' });
    // "the Brookings Institution in Washington": the city, where the government's name does not act
    if (hit && isCapitalNotSpeaker(text, c, core, hit, index)) {
      const place = index.lookupFirst(core, { ...ctx, type: 'place' });
      hit = place?.type === 'place' ? place : undefined;
    }
    if (
      hit &&
      !member &&
      !company &&
      !namedBy(hit, core, keys[ci]) &&
      !namedBy(hit, full) &&
      !(respelled && namedBy(hit, respelled))
    ) {
      // a bare surname ("Pou"): only for someone whose country the article is about
      if (hit.type !== 'person' || /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) hit = undefined;
      else weak.push(ci);
    }
    resolved[ci] = hit ?? null;
    if (hit) coActors.add(hit.id);
  });
  /** Whether the sentence holding pos names the country, by a name, an alias or a demonym ("Italian"). */
  // (answered once per country and sentence: many surnames in one long sentence read it once)
  const countryNamed = new Map<string, boolean>();
  const countryInSentence = (countryId: string, pos: number): boolean => {
    const country = index.entity(countryId);
    const si = sentenceAt(findings.sentences, pos);
    const sentence = si >= 0 ? findings.sentences[si] : null;
    if (!country || !sentence) return false;
    const k = `${si}|${countryId}`;
    let named = countryNamed.get(k);
    if (named === undefined) {
      const said = text.slice(sentence.start, sentence.end);
      named = [country.name, ...country.aliases, ...country.demonyms].some(
        (w) => w.length > 2 && new RegExp(`\\b${escape(w)}\\b`).test(said),
      );
      countryNamed.set(k, named);
    }
    return named;
  };
  const textCountries = new Set<string>();
  for (const e of resolved) if (e?.type === 'country') textCountries.add(e.id);
  for (const ci of weak) {
    const e = resolved[ci]!;
    // (or whose country the sentence names: "Ms. Meloni, the Italian prime minister, said")
    if (!(e.country && (textCountries.has(e.country) || countryInSentence(e.country, nameCands[ci].start))))
      resolved[ci] = null;
  }

  // Full names seen in the text, for surnames and first names met later ("Mr Witkoff", "Parata").
  const personByToken = new Map<string, ActorDraft>();
  // "Palace" after "Buckingham Palace": the head word of an organisation or place named in full
  const bodyByHead = new Map<string, ActorDraft>();
  // (both take the name's key, normalizeKey of its words: single-spaced, trimmed)
  const noteHead = (a: ActorDraft, key: string) => {
    if (a.type !== 'organization' && a.type !== 'place') return;
    // the last word, or the word before "of": "the Bank" after "the Bank of England"
    const of = key.indexOf(' of ');
    const named = of > 0 ? key.slice(0, of) : key;
    const space = named.lastIndexOf(' ');
    if (space < 0 && of < 0) return;
    const head = named.slice(space + 1);
    if (!bodyByHead.has(head)) bodyByHead.set(head, a);
  };
  // surnames and first names ("Mr Xi" after "Xi Jinping", "Sarah" after "Sarah Mitchell")
  const noteTokens = (a: ActorDraft, key: string) => {
    if (a.type !== 'person') return;
    const space = key.lastIndexOf(' ');
    if (space < 0) return;
    const last = key.slice(space + 1);
    if (!personByToken.has(last)) personByToken.set(last, a);
    // the first name too: "Sarah" after "Sarah Mitchell" (human-interest and court reports name people so)
    const first = key.slice(0, key.indexOf(' '));
    if (!personByToken.has(first)) personByToken.set(first, a);
  };

  const qualifierCountry = (r: Range | null): string => {
    if (!r) return '';
    const e = index.lookupFirst(text.slice(r.start, r.end), { type: 'country' });
    return e && e.type === 'country' ? e.id : (e?.country ?? '');
  };

  // how often each bare name occurs, and how often where its capital means something (mid-sentence)
  const keyCount = new Map<string, { all: number; mid: number }>();
  nameCands.forEach((c, i) => {
    const k = keys[i];
    const n = keyCount.get(k) ?? { all: 0, mid: 0 };
    n.all++;
    if (!c.sentenceStart) n.mid++;
    keyCount.set(k, n);
  });
  /** "Yahoo Japan", "Amazon UK": a name the text also uses alone, then a country: a company's national arm */
  const nationalArm = (core: string): boolean => {
    const space = core.indexOf(' ');
    if (space < 0 || core.indexOf(' ', space + 1) >= 0) return false;
    if (!keyCount.get(normalizeKey(core.slice(0, space)))?.all) return false;
    return index.lookupFirst(core.slice(space + 1), { type: 'country' })?.type === 'country';
  };
  // multi-word names first, so single words can join them wherever they occur
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
        (cores[a].includes(' ') ? 0 : 1) - (cores[b].includes(' ') ? 0 : 1) || nameCands[a].start - nameCands[b].start,
    );
  /** Names the text uses for an illness ("Alzheimer's disease"), read after the names at first need. */
  let eponymNames: Set<string> | null = null;
  const eponym = (core: string): boolean => {
    if (!eponymNames) {
      eponymNames = new Set();
      // a name's last word right before "'s disease" (the tokens end before the possessive)
      for (let i = 0; i < nameCands.length; i++) {
        const end = nameCands[i].end;
        if (!ILLNESS_AFTER.test(text.slice(end, end + 12))) continue;
        const m = CAPITAL_WORD_AT_END.exec(cores[i]);
        if (m) eponymNames.add(m[1]);
      }
    }
    return eponymNames.has(core);
  };
  // (scanned for at first need: a text whose single words are all known never reads it)
  let lowerWords: Set<string> | null = null;
  const assigned: (ActorDraft | undefined)[] = [];
  const roleLike: NameCandidate[] = [];
  const abbreviations = new Map<string, ActorDraft>();
  for (const ci of order) {
    const c = nameCands[ci];
    const core = cores[ci];
    const key = keys[ci];
    /** the name before this one in the text */
    const prev = ci > 0 ? nameCands[ci - 1] : undefined;
    const entity = resolved[ci];
    let actor: ActorDraft | null = null;
    if (!key) continue;
    if (!core.includes(' ')) {
      // a surname or first name of someone named in full
      const p = personByToken.get(key);
      if (p && (!entity || entity.type === 'person' || entity.id === p.entity?.id)) actor = p;
      // an abbreviation defined in brackets: "the Department for Education (DfE)", then "DfE" alone
      const defined =
        prev &&
        text[c.start - 1] === '(' &&
        text[c.end] === ')' &&
        /^\s*\($/.test(text.slice(prev.end, c.start)) &&
        initialsFit(core, text.slice(prev.start, prev.end))
          ? assigned[ci - 1]
          : undefined;
      const body = !entity && !c.sentenceStart ? bodyByHead.get(key) : undefined;
      if (!actor && body) actor = body;
      if (!actor && defined && (!entity || entity.id === defined.entity?.id)) {
        actor = defined;
        abbreviations.set(key, defined);
      } else if (!actor && !entity && abbreviations.has(key)) {
        actor = abbreviations.get(key)!;
      }
    }
    // "the BBC's North America editor": a beat in a job title, not a place in the story
    if (JOB_AFTER.test(text.slice(c.end, c.end + 16)) && (!entity || entity.type !== 'person')) continue;
    if (!actor && !entity && c.kind === 'acronym' && TITLE_ALIASES[key]) {
      roleLike.push(c); // "PM" on its own, as tabloids write it
      continue;
    }
    // "“…,” the Italian said": a nationality standing for someone named before, not the country
    // (a nationality only: "the Vatican said" names the state)
    if (
      !actor &&
      entity?.type === 'country' &&
      !core.includes(' ') &&
      /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start)) &&
      DEMONYM_SPEAKS.test(text.slice(c.end, c.end + 24)) &&
      normalizeKey(entity.name) !== key &&
      !entity.aliases.some((a) => normalizeKey(a) === key)
    )
      continue;
    if (!actor && entity) actor = entityActor(entity);
    if (!actor) actor = byNameKey.get(key) ?? null; // "Harry" after "Prince Harry"
    if (!actor) {
      if (!core.includes(' ')) {
        const w = key;
        if (SENTENCE_WORDS.has(w) || TITLES.has(w) || (lowerWords ??= wordsAlsoLower(text, cores)).has(w)) continue; // "Kauri" where "kauri trees" is a common noun
        // (a word opening a sentence is a name only where the text says so elsewhere, or describes it:
        // "Mayorkas, the homeland security secretary, told reporters")
        if (
          c.sentenceStart &&
          !c.title &&
          !(keyCount.get(key)?.mid ?? 0) &&
          !APPOSITION_AFTER.test(text.slice(c.end, c.end + 40))
        )
          continue;
        // "Gulf allies": said once, as a word describing a group, it names no actor of the story
        if ((keyCount.get(key)?.all ?? 0) < 2 && COLLECTIVE_AFTER.test(text.slice(c.end, c.end + 16))) continue;
        const next = text.slice(c.end, c.end + 2);
        if (ADJECTIVE_ENDING.test(w) && /^\s\p{Ll}/u.test(next) && c.kind !== 'acronym') continue; // "Western peacekeeping", "Kenyan"
        // "the Pou", "the Aunties": once, after "the", unknown: a common noun with a capital more likely than a name
        if (
          c.kind !== 'acronym' &&
          /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start)) &&
          (keyCount.get(key)?.all ?? 0) < 2
        )
          continue;
      }
      if (NOT_ACTOR_HEAD.test(core) || NOT_ACTOR_HEAD.test(` ${core}`)) continue; // "Data Retention Bill", "the Bill"
      if (NOT_NAMES.test(key) || index.topicNamed(core)) continue; // "Covid", "Brexit": things and events, not actors
      // "Alzheimer's disease", "Tourette's syndrome"; "New Alzheimer's drug" in a headline
      if (
        eponym(core) ||
        (POSSESSIVE_AFTER.test(text.slice(c.end, c.end + 3)) && eponym(core.slice(core.lastIndexOf(' ') + 1)))
      )
        continue;
      if (shoutedWords(core) >= 2) continue; // "LEARN MORE", "BREAKING NEWS"
      // "HIGH", "WARNING": a shouted word said once; not "the RSPCA said", "the NSPCC" (an organisation's letters)
      if (
        c.kind === 'acronym' &&
        key.length >= 4 &&
        (keyCount.get(key)?.all ?? 0) < 2 &&
        !ACRONYM_IN_PROSE.test(text.slice(Math.max(0, c.start - 4), c.end + 12))
      )
        continue;
      const afterCountry =
        !!prev && resolved[ci - 1]?.type === 'country' && /^[’'ʼ]s?\s+$/.test(text.slice(prev.end, c.start));
      const bare = core.replace(/\s(?:group|militia|movement)$/, ''); // "the Manu Taupunga group" is "Manu Taupunga"
      // "Prince Harry", "Pope Leo": a royal or religious title with one name is how the person is known
      const royal =
        c.title &&
        !bare.includes(' ') &&
        /^(?:king|queen|prince|princess|pope|sheikh|emir|sultan|duke|duchess)$/.test(c.title);
      const label = royal ? `${c.title![0].toUpperCase()}${c.title!.slice(1)} ${bare}` : bare;
      actor = actorFor(`name:${normalizeKey(bare)}`, () => ({
        entity: null,
        name: label,
        type: bare !== core || nationalArm(core) ? 'organization' : typeOfUnknown(text, c, core, afterCountry),
        unnamed: false,
        gender: null,
        speaksFor: null,
      }));
    }
    // "MALCOLM Fraser" (a drop-cap opening) and later "Malcolm Fraser": the name as prose writes it
    if (
      !actor.entity &&
      !actor.unnamed &&
      actor.name !== core &&
      shoutedWords(actor.name) > shoutedWords(core) &&
      normalizeKey(actor.name) === normalizeKey(core)
    )
      actor.name = core;
    noteHead(actor, key);
    if (actor.type === 'person') noteTokens(actor, actor.entity ? normalizeKey(actor.entity.name) : key);
    if (actor.type === 'person') noteTokens(actor, key);
    if (!actor.gender && actor.type === 'person')
      actor.gender = genderOf(c.title) ?? relationGender(text.slice(Math.max(0, c.start - 16), c.start));
    if (c.title && !c.inQuote) {
      const title = TITLE_ALIASES[c.title] ?? c.title;
      actor.titles.push({ title, country: qualifierCountry(c.qualifier), pos: c.start });
    }
    assigned[ci] = actor;
  }
  nameCands.forEach((c, ci) => {
    const a = assigned[ci];
    if (a) addMention(a, c, c, c.inQuote, knownCands.has(c) ? ['name:known-phrase'] : undefined);
  });

  // 2. the article's countries: the site's, then the most mentioned
  const countries = articleCountries(actors, siteCountry);
  const mainCountry = countries[0] ?? null;

  // 3. roles and unnamed sources, in text order
  let personList: ActorDraft[] = [];
  let personCount = -1;
  const persons = () => {
    if (personCount !== actors.length) {
      personList = actors.filter((a) => a.type === 'person' && !a.unnamed);
      personCount = actors.length;
    }
    return personList;
  };
  // every mention of a named organisation, in text order: kept sorted as roles add mentions
  let orgList: MentionDraft[] | null = null;
  const orgMentions = (): MentionDraft[] => {
    orgList ??= mentions
      .filter((m) => m.actor.type === 'organization' && !m.actor.unnamed)
      .sort((a, b) => a.start - b.start);
    return orgList;
  };
  /** the same, only those whose actor's name holds a word ("ministry"), per word asked about */
  const orgListsWith = new Map<string, { re: RegExp; list: MentionDraft[] }>();
  const orgMentionsWith = (word: string): MentionDraft[] => {
    let entry = orgListsWith.get(word);
    if (!entry) {
      const re = wordRe(word);
      orgListsWith.set(word, (entry = { re, list: orgMentions().filter((m) => re.test(m.actor.name)) }));
    }
    return entry.list;
  };
  const noteOrgMention = (m: MentionDraft) => {
    if (!orgList || m.actor.type !== 'organization' || m.actor.unnamed) return;
    orgList.splice(startsBefore(orgList, m.start + 1), 0, m); // after any mention starting at the same place
    for (const { re, list } of orgListsWith.values())
      if (re.test(m.actor.name)) list.splice(startsBefore(list, m.start + 1), 0, m);
  };
  // the titles the text gives people (all written in step 1), by position, and per title asked about
  let titleEntries: TitleEntry[] | null = null;
  const titlesAsked = new Map<string, TitleEntry[]>();
  const titledAs = (title: string): TitleEntry[] => {
    let list = titlesAsked.get(title);
    if (!list) {
      titleEntries ??= persons()
        .flatMap((actor) => actor.titles.map((t) => ({ title: t.title, country: t.country, start: t.pos, actor })))
        .sort((x, y) => x.start - y.start);
      const titleThen = `${title} `;
      const thenTitle = ` ${title}`;
      list = titleEntries.filter(
        (t) =>
          (t.title === title || t.title.startsWith(titleThen) || t.title.endsWith(thenTitle)) &&
          // "Shadow Chancellor Mel Stride", "Deputy Prime Minister X": another office than "the Chancellor"
          !(t.title !== title && OTHER_OFFICE.test(t.title) && !OTHER_OFFICE.test(title)),
      );
      titlesAsked.set(title, list);
    }
    return list;
  };
  /** index.holdingsOf, asked once per title, country and day in this text */
  const holdingsCache = new Map<string, ReturnType<KnowledgeIndex['holdingsOf']>>();
  const holdingsOf = (title: string, of: string, day: string) => {
    const hk = `${title}|${of}|${day}`;
    let holders = holdingsCache.get(hk);
    if (!holders) holdingsCache.set(hk, (holders = index.holdingsOf(title, of, day)));
    return holders;
  };
  const wordRes = new Map<string, RegExp>();
  const wordRe = (w: string) => {
    let re = wordRes.get(w);
    if (!re) wordRes.set(w, (re = new RegExp(`\\b${w}\\b`, 'i')));
    return re;
  };
  /** The country whose government or state the named person headed ("the Obama administration": then, not now). */
  const countryLedBy = (name: string): string | null => {
    const person = index.lookupFirst(name, { ...ctx, type: 'person' });
    if (person?.type !== 'person') return null;
    const role = person.roles.find((r) => r.kind === 'head-of-government' || r.kind === 'head-of-state');
    return role && index.entity(role.of)?.type === 'country' ? role.of : null;
  };
  /** titledAs(title), only the entries that fit a role of that country ('' for none) */
  const fittingAsked = new Map<string, TitleEntry[]>();
  const titledFitting = (title: string, qCountry: string): TitleEntry[] => {
    const k = `${title}|${qCountry}`;
    let list = fittingAsked.get(k);
    if (!list) {
      list = titledAs(title).filter((t) =>
        qCountry
          ? t.country === qCountry ||
            (t.country === '' && (!t.actor.entity?.country || t.actor.entity.country === qCountry))
          : t.country === '',
      );
      fittingAsked.set(k, list);
    }
    return list;
  };
  /**
   * In an undated article, the first person named (in the actors' order) who held the office in one of
   * the countries at some time and has a mention. The people who held it are found once per title and
   * countries, and only new actors are read after (asking every person for every role was quadratic).
   */
  const undatedHolders = new Map<string, { read: number; holders: ActorDraft[] }>();
  const undatedHolder = (title: string, scope: string[]): ActorDraft | null => {
    const k = `${title}|${scope.join(' ')}`;
    let entry = undatedHolders.get(k);
    if (!entry) undatedHolders.set(k, (entry = { read: 0, holders: [] }));
    for (; entry.read < actors.length; entry.read++) {
      const a = actors[entry.read];
      if (a.type !== 'person' || a.unnamed || !a.entity) continue;
      if (a.titles.length && !a.titles.some((t) => t.title.includes(title))) continue; // "Communications Minister Malcolm Turnbull"
      if (
        a.entity.roles.some(
          (r) => scope.includes(r.of) && holdingsOf(title, r.of, r.from).some((h) => h.entity.id === a.entity!.id),
        )
      )
        entry.holders.push(a);
    }
    for (const a of entry.holders) if (a.mentions.length > 0) return a;
    return null;
  };
  /** The name mentions of step 1 (people, bodies, countries), in text order: for titles set beside a name. */
  const nameList = mentions.filter((m) => !m.actor.unnamed).sort((a, b) => a.start - b.start);
  const namesInOrder = (): MentionDraft[] => nameList;
  /** "of the Conservative Party" right after a role: the body (or country) named there, '' for "of the party" */
  const ofWhom = (end: number): { actor: ActorDraft | null; end: number } | null => {
    const of = /^\s+of\s+(?:the\s+)?/i.exec(text.slice(end, end + 12));
    if (!of) return null;
    const at = end + of[0].length;
    const list = namesInOrder();
    const m = list[startsBefore(list, at)];
    if (m && m.start === at) return { actor: m.actor, end: m.end };
    const word = /^[\p{L}-]+/u.exec(text.slice(at, at + 40));
    if (word && /^\p{Ll}+ing$/u.test(word[0])) return null; // "accused the president of politicizing it"
    // "the president of the country", "of your country": the country's own office
    if (
      !word ||
      /^(?:(?:your|our|their|its|this|that)\s+)?(?:country|nation|state|republic)\b/i.test(text.slice(at, at + 24))
    )
      return null;
    // (what it is of runs to the next comma: "the president of the local football club, said")
    const rest = /^[^,;.:()“”"]{0,60}?(?=\s*[,;.])/.exec(text.slice(at, at + 64));
    return { actor: null, end: at + (rest ? rest[0].length : word[0].length) };
  };
  /** The person a title is set beside: "the leader of the party, Ann Lee," or "Ann Lee, the prime minister," */
  const apposedName = (start: number, end: number): ActorDraft | null => {
    const list = namesInOrder();
    const isPerson = (m: MentionDraft | undefined) => m && m.actor.type === 'person' && !m.actor.unnamed;
    const closes = (at: number) =>
      /^(?:\s*[,;.)—–]|\s+(?:said|says|told|added|wrote)\b|\s*$)/.test(text.slice(at, at + 12));
    const after = list[startsBefore(list, end)];
    if (isPerson(after) && /^\s*,\s*$/.test(text.slice(end, after!.start)) && closes(after!.end)) return after!.actor;
    const before = list[startsBefore(list, start) - 1];
    if (
      isPerson(before) &&
      /^\s*,\s*$/.test(text.slice(before!.end, start)) &&
      /^\s*[,;.)—–]/.test(text.slice(end, end + 3))
    )
      return before!.actor;
    return null;
  };
  /** the people the text set beside a title ("Lee, the prime minister,"), by title, in text order */
  const apposedTitles = new Map<string, { start: number; actor: ActorDraft }[]>();
  /** The years the text itself gives as times ("in 2015", "the 2016 election"), up to the knowledge date. */
  let textYears: number[] | null = null;
  const yearsInText = (): number[] => {
    if (textYears) return textYears;
    const last = Number(index.knowledgeDate.slice(0, 4));
    const found = new Set<number>();
    const re =
      /\b(?:(?:in|since|by|until|from|during|before|after|early|late|mid-?|of|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b(?![,.]?\d|%)|\b((?:19|20)\d\d)\s+(?:election|elections|campaign|vote|referendum|budget|summit|census|primary|primaries|race)\b)/gi;
    for (const m of text.matchAll(re)) {
      const y = Number(m[1] ?? m[2]);
      if (y >= 1900 && y <= last) found.add(y);
    }
    return (textYears = [...found]);
  };
  /** Of an undated text: the one holder of the office in the years it names (none named, or more than one: null). */
  const yearHolder = (title: string, of: string): Entity | null => {
    const years = yearsInText();
    if (!years.length) return null;
    const held = new Map<string, Entity>();
    for (const y of years)
      for (let month = 1; month <= 12; month++)
        for (const d of ['01', '15']) {
          const day = `${y}-${String(month).padStart(2, '0')}-${d}`;
          if (day > index.knowledgeDate) continue;
          for (const h of holdingsOf(title, of, day)) held.set(h.entity.id, h.entity);
        }
    return held.size === 1 ? [...held.values()][0] : null;
  };
  /** An office no date tells the holder of: a person of no name, one per title and body ("the president"). */
  const unknownHolder = (title: string, of: string): ActorDraft => {
    const owner = index.entity(of);
    return actorFor(`role:${normalizeKey(title)}:${of}`, () => ({
      entity: null,
      name: '',
      type: 'person',
      unnamed: true,
      gender: null,
      speaksFor: owner ? { id: owner.id, name: owner.name } : null,
    }));
  };
  /** Of an undated text: who held the office of `of` by the text alone (someone it names, or its years). */
  const undatedOffice = (title: string, of: string): ActorDraft | null => {
    const named = undatedHolder(title, [of]);
    if (named) return named;
    const e = yearHolder(title, of);
    return e ? (byKey.get(e.id) ?? entityActor(e)) : null;
  };
  /** The body's name inside the last role resolveRole read ("Xinhua" in "the Xinhua news agency"), if any. */
  let roleName: Range | null = null;
  const resolveRole = (c: NameCandidate): ActorDraft | null => {
    roleName = null;
    const raw = c.title ?? '';
    const title = TITLE_ALIASES[raw] ?? raw;
    const qCountry = qualifierCountry(c.qualifier);
    // "the Israeli military", "the Russian defence ministry", "the Labour party": a body of the qualifier's,
    // the one the knowledge file knows by that description, else an actor of its own (never a person
    // holding an office, never whichever body was named last)
    if (INSTITUTION_NOUNS.has(title) && c.qualifier) {
      const description = text.slice(c.qualifier.start, c.end);
      const qualifierText = text.slice(c.qualifier.start, c.qualifier.end);
      // (the qualifier is the body's own name unless it is a country's or a place's: "the Labour party",
      // "the Interfax news agency", not "the Russian defence ministry", "the Moscow club")
      // (an unknown qualifier is taken for the name only when it reads as one: an abbreviation or words
      // in capitals, "the NLD party", "the Freedom Front party"; one word alone may be an adjective,
      // "the Yugoslav news agency")
      const qe = index.lookupFirst(qualifierText, { date });
      const ownName = (
        qe ? qe.type === 'organization' : /\s/.test(qualifierText) || /^[\p{Lu}.&-]{2,}$/u.test(qualifierText)
      )
        ? c.qualifier
        : null;
      const known = index.lookupFirst(description, { type: 'organization', date, country: qCountry || undefined });
      if (known && known.type === 'organization') {
        if (ownName && namedBy(known, qualifierText)) roleName = ownName;
        return entityActor(known);
      }
      // "the Interfax news agency": an organisation named, then what kind it is
      roleName = ownName;
      const named = index.lookupFirst(qualifierText, { type: 'organization', date });
      if (named && named.type === 'organization') return entityActor(named);
      const namedHere = byNameKey.get(normalizeKey(qualifierText));
      if (namedHere?.type === 'organization') return namedHere;
      const owner = qCountry ? index.entity(qCountry) : undefined;
      return actorFor(`name:${normalizeKey(description)}`, () => ({
        entity: null,
        name: description,
        type: 'organization',
        unnamed: false,
        gender: null,
        speaksFor: owner ? { id: owner.id, name: owner.name } : null,
      }));
    }
    if (INSTITUTION_NOUNS.has(title) && !qCountry) {
      // "the ministry" / "the company": the last organisation named with that word, or the last one at all
      // for the generic words; never a new actor
      const generic = /^(?:company|firm|organisation|organization|group)$/.test(title);
      // the organisations' mentions in text order (those named with the word), the latest one before the role
      // (found by a binary search: reading back through the others was quadratic in a page of bodies)
      const named = generic ? orgMentions() : orgMentionsWith(title);
      return named[startsBefore(named, c.start) - 1]?.actor ?? null;
    }
    if (title === 'government' || title === 'administration') {
      // "the Trump administration", "the Starmer government": the government its leader led on the day
      const leaderCountry = c.qualifier ? countryLedBy(text.slice(c.qualifier.start, c.qualifier.end)) : null;
      if (c.qualifier && !qCountry && !leaderCountry) return null; // "the Tuva government": left to the name
      // a government is an actor where it acts ("the government has said"), not where it is only told or
      // blamed; one named for its leader is one wherever it stands
      const verb = /^\s+(\p{L}+)/u.exec(text.slice(c.end, c.end + 24))?.[1]?.toLowerCase() ?? '';
      if (!leaderCountry && !(SPEECH_VERBS.has(verb) || AUXILIARIES.has(verb) || /ed$/.test(verb))) return null;
      const cid = leaderCountry || qCountry || mainCountry;
      const ce = cid ? index.entity(cid) : undefined;
      const names = ce
        ? [
            `${ce.name} government`,
            ...ce.demonyms.map((d) => `${d} government`),
            ...ce.aliases.map((a) => `${a} government`),
          ]
        : [];
      for (const n of names) {
        const e = index.lookupFirst(n, { type: 'organization' });
        if (e) return entityActor(e);
      }
      const label = ce ? `${ce.name} government` : 'government';
      return actorFor(`name:${normalizeKey(label)}`, () => ({
        entity: null,
        name: label,
        type: 'organization',
        unnamed: false,
        gender: null,
        speaksFor: null,
      }));
    }
    // a title with its name is that name: "the leader of the party, Ann Lee,", "Ann Lee, the prime minister,"
    const of = ofWhom(c.end);
    const apposed = apposedName(c.start, of?.end ?? c.end);
    if (apposed) {
      // (only a bare title is the same office again later: not "Hanify, the president of the union,")
      if (of || c.qualifier) return apposed;
      let list = apposedTitles.get(title);
      if (!list) apposedTitles.set(title, (list = []));
      list.push({ start: c.start, actor: apposed });
      return apposed;
    }
    // "the leader of the Labour Party", "the chairman of the board": that body's office, never the country's
    let ofCountry = '';
    if (of) {
      const body = of.actor?.entity;
      if (body?.type === 'country') ofCountry = body.id;
      else {
        if (!body) return null;
        if (dated) {
          const holder = holdingsOf(title, body.id, date)[0]?.entity;
          return holder ? (byKey.get(holder.id) ?? entityActor(holder)) : null;
        }
        const named = undatedOffice(title, body.id);
        if (named) return named;
        return holdingsOf(title, body.id, date).length ? unknownHolder(title, body.id) : null;
      }
    }
    // "the Conservative leader", "the Labour leader": the office in the party (or body) the qualifier names
    if (c.qualifier) {
      const body = index.lookupFirst(text.slice(c.qualifier.start, c.qualifier.end), { type: 'organization', date });
      if (body?.type === 'organization' && !dated) {
        // (no date: not whoever holds it on the knowledge file's date)
        if (holdingsOf(title, body.id, date).length)
          return undatedOffice(title, body.id) ?? unknownHolder(title, body.id);
      } else {
        const holder = body?.type === 'organization' ? holdingsOf(title, body.id, date)[0]?.entity : undefined;
        if (holder) return byKey.get(holder.id) ?? entityActor(holder);
      }
    }
    // someone the text gave this title, most recently before, outside quotes
    // (a title with another country's qualifier, "French president Macron", only when nothing better turns up)
    const list = titledAs(title);
    // (a title the text gave with no country fits a qualified role only where the person is of that country:
    // not Erdoğan, "Turkey's President", for "the Ukrainian president")
    // the entries that fit, kept per title and country: a binary search finds the last before the role
    // (reading back through those that do not fit was quadratic in a page of titled names)
    const fitting = titledFitting(title, qCountry || ofCountry);
    const lo = startsBefore(list, c.start);
    const fit = startsBefore(fitting, c.start);
    // (or set beside the title before: "Lee, the prime minister, … the prime minister said", the later of the two)
    const beside = apposedTitles.get(title)?.at(-1);
    if (beside && (fit === 0 || fitting[fit - 1].start < beside.start)) return beside.actor;
    if (fit > 0) return fitting[fit - 1].actor;
    // (none fits before it: the last before it, whatever its country, when the role names none)
    const foreign: ActorDraft | null = !qCountry && lo > 0 ? list[lo - 1].actor : null;
    /** someone given the title only later in the text: the last of them */
    const later = (): ActorDraft | null => (fitting.length > fit ? fitting[fitting.length - 1].actor : null);
    // knowledge: who held the office in the qualifier's country or the article's
    const own = qCountry || ofCountry;
    const scope = own ? [own] : countries;
    if (!dated) {
      // no date: never the holder on the knowledge file's date; someone the text names who held the office
      // at some time, else the one holder in the years the text gives, else the office with no name
      const main = own || mainCountry;
      const heldNow = main ? holdingsOf(title, main, date).length > 0 : false;
      if (foreign && !heldNow) return foreign;
      const a = undatedHolder(title, scope) ?? later();
      if (a) return a;
      if (!main || !heldNow) return null;
      const e = yearHolder(title, main);
      return e ? (byKey.get(e.id) ?? entityActor(e)) : unknownHolder(title, main);
    }
    let fallback: Entity | null = null;
    for (const cid of scope) {
      const holders = holdingsOf(title, cid, date);
      for (const h of holders) if (byKey.has(h.entity.id)) return byKey.get(h.entity.id)!;
      if (!fallback && holders[0] && (own || cid === mainCountry)) fallback = holders[0].entity;
    }
    if (foreign && !fallback) return foreign; // "US president Joe Biden … the president said"
    return later() ?? (fallback ? entityActor(fallback) : null);
  };

  /** Who "X" is in "X's spokesperson": a role ("the Prime Minister") or a name with its titles. */
  const resolveOwner = (r: Range): ActorDraft | null => {
    const ownerText = text.slice(r.start, r.end);
    const words = ownerText.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
    let n = 0;
    for (let len = 3; len >= 1 && n < words.length; len--) {
      if (n + len > words.length) continue;
      const head = words
        .slice(n, n + len)
        .join(' ')
        .toLowerCase();
      if (TITLES.has(head) || ROLE_NOUNS.has(head)) {
        n += len;
        len = 4;
      }
    }
    if (n === words.length) {
      const title = words.join(' ').toLowerCase();
      return resolveRole({
        start: r.start,
        end: r.end,
        kind: 'role',
        nameStart: r.start,
        title,
        qualifier: null,
        owner: null,
        sentenceStart: false,
        inQuote: false,
        indefinite: false,
        plural: false,
      });
    }
    const core = words.slice(n).join(' ');
    const e = index.lookupFirst(ownerText, { date }) ?? index.lookupFirst(core, { date });
    if (e) return entityActor(e);
    return byNameKey.get(normalizeKey(core)) ?? personByToken.get(normalizeKey(core)) ?? null;
  };

  const nameMentions = [...mentions].sort((a, b) => a.start - b.start);
  /** The person named right before a source phrase set in commas ("X, Y's spokesman, said"), if any. */
  const apposedPerson = (c: NameCandidate): ActorDraft | null => {
    if (!/^\s*,/.test(text.slice(c.end, c.end + 3))) return null;
    const i = startsBefore(nameMentions, c.start);
    const person = (m: MentionDraft | undefined) => m && m.actor.type === 'person' && !m.actor.unnamed;
    // before it: "X, Y's spokesman, said"
    const before = nameMentions[i - 1];
    if (person(before) && /^\s*,\s*$/.test(text.slice(before!.end, c.start))) return before!.actor;
    // or after it: "The Liberal Democrats' Treasury spokesperson, Daisy Cooper, said"
    const after = nameMentions[startsBefore(nameMentions, c.end)];
    if (
      person(after) &&
      /^\s*,\s*$/.test(text.slice(c.end, after!.start)) &&
      /^\s*,/.test(text.slice(after!.end, after!.end + 3))
    )
      return after!.actor;
    return null;
  };
  // the subjects of speech verbs (named ones), in text order, for a spokesperson of no one named
  let subjects: Range[] | null = null;
  /** by subject: the index of the last subject up to it that holds a mention (-1: none), and that mention */
  let namedUpTo: Int32Array | null = null;
  let namedMention: (MentionDraft | undefined)[] = [];
  const lastOrganisationSpeaker = (pos: number): ActorDraft | null => {
    if (!subjects || !namedUpTo) {
      subjects = [
        ...findings.reported.map((r) => r.subject),
        ...findings.quotes.flatMap((q) => (q.cue?.subject ? [q.cue.subject] : [])),
      ].sort((a, b) => a.start - b.start);
      namedMention = subjects.map((r) => lastMentionWithin(nameMentions, r));
      namedUpTo = new Int32Array(subjects.length);
      for (let i = 0, last = -1; i < subjects.length; i++) namedUpTo[i] = last = namedMention[i] ? i : last;
    }
    // the last subject before pos that holds a mention, if it is in this paragraph or the one before
    // (found at once: reading back over subjects with none, "he", "they", was quadratic in a long paragraph)
    const para = sentenceAt(findings.paragraphs, pos);
    const before = startsBefore(subjects, pos) - 1;
    const i = before >= 0 ? namedUpTo[before] : -1;
    if (i < 0 || sentenceAt(findings.paragraphs, subjects[i].start) < para - 1) return null; // (this paragraph or the one before)
    const m = namedMention[i]!;
    return m.actor.type === 'organization' ? m.actor : null; // the last one named speaks; a person has no spokesperson here
  };
  let lastSource: ActorDraft | null = null;
  /** the last unnamed source by its head word: "the official" after "a senior Israeli official" */
  const lastSourceByHead = new Map<string, ActorDraft>();
  for (const c of roleLike) c.title = normalizeKey(text.slice(c.start, c.end));
  const roleSet = new Set(roleLike);
  for (const c of cands) {
    if (roleSet.has(c)) {
      const a = resolveRole(c);
      if (a) noteOrgMention(addMention(a, c, c, c.inQuote));
      continue;
    }
    if (c.kind === 'role') {
      const a = resolveRole(c);
      if (a) {
        const m = addMention(a, c, c, c.inQuote);
        if (roleName && a.type === 'organization') m.name = roleName;
        noteOrgMention(m);
        if (!a.gender) a.gender = genderOf(c.title);
      }
    } else if (c.kind === 'source') {
      // "Dmitry Peskov, Vladimir Putin's spokesman, told reporters": a description of the person just named
      const named = isOn('actor:apposition') ? apposedPerson(c) : null;
      if (named) {
        addMention(named, c, c, c.inQuote, ['name:unnamed-source', 'actor:apposition']);
        continue;
      }
      const head = c.title ?? 'source';
      const spokes = SPOKES.test(head);
      const ownerRange = c.owner ?? c.qualifier;
      let forActor: ActorDraft | null = null;
      let forRule: string | null = null;
      if (ownerRange) {
        // the owner's words sit inside the source phrase; they name who it speaks for
        forActor = lastMentionWithin(nameMentions, ownerRange)?.actor ?? null;
        if (!forActor) forActor = resolveOwner(ownerRange);
      } else if (DOCUMENTS.has(head) && !c.indefinite) {
        // "the report" after "a new report by the Eastfield Poverty Trust": its author
        forActor = isOn('actor:document-author') ? authorOf(text, head, c.start, nameMentions) : null;
        if (forActor) forRule = 'actor:document-author';
      } else if (spokes) {
        // "Apple said it would appeal. “…,” a spokesperson said.": the organisation that spoke just before
        forActor = isOn('actor:spokesperson-for') ? lastOrganisationSpeaker(c.start) : null;
        if (forActor) forRule = 'actor:spokesperson-for';
      }
      let actor: ActorDraft | null = null;
      const same = isOn('actor:same-source');
      if (same && !ownerRange && !c.indefinite && spokes && lastSource)
        actor = lastSource; // "the spokesman"
      else if (same && !ownerRange && !c.indefinite && !c.plural && !DOCUMENTS.has(head))
        actor = lastSourceByHead.get(head) ?? null; // "the official"
      const sameSource = actor !== null;
      if (!actor) {
        const who = forActor
          ? (forActor.entity?.id ?? forActor.key)
          : ownerRange
            ? normalizeKey(text.slice(ownerRange.start, ownerRange.end))
            : '';
        const key = `source:${who}:${spokes ? 'spokes' : head.replace(/s$/, '')}${!who && c.indefinite ? `:${c.start}` : ''}`;
        actor = actorFor(key, () => ({
          // a document ("the report said") or an office ("Tony Abbott's office") speaks for a body, not as a person
          entity: null,
          name: '',
          type: DOCUMENTS.has(head) || BODY_SOURCES.has(head) ? 'organization' : 'person',
          unnamed: true,
          gender: null,
          speaksFor: forActor ? { id: forActor.entity?.id ?? null, name: forActor.name } : null,
        }));
      }
      if (!actor.gender) actor.gender = /woman$/.test(head) ? 'f' : /man$/.test(head) ? 'm' : null;
      addMention(actor, c, c, c.inQuote, [
        'name:unnamed-source',
        ...(sameSource ? ['actor:same-source'] : forRule ? [forRule] : []),
      ]);
      if (spokes) lastSource = actor;
      if (!c.plural) lastSourceByHead.set(head, actor);
    }
  }

  nameUnnamedSources(text, findings, actors);

  mergeContainedNames(actors);
  if (isOn('name:quoted-term')) addQuotedTerms(text, findings, index, actors, addMention, actorFor, entityActor);

  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // mentions never overlap: keep the first (and longest) of any overlapping run
  const kept: MentionDraft[] = [];
  let lastEnd = -1;
  // (the dropped ones leave their actors' lists after, each list filtered once: filtering it for each
  // dropped mention was quadratic in an actor's mentions)
  const dropped = new Set<MentionDraft>();
  for (const m of mentions) {
    if (m.start < lastEnd) {
      dropped.add(m);
      continue;
    }
    kept.push(m);
    lastEnd = m.end;
  }
  if (dropped.size) {
    const touched = new Set<ActorDraft>();
    for (const m of dropped) touched.add(m.actor);
    for (const a of touched) a.mentions = a.mentions.filter((x) => !dropped.has(x));
  }
  const byStart = new Map<number, MentionDraft>();
  for (const m of kept) byStart.set(m.start, m);
  return { actors: actors.filter((a) => a.mentions.length > 0), byStart, mentions: kept, country: mainCountry };
}
