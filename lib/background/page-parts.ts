import type { Findings } from '../extract/findings';
import { mergeFindings } from '../extract/chunked';
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

/**
 * Long pages come in parts, so no single message is large enough to block the page while it
 * is serialised. Parts are kept per tab and page until the last one arrives; a newer page in
 * the same tab drops an unfinished older one.
 */
export class PagePartAssembler {
  private pending = new Map<number, { pageId: string; parts: (PagePart | undefined)[] }>();

  /** Returns the whole page once every part is in, else null. */
  add(tabId: number, part: PagePart): { text: string; findings: Findings; meta: ArticleMeta } | null {
    let entry = this.pending.get(tabId);
    if (!entry || entry.pageId !== part.pageId) {
      entry = { pageId: part.pageId, parts: new Array(part.total) };
      this.pending.set(tabId, entry);
    }
    if (part.total !== entry.parts.length || part.index >= part.total) throw new Error('page part out of range');
    entry.parts[part.index] = part;
    for (let i = 0; i < entry.parts.length; i++) if (!entry.parts[i]) return null;
    this.pending.delete(tabId);
    const parts = entry.parts as PagePart[];
    let expected = 0;
    for (const p of parts) {
      if (p.offset !== expected) throw new Error('page parts do not join up');
      expected += p.text.length;
    }
    const text = parts.map((p) => p.text).join('');
    return {
      text,
      findings: mergeFindings(text.length, parts.map((p) => ({ offset: p.offset, findings: p.findings }))),
      meta: parts[0].meta,
    };
  }

  forget(tabId: number): void {
    this.pending.delete(tabId);
  }
}
