import type { Entity, EntityType } from '../knowledge/schema';
import type { KnowledgeIndex } from '../knowledge/index';
import { normalizeKey } from '../knowledge/normalize';
import { wordAfterSpaces } from '../text/ascii';
import type { NameCandidate } from '../engine/findings';
import {
  alternation,
  AUXILIARIES,
  BEARING_WORDS,
  BODY_APPOSITION_FOLLOWERS,
  BODY_KINDS_BEFORE_NAME,
  BODY_WORDS_AFTER_NAME,
  CHAMBER_WORDS,
  EMPLOYER_JOBS_AFTER,
  FEMALE_TITLES,
  MALE_TITLES,
  FEMALE_RELATION_WORDS,
  MALE_RELATION_WORDS,
  MONTH_PREFIXES,
  NOT_ACTOR_HEADS,
  NOT_NAME_WORDS,
  ORG_WORDS,
  PLACE_HEADS,
  PLACE_NOUNS_BEFORE_OF,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  POST_NOMINAL_LETTERS,
  SPEECH_VERBS,
  TRAVEL_TO_WORDS,
  WORKS_AT_TITLES,
} from '../words';

const MONTH_RE = alternation(MONTH_PREFIXES);

/** What the words around a name say about it when the knowledge does not know it. */

/** A family's word before a name, with its owner: "his sister", "Reagan's wife," (the name is a person's). */
const RELATION_WORDS = alternation([...MALE_RELATION_WORDS, ...FEMALE_RELATION_WORDS]);
const RELATION_BEFORE = new RegExp(`\\b(?:his|her|their|[’'ʼ]s?)\\s+(?:${RELATION_WORDS})\\s*,?\\s+$`, 'i');
/** A family's word after a name's possessive: "Lund's widow", "Lund's son". */
const RELATION_AFTER = new RegExp(`^\\s?[’'ʼ]s\\s+(?:${RELATION_WORDS})\\b`, 'i');

/** A word of bearing that opens a region's name ("Far East", "South Westland"). */
export const COMPASS_WORD = new RegExp(`^(?:${alternation(BEARING_WORDS)})$`, 'i');

/** A state's formal name: "Republic of …", "Kingdom of …" (not "Federation of …", also a body's). */
const STATE_OF = /(?:^|\s)(?:Republic|Kingdom|Principality|Sultanate|Emirate|Grand Duchy) of \p{Lu}/u;

const GROUP_WORDS = /\b(?:family|dynasty|clan|gang|band|fans|supporters)$/i;
export const ADJECTIVE_ENDING = /(?:an|ian|ean|ese|ish|ern)$/;
const PLACE_BEFORE = new RegExp(
  `\\b(?:${alternation(PLACE_PREPOSITIONS)}|towards?|throughout|visit|visited|visiting|of (?=\\S+ $)|(?:${alternation(PLACE_NOUNS_BEFORE_OF)}) of|capital)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?(?:(?:north|south|east|west)(?:ern)?\\s+|central\\s+|rural\\s+|coastal\\s+|remote\\s+|neighbou?ring\\s+|nearby\\s+)?$`,
  'i',
);

/** "flew from Florida to Washington", "a trip to Kenya". */
const TRAVEL_TO = new RegExp(
  `\\b(?:(?:flew|flown|fly|flies|flying|travel+(?:ed|ing|s)?|${alternation(TRAVEL_TO_WORDS)})\\s+to|from\\s+\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)?\\s+to)\\s+$`,
  'iu',
);

/** Jobs written after the name of the body that employs them ("Brighton head coach"). */
const EMPLOYER_OF = new RegExp(
  `^\\s+(?:head\\s+|first-team\\s+|assistant\\s+|interim\\s+)?(?:${alternation(EMPLOYER_JOBS_AFTER)})\\b`,
);

/** Letters after a person's name: counsel, members, honours, degrees. */
const POST_NOMINALS = new RegExp(`^(?:${alternation(POST_NOMINAL_LETTERS)}|Jr\\.?|Sr\\.?)$`);
/** People named by their work, then "at" their employer. */
const WORKS_AT = new RegExp(
  `\\b(?:analysts?|economists?|strategists?|researchers?|scientists?|experts?|engineers?|lawyers?|bankers?|traders?|executives?|employees?|staff|workers?|${alternation(WORKS_AT_TITLES)}|spokes(?:man|woman|person)|investors?)\\s+at\\s+(?:the\\s+)?$`,
  'i',
);

export const JOB_AFTER = /^\s+(?:editor|correspondent|reporter|analyst|bureau|desk|producer)\b/;

/** Names of laws, prizes, events and products: things, not actors. */
export const NOT_ACTOR_HEAD = new RegExp(`\\s(?:${alternation(NOT_ACTOR_HEADS)}|Act\\s\\d+)$`);

/** Capitalised words that are never actors: holidays, diseases, scriptures, the internet. */
export const NOT_NAMES = new RegExp(
  `^(?:covid(?:-19)?|${alternation(NOT_NAME_WORDS)}|world war (?:i|ii|one|two|1|2)|(?:first|second) world war|cold war|mass|gp)$`,
);

export { AUXILIARIES };

/** The honorific-free core of a name candidate, and whether it had a title. */
export function coreOf(text: string, c: NameCandidate): string {
  return text.slice(c.nameStart, c.end);
}

/** After a dateline's town: ", Country", a date, the wire in brackets or a dash ("KYIV, Ukraine (AP) —", "PARIS 2024-03-01"). */
export const DATELINE_AFTER = new RegExp(
  String.raw`^(?:\s*,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*(?:\d{4}-\d\d-\d\d|,?\s*(?:${MONTH_RE})\p{L}*\.?\s+\d{1,2}\b|\((?:Reuters|AP|AFP|UPI|dpa|Xinhua)\)|[–—]\s)`,
  'u',
);

/** DATELINE_AFTER's test, run only where a digit, a bracket or a dash is (each of its shapes has one). */
export const datelineAfter = (s: string): boolean => /[\d(–—]/.test(s) && DATELINE_AFTER.test(s);

/** Whether a name in capitals opens a line as a dateline's town ("TAVILDARA, Tajikistan (Reuters) –"). */
export function datelineTown(text: string, c: NameCandidate): boolean {
  if (c.start > 0 && text[c.start - 1] !== '\n') return false;
  const name = text.slice(c.start, c.end);
  return name === name.toUpperCase() && datelineAfter(text.slice(c.end, c.end + 48));
}

/** A dateline's town in capitals and a comma before a name, at a line's start ("IRVINE, Calif.", "KYIV, Ukraine"). */
const DATELINE_TOWN_BEFORE = /(?:^|\n)\p{Lu}[\p{Lu}.'’ -]*\s?,\s+$/u;
/** DATELINE_TOWN_BEFORE's test, run only where its plain shape is: a comma and white space at the end, no small letter or digit on the last line. */
export const datelineTownBefore = (s: string): boolean =>
  /,\s+$/.test(s) && !/[a-z\d]/.test(s.slice(s.lastIndexOf('\n') + 1)) && DATELINE_TOWN_BEFORE.test(s);

/** Whether the name is a dateline's region or country, after its town ("IRVINE, Calif. 2024-03-01"). */
export function datelineRegion(text: string, c: NameCandidate): boolean {
  if (text.charCodeAt(c.start - 2) !== 44 && text.charCodeAt(c.start - 1) !== 32) return false;
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  if (!datelineTownBefore(before)) return false;
  const end = text[c.end] === '.' ? c.end + 1 : c.end;
  return DATELINE_AFTER.test(text.slice(end, end + 48)) || /^\s*(?:\.\s*)?(?:\n|$)/.test(text.slice(end, end + 4));
}

/** Words before a name that place it: "in", "near", "visited", "the town of". */
const IN_PLACE_BEFORE = /\b(?:in|near|into|visit(?:ed|ing|s)?|(?:town|city|village|port|capital) of)\s+$/i;

/** Whether this mention of a name places it: a dateline, or "in", "near", "visited" just before. */
export function placedAt(text: string, c: NameCandidate): boolean {
  return (
    datelineTown(text, c) ||
    datelineRegion(text, c) ||
    IN_PLACE_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))
  );
}

/** A body's kind just before its name: "telecoms group", "first division side", "the airline". */
const BODY_NOUN_BEFORE = new RegExp(`\\b(?:${alternation(BODY_KINDS_BEFORE_NAME)})\\s+$`, 'i');
/** A body's kind set after its name in commas, as the head of the description: "Acme, the packaging group,", "Acme, a Dutch bank that …" (not "Tom Lee, the club captain"). */
const BODY_APPOSITION = new RegExp(
  `^\\s*,\\s+(?:the|a|an)\\s+(?:[\\p{Ll}\\p{Lu}][\\p{L}-]*\\s+){0,3}(?:${alternation(BODY_KINDS_BEFORE_NAME)})(?=\\s*[,.;)]|\\s+(?:${alternation(BODY_APPOSITION_FOLLOWERS)})\\b)`,
  'u',
);
/** Words after a name that make it a body: its shares, its chairman, "X said it". */
const BODY_AFTER = new RegExp(`^(?:[’'ʼ]s)?\\s+(?:${alternation(BODY_WORDS_AFTER_NAME)})\\b`);
/** The same, without "said it" ("Ann Lee said it was time" is a person's words): read at the name's own mention. */
const BODY_AFTER_OWN = new RegExp(
  `^(?:[’'ʼ]s)?\\s+(?:${alternation(BODY_WORDS_AFTER_NAME.filter((w) => !/^(?:said|says) it/.test(w)))})\\b`,
);

/**
 * Whether this mention of a name shows a body: its kind before it, its shares or officers after it
 * (`own`: the mention being typed, where "said it" proves nothing).
 */
export function bodyAt(text: string, c: NameCandidate, own = false): boolean {
  const before = text.slice(Math.max(0, c.start - 32), c.start);
  const after = text.slice(c.end, c.end + 48);
  return (
    BODY_NOUN_BEFORE.test(before) ||
    WORKS_AT.test(before) ||
    EMPLOYER_OF.test(after) ||
    (own ? BODY_AFTER_OWN : BODY_AFTER).test(after) ||
    BODY_APPOSITION.test(after)
  );
}

/** A verb of saying that is no noun, right after a word, one speaker's: "Kwan said" ("Western thought" is no speaker; "say", a plural's). */
export const SAID_AFTER = /^\s+(?:said|says|told|tells|added|adds|wrote|writes)\b/;
/** Where a clause opens before a name: the text's or a line's start, a stop or a comma, a closing quotation mark. */
const CLAUSE_OPENS_BEFORE = /(?:^|\n|[.!?;:,][”"’']*\s+|[”"]\s+)$/;
/** "said" after a quotation or a comma, before a name that ends its clause ("…,” said Hale."; not "The bureau says Millennials, …"). */
const SAID_BEFORE = /[,”"’']\s*(?:said|says|added)\s+$/;
const CLAUSE_END_AFTER = /^(?:[.,;!?]|$)/;
/** "he" or "she" as the subject of what is said ("Hale said he …", "Hale told reporters she …"). */
const PRONOUN_SAID = /^\s+\S+\s+(?:(?:reporters|me|us|him|her|them)\s+)?(?:that\s+)?(he|she)\b/;

/**
 * Whether this mention of a name is the subject of a verb of saying: opening its clause right before
 * "said", "told", "added" ("…,” Hale said", "In May, Hale told reporters"), or after "said" at its
 * clause's end ("…,” said Hale."). 'm' or 'f' where "he" or "she" follows ("Hale said she …"), '?'
 * where nothing tells the sex; null where it is no such subject.
 */
export function speakerAt(text: string, c: NameCandidate): 'm' | 'f' | '?' | null {
  if (c.inQuote) return null;
  const after = text.slice(c.end, c.end + 40);
  const before = text.slice(Math.max(0, c.start - 14), c.start);
  if (SAID_BEFORE.test(before) && CLAUSE_END_AFTER.test(after)) return '?';
  if (!SAID_AFTER.test(after) || !CLAUSE_OPENS_BEFORE.test(before)) return null;
  const p = PRONOUN_SAID.exec(after);
  return p ? (p[1] === 'she' ? 'f' : 'm') : '?';
}

/** The sex "he" or "she" tells after a name that is the subject of a verb of saying ("Hale said she …"), or null. */
export function saidGender(text: string, c: NameCandidate): 'm' | 'f' | null {
  const g = speakerAt(text, c);
  return g === 'm' || g === 'f' ? g : null;
}

export function typeOfUnknown(text: string, c: NameCandidate, core: string, afterCountry: boolean): EntityType {
  if (datelineTown(text, c) || datelineRegion(text, c)) return 'place';
  // "the official Northby News Agency": a word before the name read as a title, but a body's head word last
  if (c.title && c.nameStart === c.start && core.includes(' ') && ORG_WORDS.test(core.slice(core.lastIndexOf(' ') + 1)))
    return 'organization';
  if (c.title) return 'person';
  if (c.kind === 'acronym') return 'organization';
  if (GROUP_WORDS.test(core)) return 'group';
  // "the House of Representatives", "the Senate": a chamber the knowledge file has for another country
  if (CHAMBER_WORDS.has(core.toLowerCase())) return 'organization';
  // "the Federal Republic of Westland", "the Kingdom of Northby": a state's formal name
  if (STATE_OF.test(core)) return 'country';
  if (core.includes(' & ')) return 'organization'; // "Marks & Spencer", "Smith & Co": a firm
  // "Rally for Peace and Democracy", "Centre on Ageing": small words no person's name holds
  if (/ (?:for|and|on|in|the) \p{Lu}/u.test(core)) return 'organization';
  // the last word says most: "US District Court" is a court, "Trafalgar Square" a place
  const head = core.slice(core.lastIndexOf(' ') + 1).toLowerCase();
  if (ORG_WORDS.test(head)) return 'organization';
  if (PLACE_WORDS.test(head) || PLACE_HEADS.has(head)) return 'place';
  if (PLACE_WORDS.test(core)) return 'place';
  if (ORG_WORDS.test(core)) return 'organization';
  // "Manchester United manager Ruben Amorim", "Tesla boss Elon Musk": the name someone works for
  if (EMPLOYER_OF.test(text.slice(c.end, c.end + 24))) return 'organization';
  const before = text.slice(Math.max(0, c.start - 32), c.start);
  // "Swedish telecoms group Norland AB", "first division side Eastfield": the kind of body named
  if (BODY_NOUN_BEFORE.test(before)) return 'organization';
  // "analysts at Bernstein", "an economist at Capital Economics": where people work, not where they are
  if (WORKS_AT.test(before)) return 'organization';
  // ("a call from Joe Biden", "goals from Danny Welbeck": an unknown name of two words after "from" is a person's more often)
  if ((PLACE_BEFORE.test(before) && !(core.includes(' ') && /\bfrom\s+$/i.test(before))) || TRAVEL_TO.test(before))
    return 'place';
  const words = core.split(/\s+/);
  // "Far East", "South West": a region named by its bearings
  if (words.length > 1 && words.every((w) => COMPASS_WORD.test(w))) return 'place';
  // "Shaheed Fatima KC", "Sir John Smith OBE": letters after a person's name
  if (words.length > 2 && POST_NOMINALS.test(words[words.length - 1])) return 'person';
  // "Orbital ATK", "Progress MS-04": capitals and digits inside are not a person's
  if (words.length > 1)
    return words.some((w) => /\d/.test(w) || (/^\p{Lu}{2,}$/u.test(w) && w.length > 1)) &&
      !/^\p{Lu}{2,}$/u.test(words[0])
      ? 'organization'
      : 'person';
  if (afterCountry) return 'place'; // "New Zealand’s Northland"
  // a lone unknown word that no full name explains: a person only with a person's marks (", 75,"),
  // a family's word before it ("his sister Ann", "his wife, Ann,") or after its possessive ("Lund's widow")
  if (/^,\s*\d{1,3},/.test(text.slice(c.end, c.end + 6))) return 'person';
  if (RELATION_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) return 'person';
  if (RELATION_AFTER.test(text.slice(c.end, c.end + 20))) return 'person';
  return 'organization';
}

export function genderOf(title: string | null): 'm' | 'f' | null {
  if (!title) return null;
  for (const w of title.split(' ')) {
    if (MALE_TITLES.has(w)) return 'm';
    if (FEMALE_TITLES.has(w)) return 'f';
  }
  return null;
}

/**
 * Whether an entity is called this by its own name, an alias or a demonym (not by a bare surname).
 * (k: the name's key, when the caller has it already)
 */
export function namedBy(e: Entity, name: string, k = normalizeKey(name)): boolean {
  if (!k) return false;
  const own = ownKeys(e);
  return own.names.has(k) || own.demonyms.has(k.replace(/s$/, ''));
}

/** An entity's own names as keys (name, aliases, demonyms, official name, ISO alpha-3, the name without a plural s), worked out once per entity. */
const ownKeyCache = new WeakMap<Entity, { names: Set<string>; demonyms: Set<string> }>();
function ownKeys(e: Entity): { names: Set<string>; demonyms: Set<string> } {
  let own = ownKeyCache.get(e);
  if (!own) {
    const demonyms = new Set(e.demonyms.map((d) => normalizeKey(d)));
    const names = new Set([
      normalizeKey(e.name),
      ...e.aliases.map((a) => normalizeKey(a)),
      ...demonyms,
      normalizeKey(e.officialName ?? ''),
      (e.iso3 ?? '').toLowerCase(),
      normalizeKey(e.name.replace(/s$/, '')),
    ]);
    ownKeyCache.set(e, (own = { names, demonyms }));
  }
  return own;
}

/**
 * "Washington" names the US government only when it acts ("Washington said"); "flew to Washington"
 * is the city. The same for any capital that doubles as an alias of a government.
 */
export function isCapitalNotSpeaker(
  text: string,
  c: NameCandidate,
  core: string,
  e: Entity,
  index: KnowledgeIndex,
): boolean {
  if (e.type !== 'organization' || normalizeKey(e.name) === normalizeKey(core)) return false;
  const country = e.country ? index.entity(e.country) : undefined;
  const capital = country?.capital ? normalizeKey(country.capital) : '';
  const k = normalizeKey(core);
  if (!capital || !(capital === k || capital.startsWith(`${k} `))) return false;
  const verb = wordAfterSpaces(text.slice(c.end, c.end + 24))?.toLowerCase() ?? '';
  return !(SPEECH_VERBS.has(verb) || AUXILIARIES.has(verb) || /(?:ed|es)$/.test(verb));
}
