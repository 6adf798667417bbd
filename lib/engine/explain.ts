import type { Claim } from '../notes';
import { confidenceWords, explainWhy } from './rules';
import { clip } from '../text/clip';

/** The rules of notes saved before `why`, from their internal attribution label. */
const LEGACY: Record<string, string> = {
  colon: 'cue:colon',
  'according-to': 'cue:according-to',
  pronoun: 'speaker:pronoun',
  continuation: 'speaker:paragraph-before',
  'sentence-before': 'speaker:person-before',
};

/** A claim's rules: its `why`, else what its older attribution label stood for. */
export function whyOf(claim: Pick<Claim, 'why' | 'attribution' | 'cue'>): string[] {
  if (claim.why?.length) return claim.why;
  const legacy = claim.attribution ? LEGACY[claim.attribution] : undefined;
  if (legacy) return [legacy];
  return claim.cue ? ['cue:before-quote'] : [];
}

/**
 * How a claim's speaker was found, in plain words for the quote card: the cue's and the speaker's
 * rules ("Named right after the quote: ‘said’", "A pronoun: ‘he’ → Ann Lee", "Carried over from
 * the paragraph before"); the quotation marks and "the cue names the speaker" go without saying.
 */
export function howFound(claim: Pick<Claim, 'why' | 'attribution' | 'cue' | 'speaker'>): string[] {
  const ids = whyOf(claim).filter(
    (id) => !id.startsWith('quote:') && id !== 'speaker:named' && id !== 'speaker:none' && !id.startsWith('figure:'),
  );
  return explainWhy(ids, {
    cue: claim.cue ? clip(claim.cue, 40) : null,
    subject: claim.speaker?.mention?.text ?? null,
    speaker: claim.speaker?.name || null,
  });
}

/** How sure, in words ("sure", "fairly sure", "a guess"); null when the claim says nothing. */
export function sureWords(claim: Pick<Claim, 'confidence'>): string | null {
  return claim.confidence === undefined ? null : confidenceWords(claim.confidence);
}
