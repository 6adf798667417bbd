import type { Settings, SiteMode } from '../../lib/settings';
import type { HighlightKind } from '../../lib/highlight/annotations';
import type { OptionsViewProps } from '../OptionsView';
import { PackPreviewPanel, plural } from './pack-preview';

type Change = { settings: Settings; onChange: (s: Settings) => void };

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

/** What News Lens marks: the kinds of highlight, and the extra ones. */
export function HighlightsSection({ settings, onChange }: Change) {
  return (
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
              onChange({
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
              onChange({
                ...settings,
                more: { ...settings.more, [k]: (e.currentTarget as HTMLInputElement).checked },
              })
            }
          />
          {label}
        </label>
      ))}
    </section>
  );
}

/** How long the pointer rests before a card opens. */
export function DelaySection({ settings, onChange }: Change) {
  return (
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
            if (Number.isFinite(v)) onChange({ ...settings, hoverDelayMs: Math.min(3000, Math.max(0, v)) });
          }}
        />
        <span>ms</span>
      </label>
    </section>
  );
}

/** The sites set to "always" or "never". */
export function SitesSection({ settings, onChange }: Change) {
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  const setSite = (host: string, mode: SiteMode | null) => {
    const next = { ...settings.sites };
    if (mode) next[host] = mode;
    else delete next[host];
    onChange({ ...settings, sites: next });
  };
  return (
    <section class="opt-card" aria-labelledby="opt-sites">
      <h2 id="opt-sites">Sites</h2>
      <p class="opt-help">
        News Lens reads articles on a list of major news sites. Elsewhere, click its toolbar button to read a page once,
        or choose “always” from the popup. Sites set to “never” are left alone.
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
  );
}

/** The knowledge packs: import (with its preview), the outcome, the installed list. */
export function PacksSection(p: OptionsViewProps) {
  return (
    <section class="opt-card" aria-labelledby="opt-packs">
      <h2 id="opt-packs">Knowledge packs</h2>
      <p class="opt-help">
        The bundled knowledge is as of {p.knowledgeDate ?? 'its build date'}. A pack is a JSON file with a{' '}
        <code>name</code> and a list of <code>entities</code> (each with an <code>id</code>, a <code>type</code>, a{' '}
        <code>name</code> and a one-line <code>description</code>; facts need a date and a Wikipedia or Wikidata source)
        and, if you like, <code>topics</code>; <code>docs/example-pack.json</code> in the project shows one. Its entries
        extend or replace the bundled ones. Before a pack changes an entry that is already there, you are shown which
        and asked; cards mark what comes from a pack.
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
  );
}

/** Restore the defaults and remove every pack. */
export function ResetSection({ onReset }: { onReset: () => void }) {
  return (
    <section class="opt-card" aria-labelledby="opt-reset">
      <h2 id="opt-reset">Reset</h2>
      <p class="opt-help">Restore the default settings and remove every imported pack.</p>
      <button type="button" class="opt-danger" onClick={onReset}>
        Reset News Lens
      </button>
    </section>
  );
}
