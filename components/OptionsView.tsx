import { useEffect, useRef } from 'preact/hooks';
import type { Settings, SiteMode } from '../lib/settings';
import type { PackPreview, PackSummary } from '../lib/messages';
import type { HighlightKind } from '../lib/highlight/annotations';

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

/** "Keir Starmer, United Kingdom and 3 more". */
function someNames(names: string[], max = 8): string {
  if (names.length <= max)
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** What installing a pack would do, in words, with the buttons to go ahead or not. */
function PackPreviewPanel(props: {
  pending: PendingPack;
  busy?: boolean;
  onConfirm?: () => void;
  onCancel?: () => void;
}) {
  const { pending, busy, onConfirm, onCancel } = props;
  const { preview: p } = pending;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pending]);
  const changes = p.replacesBuiltIn.length + p.replacesPacks.length;
  const action = p.clash
    ? `Replace “${p.clash.name}”`
    : changes
      ? `Install and change ${plural(changes, 'entry', 'entries')}`
      : 'Install';
  return (
    <section class="opt-preview" aria-labelledby="opt-preview-title">
      <h3 id="opt-preview-title" tabIndex={-1} ref={heading}>
        Install “{p.name}”?
      </h3>
      <p>
        {pending.fileName}: {plural(p.entities, 'entity', 'entities')} and {plural(p.topics, 'topic', 'topics')}.
      </p>
      <ul class="opt-changes">
        {p.clash && (
          <li>
            A pack with the same id ({p.clash.id}) is installed: <strong>“{p.clash.name}”</strong>. Installing this one
            removes it and puts the new pack in its place.
          </li>
        )}
        {p.replacesBuiltIn.length > 0 && (
          <li>
            It changes {plural(p.replacesBuiltIn.length, 'built-in entry', 'built-in entries')}:{' '}
            <strong>{someNames(p.replacesBuiltIn.map((r) => r.name))}</strong>. Their cards will show the pack’s text
            instead, marked “from pack ‘{p.name}’”, and their names may no longer find them.
          </li>
        )}
        {p.replacesPacks.length > 0 && (
          <li>
            It changes {plural(p.replacesPacks.length, 'entry', 'entries')} of other packs:{' '}
            <strong>{someNames(p.replacesPacks.map((r) => `${r.name} (pack ‘${r.pack}’)`))}</strong>.
          </li>
        )}
        {p.sharesNames.length > 0 && (
          <li>
            It uses names that already mean built-in entries:{' '}
            <strong>{someNames(p.sharesNames.map((r) => (r.as === r.name ? r.name : `“${r.as}” (${r.name})`)))}</strong>
            . In articles, such a name may then be taken for the pack’s entry.
          </li>
        )}
      </ul>
      <div class="opt-actions">
        <button type="button" class="opt-primary" disabled={busy} onClick={onConfirm}>
          {action}
        </button>
        <button type="button" class="opt-secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

const KIND_LABELS: Record<HighlightKind, { label: string; hint: string }> = {
  person: { label: 'People', hint: 'blue' },
  organization: { label: 'Organisations and groups', hint: 'violet' },
  place: { label: 'Countries and places', hint: 'green' },
  quote: { label: 'Quotes', hint: 'dotted underline' },
  figure: { label: 'Figures', hint: 'orange' },
};

const MORE_LABELS: [keyof Settings['more'], string][] = [
  ['everyPlaceMention', 'Every mention of countries and places, not only the first'],
  ['allFigures', 'Every number, years and bare counts too'],
];

/** The options page: highlight kinds, hover delay, sites, knowledge packs, reset. */
export function OptionsView(p: OptionsViewProps) {
  const { settings } = p;
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  const setSite = (host: string, mode: SiteMode | null) => {
    const next = { ...settings.sites };
    if (mode) next[host] = mode;
    else delete next[host];
    p.onChange({ ...settings, sites: next });
  };
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

      <section class="opt-card" aria-labelledby="opt-kinds">
        <h2 id="opt-kinds">Highlights</h2>
        <p class="opt-help">
          Choose what News Lens marks in articles. Hidden kinds are still listed in the popup. By default a country or
          place is marked where the article first names it, and figures only where they count something (“30 countries”,
          “$4.8 billion”, “12%”), not bare years.
        </p>
        {(Object.keys(KIND_LABELS) as HighlightKind[]).map((k) => (
          <label key={k} class="opt-check">
            <input
              type="checkbox"
              checked={settings.kinds[k]}
              onChange={(e) =>
                p.onChange({
                  ...settings,
                  kinds: { ...settings.kinds, [k]: (e.currentTarget as HTMLInputElement).checked },
                })
              }
            />
            <span class={`opt-swatch opt-swatch-${k}`} aria-hidden="true" />
            {KIND_LABELS[k].label}
          </label>
        ))}
        <h3 class="opt-h3">More highlights</h3>
        {MORE_LABELS.map(([k, label]) => (
          <label key={k} class="opt-check">
            <input
              type="checkbox"
              name={k}
              checked={settings.more[k]}
              onChange={(e) =>
                p.onChange({
                  ...settings,
                  more: { ...settings.more, [k]: (e.currentTarget as HTMLInputElement).checked },
                })
              }
            />
            {label}
          </label>
        ))}
      </section>

      <section class="opt-card" aria-labelledby="opt-delay">
        <h2 id="opt-delay">Hover delay</h2>
        <label class="opt-row">
          <span>Open a card after resting the pointer for</span>
          <input
            type="number"
            min={0}
            max={3000}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const v = Math.round(Number((e.currentTarget as HTMLInputElement).value));
              if (Number.isFinite(v)) p.onChange({ ...settings, hoverDelayMs: Math.min(3000, Math.max(0, v)) });
            }}
          />
          <span>ms</span>
        </label>
      </section>

      <section class="opt-card" aria-labelledby="opt-sites">
        <h2 id="opt-sites">Sites</h2>
        <p class="opt-help">
          News Lens reads articles on a list of major news sites. Elsewhere, click its toolbar button to read a page
          once, or choose “always” from the popup. Sites set to “never” are left alone.
        </p>
        {sites.length === 0 ? (
          <p class="opt-empty">No site choices yet.</p>
        ) : (
          <ul class="opt-list">
            {sites.map(([host, mode]) => (
              <li key={host}>
                <span class="opt-host">{host}</span>
                <select
                  aria-label={`Annotate ${host}`}
                  value={mode}
                  onChange={(e) => setSite(host, (e.currentTarget as HTMLSelectElement).value as SiteMode)}
                >
                  <option value="always">always</option>
                  <option value="never">never</option>
                </select>
                <button type="button" class="opt-link" onClick={() => setSite(host, null)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="opt-card" aria-labelledby="opt-packs">
        <h2 id="opt-packs">Knowledge packs</h2>
        <p class="opt-help">
          The bundled knowledge is as of {p.knowledgeDate ?? 'its build date'}. A pack is a JSON file with a{' '}
          <code>name</code> and a list of <code>entities</code> (each with an <code>id</code>, a <code>type</code>, a{' '}
          <code>name</code> and a one-line <code>description</code>; facts need a date and a Wikipedia or Wikidata
          source) and, if you like, <code>topics</code>; <code>docs/example-pack.json</code> in the project shows one.
          Its entries extend or replace the bundled ones. Before a pack changes an entry that is already there, you are
          shown which and asked; cards mark what comes from a pack.
        </p>
        <label class="opt-file">
          <span>Import a pack…</span>
          <input
            type="file"
            disabled={p.busy}
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const f = input.files?.[0];
              if (f) p.onImport(f);
              input.value = '';
            }}
          />
        </label>
        {p.pending && (
          <PackPreviewPanel pending={p.pending} busy={p.busy} onConfirm={p.onConfirmPack} onCancel={p.onCancelPack} />
        )}
        {p.importStatus && (
          <p class={p.importStatus.ok ? 'opt-ok' : 'opt-alert'} role={p.importStatus.ok ? 'status' : 'alert'}>
            {p.importStatus.message}
          </p>
        )}
        {p.packsProblem && <p class="opt-alert">{p.packsProblem}</p>}
        {p.packs.length === 0 ? (
          <p class="opt-empty">No packs installed.</p>
        ) : (
          <ul class="opt-list">
            {p.packs.map((pk) => (
              <li key={pk.id}>
                <span class="opt-host">{pk.name}</span>
                <span class="opt-meta">
                  {plural(pk.entities, 'entity', 'entities')} · {plural(pk.topics, 'topic', 'topics')} · imported{' '}
                  {pk.importedAt.slice(0, 10)}
                </span>
                <button
                  type="button"
                  class="opt-link"
                  aria-label={`Remove pack ${pk.name}`}
                  onClick={() => p.onRemovePack(pk.id)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="opt-card" aria-labelledby="opt-reset">
        <h2 id="opt-reset">Reset</h2>
        <p class="opt-help">Restore the default settings and remove every imported pack.</p>
        <button type="button" class="opt-danger" onClick={p.onReset}>
          Reset News Lens
        </button>
      </section>
    </main>
  );
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
