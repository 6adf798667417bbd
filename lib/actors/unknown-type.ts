/**
 * The type of an unknown name's actor: typeOfUnknown on the mention that makes it, corrected by its
 * other mentions where that one had no evidence (rules actor:placed-elsewhere, actor:body-elsewhere).
 */
import { businessName } from './business-names';
import { celestialBody } from './celestial-bodies';
import { isPlainCapitalised } from '../text/ascii';
import { isOn } from '../engine/rules';
import { bodyAt, COMPASS_WORD, placedAt, typeOfUnknown } from '../names/evidence';
import type { KnowledgeIndex } from '../knowledge/index';
import type { Entity } from '../knowledge/schema';
import { normalizeKey } from '../knowledge/normalize';
import { isGivenName, ORG_WORDS, PARTY_MEMBER, PLACE_OPENERS, PLACE_TAILS, PLACE_WORDS } from '../words';
import type { NameTable } from './lookup';
import { faithOrPeople, faithWord, wordsAlsoLower } from './word-shapes';
import { notPersonShape, postAcronymPlural } from './plural-groups';
import type { ActorDraft } from './types';
import { longerBodyName, sameKey } from './name-keys';
import { speakerWord } from './speaker-names';
import { placePeople } from './place-people';
import { personNameShape } from './person-shapes';
import { bodyHeadBeforeOf } from './body-of';

/** Whether a name of two or more words opens with a place's word ("Fort", "Mount": place-openers.json). */
const placeOpens = (core: string): boolean => {
  const space = core.indexOf(' ');
  return space > 0 && PLACE_OPENERS.has(core.slice(0, space).toLowerCase());
};

/** A name ending in a possessive: only a shop's keeps one (name:business-alone). */
const POSSESSIVE_END = /\p{L}[’'ʼ]s$/u;

/** Which rule corrected a type, by the name's key (for the mentions' rule ids). */
/** A reporter's line after a surname: "(and Lee) reported from Washington", "reported from Oakland, Calif." */
const REPORTED_FROM = /^(?: and \p{Lu}\p{L}+)? reported from \p{Lu}/u;

export type TypeFixes = Map<
  string,
  | 'actor:placed-elsewhere'
  | 'actor:body-elsewhere'
  | 'actor:firm-product'
  | 'actor:people-word'
  | 'actor:speaker-word'
  | 'actor:person-name-shape'
  | 'name:business-possessive'
  | 'actor:celestial-body'
  | 'actor:reporter-line'
  | 'actor:place-people'
  | 'name:body-of'
  | 'actor:people-acronym'
  | 'name:business-alone'
  | 'name:speaker-label'
  | 'name:place-opener'
>;

/**
 * typeOfUnknown for the name at ci; and
 *  - a single word it takes for an organisation for want of evidence is a place where another mention
 *    places it ("BONN 2024-03-01" as a dateline, "arrived in Bonn");
 *  - a name of several words it takes for a person (no title) is an organisation where another mention
 *    shows a body ("Norland Air chairman", "shares in Norland Air", "the airline Norland Air").
 */
export function unknownTypeOf(
  text: string,
  table: NameTable,
  ci: number,
  afterCountry: boolean,
  fixes: TypeFixes,
): ActorDraft['type'] {
  const { nameCands, cores, keys } = table;
  const c = nameCands[ci];
  const core = cores[ci];
  const byShape = typeByShape(text, table, ci, fixes);
  if (byShape) return byShape;
  let type = typeOfUnknown(text, c, core, afterCountry);
  // "Economic Club of Westby", "Boy Scouts of Norland": a body's head word before "of", an organisation
  if ((type === 'person' || type === 'place') && !c.title && bodyHeadBeforeOf(core)) {
    fixes.set(keys[ci], 'name:body-of');
    return 'organization';
  }
  // "Fort Pierce", "Mount Hermon", "Lake Tahoe": a place's word first, and no body's head word last
  if (type === 'person' && !c.title && placeOpens(core) && isOn('name:place-opener')) {
    fixes.set(keys[ci], 'name:place-opener');
    return 'place';
  }
  // "House Republicans", "Reagan Democrats": a party's members, a group
  if (type === 'person' && !c.title && core.endsWith('s') && PARTY_MEMBER.test(core)) type = 'group';
  // "American Muslims", "Roman Catholic", "Southeast Asian": a faith or a people, a group
  if (type === 'person' && !c.title && faithOrPeople(core)) type = 'group';
  // "Muslims", "a Hindu temple", "African-Americans": a faith's or a people's word alone (not a given name,
  // "Christian"), a group of people: one who believes or belongs, or its adjective, stands for it
  if (!c.title && !core.includes(' ') && isOn('actor:people-word') && faithWord(keys[ci]) && !isGivenName(keys[ci])) {
    fixes.set(keys[ci], 'actor:people-word');
    return 'group';
  }
  // "CEOs", "MPs": the holders of a post, a group
  if (!c.title && !core.includes(' ') && isOn('actor:people-acronym') && postAcronymPlural(core)) {
    fixes.set(keys[ci], 'actor:people-acronym');
    return 'group';
  }
  // "Iowans", "Clevelanders": the people of a place the text names, a group
  if (!c.title && c.kind === 'name' && isOn('actor:place-people') && placePeople(table, keys[ci])) {
    fixes.set(keys[ci], 'actor:place-people');
    return 'group';
  }
  // "the Obama White House": a leader's administration, a body
  if (type === 'person' && core.endsWith(' White House')) type = 'organization';
  const single = !core.includes(' ');
  // "Harry Hurt III", "Ann K. Roe", "Ann K. Trust" beside "Ms. Trust": a person's full name by its shape
  if ((type === 'organization' || type === 'place') && !single && !c.title && isOn('actor:person-name-shape')) {
    if (personNameShape(table, core)) {
      fixes.set(keys[ci], 'actor:person-name-shape');
      return 'person';
    }
  }
  // "…,” Hale said", "said Hale.": a lone word, an organisation for want of evidence, that speaks as a person
  if (type === 'organization' && single && !ORG_WORDS.test(core) && isOn('actor:speaker-word')) {
    if (speakerWord(text, table, ci)) {
      fixes.set(keys[ci], 'actor:speaker-word');
      return 'person';
    }
  }
  let rule: 'actor:placed-elsewhere' | 'actor:body-elsewhere';
  if (type === 'organization' && single && !ORG_WORDS.test(core)) rule = 'actor:placed-elsewhere';
  else if (type === 'person' && !single && !c.title) rule = 'actor:body-elsewhere';
  else return type;
  const found = !isOn(rule)
    ? null
    : rule === 'actor:placed-elsewhere'
      ? placedElsewhere(text, table, ci)
      : bodyElsewhere(text, table, ci);
  // no body shown: "Super PACs", "South American", a group; "The Northby Courier", a body (plural-groups.ts)
  if (!found) return (type === 'person' && !c.title && notPersonShape(text, table, core)) || type;
  if (found !== 'place' || rule === 'actor:placed-elsewhere') fixes.set(keys[ci], rule);
  return found;
}

/** A type the name's own shape or its line gives before any guess: a shop, a body of the sky, a reporter. */
function typeByShape(text: string, table: NameTable, ci: number, fixes: TypeFixes): ActorDraft['type'] | null {
  const { nameCands, cores, keys } = table;
  const c = nameCands[ci];
  const core = cores[ci];
  // "HARTLEY: Will the ferry run?": a transcript's speaker label, a person
  if (c.label && isOn('name:speaker-label')) {
    fixes.set(keys[ci], 'name:speaker-label');
    return 'person';
  }
  // "Joe's Market", "Sam's Club": a shop's name, whatever its place in the sentence
  if (isOn('name:business-possessive') && businessName(core)) {
    fixes.set(keys[ci], 'name:business-possessive');
    return 'organization';
  }
  // "at Dolan's in Westby": a shop named by its owner's possessive alone (lib/names/names.ts keeps the "'s")
  if (POSSESSIVE_END.test(core) && isOn('name:business-alone')) {
    fixes.set(keys[ci], 'name:business-alone');
    return 'organization';
  }
  // "the best on Earth", "the Earth's climate": a body of the sky, a place
  if (!core.includes(' ') && !c.title && isOn('actor:celestial-body') && celestialBody(text, c.start, keys[ci])) {
    fixes.set(keys[ci], 'actor:celestial-body');
    return 'place';
  }
  // "Costa reported from Washington.": a reporter's line, the reporter's surname
  if (
    !core.includes(' ') &&
    c.sentenceStart &&
    isOn('actor:reporter-line') &&
    REPORTED_FROM.test(text.slice(c.end, c.end + 60))
  ) {
    fixes.set(keys[ci], 'actor:reporter-line');
    return 'person';
  }
  return null;
}

/** actor:placed-elsewhere: 'place' where another mention of the word, or its neighbours, place it; else null. */
function placedElsewhere(text: string, table: NameTable, ci: number): ActorDraft['type'] | null {
  const { nameCands, keys } = table;
  const same = sameKey(table).get(keys[ci]) ?? [];
  // ("invest $200 million in Eastfield" beside "Eastfield's shares": the body, not a place)
  if (same.some((j) => bodyAt(text, nameCands[j]))) return null;
  if (same.some((j) => (j !== ci && placedAt(text, nameCands[j])) || placedByNeighbours(text, table, j)))
    return 'place';
  return null;
}

/**
 * actor:body-elsewhere: 'organization' where a mention of the name (this one too) shows a body, or the
 * name holds a place the text names, or its first word alone shows a body; 'place' for a bearing and a
 * known place ("South Westland"); else null.
 */
function bodyElsewhere(text: string, table: NameTable, ci: number): ActorDraft['type'] | null {
  const { nameCands, keys } = table;
  const key = keys[ci];
  const byKey = sameKey(table);
  // (the body's evidence may be at this very mention: "Le Monde newspaper said")
  if ((byKey.get(key) ?? []).some((j) => bodyAt(text, nameCands[j], j === ci))) return 'organization';
  const space = key.indexOf(' ');
  const first = key.slice(0, space);
  // "South Westland", "Northern Eastfield": a bearing and a place the text names, a region of it
  if (COMPASS_WORD.test(first) && placeKeys(table).has(key.slice(space + 1))) return 'place';
  // "Westmoor Cement", "Northby Standard": a place the text names, opening an unknown name of no given name
  if (placeInName(text, table, key)) return 'organization';
  // "Norland Cables" and then "Norland shares", "Norland's board": a firm is shortened to its first word,
  // a person to the surname (not a given name: "Sarah" after "Sarah Mitchell")
  if (isGivenName(first)) return null;
  if (firstWordBody(text, table, first)) return 'organization';
  // "Banc Two" after "Banc Two Corp.": the firm's name without its legal form or kind
  if (longerBodyName(table, key)) return 'organization';
  // "IDLC, Westmoor Lamps and Northby Cement": a list with a body in it
  if (listWithBody(text, table, ci)) return 'organization';
  return null;
}

/** Whether the name at j is a known place or country, by its own name (not a demonym: "French"). */
function knownPlace(table: NameTable, j: number): boolean {
  const e = table.resolved[j];
  if (!e || (e.type !== 'country' && e.type !== 'place')) return false;
  return ownNameKeys(e).has(table.keys[j]) || table.linkedBy.get(j) === 'actor:state-after-town'; // ("Tujunga, Calif.": the state shortened)
}

/** A place's name and aliases as keys, worked out once per entity (knowledge, not the page: every page asks again). */
const OWN_NAME_KEYS = new WeakMap<Entity, Set<string>>();
function ownNameKeys(e: Entity): Set<string> {
  let keys = OWN_NAME_KEYS.get(e);
  if (!keys) OWN_NAME_KEYS.set(e, (keys = new Set([e.name, ...e.aliases].map((n) => normalizeKey(n)))));
  return keys;
}

/** The gap between two names of a list: a comma, "and", "or". */
const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/;
/** The gap between a town and its region: a comma. */
const COMMA_GAP = /^\s*,\s*$/;
/** What ends a region set after a town: a stop, a bracket, the line's end. */
const REGION_END = /^\s*(?:[,.;)]|$)/;

/**
 * Whether the words around the name at j place it: a town before its known region or country ("Eastfield,
 * Norland."), a region after a town placed so ("Eastfield, Westmoor,"), a list with a known place in it
 * ("Eastfield, Leeds and York"), or its own name with a place word ("Westmoor state").
 */
function placedByNeighbours(text: string, table: NameTable, j: number): boolean {
  const { nameCands, cores } = table;
  const c = nameCands[j];
  // (an abbreviation in capitals is a body's: "OIC"; not a state's dotted one, "N.C.")
  if (c.kind === 'acronym' && !cores[j].includes('.')) return false;
  const next = nameCands[j + 1];
  const prev = nameCands[j - 1];
  const gapAfter = next ? text.slice(c.end, next.start) : '';
  const gapBefore = prev ? text.slice(prev.end, c.start) : '';
  if (
    next &&
    COMMA_GAP.test(gapAfter) &&
    knownPlace(table, j + 1) &&
    REGION_END.test(text.slice(next.end, next.end + 3))
  )
    return true;
  if (
    prev &&
    COMMA_GAP.test(gapBefore) &&
    REGION_END.test(text.slice(c.end, c.end + 3)) &&
    (knownPlace(table, j - 1) || placedAt(text, prev))
  )
    return true;
  for (
    let k = j - 1, n = 0;
    k >= 0 && n < 3 && LIST_GAP.test(text.slice(nameCands[k].end, nameCands[k + 1].start));
    k--, n++
  )
    if (knownPlace(table, k)) return true;
  for (
    let k = j + 1, n = 0;
    k < nameCands.length && n < 3 && LIST_GAP.test(text.slice(nameCands[k - 1].end, nameCands[k].start));
    k++, n++
  )
    if (knownPlace(table, k)) return true;
  const core = cores[j];
  return sameKeyStarts(table, core);
}

/** The words the text names with a lower-case place word after them ("Westmoor state"), once per name table. */
const TAILED = new WeakMap<NameTable, Set<string>>();
/** Whether the text names the word with a lower-case place word after it ("Westmoor state", "Westmoor province"). */
function sameKeyStarts(table: NameTable, core: string): boolean {
  let tailed = TAILED.get(table);
  if (!tailed) {
    tailed = new Set();
    for (const other of table.cores) {
      const space = other.lastIndexOf(' ');
      const tail = other.slice(space + 1);
      if (space > 0 && PLACE_TAILS.has(tail) && !NOT_PLACE_TAILS.has(tail)) tailed.add(other.slice(0, space));
    }
    TAILED.set(table, tailed);
  }
  return tailed.has(core);
}
/** Tails that make a group, not a place ("the Manu group"). */
const NOT_PLACE_TAILS = new Set(['group', 'militia', 'movement']);

/** Whether a word's own mentions show a body ("Norland shares"), by word, once per table (many names share a first word). */
const FIRST_BODY = new WeakMap<NameTable, Map<string, boolean>>();
function firstWordBody(text: string, table: NameTable, word: string): boolean {
  let memo = FIRST_BODY.get(table);
  if (!memo) FIRST_BODY.set(table, (memo = new Map()));
  let body = memo.get(word);
  if (body === undefined) {
    body = (sameKey(table).get(word) ?? []).some((j) => bodyAt(text, table.nameCands[j]));
    memo.set(word, body);
  }
  return body;
}

/**
 * Whether the name at j stands in a list of three or more ("A, B and C") beside a body: a known one, a
 * name with a body's word last, or an abbreviation ("IDLC, Westmoor Lamps and Northby Cement").
 */
function listWithBody(text: string, table: NameTable, j: number): boolean {
  const { nameCands, cores } = table;
  let a = j;
  while (a > 0 && j - a < 3 && LIST_GAP.test(text.slice(nameCands[a - 1].end, nameCands[a].start))) a--;
  let b = j;
  while (b + 1 < nameCands.length && b - j < 3 && LIST_GAP.test(text.slice(nameCands[b].end, nameCands[b + 1].start)))
    b++;
  if (b - a < 2 || !/\b(?:and|or)\b/.test(text.slice(nameCands[b - 1].end, nameCands[b].start))) return false;
  // (a list of people with their paper: "Ann Lee, Tom Berg and Sam Hill of the Post")
  for (let k = a; k <= b; k++) if (k !== j && givenNameFirst(table.keys[k])) return false;
  for (let k = a; k <= b; k++)
    if (
      k !== j &&
      (table.resolved[k]?.type === 'organization' ||
        (nameCands[k].kind === 'acronym' && !cores[k].includes('.')) ||
        ORG_WORDS.test(cores[k].slice(cores[k].lastIndexOf(' ') + 1)))
    )
      return true;
  return false;
}

/** The keys of the places and countries the text names (as it writes them, and their own names), once per name table. */
const PLACE_KEYS = new WeakMap<NameTable, Set<string>>();
function placeKeys(table: NameTable): Set<string> {
  let keys = PLACE_KEYS.get(table);
  if (!keys) {
    keys = new Set();
    table.resolved.forEach((e, j) => {
      if (knownPlace(table, j)) keys!.add(table.keys[j]);
    });
    PLACE_KEYS.set(table, keys);
  }
  return keys;
}

/**
 * Whether an unknown name of several words, opening with no given name, holds a place or country the
 * text names (by its own name, not a demonym) as one or two of its words before the last, with two
 * words either in the place or after it ("Port Westmoor Cement", "Northby Purchasing Managers"): a
 * firm's or a body's name, not a person's.
 */
/** Whether a name's first word is a given name ("ann lee"). */
function givenNameFirst(key: string): boolean {
  const first = key.slice(0, key.indexOf(' ') >>> 0);
  return isGivenName(first);
}

function placeInName(text: string, table: NameTable, key: string): boolean {
  // ("Cuba Gooding Jr.": a son's suffix is no word of a firm's name)
  const words = key.replace(/ (?:jr|sr)\.?$/, '').split(' ');
  if (words.length > 4 || isGivenName(words[0])) return false;
  const places = placeKeys(table);
  if (!places.size) return false;
  // (not as the last word: "Tom Holland", "Ann London" are surnames; a one-word place before one last
  // word only where the text writes that word in lower case too: "Westmoor Commodities", not "Chad Lee")
  const last = words[words.length - 1];
  for (let a = 0; a < words.length - 1; a++)
    for (let b = a + 1; b <= Math.min(words.length - 1, a + 2); b++)
      if (
        places.has(words.slice(a, b).join(' ')) &&
        (b - a > 1 || words.length - b > 1 || lowerWordsOf(text, table).has(last))
      )
        return true;
  return false;
}

/** The names' single words the text also writes in lower case, once per name table (read at first need). */
const LOWER = new WeakMap<NameTable, Set<string>>();
function lowerWordsOf(text: string, table: NameTable): Set<string> {
  let found = LOWER.get(table);
  if (!found) {
    const words = new Set<string>();
    for (const core of table.cores) for (const w of core.split(' ')) if (w.length > 3) words.add(w);
    found = wordsAlsoLower(text, [...words]);
    LOWER.set(table, found);
  }
  return found;
}

/**
 * "Australian Tom Berg", "a Mexican Ana Ruiz": a country's demonym before an unknown person's name
 * describes them; it is no part of the name. The offset in the core where the name starts, or -1
 * (only before two or three words that hold no body's or place's word: not "American Civil
 * Liberties Union").
 */
export function demonymPrefix(core: string, index: KnowledgeIndex): number {
  const space = core.indexOf(' ');
  if (space < 4) return -1;
  const rest = core.slice(space + 1);
  const words = rest.split(' ').length;
  if (words < 2 || words > 3 || ORG_WORDS.test(rest) || PLACE_WORDS.test(rest)) return -1;
  const first = core.slice(0, space);
  if (!isPlainCapitalised(first)) return -1;
  const e = index.lookupFirst(first, { type: 'country' });
  if (!e || e.type !== 'country') return -1;
  const k = normalizeKey(first);
  return e.demonyms.some((d) => normalizeKey(d) === k) ? space + 1 : -1;
}
