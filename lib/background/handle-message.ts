import { BackgroundMessage, describeZodError, type AnnotatedPage, type Result } from '../messages';
import type { KnowledgeIndex } from '../knowledge/index';
import { annotatePage } from '../annotate-page';
import type { TabNotes } from './tab-notes';

export interface BackgroundDeps {
  index: () => Promise<KnowledgeIndex>;
  notes: TabNotes;
  /** Called after a tab's notes change, e.g. to set the toolbar badge. */
  onNotes?: (tabId: number, page: AnnotatedPage) => void | Promise<void>;
}

export interface Sender {
  tabId?: number;
}

/**
 * Answers one message. Never throws: a malformed message, a missing tab or a failure
 * inside the pipeline comes back as `{ ok: false, error }`.
 */
export async function handleBackgroundMessage(
  raw: unknown,
  sender: Sender,
  deps: BackgroundDeps,
): Promise<Result<AnnotatedPage | null>> {
  const parsed = BackgroundMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `malformed message: ${describeZodError(parsed.error)}` };
  const msg = parsed.data;
  try {
    switch (msg.type) {
      case 'page-findings': {
        if (sender.tabId === undefined) return { ok: false, error: 'page-findings must come from a tab' };
        const index = await deps.index();
        const page = annotatePage({ text: msg.text, findings: msg.findings, meta: msg.meta }, index);
        await deps.notes.set(sender.tabId, page);
        await deps.onNotes?.(sender.tabId, page);
        return { ok: true, value: page };
      }
      case 'get-tab-notes':
        return { ok: true, value: await deps.notes.get(msg.tabId) };
    }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
