import { describe, expect, it } from 'vitest';
import {
  isNamedPerson,
  knownRate,
  nameWords,
  sourceCoverage,
  sourceHead,
  type GoldArticle,
} from '../../lib/cli/coverage';

const person = (name: string, known = false, description: string | null = null) => ({
  id: known ? name.toLowerCase().replace(/\s/g, '-') : null,
  name,
  type: 'person' as const,
  known,
  description,
  mentions: [],
});

describe('named people', () => {
  it('are person actors with two or more capitalised words (particles allowed)', () => {
    for (const n of ['Ann Lee', 'Mohammed bin Salman', 'Joseph R. Biden Jr.', 'Lee Jae-myung', 'Ursula von der Leyen'])
      expect(isNamedPerson({ type: 'person', name: n }), n).toBe(true);
    for (const n of ['Lee', 'Critics', 'Downing Street spokesperson', 'bin Salman'])
      expect(isNamedPerson({ type: 'person', name: n }), n).toBe(false);
    expect(isNamedPerson({ type: 'organization', name: 'Acme Research' })).toBe(false);
  });

  it('known rate: per article, each named person once', () => {
    const r = knownRate([
      { actors: [person('Ann Lee', true), person('Tom Hale'), person('Critics')] },
      { actors: [person('Ann Lee', true)] },
    ]);
    expect(r).toEqual({ people: 3, known: 2, rate: 0.667 });
    expect(knownRate([]).rate).toBeNull();
  });
});

describe('quoted named sources', () => {
  it('head words drop titles, possessives and punctuation', () => {
    expect(sourceHead('Sen. Tim Kaine')).toBe('kaine');
    expect(sourceHead('Trump’s')).toBe('trump');
    expect(sourceHead('O’Neill')).toBe("o'neill");
    // the name, not the apposition or clause after it, nor the description before it
    expect(sourceHead('Gene Lane, a former party adviser,')).toBe('lane');
    expect(sourceHead('the mayor’s spokesman, Ann Lee')).toBe('lee');
    expect(sourceHead('Sen. Bo Ray of Ohio')).toBe('ray');
    expect(sourceHead('Ann Lee, who leads the union,')).toBe('lee');
    expect(sourceHead('Brent Mayo, Jr.')).toBe('mayo');
    expect(sourceHead('his father')).toBe('father');
    expect(nameWords('Ann Lee-Smith, Jr.')).toEqual(['ann', 'lee-smith', 'jr']);
  });

  it('counts gold named sources of quotations once per article, found as person actors', () => {
    const text =
      '“We will win,” Ann Lee said. Tom Hale said the vote was close. “No,” said Sen. Bo Ray. Acme said: “Fine.”';
    const span = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    const art: GoldArticle = {
      name: 'a1',
      text,
      attributions: [
        { content: [span('We will win')], sourceText: 'Ann Lee', sourceKind: 'named' },
        { content: [span('the vote was close')], sourceText: 'Tom Hale', sourceKind: 'named' }, // reported: not a quotation
        { content: [span('No')], sourceText: 'Sen. Bo Ray', sourceKind: 'named' },
        { content: [span('Fine.')], sourceText: 'Acme', sourceKind: 'named' }, // not found as a person
        { content: [span('We will win')], sourceText: 'Lee', sourceKind: 'named' }, // the same head: once
        { content: [span('We will win')], sourceText: 'she', sourceKind: 'pronoun' },
      ],
    };
    const outputs = new Map([
      [
        'a1',
        { actors: [person('Ann Lee', true, 'Mayor of Eastfield'), person('Bo Ray'), person('Tom Hale', true, 'x')] },
      ],
    ]);
    expect(sourceCoverage([art], outputs)).toEqual({
      quotedSources: 3,
      foundAsPerson: 2,
      known: 1,
      described: 1,
      knownRate: 0.5,
      descriptionShare: 0.5,
    });
  });

  it('an article description counts as a description', () => {
    const text = '“Yes,” Bo Ray said.';
    const art: GoldArticle = {
      name: 'a',
      text,
      attributions: [{ content: [[1, 4]], sourceText: 'Bo Ray', sourceKind: 'named' }],
    };
    const outputs = new Map([
      ['a', { actors: [{ ...person('Bo Ray'), articleDescription: 'analyst at Acme Research' }] }],
    ]);
    expect(sourceCoverage([art], outputs).descriptionShare).toBe(1);
  });

  it('a named source is not found as an unnamed actor that shares its head word', () => {
    const text = '“Yes,” said Gene Lane, a party adviser.';
    const art: GoldArticle = {
      name: 'a',
      text,
      attributions: [{ content: [[1, 4]], sourceText: 'Gene Lane, a party adviser,', sourceKind: 'named' }],
    };
    // the engine found only "party adviser" (no name): the named source is not found as a person
    const unnamed = new Map([['a', { actors: [person('party adviser')] }]]);
    expect(sourceCoverage([art], unnamed)).toMatchObject({ quotedSources: 1, foundAsPerson: 0 });
    const named = new Map([['a', { actors: [{ ...person('Gene Lane'), articleDescription: 'party adviser' }] }]]);
    expect(sourceCoverage([art], named)).toMatchObject({ foundAsPerson: 1, described: 1 });
  });
});
