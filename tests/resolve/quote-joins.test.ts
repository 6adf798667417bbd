import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// Quotations in pieces that are one claim, and the words someone used. Made-up sentences.
const quotes = (text: string) =>
  annotate(text)
    .notes.claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote')
    .map((c) => ({ text: c.text, speaker: c.speaker?.name ?? null }));

describe('one sentence interrupted by its cue (quote:joined-around-cue)', () => {
  it('“…,” Ann Lee said, “because …”: one claim over both pieces, the cue between them', () => {
    expect(quotes('“The gates will hold,” Mia Holt said on Monday, “because the river is low.”')).toEqual([
      { text: 'The gates will hold,” Mia Holt said on Monday, “because the river is low', speaker: 'Mia Holt' },
    ]);
  });

  it("two apostrophes for the marks: ''…,'' Ms. Holt said, ''but …''", () => {
    const q = quotes("''The gates will hold,'' Mia Holt said, ''but the road will not.''");
    expect(q).toHaveLength(1);
    expect(q[0].text).toMatch(/^The gates will hold,'' Mia Holt said, ''but the road will not$/);
  });

  it('counter-example: two whole sentences around the cue stay two claims', () => {
    expect(quotes('“The gates will hold,” Mia Holt said. “The river is low.”').map((q) => q.text)).toEqual([
      'The gates will hold',
      'The river is low.',
    ]);
  });

  it('counter-example: a long clause between the pieces is the reporter’s own sentence', () => {
    const text =
      '“The gates will hold,” said Mia Holt, the harbor master of the port of Dunmore for the last eleven years, “because the river is low.”';
    expect(quotes(text)).toHaveLength(2);
  });
});

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
