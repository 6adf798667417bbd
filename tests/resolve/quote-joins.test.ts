import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// Quoted phrases in a row that are one claim, and the words someone used. Made-up sentences.
const quotes = (text: string) =>
  annotate(text)
    .notes.claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote')
    .map((c) => ({ text: c.text, speaker: c.speaker?.name ?? null }));

describe('phrases quoted in a row (quote:joined-list)', () => {
  it('called the plan “…,” “…” and “…”: one claim from the first phrase to the last', () => {
    expect(quotes('Mia Holt called the plan “reckless,” “rushed” and “a waste of money.”')).toEqual([
      { text: 'reckless,” “rushed” and “a waste of money', speaker: 'Mia Holt' },
    ]);
  });

  it('counter-example: phrases in two sentences, two speakers, stay apart', () => {
    const q = quotes('Mia Holt called the plan “reckless.” Tomas Berg said it was “a waste of money.”');
    expect(q.map((x) => x.speaker)).toEqual(['Mia Holt', 'Tomas Berg']);
  });
});

describe('words someone used (quote:words-used)', () => {
  it('used the phrase “…”: a partial quote, however short', () => {
    expect(quotes('Mia Holt has often used the phrase “river of mud” about the plan.')).toEqual([
      { text: 'river of mud', speaker: 'Mia Holt' },
    ]);
  });

  it('counter-example: so-called, known as and titled stay terms and names', () => {
    expect(quotes('Mia Holt criticised the so-called “river of mud” plan.')).toEqual([]);
    expect(quotes('Mia Holt wrote a report titled “Harbor Days.”')).toEqual([]);
  });
});
