import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, shouldAnnotate, enabledKinds } from '../lib/settings';
import { checkPack, addPack, readStoredPacks } from '../lib/knowledge/packs';

describe('settings', () => {
  it('uses the defaults when nothing is stored', () => {
    expect(loadSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  });
  it('migrates an unversioned value', () => {
    const { settings, problem } = loadSettings({
      hoverDelayMs: 800,
      kinds: { ...DEFAULT_SETTINGS.kinds, figure: false },
    });
    expect(problem).toBeNull();
    expect(settings).toMatchObject({
      version: 2,
      hoverDelayMs: 800,
      sites: {},
      more: { everyPlaceMention: false, allFigures: false },
    });
    expect(enabledKinds(settings).has('figure')).toBe(false);
  });
  it('keeps version-1 settings, with the quiet default for what it did not have', () => {
    const v1 = {
      version: 1,
      kinds: { ...DEFAULT_SETTINGS.kinds, place: false },
      hoverDelayMs: 250,
      sites: { 'news.example': 'always' },
    };
    const { settings, problem } = loadSettings(v1);
    expect(problem).toBeNull();
    expect(settings).toEqual({ ...v1, version: 2, more: { everyPlaceMention: false, allFigures: false } });
  });
  it('is quiet by default: first mentions of places, figures that are claims', () => {
    expect(DEFAULT_SETTINGS.more).toEqual({ everyPlaceMention: false, allFigures: false });
    const stored = { ...DEFAULT_SETTINGS, more: { everyPlaceMention: true, allFigures: false } };
    expect(loadSettings(stored).settings.more.everyPlaceMention).toBe(true);
    expect(loadSettings({ ...DEFAULT_SETTINGS, more: { everyPlaceMention: 'yes' } }).problem).toMatch(/more/);
  });
  it('falls back to the defaults on a corrupt value and says why', () => {
    const { settings, problem } = loadSettings({ version: 1, kinds: 'all', hoverDelayMs: -5, sites: {} });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problem).toMatch(/kinds/);
  });
  it('follows per-site choices over the default list', () => {
    const s = { ...DEFAULT_SETTINGS, sites: { 'news.example': 'always' as const, 'www.bbc.co.uk': 'never' as const } };
    expect(shouldAnnotate(s, 'news.example', false)).toBe(true);
    expect(shouldAnnotate(s, 'www.bbc.co.uk', true)).toBe(false);
    expect(shouldAnnotate(s, 'other.example', true)).toBe(true);
    expect(shouldAnnotate(s, 'other.example', false)).toBe(false);
  });
});

describe('knowledge packs', () => {
  const good = {
    name: 'My local council',
    entities: [{ id: 'jane-doe', type: 'person', name: 'Jane Doe', description: 'Leader of the council' }],
  };
  it('accepts a valid pack', () => {
    const r = checkPack(JSON.stringify(good));
    expect(r.ok).toBe(true);
  });
  it('refuses an invalid pack, naming the path and reason of the first problems', () => {
    const bad = {
      name: 'Bad',
      entities: [
        {
          ...good.entities[0],
          roles: [{ title: 'Leader', of: 'council', kind: 'other', from: 'last year', to: null }],
        },
      ],
    };
    const r = checkPack(JSON.stringify(bad));
    expect(r).toEqual({ ok: false, problems: ['entities[0].roles[0].from: expected a date (YYYY-MM-DD)'] });
    expect(checkPack('{nope')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^not JSON/)] });
    expect(checkPack(JSON.stringify({ name: 'Empty' }))).toMatchObject({ ok: false });
    expect(checkPack(JSON.stringify({ name: 'Dup', entities: [good.entities[0], good.entities[0]] }))).toMatchObject({
      ok: false,
      problems: ['entities[1].id: duplicate id "jane-doe"'],
    });
  });
  it('replaces a pack of the same name when asked to, and keeps the others', () => {
    const r = checkPack(JSON.stringify(good));
    if (!r.ok) throw new Error('invalid');
    const now = new Date('2026-01-01T00:00:00Z');
    let list = addPack([], r.pack, now);
    list = addPack(list, { ...r.pack, name: 'Other' }, now);
    // (a replace never happens unasked: see tests/knowledge/packs.test.ts)
    list = addPack(list, r.pack, now, { replace: 'my-local-council' });
    expect(list.map((p) => p.id)).toEqual(['other', 'my-local-council']);
  });
  it('drops stored packs that no longer validate, keeping the rest', () => {
    const r = checkPack(JSON.stringify(good));
    if (!r.ok) throw new Error('invalid');
    const list = addPack([], r.pack, new Date());
    expect(readStoredPacks([...list, { id: 'x' }])).toMatchObject({ dropped: 1, packs: list });
  });
});
