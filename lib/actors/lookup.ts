/**
 * Pass: names by knowledge. Decides which known entity, if any, each name or acronym candidate is
 * ("President Biden", "Nvidia Corp", "a Massachusetts Democrat", "Vladimir V. Putin"), and drops a
 * bare surname's entity unless the article is about that person's country. Reads the candidates, text,
 * index and date; returns a NameTable (per name: its words, key and entity). Writes no actors.
 */
import type { Entity } from '../knowledge/schema';
import type { KnowledgeIndex } from '../knowledge/index';
import { normalizeKey } from '../knowledge/normalize';
import type { NameCandidate } from '../engine/findings';
import { PARTY_MEMBER } from '../words';
import { escape } from '../claims/context';
import { sentenceAt } from '../text/sentences';
import { coreOf, isCapitalNotSpeaker, namedBy } from '../names/evidence';
import type { ActorPassContext } from './context';
import { TITLE_ALIASES } from './types';

/** The knowledge context names are looked up in: the date, the site's country, the entities named so far. */
export interface LookupContext {
  date: string;
  country: string | undefined;
  /** grows as names resolve */
  coActors: Set<string>;
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
}

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
/** A middle initial inside a name ("Vladimir V. Putin", "John F. Kennedy"). */
const MIDDLE_INITIAL = /\s\p{Lu}\.\s(?=\p{Lu})/u;

export function lookupNames(ctx: ActorPassContext, cands: NameCandidate[]): NameTable {
  const { text } = ctx;
  const nameCands = cands.filter((c) => c.kind === 'name' || c.kind === 'acronym');
  // each name's bare words and key, worked out once
  const cores = nameCands.map((c) => coreOf(text, c));
  const keys = cores.map((core) => normalizeKey(core));
  const resolved: (Entity | null)[] = [];
  const weak: number[] = [];
  const lookup: LookupContext = { date: ctx.date, country: ctx.siteCountry ?? undefined, coActors: new Set() };
  nameCands.forEach((c, ci) => {
    const hit = lookupName(ctx, lookup, c, cores[ci], keys[ci], weak, ci);
    resolved[ci] = hit ?? null;
    if (hit) lookup.coActors.add(hit.id);
  });
  const table = { nameCands, cores, keys, resolved, lookup };
  dropWeakSurnames(ctx, table, weak);
  return table;
}

/** The entity a name is (undefined for none); a bare surname's is noted in weak, for dropWeakSurnames. */
function lookupName(
  ctx: ActorPassContext,
  lk: LookupContext,
  c: NameCandidate,
  core: string,
  key: string,
  weak: number[],
  ci: number,
): Entity | undefined {
  const { text, index } = ctx;
  const full = text.slice(c.start, c.end);
  let hit: Entity | undefined = index.lookupFirst(full, lk);
  if (!hit) {
    // "President Biden": of the people called so, one who held that title
    const title = c.title ? (TITLE_ALIASES[c.title] ?? c.title) : '';
    if (title) {
      const options = index.lookup(core, lk);
      hit = options.find((e) => e.roles.some((r) => title.includes(r.title.toLowerCase()))) || options[0];
    } else hit = index.lookupFirst(core, lk);
  }
  if (!hit && c.plural) hit = index.lookupFirst(core.replace(/s$/, ''), lk);
  if (!hit && /\s(?:region|province|oblast|county|district|governorate|prefecture|state)$/i.test(core)) {
    hit = index.lookupFirst(core.replace(/\s\S+$/, ''), { ...lk, type: 'place' });
  }
  if (!hit && /\s(?:group|militia|movement)$/.test(core)) hit = index.lookupFirst(core.replace(/\s\S+$/, ''), lk);
  // "Nvidia Corp", "Toyota Motor Corp.": the company the knowledge file names without its legal form
  let company = '';
  if (!hit && CORPORATE_SUFFIX.test(core))
    hit = index.lookupFirst((company = core.replace(CORPORATE_SUFFIX, '')), { ...lk, type: 'organization' });
  if (hit && company && (hit.type !== 'organization' || !namedBy(hit, company))) hit = undefined;
  // "Shanghai Cooperation Organization" for the "Organisation" the knowledge file writes, and the other way
  let respelled = '';
  if (!hit && SPELLING.test(core)) hit = index.lookupFirst((respelled = core.replace(SPELLINGS, otherSpelling)), lk);
  // "a Massachusetts Democrat", "House Republicans": members of a party, by their state or chamber
  let member = false;
  if (!hit && PARTY_MEMBER.test(core)) {
    hit = partyOfMember(index, lk, core);
    member = hit !== undefined;
  }
  // "Vladimir V. Putin": a middle initial the knowledge file does not write
  if (!hit && MIDDLE_INITIAL.test(core))
    hit = index.lookupFirst(core.replace(MIDDLE_INITIAL, ' '), { ...lk, type: 'person' });
  // "the Brookings Institution in Washington": the city, where the government's name does not act
  if (hit && isCapitalNotSpeaker(text, c, core, hit, index)) {
    const place = index.lookupFirst(core, { ...lk, type: 'place' });
    hit = place?.type === 'place' ? place : undefined;
  }
  if (
    hit &&
    !member &&
    !company &&
    !namedBy(hit, core, key) &&
    !namedBy(hit, full) &&
    !(respelled && namedBy(hit, respelled))
  ) {
    // a bare surname ("Pou"): only for someone whose country the article is about
    if (hit.type !== 'person' || /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) hit = undefined;
    else weak.push(ci);
  }
  return hit;
}

/** The party of "a Massachusetts Democrat", "House Republicans" (a PARTY_MEMBER name), by the place or chamber before it. */
function partyOfMember(index: KnowledgeIndex, lk: LookupContext, core: string): Entity | undefined {
  const space = core.lastIndexOf(' ');
  const from = index.lookupFirst(core.slice(0, space), lk);
  if (!from || from.type === 'person') return undefined;
  const word = core.slice(space + 1);
  const hit = index.lookupFirst(word.endsWith('s') ? word : `${word}s`, { ...lk, type: 'organization' });
  return hit?.type === 'organization' ? hit : undefined;
}

/** Bare surnames keep their person only where the text names the person's country, or the sentence does. */
function dropWeakSurnames(ctx: ActorPassContext, table: NameTable, weak: number[]) {
  const { text, index, findings } = ctx;
  const { resolved, nameCands } = table;
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
}
