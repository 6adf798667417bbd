import type { Findings } from '../engine/findings';
import { mergeFindings } from '../text/chunked';
import type { ArticleMeta } from '../notes';

/** One part of a long page's text and findings; offsets in `findings` are relative to `offset`. */
export interface PagePart {
  pageId: string;
  index: number;
  total: number;
  offset: number;
  text: string;
  findings: Findings;
  meta: ArticleMeta;
}

export interface PagePartLimits {
  /** Milliseconds since a page's last part after which its unfinished page is dropped (60 s). */
  expireMs?: number;
  /** What one tab may hold in unfinished pages, in characters (see PagePartAssembler.costOf). */
  maxTabChars?: number;
  /** What all tabs together may hold; the oldest page goes first to make room. */
  maxTotalChars?: number;
  /** Unfinished pages one tab may hold (one per frame, say); the oldest goes first. */
  maxPagesPerTab?: number;
  /** The clock (ms); tests give their own. */
  now?: () => number;
}

/**
 * Defaults: a long article is 200,000 characters and costs about 600,000 here. A page of 1,000,000
 * characters fits whatever its findings (one a character at most, as a page of one-letter lines
 * has: 9,000,000); four such pages fit in all.
 */
export const PAGE_PART_LIMITS = {
  expireMs: 60_000,
  maxTabChars: 12_000_000,
  maxTotalChars: 40_000_000,
  maxPagesPerTab: 8,
} as const;

/** What a part costs besides its text: a finding, a part, a slot of a page's list of parts (in characters). */
const FINDING_COST = 8;
const PART_COST = 64;
const SLOT_COST = 8;

interface Pending {
  tabId: number;
  key: string;
  pageId: string;
  parts: (PagePart | undefined)[];
  /** parts in so far */
  received: number;
  /** what the page holds now (costOf its parts, and its slots) */
  cost: number;
  /** when its last part came: it expires from then, and the page that has waited longest goes first */
  lastAt: number;
}

/** A page's refusal: the part cannot belong to a page that fits, or does not join the parts before it. */
export class PagePartError extends Error {}

/**
 * The refusal of a later part (index > 0) of a page whose earlier parts are not held: the worker
 * restarted, or the page expired or was dropped. The reader sends the whole page again on it
 * (send.ts: partsWereLost), at once rather than after its last part.
 */
export const PARTS_LOST = 'page parts lost: resend the page';

/**
 * Long pages come in parts, so no single message is large enough to block the page while it is
 * serialised. Parts are kept per tab and page until the last one arrives. What is kept is bounded:
 * an unfinished page expires a minute after its last part; one tab may hold maxTabChars and all tabs
 * maxTotalChars (the pages that have waited longest since their last part are dropped to make room);
 * a part that cannot fit, or does not join its neighbours, is refused and its page dropped. (Before,
 * a page that never sent its last part was kept for good: 150 parts of 1.9 M characters grew the
 * extension from 296 to 571 MB.)
 *
 * A pageId of the form "<source>/<page>" (handle-message gives "<frameId>/<pageId>") names its source:
 * a newer page from the same source replaces its unfinished one; the pages of other sources (frames)
 * in the tab are kept.
 */
export class PagePartAssembler {
  /** every unfinished page, by key; in the order of their last parts (a page is put last on each part) */
  private readonly pages = new Map<string, Pending>();
  /** the same, per tab */
  private readonly tabs = new Map<number, Map<string, Pending>>();
  private readonly limits: Required<Omit<PagePartLimits, 'now'>>;
  private readonly now: () => number;
  private total = 0;

  constructor(options: PagePartLimits = {}) {
    this.limits = {
      expireMs: options.expireMs ?? PAGE_PART_LIMITS.expireMs,
      maxTabChars: options.maxTabChars ?? PAGE_PART_LIMITS.maxTabChars,
      maxTotalChars: options.maxTotalChars ?? PAGE_PART_LIMITS.maxTotalChars,
      maxPagesPerTab: options.maxPagesPerTab ?? PAGE_PART_LIMITS.maxPagesPerTab,
    };
    this.now = options.now ?? Date.now;
  }

  /** What a part costs to keep, in characters: its text, its findings and the part itself. */
  static costOf(part: PagePart): number {
    const f = part.findings;
    const items =
      f.paragraphs.length +
      f.sentences.length +
      f.names.length +
      f.pronouns.length +
      f.quotes.length +
      f.reported.length +
      f.numerics.length;
    return part.text.length + FINDING_COST * items + PART_COST;
  }

  /** Returns the whole page once every part is in, else null. Throws PagePartError for a part it refuses. */
  add(tabId: number, part: PagePart): { text: string; findings: Findings; meta: ArticleMeta } | null {
    const now = this.now();
    this.expire(now);
    const key = `${tabId}\u0000${part.pageId}`;
    const held = this.pages.get(key);
    // a later part of a page not held (refused below, once the part itself is checked)
    const lost = !held && part.index > 0;
    if (!held && !lost) {
      // a newer page from the same source (frame) replaces its unfinished one
      const source = sourceOf(part.pageId);
      for (const p of [...(this.tabs.get(tabId)?.values() ?? [])]) if (sourceOf(p.pageId) === source) this.drop(p);
    }
    const page = held ?? { tabId, key, pageId: part.pageId, parts: [], received: 0, cost: 0, lastAt: now };
    const kept = this.pages.get(key) === page;
    this.check(page, part, lost);
    // what the page holds with this part (a part sent again replaces the one before)
    const replaced = page.parts[part.index];
    const cost =
      page.cost +
      (page.parts.length ? 0 : SLOT_COST * part.total) +
      PagePartAssembler.costOf(part) -
      (replaced ? PagePartAssembler.costOf(replaced) : 0);
    const limit = Math.min(this.limits.maxTabChars, this.limits.maxTotalChars);
    if (cost > limit) this.refuse(page, `page too long: ${cost} characters pending, past the ${limit} a tab may hold`);
    this.makeRoom(page, cost, kept);
    // keep it (last, as the page with the latest part)
    this.drop(page);
    if (!page.parts.length) page.parts = new Array(part.total);
    if (!replaced) page.received++;
    page.parts[part.index] = part;
    page.cost = cost;
    page.lastAt = now;
    if (page.received < page.parts.length) {
      this.keep(page);
      return null;
    }
    return wholePage(page.parts as PagePart[]);
  }

  /** Refused: what cannot be a part of this page, or of any page that fits; the page goes with it. */
  private refuse(page: Pending, why: string): never {
    this.drop(page);
    throw new PagePartError(why);
  }

  /** Refuses a part out of range, of another text, too long, or not joining the parts beside it. */
  private check(page: Pending, part: PagePart, lost: boolean) {
    const { maxTabChars } = this.limits;
    if (!(
      Number.isInteger(part.total) &&
      part.total >= 1 &&
      Number.isInteger(part.index) &&
      part.index >= 0 &&
      part.index < part.total
    ))
      this.refuse(page, 'page part out of range');
    if (page.parts.length && part.total !== page.parts.length)
      this.refuse(page, 'page part out of range: its page had another number of parts');
    if (!(Number.isInteger(part.offset) && part.offset >= 0) || (part.index === 0 && part.offset !== 0))
      this.refuse(page, 'page parts do not join up: a first part starts at 0');
    if (part.findings.textLength !== part.text.length)
      this.refuse(page, 'page part out of range: its findings are of another text');
    if (part.offset + part.text.length > maxTabChars)
      this.refuse(
        page,
        `page too long: a part ends at character ${part.offset + part.text.length}, past the ${maxTabChars} a tab may hold`,
      );
    // its earlier parts are gone (the worker restarted, or the page expired or was dropped): nothing
    // is kept, and the reader is told at once to send the whole page again
    if (lost) throw new PagePartError(PARTS_LOST);
    const before = page.parts[part.index - 1];
    const after = page.parts[part.index + 1];
    if (
      (before && before.offset + before.text.length !== part.offset) ||
      (after && part.offset + part.text.length !== after.offset)
    )
      this.refuse(page, 'page parts do not join up');
  }

  /** Room for the page at `cost` in its tab, then in all tabs: other pages go, those that have waited longest first. */
  private makeRoom(page: Pending, cost: number, kept: boolean) {
    const { maxTabChars, maxTotalChars, maxPagesPerTab } = this.limits;
    const mine = this.tabs.get(page.tabId);
    let tabHeld = 0;
    for (const p of mine?.values() ?? []) if (p !== page) tabHeld += p.cost;
    for (const p of [...(mine?.values() ?? [])]) {
      if (tabHeld + cost <= maxTabChars && (mine?.size ?? 0) - (kept ? 1 : 0) + 1 <= maxPagesPerTab) break;
      if (p === page) continue;
      tabHeld -= p.cost;
      this.drop(p);
    }
    let held = this.total - (kept ? page.cost : 0);
    for (const p of [...this.pages.values()]) {
      if (held + cost <= maxTotalChars) break;
      if (p === page) continue;
      held -= p.cost;
      this.drop(p);
    }
  }

  /** Drops a tab's unfinished pages (the tab closed or navigated). */
  forget(tabId: number): void {
    for (const p of [...(this.tabs.get(tabId)?.values() ?? [])]) this.drop(p);
  }

  /** Drops the pages whose last part came more than expireMs ago (add does it too; a timer may call it). */
  expire(now = this.now()): void {
    // (in the order of their last parts: the first one still fresh ends the search)
    for (const p of this.pages.values()) {
      if (now - p.lastAt <= this.limits.expireMs) break;
      this.drop(p);
    }
  }

  /** What is held: unfinished pages, and their cost in characters, in all or for one tab. */
  pending(tabId?: number): { pages: number; chars: number } {
    if (tabId === undefined) return { pages: this.pages.size, chars: this.total };
    let chars = 0;
    const mine = this.tabs.get(tabId);
    for (const p of mine?.values() ?? []) chars += p.cost;
    return { pages: mine?.size ?? 0, chars };
  }

  private keep(p: Pending) {
    this.pages.set(p.key, p);
    let mine = this.tabs.get(p.tabId);
    if (!mine) this.tabs.set(p.tabId, (mine = new Map()));
    mine.set(p.key, p);
    this.total += p.cost;
  }

  private drop(p: Pending) {
    if (this.pages.get(p.key) !== p) return;
    this.pages.delete(p.key);
    const mine = this.tabs.get(p.tabId)!;
    mine.delete(p.key);
    if (!mine.size) this.tabs.delete(p.tabId);
    this.total -= p.cost;
  }
}

/** The source of a pageId "<source>/<page>" ('' when it has no slash). */
const sourceOf = (pageId: string) => {
  const slash = pageId.indexOf('/');
  return slash < 0 ? '' : pageId.slice(0, slash);
};

/** The page its parts make: their texts joined, their findings merged. */
function wholePage(parts: PagePart[]): { text: string; findings: Findings; meta: ArticleMeta } {
  let expected = 0;
  for (const p of parts) {
    if (p.offset !== expected) throw new PagePartError('page parts do not join up');
    expected += p.text.length;
  }
  const text = parts.map((p) => p.text).join('');
  return {
    text,
    findings: mergeFindings(
      text.length,
      parts.map((p) => ({ offset: p.offset, findings: p.findings })),
    ),
    meta: parts[0].meta,
  };
}
