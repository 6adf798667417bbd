import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// The seed article's paragraphs, read plainly (the article finder is tested on its own).
function seedText(): string {
  const { document } = parseHTML(readFileSync(join(__dirname, '../fixtures/seed-article.html'), 'utf8'));
  const parts = [
    document.querySelector('h1')?.textContent ?? '',
    document.querySelector('.standfirst')?.textContent ?? '',
  ];
  const body = document.querySelector('[itemprop=articleBody]') ?? document.body;
  for (const p of body.querySelectorAll('p, figcaption')) parts.push(p.textContent ?? '');
  return parts
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

describe('the seed article, with a tiny knowledge file', () => {
  const { notes, said, forms } = annotate(seedText());

  it('attributes every quote', () => {
    const quotes = notes.claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote');
    expect(quotes.length).toBe(15);
    expect(quotes.every((q) => q.speaker)).toBe(true);
    expect(said('So we’re getting ahead')).toBe('Prime Minister’s official spokesperson');
    expect(said('We’re expecting more than 30 countries')).toBe('Prime Minister’s official spokesperson');
    expect(said('The PM has said')).toBe('Prime Minister’s official spokesperson');
    expect(said('We will see if we have something')).toBe('Donald Trump');
    expect(said('We will be talking about land')).toBe('Donald Trump');
    expect(said('does not seem to be sincerely')).toBe('Emmanuel Macron');
    expect(said('constructive effort')).toBe('Steve Witkoff');
    expect(said('new commitments')).toBe('Keir Starmer');
  });

  it('keeps the name in single quotes out of the quotes and makes it an actor', () => {
    expect(notes.claims.some((c) => c.kind !== 'numeric' && c.text === 'coalition of the willing')).toBe(false);
    expect(notes.actors.find((a) => a.id === 'coalition-of-the-willing-ukraine')?.mentions.length).toBe(4);
  });

  it('groups the forms of each person', () => {
    expect(forms('Keir Starmer')).toEqual(
      expect.arrayContaining(['Sir Keir Starmer', 'Keir Starmer', 'the Prime Minister', 'The PM']),
    );
    expect(forms('Vladimir Putin')).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Putin', 'President Putin', 'the Russian leader']),
    );
    expect(forms('Donald Trump')).toEqual(expect.arrayContaining(['President Donald Trump', 'Trump', 'the President']));
    expect(forms('Steve Witkoff')).toEqual(['Steve Witkoff', 'Mr Witkoff']);
  });

  it('finds the figures', () => {
    const numbers = notes.claims.filter((c) => c.kind === 'numeric').map((c) => c.text);
    expect(numbers).toEqual(
      expect.arrayContaining(['more than 30 countries', '30-day ceasefire', '26 other nations', 'since 2014']),
    );
  });
});
