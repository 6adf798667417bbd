import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageSummary } from '../../components/PageSummary';
import { PopupControls } from '../../components/PopupControls';
import { SettingsReply, TabNotesReply, type AnnotatedPage } from '../../lib/messages';
import { exportFileName, notesToJson, notesToMarkdown } from '../../lib/export';
import { useSiteMode } from './site-mode';

type State =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; error: string }
  | { status: 'ready'; page: AnnotatedPage };

/** The tab the popup belongs to: `?tab=ID` when opened as a page (tests, the demo), else the active tab. */
async function currentTab(): Promise<{ id: number; url: string | null } | null> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) {
    const t = await browser.tabs.get(Number(fromUrl));
    return { id: Number(fromUrl), url: t.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
}

function hostOf(url: string | null): string | null {
  try {
    const u = new URL(url ?? '');
    return /^https?:$/.test(u.protocol) ? u.hostname : null;
  } catch {
    return null;
  }
}

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function fetchNotes(tabId: number): Promise<State> {
  const reply = TabNotesReply.safeParse(await browser.runtime.sendMessage({ type: 'get-tab-notes', tabId }));
  if (!reply.success) return { status: 'error', error: 'The background sent an unexpected reply.' };
  if (!reply.data.ok) return { status: 'error', error: reply.data.error };
  return reply.data.value ? { status: 'ready', page: reply.data.value } : { status: 'empty' };
}

/** The popup's main part: reading, nothing yet (with the button to annotate), an error, or the page's summary. */
function Body(props: {
  state: State;
  tabId: number | null;
  canAnnotate: boolean;
  busy: boolean;
  onAnnotate: () => void;
}) {
  const { state, tabId } = props;
  if (state.status === 'loading') return <p class="ps-empty">Reading this page…</p>;
  if (state.status === 'error') return <p class="ps-empty">Something went wrong: {state.error}</p>;
  if (state.status === 'empty')
    return (
      <div class="ps-empty">
        <p>No article has been annotated in this tab.</p>
        {props.canAnnotate && (
          <button type="button" class="ps-action" disabled={props.busy} onClick={props.onAnnotate}>
            Annotate this page
          </button>
        )}
      </div>
    );
  if (tabId === null) return null;
  return (
    <PageSummary
      page={state.page}
      onSelect={(start, end) => {
        void browser.tabs
          .sendMessage(tabId, { type: 'scroll-to', start, end }, { frameId: state.page.frameId ?? 0 })
          .catch(() => undefined);
      }}
    />
  );
}

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [tab, setTab] = useState<{ id: number; url: string | null } | null>(null);
  const host = hostOf(tab?.url ?? null);

  /** Re-reads the notes a little while after asking the page to annotate itself. */
  const pollNotes = async (tabId: number) => {
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const next = await fetchNotes(tabId);
      if (next.status === 'ready') return setState(next);
    }
    setState({ status: 'empty' });
  };
  const site = useSiteMode(tab?.id ?? null, host, (id) => void pollNotes(id));

  useEffect(() => {
    (async () => {
      const t = await currentTab();
      setTab(t);
      if (!t) return setState({ status: 'empty' });
      setState(await fetchNotes(t.id));
      const s = SettingsReply.safeParse(await browser.runtime.sendMessage({ type: 'get-settings' }));
      const h = hostOf(t.url);
      if (s.success && s.data.ok && h) site.setMode(s.data.value.settings.sites[h] ?? null);
    })().catch((err: unknown) => setState({ status: 'error', error: String(err) }));
  }, []);

  const annotateOnce = async () => {
    if (!tab) return;
    site.setBusy(true);
    setState({ status: 'loading' });
    await browser.runtime.sendMessage({ type: 'annotate-tab', tabId: tab.id });
    await pollNotes(tab.id);
    site.setBusy(false);
  };

  return (
    <main class="popup">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true">
          ◎
        </span>{' '}
        News Lens
        <a class="brand-opts" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Settings
        </a>
      </div>
      <Body
        state={state}
        tabId={tab?.id ?? null}
        canAnnotate={!!host && site.mode !== 'never'}
        busy={site.busy}
        onAnnotate={annotateOnce}
      />
      <PopupControls
        host={host}
        mode={site.mode}
        canExport={state.status === 'ready'}
        busy={site.busy}
        message={site.message}
        onMode={site.changeMode}
        onExport={(format) => {
          if (state.status !== 'ready') return;
          if (format === 'md') download(exportFileName(state.page, 'md'), 'text/markdown', notesToMarkdown(state.page));
          else download(exportFileName(state.page, 'json'), 'application/json', notesToJson(state.page));
        }}
      />
    </main>
  );
}
