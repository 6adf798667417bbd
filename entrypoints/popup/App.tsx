import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageSummary } from '../../components/PageSummary';
import { PopupControls } from '../../components/PopupControls';
import { SettingsReply, SiteStateReply, TabNotesReply, type AnnotatedPage } from '../../lib/messages';
import { exportFileName, notesToJson, notesToMarkdown } from '../../lib/export';
import type { SiteMode } from '../../lib/settings';

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

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [tab, setTab] = useState<{ id: number; url: string | null } | null>(null);
  const [mode, setMode] = useState<SiteMode | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const host = hostOf(tab?.url ?? null);

  useEffect(() => {
    (async () => {
      const t = await currentTab();
      setTab(t);
      if (!t) return setState({ status: 'empty' });
      setState(await fetchNotes(t.id));
      const s = SettingsReply.safeParse(await browser.runtime.sendMessage({ type: 'get-settings' }));
      const h = hostOf(t.url);
      if (s.success && s.data.ok && h) setMode(s.data.value.settings.sites[h] ?? null);
    })().catch((err: unknown) => setState({ status: 'error', error: String(err) }));
  }, []);

  /** Re-reads the notes a little while after asking the page to annotate itself. */
  const pollNotes = async (tabId: number) => {
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const next = await fetchNotes(tabId);
      if (next.status === 'ready') return setState(next);
    }
    setState({ status: 'empty' });
  };

  const annotateOnce = async () => {
    if (!tab) return;
    setBusy(true);
    setState({ status: 'loading' });
    await browser.runtime.sendMessage({ type: 'annotate-tab', tabId: tab.id });
    await pollNotes(tab.id);
    setBusy(false);
  };

  const changeMode = async (next: SiteMode | null) => {
    if (!tab || !host) return;
    setBusy(true);
    setMessage(null);
    try {
      // The permission prompt needs this click, so it is asked here and not in the background.
      if (next === 'always' && !(await browser.permissions.request({ origins: [`*://${host}/*`] }))) {
        setMessage(`News Lens was not allowed to read ${host}.`);
        return;
      }
      const r = SiteStateReply.safeParse(
        await browser.runtime.sendMessage({ type: 'set-site-mode', tabId: tab.id, mode: next }),
      );
      if (r.success && r.data.ok) {
        setMode(next);
        setMessage(
          next === 'always'
            ? `News Lens will annotate ${host} whenever you visit.`
            : next === 'never'
              ? `News Lens will leave ${host} alone. Reload the page to remove its highlights.`
              : `${host} follows the default list again.`,
        );
        if (next === 'always') void pollNotes(tab.id);
      } else setMessage(r.success && !r.data.ok ? r.data.error : 'Could not change the setting.');
    } finally {
      setBusy(false);
    }
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
      {state.status === 'loading' && <p class="ps-empty">Reading this page…</p>}
      {state.status === 'empty' && (
        <div class="ps-empty">
          <p>No article has been annotated in this tab.</p>
          {host && mode !== 'never' && (
            <button type="button" class="ps-action" disabled={busy} onClick={annotateOnce}>
              Annotate this page
            </button>
          )}
        </div>
      )}
      {state.status === 'error' && <p class="ps-empty">Something went wrong: {state.error}</p>}
      {state.status === 'ready' && tab && (
        <PageSummary
          page={state.page}
          onSelect={(start, end) => {
            void browser.tabs
              .sendMessage(tab.id, { type: 'scroll-to', start, end }, { frameId: state.page.frameId ?? 0 })
              .catch(() => undefined);
          }}
        />
      )}
      <PopupControls
        host={host}
        mode={mode}
        canExport={state.status === 'ready'}
        busy={busy}
        message={message}
        onMode={changeMode}
        onExport={(format) => {
          if (state.status !== 'ready') return;
          if (format === 'md') download(exportFileName(state.page, 'md'), 'text/markdown', notesToMarkdown(state.page));
          else download(exportFileName(state.page, 'json'), 'application/json', notesToJson(state.page));
        }}
      />
    </main>
  );
}
