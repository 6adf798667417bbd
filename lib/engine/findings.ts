import * as z from 'zod/mini';

/**
 * What the content script finds in an article's text before any knowledge is consulted.
 * Plain data: it crosses the content-script → background boundary. Offsets are UTF-16
 * indices into the text, `end` exclusive.
 */
const offset = z.int().check(z.nonnegative());
export const Range = z.object({ start: offset, end: offset });
export type Range = z.infer<typeof Range>;

export const NameKind = z.enum([
  /** Capitalised words: "Sir Keir Starmer", "Downing Street", "British". */
  'name',
  /** "US", "NATO", "U.S.". */
  'acronym',
  /** An office without a name: "the Prime Minister", "the Russian leader", "the government". */
  'role',
  /** An unnamed source: "the Prime Minister's official spokesperson", "a Downing Street spokesman", "officials". */
  'source',
]);
export type NameKind = z.infer<typeof NameKind>;

export const NameCandidate = z.extend(Range, {
  kind: NameKind,
  /** Where the bare name begins, after honorifics and titles ("Prime Minister Sir |Keir Starmer"). */
  nameStart: offset,
  /** Normalised title or honorific before the name, or the office of a role ("prime minister", "mr"). */
  title: z.nullable(z.string()),
  /** Country or organisation words qualifying a role ("Russian" in "the Russian leader"). */
  qualifier: z.nullable(Range),
  /** The owner in "X's spokesperson". */
  owner: z.nullable(Range),
  /** Starts a sentence, so its capital letter proves nothing. */
  sentenceStart: z.boolean(),
  /** Inside quotation marks. */
  inQuote: z.boolean(),
  /** Indefinite ("a spokesman"), as opposed to "the spokesman". */
  indefinite: z.boolean(),
  /** Plural ("officials", "Russians"). */
  plural: z.boolean(),
  /** A verb opening the sentence was cut from before the name ("Says |Ann Lee| would …": rule name:verb-first). */
  verbFirst: z.optional(z.literal(true)),
  /** A job's area was read into the title before the name ("Texas Agriculture Commissioner |Ann Lee|": rule name:job-area). */
  jobArea: z.optional(z.literal(true)),
  /** A transcript's speaker label opening a turn ("|HARTLEY|: Will the ferry run?": rule name:speaker-label). */
  label: z.optional(z.literal(true)),
});
export type NameCandidate = z.infer<typeof NameCandidate>;

export const Pronoun = z.extend(Range, { form: z.string(), inQuote: z.boolean() });
export type Pronoun = z.infer<typeof Pronoun>;

export const CuePosition = z.enum(['after', 'before', 'colon', 'according-to', 'by']);
export const SpeechCue = z.object({
  /** The speech verb or phrase ("said", "told reporters", "according to"). */
  verb: Range,
  /** The speaker's words: a name, role or pronoun span; null when none was found. */
  subject: z.nullable(Range),
  position: CuePosition,
  /** The rule that found it (lib/engine/rules.ts: "cue:after-quote-said", …). */
  rule: z.optional(z.string()),
});
export type SpeechCue = z.infer<typeof SpeechCue>;

export const QuoteKind = z.enum(['quote', 'partial-quote', 'not-speech']);
export const QuoteSpan = z.extend(Range, {
  /** Offsets of the opening and closing marks (close is null when the paragraph ends first). */
  open: offset,
  close: z.nullable(offset),
  mark: z.enum(['double', 'single']),
  kind: QuoteKind,
  /** Why it is not speech, when kind is not-speech: the id of the rule that set it aside (quote:heading, …). */
  reason: z.nullable(z.string()),
  /** Opens a paragraph and goes on a quote left open at the end of an earlier paragraph. */
  continues: z.boolean(),
  /** Inside another quote. */
  nested: z.boolean(),
  cue: z.nullable(SpeechCue),
  paragraph: offset,
  sentence: offset,
});
export type QuoteSpan = z.infer<typeof QuoteSpan>;

export const ReportedSpan = z.extend(Range, {
  cue: Range,
  subject: Range,
  sentence: offset,
  /** The pattern that found it (lib/engine/rules.ts: "reported:verb-that", …). */
  rule: z.optional(z.string()),
  /** The rule that took the head of a longer subject ("reported:head-before-relative", …), if one did. */
  head: z.optional(z.string()),
});
export type ReportedSpan = z.infer<typeof ReportedSpan>;

export const NumericSpan = z.extend(Range, { sentence: offset });
export type NumericSpan = z.infer<typeof NumericSpan>;

export const Findings = z.object({
  version: z.literal(1),
  textLength: offset,
  paragraphs: z.array(Range),
  sentences: z.array(z.extend(Range, { paragraph: offset })),
  names: z.array(NameCandidate),
  pronouns: z.array(Pronoun),
  quotes: z.array(QuoteSpan),
  reported: z.array(ReportedSpan),
  numerics: z.array(NumericSpan),
});
export type Findings = z.infer<typeof Findings>;

/** Findings of nothing over the whole text: a text that failed to read, or an article not read (not in English). */
export function emptyFindings(textLength: number): Findings {
  return {
    version: 1,
    textLength,
    paragraphs: [],
    sentences: [],
    names: [],
    pronouns: [],
    quotes: [],
    reported: [],
    numerics: [],
  };
}
