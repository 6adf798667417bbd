/**
 * The actors of a text: who its names, roles and unnamed sources are. buildActors runs the passes in
 * the order the engine decides, each in a file of its own sharing one ActorPassContext (context.ts):
 *   1. candidates.ts   candidate mentions (page furniture out, known lower-case phrases in)
 *   2. lookup.ts       names by knowledge (which entity each name is; bare surnames kept only in context)
 *   3. assign.ts       names to actors: surnames, first names, head words, abbreviations, unknown names
 *   4. countries.ts    the article's countries
 *   5. sources.ts      roles by date (roles.ts, role-lookups.ts) and unnamed sources, in text order
 *   6. source-names.ts the labels of unnamed sources
 *   7. merge.ts        shorter unknown names into the one longer name holding them
 *   8. quoted terms (lib/claims/quoted-terms.ts), then finish.ts: overlapping mentions out, the actor list
 */
import type { KnowledgeIndex } from '../knowledge/index';
import type { Findings } from '../engine/findings';
import { addQuotedTerms } from '../claims/quoted-terms';
import { isOn } from '../engine/rules';
import { assignNames } from './assign';
import { collectCandidates } from './candidates';
import { actorPassContext } from './context';
import { articleCountries } from './countries';
import { finishActors } from './finish';
import { lookupNames } from './lookup';
import { mergeContainedNames } from './merge';
import { RoleResolver } from './roles';
import { ownerTokens } from './owner-names';
import { nameUnnamedSources } from './source-names';
import { addRolesAndSources } from './sources';
import type { ActorSet } from './types';

export { mentionName, mentionWhy, type ActorDraft, type ActorSet, type MentionDraft } from './types';
export { overlapsAny, startsBefore } from './search';
export { wordsAlsoLower } from './word-shapes';

export function buildActors(
  text: string,
  findings: Findings,
  index: KnowledgeIndex,
  date: string,
  site: string | null | undefined,
  dated = true,
): ActorSet {
  const ctx = actorPassContext(text, findings, index, date, site, dated);
  const { cands, knownCands } = collectCandidates(ctx);
  const names = lookupNames(ctx, cands);
  const { roleLike, personByToken } = assignNames(ctx, names, knownCands, ownerTokens(ctx, cands));
  const countries = articleCountries(ctx.actors, ctx.siteCountry);
  const mainCountry = countries[0] ?? null;
  const roles = new RoleResolver(ctx, names.lookup, countries, mainCountry, personByToken);
  addRolesAndSources(ctx, cands, roleLike, roles);
  nameUnnamedSources(text, findings, ctx.actors);
  mergeContainedNames(ctx.actors);
  if (isOn('name:quoted-term'))
    addQuotedTerms(text, findings, index, ctx.actors, ctx.addMention, ctx.actorFor, ctx.entityActor);
  return finishActors(ctx, mainCountry);
}
