import { describe, expect, it } from 'vitest';
import {
  buildAnnotations,
  hitTest,
  readingOrder,
  annotationAt,
  isFigureClaim,
  shownAnnotations,
  HIGHLIGHT_KINDS,
} from '../../lib/highlight/annotations';
import { countWords, highlightDensity } from '../../lib/highlight/density';
import { DEFAULT_SETTINGS, shownHighlights } from '../../lib/settings';
import type { PageNotes } from '../../lib/notes';
import { parseRgb, luminance } from '../../lib/highlight/theme';
import { sampleNotes } from '../notes-fixture';
import { isUnsure } from '../../lib/sureness';

describe('buildAnnotations', () => {
  const notes = sampleNotes();
  const layers = buildAnnotations(notes);

  it('puts mentions and figures inline, direct and partial quotes in their own layer, reported speech nowhere', () => {
    expect(layers.inline.map((a) => a.kind)).toEqual(['person', 'person', 'organization', 'figure']);
    expect(layers.quotes.map((a) => a.kind)).toEqual(['quote', 'quote']);
  });

  it('marks the quotes a predicate calls not sure (the reader passes isUnsure), and none without one', () => {
    const n = sampleNotes();
    n.claims[1].confidence = 0.45;
    const marked = buildAnnotations(n, isUnsure).quotes;
    expect(marked.map((q) => q.unsure ?? false)).toEqual([false, true]);
    expect(layers.quotes.some((q) => q.unsure)).toBe(false);
  });

  it('finds the innermost annotation at an offset', () => {
    const putin = notes.actors[1].mentions[0];
    expect(hitTest(layers, putin.start)?.ref).toEqual({ actor: 1 });
    expect(hitTest(layers, putin.end)?.ref).not.toEqual({ actor: 1 });
    const q = notes.claims[0];
    expect(hitTest(layers, q.start + 2)?.ref).toEqual({ claim: 0 });
    expect(hitTest(layers, 0)?.ref).toEqual({ actor: 0 });
  });

  it('drops overlapping intervals so each layer stays searchable', () => {
    const n = sampleNotes();
    n.actors.push({
      id: null,
      name: 'Keir',
      type: 'person',
      known: false,
      description: null,
      mentions: [{ text: 'Keir', start: 0, end: 4 }],
    });
    const l = buildAnnotations(n);
    expect(l.inline.filter((a) => a.start === 0)).toHaveLength(1);
    expect(annotationAt(l.inline, 2)?.end).toBe(12);
  });

  it('orders all annotations for keyboard stepping', () => {
    const order = readingOrder(layers);
    for (let i = 1; i < order.length; i++) expect(order[i].start).toBeGreaterThanOrEqual(order[i - 1].start);
  });
});

describe('quiet by default', () => {
  const text = 'Ukraine said 30 countries agreed in 2014. Ukraine and Kyiv were calm; Kyiv since 2014.';
  const span = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { text: s, start, end: start + s.length };
  };
  const notes: PageNotes = {
    url: null,
    title: null,
    publishedAt: null,
    actors: [
      {
        id: 'ukraine',
        name: 'Ukraine',
        type: 'country',
        known: true,
        description: null,
        mentions: [span('Ukraine', 10), span('Ukraine')],
      },
      {
        id: 'kyiv',
        name: 'Kyiv',
        type: 'place',
        known: true,
        description: null,
        mentions: [span('Kyiv'), span('Kyiv', 60)],
      },
    ],
    claims: [
      { kind: 'numeric', ...span('30 countries'), speaker: null, cue: null, context: [] },
      { kind: 'numeric', ...span('in 2014'), speaker: null, cue: null, context: [] },
      { kind: 'numeric', ...span('since 2014'), speaker: null, cue: null, context: [] },
    ],
  };
  const order = readingOrder(buildAnnotations(notes));
  const texts = (as: typeof order) => as.map((a) => text.slice(a.start, a.end));

  it('paints each country and place where it is first named, and figures only where they count something', () => {
    const shown = shownHighlights(order, DEFAULT_SETTINGS);
    expect(texts(shown)).toEqual(['Ukraine', '30 countries', 'Kyiv']);
    expect(shown[0].start).toBe(0);
  });

  it('paints the rest when the options ask for it', () => {
    expect(
      texts(shownHighlights(order, { ...DEFAULT_SETTINGS, more: { everyPlaceMention: true, allFigures: false } })),
    ).toEqual(['Ukraine', '30 countries', 'Ukraine', 'Kyiv', 'Kyiv']);
    expect(
      shownAnnotations(order, new Set(HIGHLIGHT_KINDS), { everyPlaceMention: true, allFigures: true }),
    ).toHaveLength(order.length);
    expect(
      shownAnnotations(order, new Set(['figure']), { everyPlaceMention: true, allFigures: false }).map((a) => a.kind),
    ).toEqual(['figure']);
  });

  it('tells a figure that counts something from a bare number or year', () => {
    for (const t of [
      'more than 30 countries',
      '30-day ceasefire',
      '26 other nations',
      '$4.8 billion',
      '£2.3m plan',
      '12%',
      'about 10 percent',
      '2.5 metric tons',
      '18 months',
    ])
      expect(isFigureClaim(t), t).toBe(true);
    for (const t of ['since 2014', 'in 2009', 'less than 100', '2014', 'in 2023 and'])
      expect(isFigureClaim(t), t).toBe(false);
  });

  it('measures highlights per 1,000 words', () => {
    expect(countWords('Keir Starmer said 30.5% of U.K. voters’ views')).toBe(8);
    const d = highlightDensity(notes, 500, { everyPlaceMention: false, allFigures: false });
    expect(d).toMatchObject({ highlights: 3, per1000: 6, byKind: { place: 2, figure: 1 } });
  });
});

describe('theme', () => {
  it('reads colours and tells dark from light', () => {
    expect(parseRgb('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance(parseRgb('rgb(255, 255, 255)')!)).toBeCloseTo(1);
    expect(luminance(parseRgb('rgb(18, 18, 18)')!)).toBeLessThan(0.2);
  });
});
