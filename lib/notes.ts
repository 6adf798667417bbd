import * as z from 'zod/mini';

/**
 * A page's notes: the actors and claims found in one article.
 * `start`/`end` are UTF-16 offsets into the article text the annotator read; `text` is that slice.
 * The command line tool prints exactly the contract fields (see toContractJson); the extension
 * also carries the optional extras.
 */
export const Span = z.object({
  text: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});
export type Span = z.infer<typeof Span>;

/**
 * Why a finding was made: the ids of the rules that made it and, for a claim, attributed its
 * speaker, in the order they fired (lib/engine/rules.ts holds every id with a plain-words
 * description). Optional: notes saved before it have none.
 */
export const Why = z.array(z.string());
/** 0..1: how sure the finding is, from its rules' base confidences (lib/engine/rules.ts, confidenceOf). */
export const Confidence = z.number().check(z.minimum(0), z.maximum(1));

/**
 * A mention of an actor: its span, and why it was taken for this actor.
 * `nameStart`/`nameEnd`: the bare name inside the mention, where the mention holds more than the name
 * ("John Major" in "Prime Minister John Major", "Xinhua" in "the Xinhua news agency"); offsets into the
 * article text like start/end, within them. Absent when the mention is all name (or names no one).
 */
export const Mention = z.extend(Span, {
  nameStart: z.optional(z.int().check(z.nonnegative())),
  nameEnd: z.optional(z.int().check(z.nonnegative())),
  why: z.optional(Why),
  confidence: z.optional(Confidence),
});
export type Mention = z.infer<typeof Mention>;

export const ActorType = z.enum(['person', 'organization', 'country', 'place', 'group']);
export type ActorType = z.infer<typeof ActorType>;

export const Actor = z.object({
  id: z.nullable(z.string()),
  name: z.string(),
  type: ActorType,
  known: z.boolean(),
  description: z.nullable(z.string()),
  /**
   * What the article itself says about the actor ("analyst at Acme Research", "Senator, D-N.Y."):
   * an apposition, a title before the name, a relative clause. Null when it says nothing; optional,
   * as notes saved before it have none.
   */
  articleDescription: z.optional(z.nullable(z.string())),
  mentions: z.array(Mention),
  // extras, not in the printed contract
  /** An unnamed source ("a Downing Street spokesman", "officials"). */
  unnamed: z.optional(z.boolean()),
  /** The organisation a role speaker or metonym speaks for. */
  speaksFor: z.optional(z.nullable(z.object({ id: z.nullable(z.string()), name: z.string() }))),
  /** Role held on the article's date ("Prime Minister of United Kingdom"). */
  role: z.optional(z.nullable(z.string())),
});
export type Actor = z.infer<typeof Actor>;

export const ClaimKind = z.enum(['quote', 'partial-quote', 'reported', 'numeric']);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const Speaker = z.object({
  id: z.nullable(z.string()),
  name: z.string(),
  mention: z.nullable(Span),
});
export type Speaker = z.infer<typeof Speaker>;

export const Claim = z.object({
  kind: ClaimKind,
  text: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  speaker: z.nullable(Speaker),
  cue: z.nullable(z.string()),
  context: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The rules that made the claim and attributed its speaker ("cue:after-quote-said", "speaker:named"). */
  why: z.optional(Why),
  /**
   * 0..1: how sure the attribution is: the lowest base confidence of its cue and speaker rules
   * (explicit cue next to the quote 0.9–0.95, a pronoun 0.7, carried over from the paragraph before
   * 0.6, the last person named 0.45, no speaker 0.2).
   */
  confidence: z.optional(Confidence),
  // extras
  /** Internal: how the speaker was found ("cue", "colon", "continuation", "pronoun", "sentence-before", "according-to"); readers see `why`. */
  attribution: z.optional(z.nullable(z.string())),
});
export type Claim = z.infer<typeof Claim>;

/**
 * Where the article's date was found: the page's JSON-LD, its meta tags, a <time> element, its
 * address, a dateline or byline in the text, or given by the user (the command line's --date).
 */
export const DateSource = z.enum(['json-ld', 'meta', 'time', 'url', 'text', 'given']);
export type DateSource = z.infer<typeof DateSource>;

/**
 * A quotation set aside as no speech (a heading, a title, a term, scare quotes), or a capitalised name
 * set aside as no actor (a common word, a headline's words, a bill), with the rule that did it.
 */
export const SetAside = z.object({
  text: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  why: z.array(z.string()),
});
export type SetAside = z.infer<typeof SetAside>;

/**
 * The article's language, when it is not English: the engine reads English only and made no actors,
 * claims or figures for it (lib/article/language.ts). `code`: ISO 639-1 ("fr"), "und" when undetermined.
 */
export const Language = z.object({ code: z.string(), english: z.boolean() });
export type Language = z.infer<typeof Language>;

export const PageNotes = z.object({
  url: z.nullable(z.string()),
  title: z.nullable(z.string()),
  publishedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Where publishedAt came from (null: no date found). Optional, so notes saved before it still validate. */
  dateSource: z.optional(z.nullable(DateSource)),
  actors: z.array(Actor),
  claims: z.array(Claim),
  /** Quotations not taken as speech and names not taken as actors, and why (optional: `annotate --explain` prints them; the extension does not keep them). */
  setAside: z.optional(z.array(SetAside)),
  /** Set when the article seems not to be in English (then no actors or claims); optional: absent for English. */
  language: z.optional(Language),
  // extras
  /** The article's country context (entity id), used to resolve roles. */
  country: z.optional(z.nullable(z.string())),
  knowledgeDate: z.optional(z.nullable(z.string())),
});
export type PageNotes = z.infer<typeof PageNotes>;

const spanOnly = ({ text, start, end }: Span): Span => ({ text, start, end });
/** Whether the mention carries a name span other than its own. */
const hasInnerName = (m: Mention): boolean =>
  m.nameStart !== undefined && m.nameEnd !== undefined && (m.nameStart !== m.start || m.nameEnd !== m.end);
/** A mention as printed: its span, its bare name's when that is narrower, then why and confidence when it has them. */
const mentionOut = (m: Mention): Mention => ({
  text: m.text,
  start: m.start,
  end: m.end,
  ...(hasInnerName(m) ? { nameStart: m.nameStart, nameEnd: m.nameEnd } : {}),
  ...(m.why ? { why: m.why } : {}),
  ...(m.confidence !== undefined ? { confidence: m.confidence } : {}),
});

/** The JSON `annotate --json` prints: exactly the contract's fields, in its order. */
export function toContractJson(notes: PageNotes) {
  const json = {
    url: notes.url,
    title: notes.title,
    publishedAt: notes.publishedAt,
    dateSource: notes.dateSource ?? null,
    // only for an article not in English
    ...(notes.language ? { language: { code: notes.language.code, english: notes.language.english } } : {}),
    actors: notes.actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      known: a.known,
      description: a.description,
      articleDescription: a.articleDescription ?? null,
      mentions: a.mentions.map(mentionOut),
    })),
    claims: notes.claims.map((c) => ({
      kind: c.kind,
      text: c.text,
      start: c.start,
      end: c.end,
      speaker: c.speaker
        ? { id: c.speaker.id, name: c.speaker.name, mention: c.speaker.mention ? spanOnly(c.speaker.mention) : null }
        : null,
      cue: c.cue,
      context: c.context.map(({ id, title }) => ({ id, title })),
      ...(c.why ? { why: c.why } : {}),
      ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
    })),
  };
  // dateSource and articleDescription: always printed; optional in the type, as output saved before they were added has none.
  type ContractActor = Omit<(typeof json)['actors'][number], 'articleDescription'> & {
    articleDescription?: string | null;
  };
  return json as Omit<typeof json, 'dateSource' | 'actors'> & {
    dateSource?: DateSource | null;
    actors: ContractActor[];
  };
}

/** What the annotator knows of the page besides its text. */
export const ArticleMeta = z.object({
  url: z.nullable(z.string()),
  title: z.nullable(z.string()),
  publishedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Where publishedAt came from (lib/article/dates/); null when the page gives no date. */
  dateSource: z.optional(z.nullable(DateSource)),
  /** Host name, used as a hint for the article's country context (".co.uk" → United Kingdom). */
  site: z.optional(z.nullable(z.string())),
  /** The language the page declares (<html lang>, content-language, og:locale), as written: a hint only. */
  lang: z.optional(z.nullable(z.string().check(z.maxLength(35)))),
  /** The reader's decision: set when the article is not in English (its findings are then empty). */
  language: z.optional(Language),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;
