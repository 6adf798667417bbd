import { useEffect, useRef } from 'preact/hooks';
import type { PackPreview } from '../../lib/messages';
import type { PendingPack } from '../OptionsView';

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Keir Starmer, United Kingdom and 3 more". */
function someNames(names: string[], max = 8): string {
  if (names.length <= max)
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** What installing a pack would do, in words, with the buttons to go ahead or not. */
export function PackPreviewPanel(props: {
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
