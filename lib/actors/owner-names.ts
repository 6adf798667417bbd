/**
 * "The initiative, from Tony Abbott’s office, …" then "Abbott" alone: a person named in full only as the
 * owner of an unnamed source ("X’s office", "X’s spokesman", "X’s campaign") is the person a later lone
 * surname stands for (rule actor:owner-surname). The owner gets no mention of its own (the source phrase
 * keeps its words whole); its surname and first name are noted for the name pass (assign.ts), which
 * makes the person's actor only when a lone word joins it.
 */
import type { NameCandidate } from '../engine/findings';
import { isOn } from '../engine/rules';
import type { Entity } from '../knowledge/schema';
import { normalizeKey } from '../knowledge/normalize';
import { namedBy } from '../names/evidence';
import { isGivenName, ORG_WORDS, PLACE_WORDS } from '../words';
import type { ActorPassContext } from './context';
import type { ActorDraft } from './types';

/** How many words of an owner's end are tried as a person's full name ("House Speaker |Paul Ryan"). */
const MOST_WORDS = 4;
/** A plain capitalised word of a name ("Abbott", "O’Neill", "Jean-Pierre"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[’'-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/** The people named in full as owners of unnamed sources, each made into an actor at first need, by surname and first name. */
export type OwnerTokens = Map<string, () => ActorDraft>;

/**
 * The owners of the source candidates that are people named in full, by the key of their surname and
 * first name (the first owner of each word): a known person the owner's last words name, or two or three
 * plain words opening with a given name (the text's word for a person).
 */
export function ownerTokens(ctx: ActorPassContext, cands: NameCandidate[]): OwnerTokens {
  const out: OwnerTokens = new Map();
  if (!isOn('actor:owner-surname')) return out;
  for (const c of cands) {
    if (c.kind !== 'source' || !c.owner) continue;
    const words = ctx.text
      .slice(c.owner.start, c.owner.end)
      .replace(/[’'ʼ]s?$/, '')
      .split(/\s+/);
    const made = ownerActor(ctx, words);
    if (!made) continue;
    const { key, actor } = made;
    const parts = key.split(' ');
    for (const w of [parts[parts.length - 1], parts[0]]) if (!out.has(w)) out.set(w, actor);
  }
  return out;
}

/** The person the owner's last words name in full (known, or unknown with a given name first), made at first need. */
function ownerActor(ctx: ActorPassContext, words: string[]): { key: string; actor: () => ActorDraft } | null {
  const lk = { date: ctx.date, country: ctx.siteCountry ?? undefined, type: 'person' as const };
  for (let n = Math.min(MOST_WORDS, words.length); n >= 2; n--) {
    const name = words.slice(words.length - n).join(' ');
    if (!words.slice(words.length - n).every((w) => NAME_WORD.test(w))) continue;
    const hit: Entity | undefined = ctx.index.lookupFirst(name, lk);
    if (hit?.type === 'person' && namedBy(hit, name)) {
      return { key: normalizeKey(name), actor: () => ctx.entityActor(hit) };
    }
  }
  // unknown: "Ann Westmoor’s spokesman", a given name and one or two more plain words, no body's or place's word
  for (const n of [3, 2]) {
    if (words.length < n) continue;
    const own = words.slice(words.length - n);
    const name = own.join(' ');
    if (!own.every((w) => NAME_WORD.test(w)) || !isGivenName(own[0].toLowerCase())) continue;
    if (isGivenName(own[n - 1].toLowerCase()) || ORG_WORDS.test(name) || PLACE_WORDS.test(name)) continue;
    if (n === 3 && words.length > 3 && NAME_WORD.test(words[words.length - 4])) continue;
    const key = normalizeKey(name);
    return {
      key,
      actor: () =>
        ctx.actorFor(`name:${key}`, () => ({
          entity: null,
          name,
          type: 'person',
          unnamed: false,
          gender: null,
          speaksFor: null,
        })),
    };
  }
  return null;
}
