import type { SiteMode } from '../lib/settings';

export interface PopupControlsProps {
  host: string | null;
  mode: SiteMode | null;
  /** Whether the page has notes to export. */
  canExport: boolean;
  busy: boolean;
  message: string | null;
  onMode: (mode: SiteMode | null) => void;
  onExport: (format: 'md' | 'json') => void;
}

/** The popup's footer: the per-site switch and the exports. */
export function PopupControls({ host, mode, canExport, busy, message, onMode, onExport }: PopupControlsProps) {
  return (
    <footer class="pc">
      {host && (
        <fieldset class="pc-site" disabled={busy}>
          <legend>
            Annotate <strong>{host}</strong>
          </legend>
          <div class="pc-seg" role="radiogroup" aria-label={`Annotate ${host}`}>
            {(
              [
                [null, 'Default'],
                ['always', 'Always'],
                ['never', 'Never'],
              ] as const
            ).map(([value, label]) => (
              <button
                key={label}
                type="button"
                role="radio"
                aria-checked={mode === value}
                class={mode === value ? 'pc-on' : ''}
                onClick={() => onMode(value)}
              >
                {label}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {message && (
        <p class="pc-msg" role="status">
          {message}
        </p>
      )}
      <div class="pc-export">
        <button type="button" disabled={!canExport} onClick={() => onExport('md')}>
          Export Markdown
        </button>
        <button type="button" disabled={!canExport} onClick={() => onExport('json')}>
          Export JSON
        </button>
      </div>
    </footer>
  );
}
