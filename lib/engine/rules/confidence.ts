import { BY_ID } from './registry';
import { EXPLICIT, PRIORITY } from './types';
export { confidenceWords } from './bands';

/** The base confidence of a rule (0.5 for an id the registry does not hold). */
export const baseConfidence = (id: string): number => BY_ID.get(id)?.confidence ?? 0.5;

/** A rule's attribution priority (undefined for a rule that attributes nothing: quote, figure, name, actor). */
export const priorityOf = (id: string): number | undefined => BY_ID.get(id)?.priority;

/**
 * How strong the evidence for a speaker is, from the rules that found it: the lowest priority among
 * them, so "…,” he said" stands at the pronoun's tier (a cue right after the quote, but resolved by
 * inference) and "…,” Smith said" at the cue's. No attribution rule: PRIORITY.none.
 */
export function attributionPriority(why: readonly string[]): number {
  let min = Infinity;
  for (const id of why) {
    const p = priorityOf(id);
    if (p !== undefined) min = Math.min(min, p);
  }
  return min === Infinity ? PRIORITY.none : min;
}

/** A proposed speaker for one quote: who, and the rules that found them. */
export interface Proposal<A> {
  actor: A | null;
  why: readonly string[];
}

/**
 * The decision among the speakers proposed for one quote, read from the registry's priorities: the
 * highest priority wins (the first proposed on a tie); a proposal without a speaker never wins. An
 * inference (below EXPLICIT) whose speaker differs from the one explicit evidence in the same
 * sentence names (`explicitInSentence`) is dropped, and so is every inference where that evidence
 * names someone: the sentence says who spoke.
 */
export function pickAttribution<A, P extends Proposal<A>>(
  proposals: readonly (P | null | undefined)[],
  explicitInSentence: A | null = null,
): P | null {
  let best: P | null = null;
  let bestPriority = -Infinity;
  for (const p of proposals) {
    if (!p || p.actor == null) continue;
    const priority = attributionPriority(p.why);
    if (explicitInSentence != null && priority < EXPLICIT && p.actor !== explicitInSentence) continue;
    if (priority > bestPriority) {
      best = p;
      bestPriority = priority;
    }
  }
  return best;
}

const familyOf = (id: string) => id.slice(0, id.indexOf(':'));
/** The families whose rules attribute a claim: a claim is as sure as the least sure of them. */
const ATTRIBUTING = new Set(['cue', 'reported', 'speaker', 'figure']);

/**
 * A finding's confidence from its `why`. A claim (its rules attribute it: cue, reported, speaker,
 * figure): the lowest base confidence among those, so "…,” he said" is as sure as the pronoun
 * (0.7) and "…,” Smith said" as the cue (0.95). A mention: its last actor rule's, else its last
 * name rule's. No rule: 0.5.
 */
export function confidenceOf(why: readonly string[]): number {
  let min = Infinity;
  for (const id of why) {
    const rule = ruleOf(id);
    if (rule.attributing) min = Math.min(min, rule.confidence);
  }
  if (min !== Infinity) return min;
  for (let i = why.length - 1; i >= 0; i--) {
    const rule = ruleOf(why[i]);
    if (rule.actor) return rule.confidence;
  }
  return why.length ? baseConfidence(why[why.length - 1]) : 0.5;
}

/** What confidenceOf reads of a rule id, worked out once per id (every mention and claim asks again). */
interface RuleFacts {
  attributing: boolean;
  actor: boolean;
  confidence: number;
}
const ruleFacts = new Map<string, RuleFacts>();
function ruleOf(id: string): RuleFacts {
  let facts = ruleFacts.get(id);
  if (!facts) {
    const family = familyOf(id);
    facts = { attributing: ATTRIBUTING.has(family), actor: family === 'actor', confidence: baseConfidence(id) };
    if (ruleFacts.size >= 1024) ruleFacts.clear(); // (ids outside the registry: bounded all the same)
    ruleFacts.set(id, facts);
  }
  return facts;
}
