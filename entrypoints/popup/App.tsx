import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageSummary } from '../../components/PageSummary';
import { TabNotesReply, type AnnotatedPage } from '../../lib/messages';

type State = { status: 'loading' } | { status: 'empty' } | { status: 'error'; error: string } | { status: 'ready'; page: AnnotatedPage; tabId: number };

/** The tab the popup belongs to: `?tab=ID` when opened as a page (tests, the demo), else the active tab. */
async function currentTabId(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await currentTabId();
      if (tabId === null) return setState({ status: 'empty' });
      const reply = TabNotesReply.safeParse(await browser.runtime.sendMessage({ type: 'get-tab-notes', tabId }));
      if (!reply.success) return setState({ status: 'error', error: 'The background sent an unexpected reply.' });
      if (!reply.data.ok) return setState({ status: 'error', error: reply.data.error });
      if (!reply.data.value) return setState({ status: 'empty' });
      setState({ status: 'ready', page: reply.data.value, tabId });
    })().catch((err: unknown) => setState({ status: 'error', error: String(err) }));
  }, []);

  return (
    <main class="popup">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true">◎</span> News Lens
      </div>
      {state.status === 'loading' && <p class="ps-empty">Reading this page…</p>}
      {state.status === 'empty' && (
        <p class="ps-empty">No article has been annotated in this tab. News Lens reads articles on news sites as they load.</p>
      )}
      {state.status === 'error' && <p class="ps-empty">Something went wrong: {state.error}</p>}
      {state.status === 'ready' && (
        <PageSummary
          page={state.page}
          onSelect={(start, end) => {
            void browser.tabs.sendMessage(state.tabId, { type: 'scroll-to', start, end }).catch(() => undefined);
          }}
        />
      )}
    </main>
  );
}
