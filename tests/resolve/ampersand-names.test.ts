import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/** The actors' names and types. */
function actors(text: string) {
  return annotate(text).notes.actors.map((a) => `${a.name} (${a.type})`);
}

describe('names of capitals joined by "&"', () => {
  it('a firm written "KL&M" is one name, not "KL" or "M"', () => {
    expect(actors('Staff at KL&M said on Monday that the plant would close.')).toEqual(['KL&M (organization)']);
  });

  it('common abbreviations with "&" ("Q&A", "R&D", "M&A") are no actors', () => {
    expect(actors('In a Q&A on Monday, the firm said its R&D budget and M&A plans were safe.')).toEqual([]);
  });
});
