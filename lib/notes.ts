import { z } from 'zod';

/**
 * A page's notes: the actors and claims found in one article.
 * `start`/`end` are UTF-16 offsets into the article text the annotator read; `text` is that slice.
 * The command line tool prints exactly the contract fields (see toContractJson); the extension
 * also carries the optional extras.
 */
export const Span = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

export const ActorType = z.enum(['person', 'organization', 'country', 'place', 'group']);
export type ActorType = z.infer<typeof ActorType>;

export const Actor = z.object({
  id: z.string().nullable(),
  name: z.string(),
  type: ActorType,
  known: z.boolean(),
  description: z.string().nullable(),
  mentions: z.array(Span),
  // extras, not in the printed contract
  /** An unnamed source ("a Downing Street spokesman", "officials"). */
  unnamed: z.boolean().optional(),
  /** The organisation a role speaker or metonym speaks for. */
  speaksFor: z.object({ id: z.string().nullable(), name: z.string() }).nullable().optional(),
  /** Role held on the article's date ("Prime Minister of United Kingdom"). */
  role: z.string().nullable().optional(),
});
export type Actor = z.infer<typeof Actor>;

export const ClaimKind = z.enum(['quote', 'partial-quote', 'reported', 'numeric']);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const Speaker = z.object({
  id: z.string().nullable(),
  name: z.string(),
  mention: Span.nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Claim = z.object({
  kind: ClaimKind,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  speaker: Speaker.nullable(),
  cue: z.string().nullable(),
  context: z.array(z.object({ id: z.string(), title: z.string() })),
  // extras
  /** 0..1: how sure the attribution is (explicit cue near the quote is high, carried over from a previous paragraph lower). */
  confidence: z.number().min(0).max(1).optional(),
  /** How the speaker was found: "cue", "colon", "continuation", "pronoun", "sentence-before", "according-to". */
  attribution: z.string().nullable().optional(),
});
export type Claim = z.infer<typeof Claim>;

export const PageNotes = z.object({
  url: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  actors: z.array(Actor),
  claims: z.array(Claim),
  // extras
  /** The article's country context (entity id), used to resolve roles. */
  country: z.string().nullable().optional(),
  knowledgeDate: z.string().nullable().optional(),
});
export type PageNotes = z.infer<typeof PageNotes>;

const spanOnly = ({ text, start, end }: Span): Span => ({ text, start, end });

/** The JSON `annotate --json` prints: exactly the contract's fields, in its order. */
export function toContractJson(notes: PageNotes) {
  return {
    url: notes.url,
    title: notes.title,
    publishedAt: notes.publishedAt,
    actors: notes.actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      known: a.known,
      description: a.description,
      mentions: a.mentions.map(spanOnly),
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
    })),
  };
}

/** What the annotator knows of the page besides its text. */
export const ArticleMeta = z.object({
  url: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Host name, used as a hint for the article's country context (".co.uk" → United Kingdom). */
  site: z.string().nullable().optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;
