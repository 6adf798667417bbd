// @vitest-environment happy-dom
/**
 * The options page: a pack that changes what is there is previewed and asked about; a file over
 * the size limit is refused before anything is sent; a change the background could not save is
 * said, and the page shows what is kept.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsView, needsConfirmation, type OptionsViewProps } from '../../components/OptionsView';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { PackPreview } from '../../lib/messages';

const sent: { type: string; [k: string]: unknown }[] = [];
let replies: (msg: { type: string; [k: string]: unknown }) => unknown = () => ({ ok: false, error: 'no reply set' });
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: async (msg: { type: string }) => {
        sent.push(msg);
        return replies(msg);
      },
      getURL: (p: string) => `chrome-extension://test${p}`,
    },
  },
}));
const { App } = await import('../../entrypoints/options/App');

const preview = (over: Partial<PackPreview> = {}): PackPreview => ({
  id: 'my-pack',
  name: 'My Pack',
  entities: 2,
  topics: 0,
  clash: null,
  replacesBuiltIn: [],
  replacesPacks: [],
  sharesNames: [],
  ...over,
});

function mount(vnode: preact.ComponentChild) {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(vnode, el));
  return el;
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await act(async () => void (await new Promise((ok) => setTimeout(ok, 0))));
};

const viewProps = (over: Partial<OptionsViewProps> = {}): OptionsViewProps => ({
  settings: DEFAULT_SETTINGS,
  settingsProblem: null,
  packs: [],
  packsProblem: null,
  importStatus: null,
  knowledgeDate: '2025-06-01',
  onChange: () => {},
  onImport: () => {},
  onRemovePack: () => {},
  onReset: () => {},
  ...over,
});

describe('OptionsView: the pack preview', () => {
  it('lists the built-in entries a pack changes and asks before installing', () => {
    const confirm = vi.fn();
    const cancel = vi.fn();
    const p = preview({
      replacesBuiltIn: [
        { id: 'keir-starmer', name: 'Keir Starmer' },
        { id: 'country:gbr', name: 'United Kingdom' },
      ],
    });
    const el = mount(
      <OptionsView
        {...viewProps({
          pending: { fileName: 'my-pack.json', preview: p },
          onConfirmPack: confirm,
          onCancelPack: cancel,
        })}
      />,
    );
    const panel = el.querySelector('.opt-preview')!;
    expect(panel.textContent).toContain('Install “My Pack”?');
    expect(panel.textContent).toContain('It changes 2 built-in entries: Keir Starmer and United Kingdom.');
    const [install, no] = [...panel.querySelectorAll('button')];
    expect(install.textContent).toBe('Install and change 2 entries');
    act(() => install.click());
    act(() => no.click());
    expect(confirm).toHaveBeenCalledOnce();
    expect(cancel).toHaveBeenCalledOnce();
  });

  it('offers to replace an installed pack with the same id, by name', () => {
    const p = preview({ clash: { id: 'my-pack', name: 'My Pack!' } });
    const el = mount(<OptionsView {...viewProps({ pending: { fileName: 'my-pack.json', preview: p } })} />);
    expect(el.querySelector('.opt-preview')!.textContent).toContain(
      'A pack with the same id (my-pack) is installed: “My Pack!”',
    );
    expect(el.querySelector('.opt-primary')!.textContent).toBe('Replace “My Pack!”');
  });

  it('asks only about packs that change something or share a name', () => {
    expect(needsConfirmation(preview())).toBe(false);
    expect(
      needsConfirmation(preview({ sharesNames: [{ id: 'keir-starmer', name: 'Keir Starmer', as: 'Starmer' }] })),
    ).toBe(true);
    expect(needsConfirmation(preview({ replacesPacks: [{ id: 'x', name: 'X', pack: 'Other' }] }))).toBe(true);
  });

  it('shows a save problem as an alert', () => {
    const el = mount(
      <OptionsView
        {...viewProps({ saveProblem: 'Your change was not saved: the browser’s storage for News Lens is full.' })}
      />,
    );
    expect(el.querySelector('[role=alert]')!.textContent).toContain('Your change was not saved');
  });

  it('offers every mention of places and all figures, off by default', () => {
    const changes: OptionsViewProps['settings'][] = [];
    const el = mount(<OptionsView {...viewProps({ onChange: (s) => changes.push(s) })} />);
    const every = el.querySelector<HTMLInputElement>('input[name="everyPlaceMention"]')!;
    const all = el.querySelector<HTMLInputElement>('input[name="allFigures"]')!;
    expect(every.closest('label')!.textContent).toMatch(/Every mention of countries and places/);
    expect(all.closest('label')!.textContent).toMatch(/Every number, years/);
    expect([every.checked, all.checked]).toEqual([false, false]);
    act(() => all.click());
    expect(changes.at(-1)!.more).toEqual({ everyPlaceMention: false, allFigures: true });
  });
});

describe('the options page talking to the background', () => {
  beforeEach(() => {
    sent.length = 0;
    vi.stubGlobal('fetch', async () => ({ json: async () => ({ knowledgeDate: '2025-06-01' }) }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  const chooseFile = async (el: HTMLElement, file: { name: string; size: number; text: () => Promise<string> }) => {
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change')));
    await settle();
  };
  const base = (msg: { type: string }) =>
    msg.type === 'get-settings'
      ? { ok: true, value: { settings: DEFAULT_SETTINGS, problem: null } }
      : msg.type === 'list-packs'
        ? { ok: true, value: { packs: [], problem: null } }
        : undefined;

  it('refuses a 50 MB file with its size and the limit, and sends nothing', async () => {
    replies = (m) => base(m);
    const el = mount(<App />);
    await settle();
    await chooseFile(el, { name: 'huge.json', size: 50 * 1024 * 1024, text: async () => 'never read' });
    expect(el.querySelector('.opt-alert')!.textContent).toBe(
      '“huge.json” was not imported. The file is 50.0 MB; packs can be at most 5 MB.',
    );
    expect(sent.map((m) => m.type)).toEqual(['get-settings', 'list-packs']);
  });

  it('previews a pack that changes built-in entries, then installs it with them confirmed', async () => {
    const p = preview({ replacesBuiltIn: [{ id: 'keir-starmer', name: 'Keir Starmer' }] });
    replies = (m) =>
      base(m) ??
      (m.type === 'preview-pack'
        ? { ok: true, value: p }
        : m.type === 'import-pack'
          ? {
              ok: true,
              value: {
                packs: [{ id: 'my-pack', name: 'My Pack', importedAt: '2026-01-01T00:00:00Z', entities: 2, topics: 0 }],
                problem: null,
              },
            }
          : undefined);
    const el = mount(<App />);
    await settle();
    await chooseFile(el, { name: 'my-pack.json', size: 100, text: async () => '{"name":"My Pack"}' });
    expect(sent.map((m) => m.type)).toEqual(['get-settings', 'list-packs', 'preview-pack']);
    expect(el.querySelector('.opt-preview')!.textContent).toContain('It changes 1 built-in entry: Keir Starmer.');
    await act(async () => (el.querySelector('.opt-primary') as HTMLButtonElement).click());
    await settle();
    expect(sent.at(-1)).toEqual({
      type: 'import-pack',
      text: '{"name":"My Pack"}',
      replace: null,
      confirmed: ['keir-starmer'],
    });
    expect(el.querySelector('.opt-preview')).toBeNull();
    expect(el.querySelector('.opt-ok')!.textContent).toBe('Imported “my-pack.json” as the pack “My Pack”.');
  });

  it('says a settings change was not saved, and shows the setting as it is kept', async () => {
    replies = (m) =>
      base(m) ??
      (m.type === 'set-settings'
        ? { ok: false, error: 'Your change was not saved: the browser’s storage for News Lens is full.' }
        : undefined);
    const el = mount(<App />);
    await settle();
    const people = el.querySelector('input[type=checkbox]') as HTMLInputElement;
    expect(people.checked).toBe(true);
    await act(async () => people.click());
    await settle();
    expect(el.querySelector('[role=alert]')!.textContent).toBe(
      'Your change was not saved: the browser’s storage for News Lens is full.',
    );
    expect((el.querySelector('input[type=checkbox]') as HTMLInputElement).checked).toBe(true);
  });

  it('says a pack was not installed when the background could not store it', async () => {
    const refusal =
      'The pack was not installed: the browser’s storage for News Lens is full. Removing a knowledge pack you no longer need makes room.';
    replies = (m) =>
      base(m) ??
      (m.type === 'preview-pack'
        ? { ok: true, value: preview() }
        : m.type === 'import-pack'
          ? { ok: false, error: refusal }
          : undefined);
    const el = mount(<App />);
    await settle();
    await chooseFile(el, { name: 'local.json', size: 100, text: async () => '{}' });
    expect(el.querySelector('.opt-alert')!.textContent).toBe(refusal);
  });
});
