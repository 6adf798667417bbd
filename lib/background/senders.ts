/**
 * Who sent a message to the background, as the browser reports it, and which senders may send
 * each message.
 */
import type { BackgroundMessage } from '../messages';

/** The extension itself, as the browser names it: `runtime.id` and the origin of `runtime.getURL('')`. */
export interface ExtensionSelf {
  id: string;
  /** e.g. `chrome-extension://abcdef…` or `moz-extension://…` */
  origin: string;
}

/**
 * Who sent a message, as the browser reports it (`runtime.MessageSender`), never as the message
 * says: the background fills this in from the real sender.
 */
export interface Sender {
  /** The sending extension's id (`sender.id`). */
  id?: string;
  /** The sending document's URL (`sender.url`): the page or frame of a content script, or our own page. */
  url?: string;
  /** The sending document's origin (`sender.origin`), where the browser gives it. */
  origin?: string;
  /** `sender.tab.id`: a content script's tab (our own pages opened in a tab have one too). */
  tabId?: number;
  /** `sender.frameId`: the frame in that tab (0: the top document). */
  frameId?: number;
}

export type SenderKind =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; tabId: number; frameId: number; url: string | null }
  | { kind: 'refused'; why: string };

/**
 * A URL's scheme and host ("chrome-extension://abc…"). Written out rather than read from
 * `URL.origin`, which is "null" for schemes the URL standard does not know in some engines.
 */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/**
 * What the sender is. Our own pages (the popup, the options page, in a popup or in a tab of their
 * own) are documents on the extension's origin: nothing of the extension is web-accessible, so no
 * web page can frame them, and a content script's `sender.url` is always the page it runs in.
 * A content script is a sender in a tab, on another origin, with its frame. Anything else (another
 * extension, a context with neither) is refused.
 */
export function classifySender(sender: Sender, self: ExtensionSelf): SenderKind {
  if (sender.id !== self.id) return { kind: 'refused', why: 'it came from another extension' };
  const urlOrigin = originOf(sender.url);
  if (urlOrigin === self.origin && (sender.origin === undefined || sender.origin === self.origin))
    return { kind: 'extension-page' };
  if (
    sender.tabId !== undefined &&
    sender.frameId !== undefined &&
    urlOrigin !== self.origin &&
    sender.origin !== self.origin
  )
    return { kind: 'content-script', tabId: sender.tabId, frameId: sender.frameId, url: sender.url ?? null };
  return { kind: 'refused', why: 'its sender is neither a page’s content script nor one of News Lens’s own pages' };
}

export type MessageType = BackgroundMessage['type'];
/** Which senders may send each message: the least each one needs. */
export const WHO_MAY_SEND: Record<MessageType, { pages: boolean; contentScripts: boolean }> = {
  // a page's own reading, in its own tab and frame
  'page-findings': { pages: false, contentScripts: true },
  'page-part': { pages: false, contentScripts: true },
  'load-reader': { pages: false, contentScripts: true },
  'load-card-ui': { pages: false, contentScripts: true },
  // read by both: a content script its own tab's notes only
  'get-settings': { pages: true, contentScripts: true },
  'get-tab-notes': { pages: true, contentScripts: true },
  // the reader's choices, made in the popup or the options page
  'set-settings': { pages: true, contentScripts: false },
  'set-site-mode': { pages: true, contentScripts: false },
  'annotate-tab': { pages: true, contentScripts: false },
  'preview-pack': { pages: true, contentScripts: false },
  'import-pack': { pages: true, contentScripts: false },
  'list-packs': { pages: true, contentScripts: false },
  'remove-pack': { pages: true, contentScripts: false },
  reset: { pages: true, contentScripts: false },
};

/** One message of the contract, by its type. */
export type MessageOf<T extends MessageType> = Extract<BackgroundMessage, { type: T }>;

/** A content script's tab and frame, as classifySender found them. */
export type ContentScript = Extract<SenderKind, { kind: 'content-script' }>;
