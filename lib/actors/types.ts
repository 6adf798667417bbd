/**
 * The shapes every actor pass reads and writes: an actor being built (ActorDraft), one of its
 * mentions (MentionDraft), the finished set (ActorSet), and what a mention tells of itself
 * (mentionWhy: the rules behind it; mentionName: the bare name inside it).
 */
import type { Entity, EntityType } from '../knowledge/schema';
import type { NameCandidate, Range } from '../engine/findings';

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

export interface ActorSet {
  actors: ActorDraft[];
  /** mention start -> mention */
  byStart: Map<number, MentionDraft>;
  /** all mentions in text order */
  mentions: MentionDraft[];
  country: string | null;
  /** Names set aside as no actor, with the rule that set each aside, in text order. */
  setAside: { start: number; end: number; why: string[] }[];
}

/** A title the text gives a person, where it gives it. */
export interface TitleEntry {
  title: string;
  country: string;
  start: number;
  actor: ActorDraft;
}

/** The name rule of a candidate's kind ("name:acronym"); a quoted term has none. */
export const NAME_RULE = {
  name: 'name:capitalised',
  acronym: 'name:acronym',
  role: 'name:role',
  source: 'name:unnamed-source',
} as const;

export const TITLE_ALIASES: Record<string, string> = {
  pm: 'prime minister',
  premier: 'prime minister',
  'vice-president': 'vice president',
};

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
