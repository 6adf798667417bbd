import * as z from 'zod/mini';
import { ArticleMeta, PageNotes } from './notes';
import { Findings } from './extract/findings';
import { EntityCard, TopicCard } from './knowledge/card';
import { Settings, SiteMode } from './settings';

/**
 * The one message contract between the content script, the background and the popup.
 * Every message is validated where it is received; errors cross contexts as data.
 */

/** content script → background: the article's findings, once per page. */
export const PageFindingsMessage = z.object({
  type: z.literal('page-findings'),
  meta: ArticleMeta,
  text: z.string().check(z.maxLength(2_000_000)),
  findings: Findings,
});

/** content script → background: one part of a long page (see lib/background/page-parts.ts). */
export const PagePartMessage = z.object({
  type: z.literal('page-part'),
  pageId: z.string().check(z.maxLength(64)),
  index: z.int().check(z.nonnegative()),
  total: z.int().check(z.minimum(1), z.maximum(10_000)),
  offset: z.int().check(z.nonnegative()),
  meta: ArticleMeta,
  text: z.string().check(z.maxLength(2_000_000)),
  findings: Findings,
});

/** popup → background: the notes of one tab. */
export const GetTabNotesMessage = z.object({
  type: z.literal('get-tab-notes'),
  tabId: z.int().check(z.nonnegative()),
});

/** options page / content script → background: the settings, with any problem reading them. */
export const GetSettingsMessage = z.object({ type: z.literal('get-settings') });
export const SetSettingsMessage = z.object({ type: z.literal('set-settings'), settings: Settings });
/** popup → background: always or never annotate this tab's site (null: back to the default). */
export const SetSiteModeMessage = z.object({
  type: z.literal('set-site-mode'),
  tabId: z.int().check(z.nonnegative()),
  mode: z.nullable(SiteMode),
});
/** popup → background: annotate this tab once (activeTab). */
export const AnnotateTabMessage = z.object({ type: z.literal('annotate-tab'), tabId: z.int().check(z.nonnegative()) });
/** options page → background: knowledge packs. */
export const ImportPackMessage = z.object({ type: z.literal('import-pack'), text: z.string().check(z.maxLength(20_000_000)) });
export const ListPacksMessage = z.object({ type: z.literal('list-packs') });
export const RemovePackMessage = z.object({ type: z.literal('remove-pack'), id: z.string() });
export const ResetMessage = z.object({ type: z.literal('reset') });
/** content script → background: inject the card UI script into this frame (first hover). */
export const LoadCardUiMessage = z.object({ type: z.literal('load-card-ui') });
/** From the content script of a frame that holds an article: inject the reader there. */
export const LoadReaderMessage = z.object({ type: z.literal('load-reader'), host: z.string().check(z.maxLength(253)) });

export const BackgroundMessage = z.discriminatedUnion('type', [
  PageFindingsMessage,
  PagePartMessage,
  GetTabNotesMessage,
  GetSettingsMessage,
  SetSettingsMessage,
  SetSiteModeMessage,
  AnnotateTabMessage,
  ImportPackMessage,
  ListPacksMessage,
  RemovePackMessage,
  ResetMessage,
  LoadCardUiMessage,
  LoadReaderMessage,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

/** popup → content script: scroll to a range of the article text and flash it. */
export const ScrollToMessage = z.object({
  type: z.literal('scroll-to'),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});

/** background → content script: a keyboard command from the manifest's `commands`. */
export const CommandMessage = z.object({
  type: z.literal('command'),
  name: z.enum(['next-highlight', 'previous-highlight', 'toggle-annotations']),
});

export const ContentMessage = z.discriminatedUnion('type', [ScrollToMessage, CommandMessage]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** The notes with what the cards show, keyed by entity or topic id. */
export const AnnotatedPage = z.object({
  notes: PageNotes,
  entities: z.record(z.string(), EntityCard),
  topics: z.record(z.string(), TopicCard),
  knowledgeDate: z.string(),
  /** The frame the article was read in (0: the tab's top document). */
  frameId: z.optional(z.int().check(z.nonnegative())),
});
export type AnnotatedPage = z.infer<typeof AnnotatedPage>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const PageFindingsReply = z.union([
  z.object({ ok: z.literal(true), value: AnnotatedPage }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export const TabNotesReply = z.union([
  z.object({ ok: z.literal(true), value: z.nullable(AnnotatedPage) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export const SettingsReply = z.union([
  z.object({ ok: z.literal(true), value: z.object({ settings: Settings, problem: z.nullable(z.string()) }) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export const PackSummary = z.object({
  id: z.string(),
  name: z.string(),
  importedAt: z.string(),
  entities: z.number(),
  topics: z.number(),
});
export type PackSummary = z.infer<typeof PackSummary>;
export const PacksReply = z.union([
  z.object({ ok: z.literal(true), value: z.object({ packs: z.array(PackSummary), problem: z.nullable(z.string()) }) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export const SiteStateReply = z.union([
  z.object({ ok: z.literal(true), value: z.object({ host: z.string(), mode: z.nullable(SiteMode), granted: z.boolean() }) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export const ScrollToReply = z.union([
  z.object({ ok: z.literal(true), value: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export { describeZodError, formatPath } from './zod-errors';
