/**
 * Least privilege for messages: every message kind, sent by every kind of sender the browser can
 * report (our popup, our options page in a tab, a page's content script in the top document or a
 * frame, another extension, and look-alikes), is accepted or refused as the contract says, and a
 * refused message changes nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  classifySender,
  handleBackgroundMessage,
  WHO_MAY_SEND,
  type BackgroundDeps,
  type Sender,
} from '../../lib/background/handle-message';
import { TabNotes, type KeyValueStore } from '../../lib/background/tab-notes';
import { PagePartAssembler } from '../../lib/background/page-parts';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { KnowledgeFile } from '../../lib/knowledge/schema';
import { extractFindings } from '../../lib/engine/extract';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { StoredPack } from '../../lib/knowledge/packs';
import type { BackgroundMessage } from '../../lib/messages';
import { samplePage } from '../notes-fixture';

const self = { id: 'newslensid', origin: 'chrome-extension://newslensid' };
const PAGE_URL = 'https://news.example.co.uk/a';

const senders = {
  popup: { id: self.id, url: `${self.origin}/popup.html`, origin: self.origin },
  /** The options page opens in a tab of its own (open_in_tab), so it has a tab. */
  optionsInTab: { id: self.id, url: `${self.origin}/options.html`, origin: self.origin, tabId: 40, frameId: 0 },
  /** Firefox gives no origin. */
  popupFirefox: { id: self.id, url: 'moz-extension://0c1d/popup.html' },
  contentTop: { id: self.id, url: PAGE_URL, origin: 'https://news.example.co.uk', tabId: 7, frameId: 0 },
  contentFrame: {
    id: self.id,
    url: 'https://news.example.co.uk/embed',
    origin: 'https://news.example.co.uk',
    tabId: 7,
    frameId: 3,
  },
  otherExtension: { id: 'evilid', url: 'chrome-extension://evilid/bg.html', origin: 'chrome-extension://evilid' },
  otherExtensionClaimingOurUrl: { id: 'evilid', url: `${self.origin}/popup.html`, origin: self.origin },
  contentClaimingOurOrigin: { id: self.id, url: PAGE_URL, origin: self.origin, tabId: 7, frameId: 0 },
  noTabNoOurOrigin: { id: self.id, url: PAGE_URL, origin: 'https://news.example.co.uk' },
  contentWithoutFrame: { id: self.id, url: PAGE_URL, tabId: 7 },
  nothing: {},
} satisfies Record<string, Sender>;

describe('classifySender', () => {
  const firefoxSelf = { id: self.id, origin: 'moz-extension://0c1d' };
  it('knows our own pages by the extension origin, in a popup or a tab', () => {
    expect(classifySender(senders.popup, self)).toEqual({ kind: 'extension-page' });
    expect(classifySender(senders.optionsInTab, self)).toEqual({ kind: 'extension-page' });
    expect(classifySender(senders.popupFirefox, firefoxSelf)).toEqual({ kind: 'extension-page' });
  });
  it('knows a content script by its tab and frame, taken from the sender', () => {
    expect(classifySender(senders.contentTop, self)).toEqual({
      kind: 'content-script',
      tabId: 7,
      frameId: 0,
      url: PAGE_URL,
    });
    expect(classifySender(senders.contentFrame, self)).toMatchObject({ kind: 'content-script', tabId: 7, frameId: 3 });
  });
  it('refuses other extensions, look-alikes and senders it cannot place', () => {
    for (const s of [
      senders.otherExtension,
      senders.otherExtensionClaimingOurUrl,
      senders.contentClaimingOurOrigin,
      senders.noTabNoOurOrigin,
      senders.contentWithoutFrame,
      senders.nothing,
    ])
      expect(classifySender(s, self).kind).toBe('refused');
    // an extension page's URL on another extension's origin is not ours
    expect(classifySender({ id: self.id, url: 'chrome-extension://evilid/popup.html' }, self).kind).toBe('refused');
  });
});

const knowledge = KnowledgeFile.parse({
  version: 1,
  knowledgeDate: '2025-06-01',
  entities: [
    { id: 'country:gbr', type: 'country', name: 'United Kingdom', aliases: ['UK'], description: 'Country in Europe' },
    {
      id: 'keir-starmer',
      type: 'person',
      name: 'Keir Starmer',
      description: 'Prime Minister of the United Kingdom since 2024',
      country: 'country:gbr',
    },
  ],
  topics: [],
});
const text = 'Keir Starmer said the UK was ready to act.\n“We will act,” Sir Keir told reporters.';
const meta = { url: PAGE_URL, title: 'T', publishedAt: '2025-03-17', site: 'news.example.co.uk' };
const findings = extractFindings(text);
const goodPack = JSON.stringify({
  name: 'Local',
  entities: [{ id: 'jane-doe', type: 'person', name: 'Jane Doe', description: 'Leader of the council' }],
});

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    get: async (k) => data.get(k),
    set: async (k, v) => void data.set(k, v),
    remove: async (k) => void data.delete(k),
  };
}

/** A whole background over memory, recording everything a message can do. */
function world() {
  const state = {
    settings: structuredClone(DEFAULT_SETTINGS) as Settings,
    packs: [
      {
        id: 'kept',
        importedAt: '2026-01-01T00:00:00.000Z',
        pack: {
          name: 'Kept',
          version: undefined,
          knowledgeDate: undefined,
          entities: [],
          topics: [
            {
              id: 't',
              type: 'topic',
              name: 'T',
              aliases: [],
              description: 'A topic',
              keywords: ['tt'],
              phrases: [],
              facts: [{ text: 'A fact.', asOf: '2025-01-01', source: 'https://en.wikipedia.org/wiki/T' }],
              links: {},
              related: [],
            },
          ],
        },
      },
    ] as StoredPack[],
    calls: [] as string[],
  };
  const notes = new TabNotes(memoryStore());
  const deps: BackgroundDeps = {
    self,
    index: async () => buildKnowledgeIndex(knowledge),
    bundled: async () => buildKnowledgeIndex(knowledge),
    notes,
    parts: new PagePartAssembler(),
    settings: {
      load: async () => ({ settings: structuredClone(state.settings), problem: null }),
      save: async (s) => void (state.settings = structuredClone(s)),
    },
    packs: { load: async () => ({ packs: state.packs, dropped: 0 }), save: async (l) => void (state.packs = l) },
    tabs: {
      hostOf: async () => 'other.example.com',
      annotate: async (id) => void state.calls.push(`annotate ${id}`),
      injectCardUi: async (t, f) => void state.calls.push(`card-ui ${t}/${f}`),
      injectReader: async (t, f) => void state.calls.push(`reader ${t}/${f}`),
      granted: async () => true,
      applySiteMode: async (h, m) => (state.calls.push(`site ${h} ${m}`), true),
    },
    now: () => new Date('2026-06-01T12:00:00Z'),
  };
  return { state, notes, deps };
}

/** One valid message of every kind. */
const MESSAGES: Record<BackgroundMessage['type'], BackgroundMessage> = {
  'page-findings': { type: 'page-findings', meta, text, findings },
  'page-part': { type: 'page-part', pageId: 'p1', index: 0, total: 1, offset: 0, meta, text, findings },
  'get-tab-notes': { type: 'get-tab-notes', tabId: 7 },
  'get-settings': { type: 'get-settings' },
  'set-settings': {
    type: 'set-settings',
    settings: { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, person: false } },
  },
  'set-site-mode': { type: 'set-site-mode', tabId: 9, mode: 'never' },
  'annotate-tab': { type: 'annotate-tab', tabId: 9 },
  'preview-pack': { type: 'preview-pack', text: goodPack },
  'import-pack': { type: 'import-pack', text: goodPack },
  'list-packs': { type: 'list-packs' },
  'remove-pack': { type: 'remove-pack', id: 'kept' },
  reset: { type: 'reset' },
  'load-card-ui': { type: 'load-card-ui' },
  'load-reader': { type: 'load-reader', host: 'news.example.co.uk' },
};

const CONTENT_MAY = new Set([
  'page-findings',
  'page-part',
  'get-tab-notes',
  'get-settings',
  'load-card-ui',
  'load-reader',
]);
const PAGES_MAY = new Set(
  Object.keys(MESSAGES).filter((k) => !['page-findings', 'page-part', 'load-card-ui', 'load-reader'].includes(k)),
);

describe('every message kind, by sender', () => {
  it('the table covers every message, and content scripts get only what they use', () => {
    expect(Object.keys(WHO_MAY_SEND).sort()).toEqual(Object.keys(MESSAGES).sort());
    for (const [type, may] of Object.entries(WHO_MAY_SEND)) {
      expect(may.contentScripts, type).toBe(CONTENT_MAY.has(type));
      expect(may.pages, type).toBe(PAGES_MAY.has(type));
    }
  });

  for (const type of Object.keys(MESSAGES) as BackgroundMessage['type'][]) {
    const msg = MESSAGES[type];
    const fromPage = PAGES_MAY.has(type);
    const fromContent = CONTENT_MAY.has(type);

    it(`${type}: ${fromPage ? 'accepted' : 'refused'} from the popup and the options page`, async () => {
      for (const sender of [senders.popup, senders.optionsInTab]) {
        const { deps, state } = world();
        const before = structuredClone({ settings: state.settings, packs: state.packs });
        const r = await handleBackgroundMessage(msg, sender, deps);
        if (fromPage) expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
        else {
          expect(r).toEqual({ ok: false, error: `refused: ${type} comes only from a page’s content script` });
          expect({ settings: state.settings, packs: state.packs }).toEqual(before);
          expect(state.calls).toEqual([]);
        }
      }
    });

    it(`${type}: ${fromContent ? 'accepted' : 'refused'} from a page’s content script${fromContent ? '' : ', and nothing changes'}`, async () => {
      const { deps, state, notes } = world();
      const before = structuredClone({ settings: state.settings, packs: state.packs });
      const r = await handleBackgroundMessage(msg, senders.contentTop, deps);
      if (fromContent) expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
      else {
        expect(r).toEqual({
          ok: false,
          error: `refused: ${type} is accepted only from News Lens’s own pages (the popup and the options page)`,
        });
        expect({ settings: state.settings, packs: state.packs }).toEqual(before);
        expect(state.calls).toEqual([]);
        expect(await notes.get(7)).toBeNull();
      }
    });

    it(`${type}: refused from another extension and from senders that cannot be placed`, async () => {
      for (const sender of [
        senders.otherExtension,
        senders.otherExtensionClaimingOurUrl,
        senders.contentClaimingOurOrigin,
        senders.noTabNoOurOrigin,
        senders.nothing,
      ]) {
        const { deps, state, notes } = world();
        const before = structuredClone({ settings: state.settings, packs: state.packs });
        const r = await handleBackgroundMessage(msg, sender, deps);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(/^refused: /);
        expect({ settings: state.settings, packs: state.packs }).toEqual(before);
        expect(state.calls).toEqual([]);
        expect(await notes.get(7)).toBeNull();
      }
    });
  }
});

describe('a content script acts only for its own tab and frame', () => {
  it('findings are kept for the sender’s tab and frame, whatever the message says', async () => {
    const { deps, notes } = world();
    // extra fields naming another tab are not part of the contract: the message is read without them
    const r = await handleBackgroundMessage(
      { ...MESSAGES['page-findings'], tabId: 99, frameId: 0 },
      senders.contentFrame,
      deps,
    );
    expect(r.ok).toBe(true);
    expect((await notes.get(7))?.frameId).toBe(3);
    expect(await notes.get(99)).toBeNull();
  });

  it('reads its own tab’s notes, and never another tab’s', async () => {
    const { deps, notes } = world();
    await notes.set(7, samplePage());
    await notes.set(8, { ...samplePage(), knowledgeDate: 'other tab' });
    expect(await handleBackgroundMessage({ type: 'get-tab-notes' }, senders.contentTop, deps)).toEqual({
      ok: true,
      value: samplePage(),
    });
    expect(await handleBackgroundMessage({ type: 'get-tab-notes', tabId: 7 }, senders.contentFrame, deps)).toEqual({
      ok: true,
      value: samplePage(),
    });
    expect(await handleBackgroundMessage({ type: 'get-tab-notes', tabId: 8 }, senders.contentTop, deps)).toEqual({
      ok: false,
      error: 'refused: a page may read only its own tab’s notes',
    });
    // the popup reads any tab's
    expect(await handleBackgroundMessage({ type: 'get-tab-notes', tabId: 8 }, senders.popup, deps)).toMatchObject({
      ok: true,
      value: { knowledgeDate: 'other tab' },
    });
    expect(await handleBackgroundMessage({ type: 'get-tab-notes' }, senders.popup, deps)).toEqual({
      ok: false,
      error: 'get-tab-notes needs the tab’s id',
    });
  });

  it('has the reader and the cards injected into its own frame only', async () => {
    const { deps, state } = world();
    await handleBackgroundMessage({ type: 'load-reader', host: 'news.example.co.uk' }, senders.contentFrame, deps);
    await handleBackgroundMessage({ type: 'load-card-ui' }, senders.contentFrame, deps);
    expect(state.calls).toEqual(['reader 7/3', 'card-ui 7/3']);
  });

  it('joins a long page’s parts per frame: a frame can neither finish nor break another frame’s page', async () => {
    const { deps, notes } = world();
    const half = Math.floor(text.length / 2);
    const part = (index: number) => ({
      type: 'page-part' as const,
      pageId: 'same-id',
      index,
      total: 2,
      offset: index ? half : 0,
      meta,
      text: index ? text.slice(half) : text.slice(0, half),
      findings: extractFindings(index ? text.slice(half) : text.slice(0, half)),
    });
    expect(await handleBackgroundMessage(part(0), senders.contentTop, deps)).toEqual({ ok: true, value: null });
    // the frame sends the last part under the same page id: it does not complete the top's page
    expect(await handleBackgroundMessage(part(1), senders.contentFrame, deps)).toEqual({
      ok: false,
      error: 'page parts lost: resend the page',
    });
    expect(await notes.get(7)).toBeNull();
  });
});

describe('the readers hear of saved settings from the background', () => {
  it('after a change from our pages is saved, and not after a refused or failed one', async () => {
    const { deps } = world();
    const told: Settings[] = [];
    deps.onSettings = (s) => void told.push(s);
    await handleBackgroundMessage(MESSAGES['set-settings'], senders.popup, deps);
    await handleBackgroundMessage(MESSAGES['set-site-mode'], senders.popup, deps);
    await handleBackgroundMessage(MESSAGES.reset, senders.optionsInTab, deps);
    expect(told.map((s) => [s.kinds.person, Object.keys(s.sites)])).toEqual([
      [false, []],
      [false, ['other.example.com']],
      [true, []],
    ]);
    told.length = 0;
    await handleBackgroundMessage(MESSAGES['set-settings'], senders.contentTop, deps);
    deps.settings!.save = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await handleBackgroundMessage(MESSAGES['set-settings'], senders.popup, deps);
    expect(told).toEqual([]);
  });
});

describe('a refused sender’s message is not read', () => {
  it('a content script’s oversized "pack" is refused for who sent it, not for its size or form', async () => {
    const { deps } = world();
    const huge = { type: 'import-pack', text: ' '.repeat(6 * 1024 * 1024), confirmed: 'not even an array' };
    expect(await handleBackgroundMessage(huge, senders.contentTop, deps)).toEqual({
      ok: false,
      error: 'refused: import-pack is accepted only from News Lens’s own pages (the popup and the options page)',
    });
    // from the options page the same message is read, and refused for its size
    expect(await handleBackgroundMessage(huge, senders.optionsInTab, deps)).toEqual({
      ok: false,
      error: 'The file is 6.0 MB; packs can be at most 5 MB.',
    });
  });
});
