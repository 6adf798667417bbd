import { useEffect, useState } from 'preact/hooks';
import { needsConfirmation, type PendingPack } from '../../components/OptionsView';
import { PackPreviewReply, PacksReply, type PackPreview, type PackSummary } from '../../lib/messages';
import { packSizeProblem } from '../../lib/knowledge/packs';
import { ask } from './ask';

type Status = { ok: boolean; message: string } | null;

/** The installed packs as the background lists them, read at first and again on demand. */
function useInstalledPacks() {
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const [packsProblem, setPacksProblem] = useState<string | null>(null);
  const load = async () => {
    const r = await ask(PacksReply, { type: 'list-packs' });
    if (r.ok) {
      setPacks(r.value.packs);
      setPacksProblem(r.value.problem);
    } else setPacksProblem(r.error);
  };
  useEffect(() => void load(), []);
  return { packs, setPacks, packsProblem, load };
}

/** Whether work is under way, and a runner that says so while it runs. */
function useBusy() {
  const [busy, setBusy] = useState(false);
  const whileBusy = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  return { busy, whileBusy };
}

/**
 * The installed packs and an import in progress: a pack that only adds entries goes in at once; one
 * that changes what is there waits (pending) for the reader to confirm or cancel.
 */
export function usePacks() {
  const { packs, setPacks, packsProblem, load } = useInstalledPacks();
  const { busy, whileBusy } = useBusy();
  const [importStatus, setImportStatus] = useState<Status>(null);
  const [pending, setPending] = useState<(PendingPack & { text: string }) | null>(null);

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

  const onImport = async (file: File) => {
    setPending(null);
    // Checked here before the file is read or sent, and again in the background.
    const tooBig = packSizeProblem(file.size);
    if (tooBig) return setImportStatus({ ok: false, message: `“${file.name}” was not imported. ${tooBig}` });
    setImportStatus(null);
    await whileBusy(async () => {
      const text = await file.text();
      const r = await ask(PackPreviewReply, { type: 'preview-pack', text });
      if (!r.ok) return setImportStatus({ ok: false, message: r.error });
      // A pack that only adds new entries goes in at once; one that changes what is there is asked about.
      if (needsConfirmation(r.value)) setPending({ fileName: file.name, preview: r.value, text });
      else await install(file.name, text, r.value);
    });
  };
  const onConfirmPack = async () => {
    if (!pending) return;
    await whileBusy(async () => {
      await install(pending.fileName, pending.text, pending.preview);
      setPending(null);
    });
  };
  const onCancelPack = () => {
    if (pending) setImportStatus({ ok: true, message: `“${pending.fileName}” was not imported; nothing was changed.` });
    setPending(null);
  };
  const onRemovePack = async (id: string) => {
    const r = await ask(PacksReply, { type: 'remove-pack', id });
    if (r.ok) setPacks(r.value.packs);
    else setImportStatus({ ok: false, message: r.error });
  };
  /** After a reset in the background: no status, nothing pending, the list read again. */
  const resetDone = async () => {
    setImportStatus(null);
    setPending(null);
    await load();
  };
  return {
    packs,
    packsProblem,
    importStatus,
    pending,
    busy,
    onImport,
    onConfirmPack,
    onCancelPack,
    onRemovePack,
    resetDone,
  };
}
