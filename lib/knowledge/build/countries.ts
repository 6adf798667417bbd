/**
 * Countries and territories generated from world-countries, and the hand-written extras
 * (countries-extra.json) merged onto them.
 */
import { z } from 'zod';
import { Entity, EntityId, type EntityInput } from '../schema';
import { normaliseName, uniqueNames } from './names';

export const KNOWLEDGE_DATE = '2025-06-01';
export const WIKIPEDIA = 'https://en.wikipedia.org/wiki/';

/**
 * One hand-written addition to a generated country, matched by id. Arrays are unioned with
 * the generated ones; scalars replace them; `facts`, when non-empty, replace the generated capital
 * fact (for countries whose capital needs more words than one name). `removeAliases`,
 * `removeDemonyms` and `removeFields` drop generated values that would mislead.
 */
export const CountryExtra = Entity.partial()
  .extend({
    id: EntityId,
    removeAliases: z.array(z.string()).default([]),
    removeDemonyms: z.array(z.string()).default([]),
    /** Generated scalars that mislead, e.g. a capital for a territory that has none. */
    removeFields: z.array(z.enum(['capital', 'officialName', 'region', 'facts'])).default([]),
  })
  .strict();
export type CountryExtra = z.infer<typeof CountryExtra>;

export const CountryExtrasFile = z.object({ countries: z.array(CountryExtra) }).strict();
export type CountryExtrasFile = z.infer<typeof CountryExtrasFile>;

/** The fields of a world-countries record this build reads. */
export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent?: boolean | null;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { m: string; f: string } };
}

/** The ids of the UN's 193 members ("country:gbr"). world-countries marks the Vatican, an observer state, as one. */
export const unMemberIds = (countries: readonly WorldCountry[]): string[] =>
  countries.filter((c) => c.unMember && c.cca3 !== 'VAT').map((c) => `country:${c.cca3.toLowerCase()}`);

/**
 * Codes that newspapers write as words. Every other two- or three-letter code is left out:
 * many are ordinary English words ("IN", "IT", "IS", "NO", "ME", "AM", "BE", "TO", "SO", "AT").
 */
export const CODE_ALIASES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'NZ', 'PRC', 'RSA', 'KSA']);

/** Alternative spellings in world-countries that are words, demonyms or misleading as names. */
const ALT_SPELLING_STOPLIST = new Set(
  ['Island', 'Mann', 'Prathet', 'Thai', 'Togolese', 'Saudi', 'Portuguesa', 'Mexicanos', 'Guiana', 'Timor'].map(
    normaliseName,
  ),
);

/** Wikipedia titles that differ from world-countries' common name. */
const WIKIPEDIA_TITLES: Record<string, string> = {
  GEO: 'Georgia (country)',
  IRL: 'Republic of Ireland',
  COD: 'Democratic Republic of the Congo',
  FSM: 'Federated States of Micronesia',
  PSE: 'State of Palestine',
  GMB: 'The Gambia',
  BHS: 'The Bahamas',
  TUR: 'Turkey',
  CZE: 'Czech Republic',
  TLS: 'East Timor',
  SGS: 'South Georgia and the South Sandwich Islands',
  ALA: 'Åland',
  MAF: 'Collectivity of Saint Martin',
  UNK: 'Kosovo',
  SHN: 'Saint Helena, Ascension and Tristan da Cunha',
};

export function wikipediaUrl(title: string): string {
  return WIKIPEDIA + title.replace(/ /g, '_');
}

export function countryId(cca3: string): string {
  return `country:${cca3.toLowerCase()}`;
}

/** Plural of a demonym noun: "Russian" -> "Russians"; none for "British", "Chinese", "Swiss". */
export function pluralDemonym(demonym: string): string | undefined {
  if (/(ese|ish|ss|sh|ch|ic|s|x|z)$/i.test(demonym) && !/czech$/i.test(demonym)) return undefined;
  if (/^(I-|Ni-)/.test(demonym) || /(Malagasy|Burkinabe|Motswana|Mosotho)$/.test(demonym)) return undefined;
  if (/[^aeiou]y$/.test(demonym)) return undefined;
  return `${demonym}s`;
}

function isLatinName(text: string): boolean {
  return /^[\p{Script=Latin}\p{M}\s'’ʻ.,()-]+$/u.test(text) && /\p{L}/u.test(text);
}

function splitDemonyms(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(/,\s*|\s+or\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function article(subregion: string): string {
  if (subregion === 'Australia and New Zealand') return 'Oceania';
  return /^(Caribbean|Antarctic)$/.test(subregion) ? `the ${subregion}` : subregion;
}

const TAKES_THE =
  /^(United |Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Central African Republic$|Dominican Republic$|Republic of |Caribbean Netherlands$)|Islands$/;

/** "the United Kingdom", "the Bahamas", "the Cook Islands"; "France". */
export function withArticle(countryName: string): string {
  return TAKES_THE.test(countryName) ? `the ${countryName}` : countryName;
}

/**
 * Every country and territory in world-countries as an entity. Dependent territories are type
 * "country" too (readers look them up like countries); their `country` field names the state
 * they belong to when countries-extra.json gives one. A territory's demonym is dropped when
 * another record shares it ("French" for the French Southern Lands), so "French" means France.
 */
export function generateCountries(
  raw: WorldCountry[],
  extras: CountryExtra[] = [],
  knowledgeDate = KNOWLEDGE_DATE,
): EntityInput[] {
  const extraById = new Map(extras.map((extra) => [extra.id, extra]));
  const nameByCode = new Map(raw.map((c) => [countryId(c.cca3), c.name.common]));
  const demonymOwners = new Map<string, WorldCountry[]>();
  for (const c of raw) {
    for (const d of splitDemonyms(c.demonyms?.eng?.m).concat(splitDemonyms(c.demonyms?.eng?.f))) {
      const key = normaliseName(d);
      const owners = demonymOwners.get(key) ?? [];
      if (!owners.includes(c)) owners.push(c);
      demonymOwners.set(key, owners);
    }
  }
  return raw.map((c) => {
    const extra = extraById.get(countryId(c.cca3));
    const sovereign = extra?.country ? nameByCode.get(extra.country) : undefined;
    return countryEntity(c, sovereign, demonymOwners, knowledgeDate);
  });
}

const isState = (c: WorldCountry) => c.independent === true || c.cca3 === 'UNK';

/** A country's demonym nouns (a territory's only where no other record shares them) and their plurals. */
function countryDemonyms(c: WorldCountry, demonymOwners: Map<string, WorldCountry[]>) {
  const name = c.name.common;
  const state = isState(c);
  const nouns = uniqueNames(
    splitDemonyms(c.demonyms?.eng?.m)
      .concat(splitDemonyms(c.demonyms?.eng?.f))
      .filter((d) => normaliseName(d) !== normaliseName(name))
      .filter((d) => state || (demonymOwners.get(normaliseName(d))?.length ?? 0) < 2),
  );
  const all = uniqueNames(
    nouns.flatMap((d) => {
      const plural = pluralDemonym(d);
      return plural ? [d, plural] : [d];
    }),
  );
  return { nouns, all };
}

/** A country's aliases: the alternative spellings that are names, and the codes papers write as words. */
function countryAliases(c: WorldCountry, demonymNouns: string[]): string[] {
  const altNames = c.altSpellings.filter((alt) => {
    if (/^[A-Z]{2,4}$/.test(alt)) return CODE_ALIASES.has(alt);
    if (alt.includes(',')) return false;
    if (ALT_SPELLING_STOPLIST.has(normaliseName(alt))) return false;
    if (demonymNouns.some((d) => normaliseName(d) === normaliseName(alt))) return false;
    return isLatinName(alt);
  });
  const codeNames = [c.cca2, c.cca3].filter((code) => CODE_ALIASES.has(code));
  return uniqueNames([...altNames, ...codeNames], [c.name.common]);
}

/** One world-countries record as an entity (`sovereign`: the name of the state a territory belongs to). */
function countryEntity(
  c: WorldCountry,
  sovereign: string | undefined,
  demonymOwners: Map<string, WorldCountry[]>,
  knowledgeDate: string,
): EntityInput {
  const state = isState(c);
  const name = c.name.common;
  const demonyms = countryDemonyms(c, demonymOwners);
  const capital = c.capital.filter(Boolean).join(', ') || undefined;
  const wikiTitle = WIKIPEDIA_TITLES[c.cca3] ?? name;
  const wikipedia = wikipediaUrl(wikiTitle);
  const place = c.subregion || c.region;
  const kind = state ? 'Country' : 'Territory';
  const link = !state && sovereign ? `, associated with ${withArticle(sovereign)}` : '';
  const capitalPart = capital ? `; capital ${capital}` : '';
  const description = `${kind} in ${article(place)}${link}${capitalPart}`.slice(0, 160);

  const facts = capital
    ? [
        {
          text:
            c.capital.length > 1
              ? `${upperFirst(withArticle(name))} has more than one capital: ${c.capital.join(', ')}.`
              : `${capital} is the capital of ${withArticle(name)}.`,
          asOf: knowledgeDate,
          source: wikipedia,
        },
      ]
    : [];

  return {
    id: countryId(c.cca3),
    type: 'country',
    name,
    officialName: c.name.official !== name ? c.name.official : undefined,
    aliases: countryAliases(c, demonyms.nouns),
    description,
    demonyms: demonyms.all,
    iso2: c.cca2,
    iso3: c.cca3,
    capital,
    region: c.subregion ? `${c.region} / ${c.subregion}` : c.region || undefined,
    scope: 'national',
    facts,
    links: { wikipedia },
  };
}

/* ------------------------------------------------------------------ */
/* Merging                                                             */
/* ------------------------------------------------------------------ */

const ARRAY_FIELDS = ['aliases', 'demonyms', 'related', 'roles'] as const;

/** Applies countries-extra.json onto generated countries: arrays unioned, scalars replaced. */
export function mergeCountryExtras(
  generated: EntityInput[],
  extras: CountryExtra[],
  file = 'countries-extra.json',
): { entities: EntityInput[]; errors: string[] } {
  const errors: string[] = [];
  const byId = new Map(generated.map((e) => [e.id, { ...e }]));
  const seen = new Set<string>();
  extras.forEach((extra, index) => {
    const base = byId.get(extra.id);
    if (!base) {
      errors.push(`${file}: countries[${index}].id: no generated country has id "${extra.id}"`);
      return;
    }
    if (seen.has(extra.id)) errors.push(`${file}: countries[${index}].id: "${extra.id}" is listed twice`);
    seen.add(extra.id);
    const { removeAliases, removeDemonyms, removeFields, ...fields } = extra;
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || key === 'id') continue;
      // Parsing fills omitted arrays with []: an empty facts list means "keep the generated fact".
      if (key === 'facts' && (value as unknown[]).length === 0) continue;
      if ((ARRAY_FIELDS as readonly string[]).includes(key)) {
        const current = (merged[key] as unknown[] | undefined) ?? [];
        merged[key] =
          key === 'roles'
            ? [...current, ...(value as unknown[])]
            : uniqueNames([...(current as string[]), ...(value as string[])]);
      } else if (key === 'links') {
        merged.links = { ...(base.links ?? {}), ...(value as object) };
      } else {
        merged[key] = value;
      }
    }
    for (const field of removeFields) delete merged[field];
    const dropAliases = new Set(removeAliases.map(normaliseName));
    const dropDemonyms = new Set(removeDemonyms.map(normaliseName));
    for (const alias of removeAliases) {
      if (!(base.aliases ?? []).some((a) => normaliseName(a) === normaliseName(alias)))
        errors.push(`${file}: countries[${index}].removeAliases: "${alias}" is not a generated alias of ${extra.id}`);
    }
    merged.aliases = ((merged.aliases as string[]) ?? []).filter((a) => !dropAliases.has(normaliseName(a)));
    merged.demonyms = ((merged.demonyms as string[]) ?? []).filter((d) => !dropDemonyms.has(normaliseName(d)));
    // An alias equal to the name adds nothing.
    merged.aliases = uniqueNames(merged.aliases as string[], [merged.name as string]);
    byId.set(extra.id, merged as EntityInput);
  });
  return { entities: generated.map((e) => byId.get(e.id)!), errors };
}
