/**
 * The state the actor passes share: the text and its findings, the knowledge index and the
 * article's date, and the actors and mentions built so far with the only ways to add to them
 * (actorFor, entityActor, addMention). Every pass reads it; passes add actors and mentions only
 * through it.
 */
import type { Entity } from '../knowledge/schema';
import type { KnowledgeIndex } from '../knowledge/index';
import type { Findings, NameCandidate, Range } from '../engine/findings';
import { countryFromSite } from '../claims/context';
import type { ActorDraft, MentionDraft } from './types';

/** What a new actor is made of (actorFor fills in the key, the mentions and the titles). */
export type ActorFields = Omit<ActorDraft, 'key' | 'mentions' | 'titles'>;

export interface ActorPassContext {
  readonly text: string;
  readonly findings: Findings;
  readonly index: KnowledgeIndex;
  /** The article's date (the knowledge file's when it has none). */
  readonly date: string;
  /** Whether the article has a date of its own. */
  readonly dated: boolean;
  /** The country the site is from, if it tells one. */
  readonly siteCountry: string | null;
  /** Every actor, in the order made. */
  readonly actors: ActorDraft[];
  /** actor key -> actor */
  readonly byKey: Map<string, ActorDraft>;
  /** The actors of unknown names ("name:<key>" in byKey) by the name's key alone: read without building a key string */
  readonly byNameKey: Map<string, ActorDraft>;
  /** Every mention, in the order added. */
  readonly mentions: MentionDraft[];
  /** Names set aside as no actor, with the rule that set each aside (name:aside-*). */
  readonly setAside: { start: number; end: number; why: string[] }[];
  /** The actor of the key, made by make() the first time. */
  actorFor(key: string, make: () => ActorFields): ActorDraft;
  /** The actor of a known entity. */
  entityActor(e: Entity): ActorDraft;
  /** Adds a mention of the actor at r. */
  addMention(actor: ActorDraft, r: Range, cand: NameCandidate | null, inQuote: boolean, why?: string[]): MentionDraft;
}

export function actorPassContext(
  text: string,
  findings: Findings,
  index: KnowledgeIndex,
  date: string,
  site: string | null | undefined,
  dated: boolean,
): ActorPassContext {
  const actors: ActorDraft[] = [];
  const byKey = new Map<string, ActorDraft>();
  const byNameKey = new Map<string, ActorDraft>();
  const mentions: MentionDraft[] = [];
  const actorFor = (key: string, make: () => ActorFields): ActorDraft => {
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
  const siteCountry = countryFromSite(site, index);
  return {
    text,
    findings,
    index,
    date,
    dated,
    siteCountry,
    actors,
    byKey,
    byNameKey,
    mentions,
    setAside: [],
    actorFor,
    entityActor,
    addMention,
  };
}

/** The country a qualifier names ("Italian" in "the Italian prime minister"), '' for none. */
export function qualifierCountry(ctx: ActorPassContext, r: Range | null): string {
  if (!r) return '';
  const e = ctx.index.lookupFirst(ctx.text.slice(r.start, r.end), { type: 'country' });
  return e && e.type === 'country' ? e.id : (e?.country ?? '');
}
