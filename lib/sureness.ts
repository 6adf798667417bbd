import { confidenceWords } from './engine/rules/bands';
import type { Claim } from './notes';

/**
 * How sure an attribution is, in the words a reader sees: "sure", "fairly sure" or "not sure".
 * The bands are the rule registry's (lib/engine/rules.ts, confidenceWords); "not sure" is its
 * lowest, "a guess".
 */
export function sureLabel(confidence: number): 'sure' | 'fairly sure' | 'not sure' {
  const w = confidenceWords(confidence);
  return w === 'a guess' ? 'not sure' : w;
}

/**
 * Whether a claim names a speaker the engine is not sure of (its confidence in the registry's
 * lowest band): the card, the popup and the command line show it differently. A figure, a claim
 * with no speaker and notes saved without a confidence are never "not sure".
 */
export function isUnsure(claim: Pick<Claim, 'kind' | 'speaker' | 'confidence'>): boolean {
  return (
    claim.kind !== 'numeric' &&
    claim.speaker !== null &&
    claim.confidence !== undefined &&
    sureLabel(claim.confidence) === 'not sure'
  );
}
