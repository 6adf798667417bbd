/** A page's findings resolved into its notes, kept for its tab (a frame's only where the top document has none). */
import type { AnnotatedPage, Result } from '../messages';
import type { KnowledgeIndex } from '../knowledge/index';
import { annotatePage } from '../annotate-page';
import { PagePartError, type PagePartAssembler } from './page-parts';
import type { Findings } from '../engine/findings';
import type { ArticleMeta } from '../notes';
import type { PackSources } from '../knowledge/packs';
import { shownRole } from '../knowledge/card';
import { need, type BackgroundDeps } from './deps';
import type { ContentScript, MessageOf } from './senders';

/** One part of a long page: joined per frame, and the page annotated once it is whole. */
export async function pagePartMessage(
  msg: MessageOf<'page-part'>,
  tab: ContentScript,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  // parts are joined per frame: a frame can neither finish nor break another frame's page
  let whole: ReturnType<PagePartAssembler['add']>;
  try {
    whole = need(deps.parts, 'page parts').add(tab.tabId, { ...msg, pageId: `${tab.frameId}/${msg.pageId}` });
  } catch (err) {
    // refused at once, kept nowhere: a later part of a page whose earlier parts are gone
    // ("page parts lost: resend the page": the reader sends the whole page again), a part
    // out of range, or a page too long
    if (err instanceof PagePartError) return { ok: false, error: err.message };
    throw err;
  }
  if (!whole) return { ok: true, value: null };
  return await annotateFor(tab.tabId, tab.frameId, whole, deps);
}

/** The cards' marks for entries that came from packs, and for names from packs in their lines. */
function markPackEntries(page: AnnotatedPage, sources: PackSources, index: KnowledgeIndex): void {
  if (!sources.entities.size && !sources.topics.size) return;
  const date = page.notes.publishedAt;
  for (const [id, card] of Object.entries(page.entities)) {
    card.pack = sources.entities.get(id) ?? null;
    const e = index.entity(id);
    if (!e) continue;
    // the bodies the card's role lines name: the role on the article's date and those begun after it, or (undated) all
    const roles = date ? [shownRole(e, date), ...e.roles.filter((r) => r.from > date)] : e.roles;
    const named = [e.country, e.speaksFor, ...roles.map((r) => r?.of)];
    const from = new Set<string>();
    for (const ref of named) {
      const mark = ref && ref !== id ? sources.entities.get(ref) : undefined;
      if (mark) from.add(mark.pack);
    }
    if (from.size) card.namesFrom = [...from];
  }
  for (const [id, card] of Object.entries(page.topics)) card.pack = sources.topics.get(id) ?? null;
}

export async function annotateFor(
  tabId: number,
  frameId: number,
  input: { text: string; findings: Findings; meta: ArticleMeta },
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  // A tab's notes are its top document's; an article in a frame counts only when the top has none.
  const topHasNotes = (current: AnnotatedPage | null) => current !== null && (current.frameId ?? 0) === 0;
  const refused: Result<unknown> = { ok: false, error: 'the top document of this tab has the notes' };
  // (read through the store once, so that after a restart the check below sees stored notes too)
  if (frameId !== 0 && topHasNotes(await deps.notes.get(tabId))) return refused;
  const index = await deps.index();
  const page: AnnotatedPage = {
    ...annotatePage({ text: input.text, findings: input.findings, meta: input.meta }, index),
    frameId,
  };
  // (what was set aside, with its rules, is for `annotate --explain`: no card shows it, and on a
  // long page it is long, so the tab's notes do not keep it)
  delete page.notes.setAside;
  if (deps.sources) markPackEntries(page, await deps.sources(), index);
  // Checked again with nothing awaited before the write: the top document may have been read
  // while this frame's page was resolved, and a frame never replaces the top's notes.
  if (frameId !== 0 && topHasNotes(deps.notes.peek(tabId))) return refused;
  // The page gets its notes at once; the write to session storage (long for a long page) and the
  // badge follow. Reads meanwhile are served from TabNotes' memory, which set() fills first.
  void deps.notes
    .set(tabId, page)
    .then(() => deps.onNotes?.(tabId, page))
    .catch(() => {
      // The badge is a nicety: a failure there must not cost the page its notes.
    });
  return { ok: true, value: page };
}
