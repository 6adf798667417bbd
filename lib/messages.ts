import { z } from 'zod';
import { ArticleMeta, PageNotes } from './notes';
import { Findings } from './extract/findings';
import { EntityCard, TopicCard } from './knowledge/card';

/**
 * The one message contract between the content script, the background and the popup.
 * Every message is validated where it is received; errors cross contexts as data.
 */

/** content script → background: the article's findings, once per page. */
export const PageFindingsMessage = z.object({
  type: z.literal('page-findings'),
  meta: ArticleMeta,
  text: z.string().max(2_000_000),
  findings: Findings,
});

/** popup → background: the notes of one tab. */
export const GetTabNotesMessage = z.object({
  type: z.literal('get-tab-notes'),
  tabId: z.number().int().nonnegative(),
});

export const BackgroundMessage = z.discriminatedUnion('type', [PageFindingsMessage, GetTabNotesMessage]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

/** popup → content script: scroll to a range of the article text and flash it. */
export const ScrollToMessage = z.object({
  type: z.literal('scroll-to'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ContentMessage = z.discriminatedUnion('type', [ScrollToMessage]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** The notes with what the cards show, keyed by entity or topic id. */
export const AnnotatedPage = z.object({
  notes: PageNotes,
  entities: z.record(z.string(), EntityCard),
  topics: z.record(z.string(), TopicCard),
  knowledgeDate: z.string(),
});
export type AnnotatedPage = z.infer<typeof AnnotatedPage>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const PageFindingsReply = z.union([
  z.object({ ok: z.literal(true), value: AnnotatedPage }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export const TabNotesReply = z.union([
  z.object({ ok: z.literal(true), value: AnnotatedPage.nullable() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export const ScrollToReply = z.union([
  z.object({ ok: z.literal(true), value: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** A zod error as one line: the paths and reasons of the first problems. */
export function describeZodError(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((i) => `${formatPath(i.path)}: ${i.message}`)
    .join('; ');
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}
