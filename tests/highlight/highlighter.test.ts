// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createHighlighter, makeHighlightNames } from '../../entrypoints/annotator.content/highlighter';
import { buildTextModel } from '../../lib/article/text-model';
import type { Annotation, HighlightKind } from '../../lib/highlight/annotations';

/** The CSS Custom Highlight API, as far as the highlighter uses it (happy-dom has none). */
class FakeHighlight {
  ranges = new Set<Range>();
  constructor(...rs: Range[]) {
    for (const r of rs) this.ranges.add(r);
  }
  add(r: Range) {
    this.ranges.add(r);
  }
}
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  Object.assign(window, { Highlight: FakeHighlight, CSS: { highlights: registry } });
  document.body.innerHTML = '<article><p>Keir Starmer met Emmanuel Macron in Paris on Friday.</p></article>';
});

const ALL: ReadonlySet<HighlightKind> = new Set(['person', 'organization', 'place', 'quote', 'figure']);
const mention = (text: string, needle: string, kind: HighlightKind, actor: number): Annotation => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, kind, ref: { actor } };
};

describe('highlight names', () => {
  it('are made fresh for each page load: random, unrelated to the extension or the kind, valid CSS names', () => {
    const a = makeHighlightNames();
    const b = makeHighlightNames();
    const names = Object.values(a);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(n).toMatch(/^[a-z][a-z0-9]{8,}$/);
      expect(n).not.toMatch(/news|lens|person|organi[sz]ation|place|quote|unsure|figure|focus|flash/);
    }
    expect(names.some((n) => Object.values(b).includes(n))).toBe(false);
  });

  it('keep two instances apart: one cleared (an old instance torn down) leaves the other’s highlights', () => {
    const model = buildTextModel(document.body, () => true);
    const overlay = document.createElement('div');
    const anns = [mention(model.text, 'Keir Starmer', 'person', 0), mention(model.text, 'Paris', 'place', 1)];
    const older = createHighlighter(document, model, overlay, false, makeHighlightNames());
    const newerNames = makeHighlightNames();
    const newer = createHighlighter(document, model, overlay, false, newerNames);
    return (async () => {
      await older.paint(anns, ALL);
      await newer.paint(anns, ALL);
      expect(registry.size).toBe(4);
      older.clear();
      expect([...registry.keys()].sort()).toEqual([newerNames.person, newerNames.place].sort());
      expect([...registry.get(newerNames.person)!.ranges].map((r) => r.toString())).toEqual(['Keir Starmer']);
      newer.clear();
      expect(registry.size).toBe(0);
    })();
  });
});

describe('a quote whose speaker is not sure', () => {
  it('is drawn in a highlight of its own (dashed), apart from the dotted quotes', async () => {
    document.body.innerHTML = '<article><p>“We are ready,” Ann Lee said. “It is late.” Rain fell.</p></article>';
    const model = buildTextModel(document.body, () => true);
    const names = makeHighlightNames();
    const h = createHighlighter(document, model, document.createElement('div'), false, names);
    const at = (needle: string) => model.text.indexOf(needle);
    const sure: Annotation = { start: at('We'), end: at(',”'), kind: 'quote', ref: { claim: 0 } };
    const guess: Annotation = {
      start: at('It is'),
      end: at('.” Rain') + 1,
      kind: 'quote',
      ref: { claim: 1 },
      unsure: true,
    };
    await h.paint([sure, guess], ALL);
    expect([...registry.get(names.quote)!.ranges].map((r) => r.toString())).toEqual(['We are ready']);
    expect([...registry.get(names.unsure)!.ranges].map((r) => r.toString())).toEqual(['It is late.']);
    // both are quotes: switched off with the quotes
    await h.paint([sure, guess], new Set(['person']));
    expect(registry.has(names.quote)).toBe(false);
    expect(registry.has(names.unsure)).toBe(false);
    h.clear();
  });
});
