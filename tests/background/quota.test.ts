/**
 * A full storage quota never loses a change silently: the reply says what was not saved, in plain
 * words, and nothing half-done is left. Tab notes the session storage cannot hold are still
 * served from memory. Also the races around a tab's notes: a frame never replaces the top
 * document's notes, and an old stored copy never replaces newer notes.
 */
import { describe, expect, it } from 'vitest';
import {
  handleBackgroundMessage,
  isQuotaError,
  type BackgroundDeps,
  type Sender,
} from '../../lib/background/handle-message';
import { TabNotes, type KeyValueStore } from '../../lib/background/tab-notes';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { KnowledgeFile } from '../../lib/knowledge/schema';
import { extractFindings } from '../../lib/engine/extract';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { StoredPack } from '../../lib/knowledge/packs';
import type { AnnotatedPage } from '../../lib/messages';
import { samplePage } from '../notes-fixture';

const self = { id: 'newslensid', origin: 'chrome-extension://newslensid' };
const popup: Sender = { id: self.id, url: `${self.origin}/popup.html`, origin: self.origin };
const options: Sender = { id: self.id, url: `${self.origin}/options.html`, origin: self.origin, tabId: 40, frameId: 0 };
const content = (tabId: number, frameId = 0): Sender => ({
  id: self.id,
  url: 'https://news.example.co.uk/a',
  origin: 'https://news.example.co.uk',
  tabId,
  frameId,
});

/** The message Chromium's storage gives when an area is full. */
const QUOTA = 'Resource::kQuotaBytes quota exceeded';
const SESSION_QUOTA = 'Session storage quota bytes exceeded. Values were not stored.';

const knowledge = KnowledgeFile.parse({
  version: 1,
  knowledgeDate: '2025-06-01',
  entities: [
    {
      id: 'keir-starmer',
      type: 'person',
      name: 'Keir Starmer',
      description: 'Prime Minister of the United Kingdom since 2024',
    },
  ],
  topics: [],
});
const index = async () => buildKnowledgeIndex(knowledge);
const text = 'Keir Starmer said the country was ready to act.\n“We will act,” Sir Keir told reporters.';
const findingsMessage = {
  type: 'page-findings',
  meta: { url: 'https://news.example.co.uk/a', title: 'T', publishedAt: '2025-03-17', site: 'news.example.co.uk' },
  text,
  findings: extractFindings(text),
};

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    remove: async (k) => void data.delete(k),
  };
}
/** A store whose every write fails as a full one does in Chromium. */
const fullStore = (message = SESSION_QUOTA): KeyValueStore & { data: Map<string, unknown> } => ({
  ...memoryStore(),
  set: async () => {
    throw new Error(message);
  },
});

function fullLocal(): { deps: BackgroundDeps; state: { settings: Settings; packs: StoredPack[]; sites: string[] } } {
  const state = {
    settings: structuredClone(DEFAULT_SETTINGS) as Settings,
    packs: [] as StoredPack[],
    sites: [] as string[],
  };
  const deps: BackgroundDeps = {
    self,
    index,
    bundled: index,
    notes: new TabNotes(memoryStore()),
    settings: {
      load: async () => ({ settings: structuredClone(state.settings), problem: null }),
      save: async () => {
        throw new Error(QUOTA);
      },
    },
    packs: {
      load: async () => ({ packs: state.packs, dropped: 0 }),
      save: async () => {
        throw new Error(QUOTA);
      },
    },
    tabs: {
      hostOf: async () => 'other.example.com',
      annotate: async () => undefined,
      injectCardUi: async () => undefined,
      injectReader: async () => undefined,
      granted: async () => true,
      applySiteMode: async (host, mode) => (state.sites.push(`${host}:${mode}`), true),
    },
  };
  return { deps, state };
}

describe('with the local storage full', () => {
  it('a settings change is answered with an error saying it was not saved', async () => {
    const { deps, state } = fullLocal();
    const r = await handleBackgroundMessage(
      { type: 'set-settings', settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 900 } },
      options,
      deps,
    );
    expect(r).toEqual({
      ok: false,
      error:
        'Your change was not saved: the browser’s storage for News Lens is full. Removing a knowledge pack you no longer need makes room.',
    });
    expect(state.settings.hoverDelayMs).toBe(400);
  });

  it('a pack import says in plain words that the pack was not installed', async () => {
    const { deps, state } = fullLocal();
    const pack = JSON.stringify({
      name: 'Local',
      entities: [{ id: 'jane-doe', type: 'person', name: 'Jane Doe', description: 'Leader of the council' }],
    });
    const r = await handleBackgroundMessage({ type: 'import-pack', text: pack }, options, deps);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toBe(
        'The pack was not installed: the browser’s storage for News Lens is full. Removing a knowledge pack you no longer need makes room.',
      );
    expect(state.packs).toEqual([]);
  });

  it('a site choice that cannot be saved is not applied either', async () => {
    const { deps, state } = fullLocal();
    const r = await handleBackgroundMessage({ type: 'set-site-mode', tabId: 3, mode: 'never' }, popup, deps);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatch(
        /^The choice for other\.example\.com was not saved: the browser’s storage for News Lens is full/,
      );
    // applied, then put back as it was (no choice)
    expect(state.sites).toEqual(['other.example.com:never', 'other.example.com:null']);
  });

  it('a reset that cannot be saved says so', async () => {
    const { deps } = fullLocal();
    const r = await handleBackgroundMessage({ type: 'reset' }, options, deps);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^News Lens was not reset: the browser’s storage for News Lens is full/);
  });

  it('other failures are reported with their own words', async () => {
    const { deps } = fullLocal();
    deps.settings!.save = async () => {
      throw new Error('IO error: disk unplugged');
    };
    expect(await handleBackgroundMessage({ type: 'set-settings', settings: DEFAULT_SETTINGS }, options, deps)).toEqual({
      ok: false,
      error: 'Your change was not saved: IO error: disk unplugged',
    });
  });

  it('knows the browsers’ quota errors', () => {
    for (const m of [
      QUOTA,
      SESSION_QUOTA,
      'QUOTA_BYTES quota exceeded',
      'QuotaExceededError: The quota has been exceeded.',
    ])
      expect(isQuotaError(new Error(m)), m).toBe(true);
    expect(isQuotaError(new Error('Invalid value'))).toBe(false);
  });
});

describe('with the session storage full', () => {
  it('the popup still gets the tab’s notes, from memory', async () => {
    const store = fullStore();
    const notes = new TabNotes(store);
    const deps: BackgroundDeps = { self, index, notes };
    const r = await handleBackgroundMessage(findingsMessage, content(5), deps);
    expect(r.ok).toBe(true);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(store.data.size).toBe(0);
    const got = await handleBackgroundMessage({ type: 'get-tab-notes', tabId: 5 }, popup, deps);
    expect(got).toEqual(r);
  });

  it('an older stored copy never comes back in place of notes kept only in memory', async () => {
    const store = memoryStore();
    await new TabNotes(store).set(1, { ...samplePage(), knowledgeDate: 'old' });
    const notes = new TabNotes({ ...store, set: fullStore().set });
    await notes.set(1, samplePage());
    expect(await notes.get(1)).toEqual(samplePage());
    expect(store.data.has('tab:1')).toBe(false);
  });

  it('a store that cannot even be read leaves memory to answer', async () => {
    const notes = new TabNotes({
      get: async () => {
        throw new Error('storage is gone');
      },
      set: async () => undefined,
      remove: async () => undefined,
    });
    expect(await notes.get(2)).toBeNull();
    await notes.set(2, samplePage());
    expect(await notes.get(2)).toEqual(samplePage());
  });
});

/** A promise and its resolver. */
function gate<T = void>() {
  let open!: (v: T) => void;
  const p = new Promise<T>((ok) => (open = ok));
  return { p, open };
}

describe('races around a tab’s notes', () => {
  it('a frame whose page was still being resolved when the top document’s notes came does not replace them', async () => {
    const notes = new TabNotes(memoryStore());
    const slow = gate();
    let calls = 0;
    const deps: BackgroundDeps = {
      self,
      // the frame's reading waits on the index; the top document's does not
      index: async () => {
        if (calls++ === 0) await slow.p;
        return index();
      },
      notes,
    };
    const fromFrame = handleBackgroundMessage(findingsMessage, content(9, 4), deps);
    await new Promise((ok) => setTimeout(ok, 0));
    const fromTop = await handleBackgroundMessage(findingsMessage, content(9, 0), deps);
    expect(fromTop.ok).toBe(true);
    slow.open();
    expect(await fromFrame).toEqual({ ok: false, error: 'the top document of this tab has the notes' });
    expect((await notes.get(9))?.frameId).toBe(0);
  });

  it('a later top-document reading replaces a frame’s notes and an earlier top reading', async () => {
    const notes = new TabNotes(memoryStore());
    const deps: BackgroundDeps = { self, index, notes };
    await handleBackgroundMessage(findingsMessage, content(9, 4), deps);
    expect((await notes.get(9))?.frameId).toBe(4);
    const later = { ...findingsMessage, meta: { ...findingsMessage.meta, title: 'Later' } };
    await handleBackgroundMessage(later, content(9, 0), deps);
    expect((await notes.get(9))?.notes.title).toBe('Later');
    await handleBackgroundMessage(
      { ...findingsMessage, meta: { ...findingsMessage.meta, title: 'Latest' } },
      content(9, 0),
      deps,
    );
    expect((await notes.get(9))?.notes.title).toBe('Latest');
    expect((await handleBackgroundMessage(findingsMessage, content(9, 4), deps)).ok).toBe(false);
    expect((await notes.get(9))?.notes.title).toBe('Latest');
  });

  it('after a restart, stored top-document notes still keep a frame out', async () => {
    const store = memoryStore();
    await new TabNotes(store).set(9, { ...samplePage(), frameId: 0 });
    const deps: BackgroundDeps = { self, index, notes: new TabNotes(store) };
    expect((await handleBackgroundMessage(findingsMessage, content(9, 2), deps)).ok).toBe(false);
  });

  it('notes set while the stored copy was being read win over it', async () => {
    const store = memoryStore();
    await new TabNotes(store).set(3, { ...samplePage(), knowledgeDate: 'stored' });
    const slow = gate();
    // (the store answers with the copy it held when asked, after a while)
    const notes = new TabNotes({
      ...store,
      get: async (k) => {
        const v = await store.get(k);
        await slow.p;
        return v;
      },
    });
    const reading = notes.get(3);
    const fresh: AnnotatedPage = { ...samplePage(), knowledgeDate: 'fresh' };
    await notes.set(3, fresh);
    slow.open();
    expect((await reading)?.knowledgeDate).toBe('fresh');
    expect((await notes.get(3))?.knowledgeDate).toBe('fresh');
  });

  it('a tab cleared while its notes were being written leaves no stored copy', async () => {
    const store = memoryStore();
    const slow = gate();
    const notes = new TabNotes({ ...store, set: async (k, v) => (await slow.p, store.set(k, v)) });
    const writing = notes.set(6, samplePage());
    await notes.clear(6);
    slow.open();
    await writing;
    expect(store.data.has('tab:6')).toBe(false);
    expect(await new TabNotes(store).get(6)).toBeNull();
  });
});
