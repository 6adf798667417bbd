import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// “…,” Name said, “…”: a quotation cut by its cue and taken up again after it is one quote, with the
// first part's cue and speaker (cue:continues-quote), not a phrase of its own attributed by the comma
// before it. Made-up sentences.
afterEach(() => setOff([]));

const BEFORE = 'Tomas Berg opened the harbor on Monday.\n';

const claimOf = (text: string, words: string) => {
  const { notes } = annotate(text);
  return notes.claims.find((c) => c.text.includes(words));
};

describe('a quotation taken up again after its cue', () => {
  it('“…,” Mia Holt said, “because …”: a quote, her cue, the rule that says it continues', () => {
    const c = claimOf(
      `${BEFORE}“The key was the timing,” Mia Holt said, “because we had the money and the votes.”`,
      'because we had',
    );
    expect(c?.kind).toBe('quote');
    expect(c?.speaker?.name).toBe('Mia Holt');
    expect(c?.cue).toBe('said');
    expect(c?.why).toContain('cue:continues-quote');
  });

  it('verb first and a time after it: “…,” said Mia Holt on Monday, “and …”', () => {
    const c = claimOf(`${BEFORE}“We were ready,” said Mia Holt on Monday, “and nobody else was.”`, 'nobody else');
    expect(c?.kind).toBe('quote');
    expect(c?.speaker?.name).toBe('Mia Holt');
    expect(c?.why).toContain('cue:continues-quote');
  });

  it('straight marks: "…," Mia Holt said, "…"', () => {
    const c = claimOf(`${BEFORE}"We were ready," Mia Holt said, "and nobody else was."`, 'nobody else');
    expect(c?.speaker?.name).toBe('Mia Holt');
    expect(c?.why).toContain('cue:continues-quote');
  });

  it('counter-example: a clause of its own after the cue ("adding that") is no continuation', () => {
    const c = claimOf(
      `${BEFORE}“We were ready,” Mia Holt said, adding that “nobody else was ready for the flood.”`,
      'nobody else',
    );
    expect(c?.why ?? []).not.toContain('cue:continues-quote');
  });

  it('counter-example: a first part that ends its sentence is no cut quote', () => {
    const c = claimOf(`${BEFORE}“We were ready.” Mia Holt said, “Nobody else was.”`, 'Nobody else');
    expect(c?.why ?? []).not.toContain('cue:continues-quote');
  });

  it('switched off: the comma before the mark gives the cue again', () => {
    setOff(['cue:continues-quote']);
    const c = claimOf(
      `${BEFORE}“The key was the timing,” Mia Holt said, “because we had the money and the votes.”`,
      'because we had',
    );
    expect(c?.why ?? []).not.toContain('cue:continues-quote');
    expect(c?.speaker?.name).toBe('Mia Holt');
  });
});
