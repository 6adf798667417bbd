import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/highlight/annotations';
import { nextStop, type StepBy } from '../../lib/highlight/stepping';

// Reading order: Ann(0) org quote Bob(1) Ann(0) quote figure Cy(2) quote
const person = (actor: number, start: number): Annotation => ({
  start,
  end: start + 3,
  kind: 'person',
  ref: { actor },
});
const quote = (claim: number, start: number): Annotation => ({ start, end: start + 5, kind: 'quote', ref: { claim } });
const order: Annotation[] = [
  person(0, 0),
  { start: 10, end: 14, kind: 'organization', ref: { actor: 9 } },
  quote(0, 20),
  person(1, 30),
  person(0, 40),
  quote(1, 50),
  { start: 60, end: 62, kind: 'figure', ref: { claim: 5 } },
  person(2, 70),
  quote(2, 80),
];
const all = new Set(order);

/** The indexes visited by `steps` steps from nowhere. */
function walk(by: StepBy, delta: 1 | -1, steps: number, shown: ReadonlySet<Annotation> = all, from = -1): number[] {
  const out: number[] = [];
  for (let i = 0; i < steps; i++) out.push((from = nextStop(order, shown, from, delta, by)));
  return out;
}

describe('stepping with the keyboard', () => {
  it('through every highlight, wrapping around', () => {
    expect(walk('any', 1, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 0]);
    expect(walk('any', -1, 3)).toEqual([8, 7, 6]);
  });

  it('from quote to quote, skipping everything else', () => {
    expect(walk('quote', 1, 4)).toEqual([2, 5, 8, 2]);
    expect(walk('quote', -1, 3)).toEqual([8, 5, 2]);
    // from a name between two quotes
    expect(nextStop(order, all, 3, 1, 'quote')).toBe(5);
    expect(nextStop(order, all, 3, -1, 'quote')).toBe(2);
  });

  it('from person to person, each person once where the page first names them', () => {
    expect(walk('person', 1, 4)).toEqual([0, 3, 7, 0]);
    expect(walk('person', -1, 3)).toEqual([7, 3, 0]);
    // on Ann's second mention: the next person is Bob's after Ann, the one before is Cy (wrapping)
    expect(nextStop(order, all, 4, 1, 'person')).toBe(3);
    expect(nextStop(order, all, 4, -1, 'person')).toBe(7);
    // from a quote: the first person named after it, or the last one before it
    expect(nextStop(order, all, 5, 1, 'person')).toBe(7);
    expect(nextStop(order, all, 5, -1, 'person')).toBe(3);
  });

  it('only through what is shown, and nowhere when nothing of the kind is', () => {
    const noPeople = new Set(order.filter((a) => a.kind !== 'person'));
    expect(nextStop(order, noPeople, -1, 1, 'person')).toBe(-1);
    expect(walk('any', 1, 3, noPeople)).toEqual([1, 2, 5]);
    expect(nextStop([], all, -1, 1, 'any')).toBe(-1);
  });
});
