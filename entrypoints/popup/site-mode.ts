import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteStateReply } from '../../lib/messages';
import type { SiteMode } from '../../lib/settings';

/** What the popup says after a site's mode changed. */
function modeChanged(host: string, next: SiteMode | null): string {
  if (next === 'always') return `News Lens will annotate ${host} whenever you visit.`;
  if (next === 'never') return `News Lens will leave ${host} alone. Reload the page to remove its highlights.`;
  return `${host} follows the default list again.`;
}

/**
 * The site's mode (always, never, or the default list) and the change the reader asks for: the
 * permission asked here (the prompt needs the click), the mode set by the background.
 */
export function useSiteMode(tabId: number | null, host: string | null, onAlways: (tabId: number) => void) {
  const [mode, setMode] = useState<SiteMode | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const changeMode = async (next: SiteMode | null) => {
    if (tabId === null || !host) return;
    setBusy(true);
    setMessage(null);
    try {
      if (next === 'always' && !(await browser.permissions.request({ origins: [`*://${host}/*`] }))) {
        setMessage(`News Lens was not allowed to read ${host}.`);
        return;
      }
      const r = SiteStateReply.safeParse(
        await browser.runtime.sendMessage({ type: 'set-site-mode', tabId, mode: next }),
      );
      if (r.success && r.data.ok) {
        setMode(next);
        setMessage(modeChanged(host, next));
        if (next === 'always') onAlways(tabId);
      } else setMessage(r.success && !r.data.ok ? r.data.error : 'Could not change the setting.');
    } finally {
      setBusy(false);
    }
  };
  return { mode, setMode, busy, setBusy, message, changeMode };
}
