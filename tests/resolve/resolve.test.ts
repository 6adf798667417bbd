import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

describe('actors', () => {
  it('groups a person’s names, titles and role phrases', () => {
    const { forms, actor } = annotate(
      'Sir Keir Starmer met allies. Starmer said little. Later the Prime Minister flew home. The PM was tired.',
    );
    expect(forms('Keir Starmer')).toEqual(['Sir Keir Starmer', 'Starmer', 'the Prime Minister', 'The PM']);
    expect(actor('Keir Starmer')).toMatchObject({ id: 'keir-starmer', known: true, type: 'person' });
  });

  it('resolves roles by the article date', () => {
    const { actor } = annotate('The Prime Minister said nothing.', { publishedAt: '2023-05-01' });
    expect(actor('Rishi Sunak')?.mentions.map((m) => m.text)).toEqual(['The Prime Minister']);
  });

  it('joins "Mr Witkoff" to "Steve Witkoff" even when unknown', () => {
    const { forms, actor } = annotate('US envoy Steve Witkoff arrived. Later, Mr Witkoff left.');
    expect(forms('Steve Witkoff')).toEqual(['Steve Witkoff', 'Mr Witkoff']);
    expect(actor('Steve Witkoff')).toMatchObject({ known: false, id: null });
    expect(forms('United States')).toEqual(['US']);
  });

  it('demonyms point at countries; "the Russian leader" at Russia’s leader', () => {
    const { forms } = annotate('British troops may go. Vladimir Putin refused, and the Russian leader will not budge.');
    expect(forms('United Kingdom')).toEqual(['British']);
    expect(forms('Vladimir Putin')).toEqual(['Vladimir Putin', 'the Russian leader']);
  });

  it('metonyms are actors of their own that speak for the government', () => {
    const { notes } = annotate('Downing Street said no. The Kremlin said yes.');
    const ds = notes.actors.find((a) => a.id === 'downing-street');
    expect(ds?.speaksFor).toEqual({ id: 'uk-government', name: 'UK government' });
    expect(notes.actors.find((a) => a.id === 'kremlin')?.mentions[0].text).toBe('Kremlin');
  });

  it('finds known lower-case names', () => {
    const { notes } = annotate('They spoke for the coalition of the willing on Monday.');
    expect(notes.actors.find((a) => a.id === 'coalition-of-the-willing-ukraine')?.mentions.map((m) => m.text)).toEqual([
      'coalition of the willing',
    ]);
  });

  it('drops capitalised words that only start sentences', () => {
    const { notes } = annotate('Obviously the plan failed. Western troops left. Despite this, Putin stayed.');
    expect(notes.actors.map((a) => a.name)).toEqual(['Vladimir Putin']);
  });
});

describe('speakers', () => {
  it('attributes colon quotes to a role speaker, an unnamed actor of its own', () => {
    const { said, notes } = annotate(
      'The Prime Minister’s official spokesperson told reporters: “We are ready.” The spokesman added that talks go on. He added: “It will take time.”',
    );
    expect(said('We are ready')).toBe('Prime Minister’s official spokesperson');
    expect(said('It will take time')).toBe('Prime Minister’s official spokesperson');
    const sp = notes.actors.find((a) => a.name === 'Prime Minister’s official spokesperson');
    expect(sp).toMatchObject({ unnamed: true, known: false });
    expect(sp?.speaksFor?.id).toBe('keir-starmer');
    expect(sp?.mentions.map((m) => m.text)).toEqual(['The Prime Minister’s official spokesperson', 'The spokesman']);
  });

  it('resolves "the President" to the president named before, not to one named inside the quote', () => {
    const { said } = annotate(
      'President Donald Trump spoke. French president Emmanuel Macron disagreed. Trump told reporters it would end. “I will be speaking to President Putin,” the President said.',
    );
    expect(said('I will be speaking')).toBe('Donald Trump');
  });

  it('resolves pronouns to the last speaker', () => {
    const { said } = annotate(
      'Trump added that “dividing up assets” matters. “We will be talking about land,” he explained.',
    );
    expect(said('We will be talking')).toBe('Donald Trump');
  });

  it('a paragraph of speech without a cue continues the previous speaker', () => {
    const { said } = annotate(
      '“Man’s greed is hurting the whales,” says Hori Parata.\nA caption here.\n“We’re having to put up with a lot.”',
    );
    expect(said('We’re having')).toBe('Hori Parata');
  });

  it('builds reported claims and numeric claims inside them', () => {
    const { notes } = annotate('Downing Street added that more than 30 countries will be involved.');
    const reported = notes.claims.find((c) => c.kind === 'reported');
    expect(reported).toMatchObject({ text: 'more than 30 countries will be involved', cue: 'added' });
    expect(reported?.speaker?.name).toBe('Downing Street');
    const numeric = notes.claims.find((c) => c.kind === 'numeric');
    expect(numeric?.text).toBe('more than 30 countries');
    expect(numeric?.speaker?.name).toBe('Downing Street');
  });

  it('claim context has the speaker and matching topics', () => {
    const { notes } = annotate('Vladimir Putin said Russia would reject a 30-day ceasefire in Ukraine.');
    const claim = notes.claims.find((c) => c.kind === 'reported');
    expect(claim?.context).toEqual([
      { id: 'vladimir-putin', title: 'Vladimir Putin' },
      { id: 'ukraine-ceasefire', title: 'Ukraine ceasefire talks' },
    ]);
  });
});

describe('page furniture and capitals', () => {
  it('drops shouted buttons but keeps acronyms after "the"', () => {
    const { notes } = annotate(
      'Click LEARN MORE to see. BREAKING NEWS today. The NHS said waiting lists were falling.',
    );
    expect(notes.actors.map((a) => a.name)).toEqual(['NHS']);
  });

  it('drops short lines repeated as navigation and teaser headlines', () => {
    const { notes } = annotate(
      'US & Canada\nVladimir Putin said the war would go on.\nWWE signs Hulk Hogan\n49 minutes ago\nUS & Canada',
    );
    expect(notes.actors.map((a) => a.name)).toEqual(['Vladimir Putin']);
  });
});
