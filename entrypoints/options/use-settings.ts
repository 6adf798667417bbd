import { useEffect, useRef, useState } from 'preact/hooks';
import { SettingsReply } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { ask } from './ask';

/**
 * The settings as the page shows them: read from the background, saved on each change. A change the
 * background could not save is taken back (the page shows what is kept) and the reason is shown.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsProblem, setSettingsProblem] = useState<string | null>(null);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  /** The settings as last saved: what the page goes back to when a change is not saved. */
  const saved = useRef<Settings | null>(null);
  /** Numbers the saves: only the latest one's outcome is shown (each later one includes the earlier changes). */
  const saves = useRef(0);

  useEffect(() => {
    void (async () => {
      const r = await ask(SettingsReply, { type: 'get-settings' });
      if (r.ok) {
        setSettings(r.value.settings);
        saved.current = r.value.settings;
        setSettingsProblem(r.value.problem);
      } else {
        setSettings(DEFAULT_SETTINGS);
        setSettingsProblem(`Your settings could not be read: ${r.error}`);
      }
    })();
  }, []);

  const change = async (s: Settings) => {
    setSettings(s);
    setSettingsProblem(null);
    const n = ++saves.current;
    const r = await ask(SettingsReply, { type: 'set-settings', settings: s });
    if (r.ok) saved.current = s;
    if (n !== saves.current) return;
    if (r.ok) setSaveProblem(null);
    else {
      // the page shows what is kept, not the change that was lost
      setSettings(saved.current ?? DEFAULT_SETTINGS);
      setSaveProblem(r.error);
    }
  };
  /** After a reset in the background: the defaults, no problems. */
  const resetDone = () => {
    setSettings(structuredClone(DEFAULT_SETTINGS));
    saved.current = structuredClone(DEFAULT_SETTINGS);
    setSettingsProblem(null);
    setSaveProblem(null);
  };
  return { settings, settingsProblem, saveProblem, setSaveProblem, change, resetDone };
}
