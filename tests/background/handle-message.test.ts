import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage, type Sender } from '../../lib/background/handle-message';
import { TabNotes, type KeyValueStore } from '../../lib/background/tab-notes';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { KnowledgeFile } from '../../lib/knowledge/schema';
import { extractFindings } from '../../lib/engine/extract';
import { samplePage } from '../notes-fixture';
import type { AnnotatedPage } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    remove: async (k) => void data.delete(k),
  };
}

const knowledge = KnowledgeFile.parse({
  version: 1,
  knowledgeDate: '2025-06-01',
  entities: [
    {
      id: 'country:gbr',
      type: 'country',
      name: 'United Kingdom',
      aliases: ['UK', 'Britain'],
      demonyms: ['British'],
      description: 'Country in Europe',
    },
    {
      id: 'keir-starmer',
      type: 'person',
      name: 'Keir Starmer',
      description: 'Prime Minister of the United Kingdom since 2024',
      country: 'country:gbr',
      roles: [{ title: 'Prime Minister', of: 'country:gbr', kind: 'head-of-government', from: '2024-07-05', to: null }],
    },
  ],
  topics: [],
});
const index = async () => buildKnowledgeIndex(knowledge);
const self = { id: 'news-lens', origin: 'chrome-extension://newslens' };
/** A content script in a tab's frame, as the browser reports it. */
const tab = (tabId: number, frameId = 0): Sender => ({
  id: self.id,
  url: 'https://news.example.co.uk/a',
  origin: 'https://news.example.co.uk',
  tabId,
  frameId,
});
/** The popup. */
const popup: Sender = { id: self.id, url: `${self.origin}/popup.html`, origin: self.origin };

const text = 'Keir Starmer said the UK was ready.\n“We will act,” Sir Keir told reporters.';
const findingsMessage = {
  type: 'page-findings',
  meta: { url: 'https://news.example.co.uk/a', title: 'T', publishedAt: '2025-03-17', site: 'news.example.co.uk' },
  text,
  findings: extractFindings(text),
};

describe('handleBackgroundMessage', () => {
  it('answers malformed messages with an error value and never throws', async () => {
    const notes = new TabNotes(memoryStore());
    for (const bad of [
      null,
      42,
      'x',
      {},
      { type: 'nope' },
      { type: 'get-tab-notes', tabId: -1 },
      { type: 'page-findings', text: 5 },
    ]) {
      const r = await handleBackgroundMessage(bad, tab(1), { self, index, notes });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/malformed message/);
    }
  });

  it('refuses findings that do not come from a tab', async () => {
    const r = await handleBackgroundMessage(findingsMessage, popup, {
      self,
      index,
      notes: new TabNotes(memoryStore()),
    });
    expect(r).toEqual({ ok: false, error: 'refused: page-findings comes only from a page’s content script' });
  });

  it('resolves findings, keeps them per tab and reports them to onNotes', async () => {
    const notes = new TabNotes(memoryStore());
    const seen: number[] = [];
    const r = await handleBackgroundMessage(findingsMessage, tab(7), {
      self,
      index,
      notes,
      onNotes: (id) => void seen.push(id),
    });
    expect(r.ok).toBe(true);
    if (!r.ok || !r.value) throw new Error('no page');
    const page = r.value as AnnotatedPage;
    const starmer = page.notes.actors.find((a) => a.id === 'keir-starmer');
    expect(starmer?.mentions.length).toBeGreaterThanOrEqual(1);
    expect(page.entities['keir-starmer'].role).toContain('Prime Minister');
    expect(seen).toEqual([7]);
    const again = await handleBackgroundMessage({ type: 'get-tab-notes', tabId: 7 }, popup, { self, index, notes });
    expect(again).toEqual(r);
    expect(await handleBackgroundMessage({ type: 'get-tab-notes', tabId: 8 }, popup, { self, index, notes })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('keeps no list of what was set aside in a tab’s notes (only `annotate --explain` shows it)', async () => {
    const aside = 'Bergstrom won the vote. The farmers watched The Long Dock.\n“We will act,” Sir Keir told reporters.';
    const r = await handleBackgroundMessage(
      { ...findingsMessage, text: aside, findings: extractFindings(aside) },
      tab(9),
      { self, index, notes: new TabNotes(memoryStore()) },
    );
    if (!r.ok || !r.value) throw new Error('no page');
    expect((r.value as AnnotatedPage).notes.actors.length).toBeGreaterThan(0);
    expect((r.value as AnnotatedPage).notes).not.toHaveProperty('setAside');
  });

  it('turns a failure inside the pipeline into an error value', async () => {
    const broken = async () => {
      throw new Error('knowledge file is invalid: entities[0].id: expected a lower-case slug id');
    };
    const r = await handleBackgroundMessage(findingsMessage, tab(1), {
      self,
      index: broken,
      notes: new TabNotes(memoryStore()),
    });
    expect(r).toEqual({ ok: false, error: 'knowledge file is invalid: entities[0].id: expected a lower-case slug id' });
  });
});

describe('TabNotes', () => {
  it('survives a service-worker restart (a new instance over the same store)', async () => {
    const store = memoryStore();
    await new TabNotes(store).set(3, samplePage());
    expect(await new TabNotes(store).get(3)).toEqual(samplePage());
  });
  it('drops a stored value that no longer fits the schema', async () => {
    const store = memoryStore();
    store.data.set('tab:4', { notes: 'garbage' });
    expect(await new TabNotes(store).get(4)).toBeNull();
    expect(store.data.has('tab:4')).toBe(false);
  });
  it('forgets a closed tab', async () => {
    const store = memoryStore();
    const t = new TabNotes(store);
    await t.set(5, samplePage());
    await t.clear(5);
    expect(await t.get(5)).toBeNull();
  });
});

describe('frames', () => {
  it('keeps the top document’s notes over a frame’s, and takes a frame’s when the top has none', async () => {
    const notes = new TabNotes(memoryStore());
    const fromFrame = await handleBackgroundMessage(findingsMessage, tab(9, 3), { self, index, notes });
    expect(fromFrame.ok).toBe(true);
    expect((await notes.get(9))?.frameId).toBe(3);
    const top = await handleBackgroundMessage(findingsMessage, tab(9, 0), { self, index, notes });
    expect(top.ok).toBe(true);
    expect((await notes.get(9))?.frameId).toBe(0);
    const late = await handleBackgroundMessage(findingsMessage, tab(9, 3), { self, index, notes });
    expect(late.ok).toBe(false);
    expect((await notes.get(9))?.frameId).toBe(0);
  });
});

describe('TabNotes over quota', () => {
  it('keeps notes in memory when the store refuses them, and drops the stale stored copy', async () => {
    const store = memoryStore();
    const t = new TabNotes(store);
    await t.set(1, samplePage());
    const full = {
      ...store,
      set: async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      },
    };
    const t2 = new TabNotes(full);
    await t2.set(1, samplePage());
    expect(await t2.get(1)).toEqual(samplePage());
    expect(store.data.has('tab:1')).toBe(false);
  });
});

describe('badge failures', () => {
  it('do not cost the page its notes', async () => {
    const notes = new TabNotes(memoryStore());
    const r = await handleBackgroundMessage(findingsMessage, tab(4), {
      self,
      index,
      notes,
      onNotes: () => {
        throw new Error('no action API');
      },
    });
    expect(r.ok).toBe(true);
  });
});

describe('load-reader', () => {
  const settingsWith = (sites: Record<string, 'always' | 'never'>) => ({
    load: async () => ({ settings: { ...DEFAULT_SETTINGS, sites }, problem: null }),
    save: async () => undefined,
  });
  const tabsThatRecord = (injected: [number, number][]) => ({
    hostOf: async () => 'news.example.com',
    annotate: async () => undefined,
    injectCardUi: async () => undefined,
    injectReader: async (tabId: number, frameId: number) => void injected.push([tabId, frameId]),
    granted: async () => true,
    applySiteMode: async () => true,
  });

  it('injects the reader into the frame that asked', async () => {
    const injected: [number, number][] = [];
    const deps = {
      self,
      index,
      notes: new TabNotes(memoryStore()),
      settings: settingsWith({}),
      tabs: tabsThatRecord(injected),
    };
    expect(await handleBackgroundMessage({ type: 'load-reader', host: 'news.example.com' }, tab(3, 5), deps)).toEqual({
      ok: true,
      value: true,
    });
    expect(injected).toEqual([[3, 5]]);
  });

  it('refuses a site set to never, and a sender that is not a tab', async () => {
    const injected: [number, number][] = [];
    const deps = {
      self,
      index,
      notes: new TabNotes(memoryStore()),
      settings: settingsWith({ 'news.example.com': 'never' }),
      tabs: tabsThatRecord(injected),
    };
    const never = await handleBackgroundMessage({ type: 'load-reader', host: 'News.Example.com' }, tab(3, 0), deps);
    expect(never.ok).toBe(false);
    // the frame's host is the browser's account of it, not the message's
    const lying = await handleBackgroundMessage(
      { type: 'load-reader', host: 'elsewhere.example' },
      { ...tab(3, 0), url: 'https://news.example.com/x' },
      deps,
    );
    expect(lying).toEqual({ ok: false, error: 'news.example.com is set to never' });
    expect((await handleBackgroundMessage({ type: 'load-reader', host: 'news.example.com' }, popup, deps)).ok).toBe(
      false,
    );
    expect(injected).toEqual([]);
  });
});
