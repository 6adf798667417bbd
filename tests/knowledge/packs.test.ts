/**
 * Packs never silently change what the reader sees: what a pack replaces is listed before it is
 * installed and must be agreed to; two packs never share an id; dates in the future and files over
 * the size limit are refused with words a reader understands; cards mark what came from a pack.
 */
import { describe, expect, it } from 'vitest';
import {
  addPack,
  checkPack,
  MAX_PACK_BYTES,
  PackClash,
  packSizeProblem,
  packSources,
  previewPack,
  readableSize,
  readStoredPacks,
  utf8Bytes,
  type StoredPack,
} from '../../lib/knowledge/packs';
import { handleBackgroundMessage, type BackgroundDeps, type Sender } from '../../lib/background/handle-message';
import { TabNotes, type KeyValueStore } from '../../lib/background/tab-notes';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { KnowledgeFile, KnowledgePack } from '../../lib/knowledge/schema';
import { extractFindings } from '../../lib/engine/extract';
import type { AnnotatedPage, PackPreview } from '../../lib/messages';

const TODAY = '2026-06-01';
const self = { id: 'newslensid', origin: 'chrome-extension://newslensid' };
const options: Sender = { id: self.id, url: `${self.origin}/options.html`, origin: self.origin, tabId: 40, frameId: 0 };
const content: Sender = {
  id: self.id,
  url: 'https://news.example.co.uk/a',
  origin: 'https://news.example.co.uk',
  tabId: 7,
  frameId: 0,
};

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
      links: { wikipedia: 'https://en.wikipedia.org/wiki/Keir_Starmer' },
    },
  ],
  topics: [],
});
const bundled = buildKnowledgeIndex(knowledge);

/** The audit's pack: Keir Starmer's card rewritten with a phishing link, and "United Kingdom" replaced. */
const hostile = {
  name: 'My Pack',
  entities: [
    {
      id: 'keir-starmer',
      type: 'person',
      name: 'Keir Starmer',
      description: 'An invented description of the prime minister',
      country: 'country:gbr',
      roles: [{ title: 'Prime Minister', of: 'country:gbr', kind: 'head-of-government', from: '2024-07-05', to: null }],
      links: { official: 'https://login.wikipedia.org.phish.example/starmer' },
    },
    { id: 'country:gbr', type: 'country', name: 'Ruritania', description: 'A country that is not the UK' },
  ],
};
const local = {
  name: 'Local',
  entities: [{ id: 'jane-doe', type: 'person', name: 'Jane Doe', description: 'Leader of the council' }],
};

const parse = (p: unknown) => {
  const r = checkPack(JSON.stringify(p), { today: TODAY });
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.pack;
};

describe('dates in the future', () => {
  it('are refused wherever a pack holds them, with the path and a clear reason', () => {
    const future = {
      name: 'Future',
      knowledgeDate: '9999-12-31',
      entities: [
        {
          ...local.entities[0],
          roles: [{ title: 'Mayor', of: 'jane-doe', kind: 'other', from: '2020-01-01', to: '2030-01-01' }],
          facts: [{ text: 'Will be mayor.', asOf: '2027-01-01', source: 'https://en.wikipedia.org/wiki/Mayor' }],
        },
      ],
    };
    expect(checkPack(JSON.stringify(future), { today: TODAY })).toEqual({
      ok: false,
      problems: [
        'knowledgeDate: 9999-12-31 is after today (2026-06-01); a pack cannot hold dates in the future',
        'entities[0].roles[0].to: 2030-01-01 is after today (2026-06-01); a pack cannot hold dates in the future',
        'entities[0].facts[0].asOf: 2027-01-01 is after today (2026-06-01); a pack cannot hold dates in the future',
      ],
    });
  });
  it('accept today and the past, and refuse days that are on no calendar', () => {
    expect(checkPack(JSON.stringify({ ...local, knowledgeDate: TODAY }), { today: TODAY }).ok).toBe(true);
    expect(checkPack(JSON.stringify({ ...local, knowledgeDate: '2025-02-30' }), { today: TODAY })).toEqual({
      ok: false,
      problems: ['knowledgeDate: 2025-02-30 is not a date on the calendar'],
    });
  });
  it('set a stored pack aside when it holds them (stored before they were refused)', () => {
    const future: StoredPack = {
      id: 'future',
      importedAt: '2026-01-01T00:00:00Z',
      pack: KnowledgePack.parse({ ...local, name: 'Future', knowledgeDate: '9999-12-31' }),
    };
    const fine: StoredPack = { id: 'local', importedAt: '2026-01-01T00:00:00Z', pack: parse(local) };
    expect(readStoredPacks([future, fine], TODAY)).toEqual({ packs: [fine], dropped: 1 });
  });
});

describe('size', () => {
  it('a 50 MB pack is refused with its size and the limit, in words', () => {
    const text = 'x'.repeat(50 * 1024 * 1024);
    expect(checkPack(text)).toEqual({ ok: false, problems: ['The file is 50.0 MB; packs can be at most 5 MB.'] });
    expect(packSizeProblem(MAX_PACK_BYTES)).toBeNull();
    expect(packSizeProblem(MAX_PACK_BYTES + 1)).toBe('The file is 5.0 MB; packs can be at most 5 MB.');
  });
  it('counts the file’s bytes, as on disk', () => {
    expect(utf8Bytes('aé€😀')).toBe(new TextEncoder().encode('aé€😀').length);
    expect(readableSize(812 * 1024)).toBe('812 kB');
  });
  it('the background answers an oversized pack with the same words, not a schema error', async () => {
    const { deps } = world();
    for (const mb of [50, 70]) {
      const text = ' '.repeat(mb * 1024 * 1024);
      for (const type of ['preview-pack', 'import-pack'])
        expect(await handleBackgroundMessage({ type, text }, options, deps)).toEqual({
          ok: false,
          error: `The file is ${mb}.0 MB; packs can be at most 5 MB.`,
        });
    }
  });
});

describe('two packs never share an id', () => {
  it('adding a pack whose id is taken throws, and changes nothing', () => {
    const list = addPack([], parse({ ...local, name: 'My Pack!' }), new Date());
    expect(() => addPack(list, parse({ ...local, name: 'my-pack' }), new Date())).toThrow(PackClash);
    expect(list.map((p) => p.pack.name)).toEqual(['My Pack!']);
  });
  it('replaces it only when asked to replace that pack', () => {
    const list = addPack([], parse({ ...local, name: 'My Pack!' }), new Date());
    expect(() => addPack(list, parse({ ...local, name: 'my-pack' }), new Date(), { replace: 'other' })).toThrow(
      PackClash,
    );
    expect(
      addPack(list, parse({ ...local, name: 'my-pack' }), new Date(), { replace: 'my-pack' }).map((p) => p.pack.name),
    ).toEqual(['my-pack']);
  });
  it('the background refuses a clash unless the reader chose to replace, and says which pack', async () => {
    const { deps, state } = world();
    expect(
      await handleBackgroundMessage(
        { type: 'import-pack', text: JSON.stringify({ ...local, name: 'My Pack!' }) },
        options,
        deps,
      ),
    ).toMatchObject({ ok: true });
    const preview = await handleBackgroundMessage(
      { type: 'preview-pack', text: JSON.stringify({ ...local, name: 'my-pack' }) },
      options,
      deps,
    );
    expect(preview).toMatchObject({ ok: true, value: { id: 'my-pack', clash: { id: 'my-pack', name: 'My Pack!' } } });
    const refused = await handleBackgroundMessage(
      { type: 'import-pack', text: JSON.stringify({ ...local, name: 'my-pack' }) },
      options,
      deps,
    );
    expect(refused).toEqual({
      ok: false,
      error:
        'The pack was not installed. A pack with the same id is already installed: “My Pack!” (my-pack). Replace it, or rename the new pack (its "name") and import it again. Nothing was changed.',
    });
    expect(state.packs.map((p) => p.pack.name)).toEqual(['My Pack!']);
    const replaced = await handleBackgroundMessage(
      { type: 'import-pack', text: JSON.stringify({ ...local, name: 'my-pack' }), replace: 'my-pack' },
      options,
      deps,
    );
    expect(replaced).toMatchObject({ ok: true });
    expect(state.packs.map((p) => p.pack.name)).toEqual(['my-pack']);
  });
});

describe('what a pack replaces is shown first, and must be agreed to', () => {
  it('the preview names the built-in entries it replaces by their built-in names', () => {
    const p = previewPack([], parse(hostile), bundled);
    expect(p).toEqual<PackPreview>({
      id: 'my-pack',
      name: 'My Pack',
      entities: 2,
      topics: 0,
      clash: null,
      replacesBuiltIn: [
        { id: 'keir-starmer', name: 'Keir Starmer' },
        { id: 'country:gbr', name: 'United Kingdom' },
      ],
      replacesPacks: [],
      sharesNames: [],
    });
  });
  it('names entries of other installed packs it replaces, and new entries that take built-in names', () => {
    const installed = addPack(
      [],
      parse({
        name: 'Other',
        entities: [{ id: 'jane-doe', type: 'person', name: 'Jane Doe', description: 'A councillor' }],
      }),
      new Date(),
    );
    const p = previewPack(
      installed,
      parse({
        name: 'Mine',
        entities: [
          { id: 'jane-doe', type: 'person', name: 'Jane Doe', description: 'Leader of the council' },
          {
            id: 'k-starmer-2',
            type: 'person',
            name: 'K. Starmer',
            aliases: ['Keir Starmer'],
            description: 'Someone else',
          },
        ],
      }),
      bundled,
    );
    expect(p.replacesPacks).toEqual([{ id: 'jane-doe', name: 'Jane Doe', pack: 'Other' }]);
    expect(p.sharesNames).toEqual([{ id: 'keir-starmer', name: 'Keir Starmer', as: 'Keir Starmer' }]);
  });
  it('the background installs a pack that replaces entries only with those entries confirmed', async () => {
    const { deps, state } = world();
    const text = JSON.stringify(hostile);
    const refused = await handleBackgroundMessage({ type: 'import-pack', text }, options, deps);
    expect(refused).toEqual({
      ok: false,
      error:
        'The pack was not installed: it changes 2 entries you have not agreed to (Keir Starmer, United Kingdom). Nothing was changed.',
    });
    const partly = await handleBackgroundMessage(
      { type: 'import-pack', text, confirmed: ['keir-starmer'] },
      options,
      deps,
    );
    expect(partly.ok).toBe(false);
    expect(state.packs).toEqual([]);
    const r = await handleBackgroundMessage(
      { type: 'import-pack', text, confirmed: ['keir-starmer', 'country:gbr'] },
      options,
      deps,
    );
    expect(r).toMatchObject({ ok: true, value: { packs: [{ id: 'my-pack', name: 'My Pack', entities: 2 }] } });
  });
  it('a pack that only adds goes in without questions', async () => {
    const { deps } = world();
    expect(
      await handleBackgroundMessage({ type: 'import-pack', text: JSON.stringify(local) }, options, deps),
    ).toMatchObject({ ok: true });
  });
});

describe('cards mark what came from a pack', () => {
  it('packSources gives each pack entry its pack, and whether it replaces a built-in one', () => {
    const list = addPack(addPack([], parse(local), new Date()), parse(hostile), new Date());
    const s = packSources(list, { hasEntity: (id) => !!bundled.entity(id), hasTopic: () => false });
    expect(s.entities.get('keir-starmer')).toEqual({ pack: 'My Pack', replaces: true });
    expect(s.entities.get('jane-doe')).toEqual({ pack: 'Local', replaces: false });
    expect(s.entities.has('nobody')).toBe(false);
  });
  it('the notes’ cards carry the marks, and the packs that named their lines', async () => {
    const { deps } = world();
    const list = addPack([], parse(hostile), new Date());
    deps.index = async () =>
      buildKnowledgeIndex(
        knowledge,
        list.map((p) => p.pack),
      );
    deps.sources = async () => packSources(list, { hasEntity: (id) => !!bundled.entity(id), hasTopic: () => false });
    const text = 'Keir Starmer said the UK was ready.';
    const meta = {
      url: 'https://news.example.co.uk/a',
      title: 'T',
      publishedAt: '2025-03-17',
      site: 'news.example.co.uk',
    };
    const r = await handleBackgroundMessage(
      { type: 'page-findings', meta, text, findings: extractFindings(text) },
      content,
      deps,
    );
    if (!r.ok) throw new Error(r.error);
    const card = (r.value as AnnotatedPage).entities['keir-starmer'];
    expect(card.pack).toEqual({ pack: 'My Pack', replaces: true });
    expect(card.namesFrom).toEqual(['My Pack']);
    expect(card.links).toEqual([{ label: 'Official site', url: 'https://login.wikipedia.org.phish.example/starmer' }]);
  });
  it('bundled cards carry no mark', async () => {
    const { deps } = world();
    deps.sources = async () => packSources([], { hasEntity: () => true, hasTopic: () => true });
    const text = 'Keir Starmer said the UK was ready.';
    const meta = {
      url: 'https://news.example.co.uk/a',
      title: 'T',
      publishedAt: '2025-03-17',
      site: 'news.example.co.uk',
    };
    const r = await handleBackgroundMessage(
      { type: 'page-findings', meta, text, findings: extractFindings(text) },
      content,
      deps,
    );
    if (!r.ok) throw new Error(r.error);
    expect((r.value as AnnotatedPage).entities['keir-starmer'].pack ?? null).toBeNull();
  });
});

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    get: async (k) => data.get(k),
    set: async (k, v) => void data.set(k, v),
    remove: async (k) => void data.delete(k),
  };
}

function world() {
  const state = { packs: [] as StoredPack[] };
  const deps: BackgroundDeps = {
    self,
    index: async () =>
      buildKnowledgeIndex(
        knowledge,
        state.packs.map((p) => p.pack),
      ),
    bundled: async () => bundled,
    notes: new TabNotes(memoryStore()),
    packs: { load: async () => ({ packs: state.packs, dropped: 0 }), save: async (l) => void (state.packs = l) },
    now: () => new Date(`${TODAY}T12:00:00Z`),
  };
  return { deps, state };
}
