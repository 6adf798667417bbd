import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { PacksReply, SettingsReply, type PackSummary } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsProblem, setSettingsProblem] = useState<string | null>(null);
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const [packsProblem, setPacksProblem] = useState<string | null>(null);
  const [importStatus, setImportStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [knowledgeDate, setKnowledgeDate] = useState<string | null>(null);

  const loadPacks = async () => {
    const r = PacksReply.parse(await browser.runtime.sendMessage({ type: 'list-packs' }));
    if (r.ok) {
      setPacks(r.value.packs);
      setPacksProblem(r.value.problem);
    }
  };
  useEffect(() => {
    void (async () => {
      const r = SettingsReply.parse(await browser.runtime.sendMessage({ type: 'get-settings' }));
      if (r.ok) {
        setSettings(r.value.settings);
        setSettingsProblem(r.value.problem);
      } else setSettings(DEFAULT_SETTINGS);
      await loadPacks();
      const k = await fetch(browser.runtime.getURL('/knowledge.json')).then((x) => x.json()).catch(() => null);
      setKnowledgeDate(typeof k?.knowledgeDate === 'string' ? k.knowledgeDate : null);
    })();
  }, []);

  if (!settings) return <p class="opt-empty">Loading…</p>;
  return (
    <OptionsView
      settings={settings}
      settingsProblem={settingsProblem}
      packs={packs}
      packsProblem={packsProblem}
      importStatus={importStatus}
      knowledgeDate={knowledgeDate}
      onChange={async (s) => {
        setSettings(s);
        setSettingsProblem(null);
        await browser.runtime.sendMessage({ type: 'set-settings', settings: s });
      }}
      onImport={async (file) => {
        const text = await file.text();
        const r = PacksReply.parse(await browser.runtime.sendMessage({ type: 'import-pack', text }));
        if (r.ok) {
          setPacks(r.value.packs);
          setImportStatus({ ok: true, message: `Imported “${file.name}”.` });
        } else setImportStatus({ ok: false, message: r.error });
      }}
      onRemovePack={async (id) => {
        const r = PacksReply.parse(await browser.runtime.sendMessage({ type: 'remove-pack', id }));
        if (r.ok) setPacks(r.value.packs);
      }}
      onReset={async () => {
        await browser.runtime.sendMessage({ type: 'reset' });
        setSettings(structuredClone(DEFAULT_SETTINGS));
        setSettingsProblem(null);
        setImportStatus(null);
        await loadPacks();
      }}
    />
  );
}
