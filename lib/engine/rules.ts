/**
 * The engine's rules, by id: every finding carries the ids of the rules that made it and, for a
 * claim, attributed its speaker (`why`), and a `confidence` worked out from them (confidenceOf).
 *
 * An id is kebab-case with a family prefix:
 *   quote:     a stretch in quotation marks taken as speech (lib/speech/quotes.ts, kept in lib/claims/quotes.ts)
 *   cue:       the words that attribute a quotation ("…,” Smith said) (lib/speech: cues.ts runs the passes, cue-after.ts, cue-before.ts)
 *   reported:  a pattern of reported speech ("X said that …") (lib/speech/reported.ts, reported-source.ts)
 *   speaker:   how a claim's speaker was settled (lib/claims: subjects, pronouns, quotes, carry-over)
 *   figure:    a figure and the claim it sits in (lib/claims/figures.ts)
 *   name:      the kind of name a mention is (lib/names; lib/actors/candidates.ts, assign.ts, sources.ts)
 *   actor:     who a mention is (lib/actors: assign.ts, sources.ts, roles.ts)
 *
 * Every rule can be switched off by id: NEWSLENS_OFF=rule-id,... (read once, here). A rule switched
 * off is skipped where it fires (isOn), so the finding falls to the next rule or disappears.
 *
 * Confidence: a claim's confidence is the base confidence of its speaker rule (explicit evidence
 * next to the quote high, 0.9–0.95; a pronoun or description 0.7; carried over from the paragraph
 * before 0.6; the last person named 0.45; no speaker 0.2–0.3). A mention's is its actor rule's
 * (known to the knowledge file 0.95) else its name rule's.
 */

// The registry lives in lib/engine/rules/: the rows, one file a family (quote.ts, cue.ts, reported.ts,
// speaker.ts, figure.ts, name.ts, actor.ts), the shape of a row and the tiers of evidence (types.ts),
// all the rows in order (registry.ts), NEWSLENS_OFF (switches.ts checks it; switched-off.ts holds the
// ids and isOn, which the passes that run in the page import directly, so the page's reader bundles
// none of the rows), priorities and confidence (confidence.ts; its words, bands.ts) and the plain
// words for readers (says.ts). This file is its public surface.
export { EXPLICIT, PRIORITY, type Rule, type RuleFamily } from './rules/types';
export { RULES, ruleById, ruleIds } from './rules/registry';
export { assertOffSwitches, offRules, parseOff, setOff } from './rules/switches';
export { isOn } from './rules/switched-off';
export {
  attributionPriority,
  baseConfidence,
  confidenceOf,
  confidenceWords,
  pickAttribution,
  priorityOf,
  type Proposal,
} from './rules/confidence';
export { explainWhy, type WhyFill } from './rules/says';
