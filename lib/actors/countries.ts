/**
 * Pass: the article's countries. Decides which countries the article is about, best first, from the
 * site's country and the actors named so far (reads actors' entities and mention counts; writes nothing).
 */
import type { ActorDraft } from './types';

/**
 * The article's countries, best first: the site's, then the home country of the domestic institutions
 * named ("Downing Street", "the Home Office" say more than how often a country is named), then the
 * countries by how often they are named.
 */
export function articleCountries(actors: ActorDraft[], siteCountry: string | null): string[] {
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
