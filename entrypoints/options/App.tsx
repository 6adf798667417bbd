import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView, needsConfirmation, type PendingPack } from '../../components/OptionsView';
import {
  OkReply,
  PackPreviewReply,
  PacksReply,
  SettingsReply,
  type PackPreview,
  type PackSummary,
} from '../../lib/messages';
import { packSizeProblem } from '../../lib/knowledge/packs';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

type Status = { ok: boolean; message: string } | null;

/** Sends a message and reads the reply with its schema; a missing or odd reply is an error in words. */
async function ask<T extends { ok: boolean }>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  message: object,
): Promise<T | { ok: false; error: string }> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(message);
  } catch (err) {
    return {
      ok: false,
      error: `News Lens’s background did not answer (${err instanceof Error ? err.message : String(err)}).`,
    };
  }
  const r = schema.safeParse(raw);
  return r.success ? r.data : { ok: false, error: 'News Lens’s background sent a reply this page cannot read.' };
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsProblem, setSettingsProblem] = useState<string | null>(null);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const [packsProblem, setPacksProblem] = useState<string | null>(null);
  const [importStatus, setImportStatus] = useState<Status>(null);
  const [pending, setPending] = useState<(PendingPack & { text: string }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [knowledgeDate, setKnowledgeDate] = useState<string | null>(null);
  /** The settings as last saved: what the page goes back to when a change is not saved. */
  const saved = useRef<Settings | null>(null);
  /** Numbers the saves: only the latest one's outcome is shown (each later one includes the earlier changes). */
  const saves = useRef(0);

  const loadPacks = async () => {
    const r = await ask(PacksReply, { type: 'list-packs' });
    if (r.ok) {
      setPacks(r.value.packs);
      setPacksProblem(r.value.problem);
    } else setPacksProblem(r.error);
  };
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
      await loadPacks();
      const k = await fetch(browser.runtime.getURL('/knowledge.json'))
        .then((x) => x.json())
        .catch(() => null);
      setKnowledgeDate(typeof k?.knowledgeDate === 'string' ? k.knowledgeDate : null);
    })();
  }, []);

  const install = async (fileName: string, text: string, preview: PackPreview) => {
    const r = await ask(PacksReply, {
      type: 'import-pack',
      text,
      replace: preview.clash?.id ?? null,
      confirmed: [...preview.replacesBuiltIn, ...preview.replacesPacks].map((x) => x.id),
    });
    if (r.ok) {
      setPacks(r.value.packs);
      setImportStatus({ ok: true, message: `Imported “${fileName}” as the pack “${preview.name}”.` });
    } else setImportStatus({ ok: false, message: r.error });
  };

  if (!settings) return <p class="opt-empty">Loading…</p>;
  return (
    <OptionsView
      settings={settings}
      settingsProblem={settingsProblem}
      saveProblem={saveProblem}
      packs={packs}
      packsProblem={packsProblem}
      importStatus={importStatus}
      pending={pending}
      busy={busy}
      knowledgeDate={knowledgeDate}
      onChange={async (s) => {
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
      }}
      onImport={async (file) => {
        setPending(null);
        // Checked here before the file is read or sent, and again in the background.
        const tooBig = packSizeProblem(file.size);
        if (tooBig) return setImportStatus({ ok: false, message: `“${file.name}” was not imported. ${tooBig}` });
        setBusy(true);
        setImportStatus(null);
        try {
          const text = await file.text();
          const r = await ask(PackPreviewReply, { type: 'preview-pack', text });
          if (!r.ok) return setImportStatus({ ok: false, message: r.error });
          // A pack that only adds new entries goes in at once; one that changes what is there is asked about.
          if (needsConfirmation(r.value)) setPending({ fileName: file.name, preview: r.value, text });
          else await install(file.name, text, r.value);
        } finally {
          setBusy(false);
        }
      }}
      onConfirmPack={async () => {
        if (!pending) return;
        setBusy(true);
        try {
          await install(pending.fileName, pending.text, pending.preview);
          setPending(null);
        } finally {
          setBusy(false);
        }
      }}
      onCancelPack={() => {
        if (pending)
          setImportStatus({ ok: true, message: `“${pending.fileName}” was not imported; nothing was changed.` });
        setPending(null);
      }}
      onRemovePack={async (id) => {
        const r = await ask(PacksReply, { type: 'remove-pack', id });
        if (r.ok) setPacks(r.value.packs);
        else setImportStatus({ ok: false, message: r.error });
      }}
      onReset={async () => {
        const r = await ask(OkReply, { type: 'reset' });
        if (!r.ok) return setSaveProblem(r.error);
        setSettings(structuredClone(DEFAULT_SETTINGS));
        saved.current = structuredClone(DEFAULT_SETTINGS);
        setSettingsProblem(null);
        setSaveProblem(null);
        setImportStatus(null);
        setPending(null);
        await loadPacks();
      }}
    />
  );
}
