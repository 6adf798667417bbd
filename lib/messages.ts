import * as z from 'zod/mini';
import { ArticleMeta, PageNotes } from './notes';
import { Findings } from './engine/findings';
import { EntityCard, TopicCard } from './knowledge/card';
import { Settings, SiteMode } from './settings';

/**
 * The one message contract between the content script, the background and the popup.
 * Every message is validated where it is received; errors cross contexts as data.
 *
 * Who may send what (checked in lib/background/handle-message.ts from the browser's own account
 * of the sender, never from the message): a content script sends its page's findings and parts,
 * asks for the reader and the cards in its own frame, reads the settings and its own tab's notes.
 * Everything else (settings writes, site choices, packs, reset, annotating a tab, other tabs'
 * notes) is accepted only from the extension's own pages: the popup and the options page.
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

/**
 * popup → background: the notes of one tab. A content script may ask only for its own tab's
 * (it leaves out `tabId`, or gives its own).
 */
export const GetTabNotesMessage = z.object({
  type: z.literal('get-tab-notes'),
  tabId: z.optional(z.int().check(z.nonnegative())),
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
/**
 * The longest text a pack message may carry. Packs are refused well below it (MAX_PACK_BYTES in
 * lib/knowledge/packs.ts), with their size in the reason; this bounds what is parsed at all.
 */
export const MAX_PACK_MESSAGE_CHARS = 64 * 1024 * 1024;
const PackText = z.string().check(z.maxLength(MAX_PACK_MESSAGE_CHARS));
/** options page → background: what installing a pack would change (nothing is stored). */
export const PreviewPackMessage = z.object({ type: z.literal('preview-pack'), text: PackText });
/**
 * options page → background: install a pack the reader has seen the preview of. `replace` names
 * the installed pack with the same id that the reader chose to replace; `confirmed` lists the ids
 * of the entries it changes that the reader agreed to. A pack that changes anything else, or
 * whose id is taken and not named in `replace`, is refused and nothing is stored.
 */
export const ImportPackMessage = z.object({
  type: z.literal('import-pack'),
  text: PackText,
  replace: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  confirmed: z.optional(z.array(z.string().check(z.maxLength(200)))),
});
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
  PreviewPackMessage,
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
  name: z.enum([
    'next-highlight',
    'previous-highlight',
    'next-quote',
    'previous-quote',
    'next-person',
    'previous-person',
    'toggle-annotations',
  ]),
});

/**
 * background → content script: the settings changed (in the options page or the popup). The
 * background tells the readers itself: in Chromium the extension's storage is closed to content
 * scripts (entrypoints/background/), so they cannot watch it.
 */
export const SettingsChangedMessage = z.object({ type: z.literal('settings-changed'), settings: Settings });

export const ContentMessage = z.discriminatedUnion('type', [ScrollToMessage, CommandMessage, SettingsChangedMessage]);
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
const EntryRef = z.object({ id: z.string(), name: z.string() });
export const PackPreview = z.object({
  id: z.string(),
  name: z.string(),
  entities: z.number(),
  topics: z.number(),
  clash: z.nullable(EntryRef),
  replacesBuiltIn: z.array(EntryRef),
  replacesPacks: z.array(z.extend(EntryRef, { pack: z.string() })),
  sharesNames: z.array(z.extend(EntryRef, { as: z.string() })),
});
export type PackPreview = z.infer<typeof PackPreview>;
export const PackPreviewReply = z.union([
  z.object({ ok: z.literal(true), value: PackPreview }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export const OkReply = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export const SiteStateReply = z.union([
  z.object({
    ok: z.literal(true),
    value: z.object({ host: z.string(), mode: z.nullable(SiteMode), granted: z.boolean() }),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export const ScrollToReply = z.union([
  z.object({ ok: z.literal(true), value: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export { describeZodError, formatPath } from './zod-errors';
