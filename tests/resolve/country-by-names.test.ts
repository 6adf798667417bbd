import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

/** actor:country-by-names, with the bundled knowledge (its people and places). */
const index = loadKnowledgeIndex();
const annotate = (text: string) => annotateText(text, index, { publishedAt: '2016-01-10' });
const idOf = (notes: ReturnType<typeof annotate>, text: string) =>
  notes.actors.find((a) => a.mentions.some((m) => m.text === text))?.id ?? null;

describe('a known person’s surname alone, in an article about their country', () => {
  it('is the person where the text names places or bodies of that country', () => {
    const notes = annotate('Sanders spoke to farmers in Iowa on Monday, and Biden laughed.');
    expect([idOf(notes, 'Sanders'), idOf(notes, 'Biden')]).toEqual(['bernie-sanders', 'joe-biden']);
  });

  it('is no one where nothing names the country, or after a preposition, or where the text writes the word in lower case', () => {
    expect(idOf(annotate('Sanders spoke to farmers in Eastfield on Monday.'), 'Sanders')).toBeNull();
    expect(idOf(annotate('She studied in Iowa and taught at Sanders for a year.'), 'Sanders')).toBeNull();
    expect(idOf(annotate('Farmers in Iowa may vote for Bush, and the bush fires spread.'), 'Bush')).toBeNull();
  });

  it('a chamber’s bare word is the US chamber only where the article is about the US', () => {
    const us = annotate('The House passed the bill on Monday, and the Senate will vote next week in Washington.');
    expect([idOf(us, 'House'), idOf(us, 'Senate')]).toEqual(['us-house', 'us-senate']);
    const au = annotate('The Senate passed the bill on Monday, Prime Minister Malcolm Turnbull said in Canberra.');
    expect(idOf(au, 'Senate')).toBeNull();
  });

  it('so is a chamber’s name that several countries give theirs (“House of Representatives”, “House of Commons”)', () => {
    const us = annotate('The House of Representatives passed the bill on Monday in Washington.');
    expect(idOf(us, 'House of Representatives')).toBe('us-house');
    const au = annotate(
      'The House of Representatives will debate the bill this week, the Australian Federal Police said in Canberra.',
    );
    expect(idOf(au, 'House of Representatives')).toBeNull();
    // (unknown, it is still a chamber: an organisation, not a place for its "in the")
    const chamber = au.actors.find((a) => a.mentions.some((m) => m.text === 'House of Representatives'));
    expect(chamber?.type).toBe('organization');
    const uk = annotate('MPs in the House of Commons voted on Monday, and the mood in London was grim.');
    expect(idOf(uk, 'House of Commons')).toBe('house-of-commons');
    const ca = annotate('MPs in the House of Commons voted on Monday in Ottawa, the Canadian capital.');
    expect(idOf(ca, 'House of Commons')).toBeNull();
  });
});

describe('a name several countries’ bodies share, after known names of one country (actor:co-actor-country)', () => {
  it('is that country’s body', () => {
    const au = annotate('Malcolm Turnbull met the ABC top brass on Monday.');
    expect(idOf(au, 'ABC')).toBe(au.actors.find((a) => a.name === 'Australian Broadcasting Corporation')?.id);
    expect(idOf(au, 'ABC')).not.toBeNull();
    const us = annotate('Joe Biden met the ABC top brass on Monday.');
    expect(idOf(us, 'ABC')).not.toBe(idOf(au, 'ABC'));
  });
});
