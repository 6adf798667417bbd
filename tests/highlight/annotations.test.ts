import { describe, expect, it } from 'vitest';
import { buildAnnotations, hitTest, readingOrder, annotationAt } from '../../lib/highlight/annotations';
import { parseRgb, luminance } from '../../lib/highlight/theme';
import { sampleNotes } from '../notes-fixture';

describe('buildAnnotations', () => {
  const notes = sampleNotes();
  const layers = buildAnnotations(notes);

  it('puts mentions and figures inline, direct and partial quotes in their own layer, reported speech nowhere', () => {
    expect(layers.inline.map((a) => a.kind)).toEqual(['person', 'person', 'organization', 'figure']);
    expect(layers.quotes.map((a) => a.kind)).toEqual(['quote', 'quote']);
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
    n.actors.push({ id: null, name: 'Keir', type: 'person', known: false, description: null, mentions: [{ text: 'Keir', start: 0, end: 4 }] });
    const l = buildAnnotations(n);
    expect(l.inline.filter((a) => a.start === 0)).toHaveLength(1);
    expect(annotationAt(l.inline, 2)?.end).toBe(12);
  });

  it('orders all annotations for keyboard stepping', () => {
    const order = readingOrder(layers);
    for (let i = 1; i < order.length; i++) expect(order[i].start).toBeGreaterThanOrEqual(order[i - 1].start);
  });
});

describe('theme', () => {
  it('reads colours and tells dark from light', () => {
    expect(parseRgb('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance(parseRgb('rgb(255, 255, 255)')!)).toBeCloseTo(1);
    expect(luminance(parseRgb('rgb(18, 18, 18)')!)).toBeLessThan(0.2);
  });
});
