import type { Settings } from '../lib/settings';
import type { PackPreview, PackSummary } from '../lib/messages';
import { DelaySection, HighlightsSection, PacksSection, ResetSection, SitesSection } from './options/sections';

/** A pack the reader picked, waiting for them to confirm what it changes. */
export interface PendingPack {
  fileName: string;
  preview: PackPreview;
}

export interface OptionsViewProps {
  settings: Settings;
  settingsProblem: string | null;
  /** Set when the last change could not be saved: the page shows what is stored, and says why. */
  saveProblem?: string | null;
  packs: PackSummary[];
  packsProblem: string | null;
  /** The last pack import's (or removal's) outcome. */
  importStatus: { ok: boolean; message: string } | null;
  /** A pack that changes entries already there (or shares an installed pack's id): asked about first. */
  pending?: PendingPack | null;
  busy?: boolean;
  knowledgeDate: string | null;
  onChange: (s: Settings) => void;
  onImport: (file: File) => void;
  /** Install the pending pack, as previewed. */
  onConfirmPack?: () => void;
  onCancelPack?: () => void;
  onRemovePack: (id: string) => void;
  onReset: () => void;
}

/** Whether a preview holds anything the reader must agree to before the pack is installed. */
export function needsConfirmation(p: PackPreview): boolean {
  return !!p.clash || p.replacesBuiltIn.length > 0 || p.replacesPacks.length > 0 || p.sharesNames.length > 0;
}

/** The options page: highlight kinds, hover delay, sites, knowledge packs, reset. */
export function OptionsView(p: OptionsViewProps) {
  const { settings } = p;
  return (
    <main class="opt">
      <h1 class="opt-title">
        <span aria-hidden="true">◎</span> News Lens settings
      </h1>
      {p.settingsProblem && (
        <p class="opt-alert" role="alert">
          {p.settingsProblem}
        </p>
      )}
      {p.saveProblem && (
        <p class="opt-alert opt-save-problem" role="alert">
          {p.saveProblem}
        </p>
      )}

      <HighlightsSection settings={settings} onChange={p.onChange} />

      <DelaySection settings={settings} onChange={p.onChange} />

      <SitesSection settings={settings} onChange={p.onChange} />

      <PacksSection {...p} />

      <ResetSection onReset={p.onReset} />
    </main>
  );
}
