/** The shape of a rule (a row of the registry), the tiers of attribution evidence, and the helper that makes a row. */

export type RuleFamily = 'quote' | 'cue' | 'reported' | 'speaker' | 'figure' | 'name' | 'actor';

export interface Rule {
  id: string;
  family: RuleFamily;
  /** Plain words for readers: how the finding was made. `{cue}` and `{speaker}` are filled in where known. */
  says: string;
  /** 0..1: how sure a finding made (or attributed) by this rule is. */
  confidence: number;
  /** A sentence (a short article; paragraphs one a line) on which the rule fires. */
  example: string;
  /** A close sentence on which it does not. */
  counter: string;
  /** It cannot be switched off (it is what the rest stands on). */
  fixed?: true;
  /**
   * Attribution rules only (cue, reported, speaker): how strong the evidence is, one of PRIORITY's
   * tiers (or a step within one). Where rules propose speakers for one quote, the highest wins
   * (attributionPriority, pickAttribution): explicit evidence beats inference.
   */
  priority?: number;
}

/**
 * The order of attribution evidence, strongest first: explicit evidence beats inference. A verb of
 * saying with its subject right next to the quote beats one elsewhere in the sentence, which beats a
 * colon or transcript introduction, then "according to", then resolving a pronoun or description,
 * then carrying the speaker over (same paragraph, then the paragraph before), then guessing the
 * person named before. `speaker:named` sets no bound (the cue's tier stands); `speaker:none`, 0.
 */
export const PRIORITY = {
  adjacent: 100,
  sentence: 90,
  colon: 80,
  accordingTo: 70,
  pronoun: 60,
  sameParagraph: 50,
  paragraphBefore: 40,
  personBefore: 30,
  none: 0,
} as const;

/** The lowest priority of explicit evidence: below it a speaker is inferred (pronoun, carry-over, guess). */
export const EXPLICIT = PRIORITY.accordingTo;

export const rule = (
  id: string,
  says: string,
  confidence: number,
  example: string,
  counter: string,
  priority?: number,
): Rule => ({
  id,
  family: id.slice(0, id.indexOf(':')) as RuleFamily,
  says,
  confidence,
  example,
  counter,
  ...(priority === undefined ? {} : { priority }),
});
