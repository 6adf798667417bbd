import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

/**
 * Members of Congress by what the text says of them (lib/actors/lookup.ts, rules actor:member-by-surname
 * and actor:party-before-name): a title, a party-and-state tag, a party word before the name.
 */
const index = loadKnowledgeIndex();
const annotate = (text: string) => annotateText(text, index, { publishedAt: '2025-03-17' });
/** The id of the actor holding the mention that starts with these words (null for unknown). */
function idAt(text: string, words: string, from = 0): string | null | undefined {
  const notes = annotate(text);
  const start = text.indexOf(words, from);
  return notes.actors.find((a) => a.mentions.some((m) => m.start === start))?.id;
}

describe('members of Congress who share a surname', () => {
  const text =
    'Sen. Kelly (D-Ariz.) said the dam would hold. Rep. Kelly (R-Pa.) said the river was low. ' +
    'Rep. Kelly (R-Miss.) said it was not.';
  it('a senator and two representatives called Kelly are three people, each by the state in the tag', () => {
    const ids = ['Sen. Kelly', 'Rep. Kelly (R-Pa.)', 'Rep. Kelly (R-Miss.)'].map((w) => idAt(text, w));
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => id?.startsWith('us-congress:'))).toBe(true);
  });
  it('"Rep. Kelly" with no tag is not the senator named before', () => {
    const t = 'Sen. Kelly said the dam would hold. Rep. Kelly said the river was low.';
    const sen = idAt(t, 'Sen. Kelly');
    expect(sen).toBeTruthy();
    expect(idAt(t, 'Rep. Kelly')).not.toBe(sen);
  });
  it('a bare surname with a title and no state stays unknown', () => {
    expect(idAt('Rep. Kelly said the river was low.', 'Rep. Kelly')).toBeNull();
  });
  it('a surname with no title or tag is never linked to the open data', () => {
    expect(idAt('The river was low, Kelly said.', 'Kelly')).toBeFalsy();
  });
});

describe('a party word before a full name', () => {
  it('is no part of the name: the person is named without it', () => {
    const notes = annotate('Democrat Tomas Berg won the seat. Berg was pleased.');
    const berg = notes.actors.find((a) => a.name === 'Tomas Berg');
    expect(berg?.mentions.map((m) => m.text)).toEqual(['Democrat Tomas Berg', 'Berg']);
  });
  it('leaves the name of a body alone', () => {
    const notes = annotate('The Republican National Committee met on Monday.');
    expect(notes.actors.some((a) => a.name === 'National Committee')).toBe(false);
  });
});

describe('former members of Congress who share a full name', () => {
  // two former representatives called Patrick Murphy: one of Florida, one of Pennsylvania
  const at = (text: string, date = '2016-05-01') =>
    annotateText(text, index, { publishedAt: date }).actors.find((a) => a.name === 'Patrick Murphy')?.id ?? null;
  it('with a member’s title, the one of the state the article names', () => {
    const fl = at('Rep. Patrick Murphy spoke to students on Monday. The Florida race is close.');
    const pa = at('Rep. Patrick Murphy spoke to students on Monday. Pennsylvania voters are split.');
    expect(fl).toMatch(/^us-congress:/);
    expect(pa).toMatch(/^us-congress:/);
    expect(fl).not.toBe(pa);
  });
  it('stays unknown where the article names both states, or none, or the name has no title', () => {
    expect(at('Rep. Patrick Murphy spoke on Monday. Florida and Pennsylvania voters are split.')).toBeNull();
    expect(at('Rep. Patrick Murphy spoke to students on Monday.')).toBeNull();
    expect(at('Patrick Murphy spoke to students on Monday. The Florida race is close.')).toBeNull();
  });
  it('a tag’s state still decides over the states the article names', () => {
    const tagged = at('Rep. Patrick Murphy (D-Pa.) spoke on Monday. The Florida race is close.');
    expect(tagged).toBe(at('Rep. Patrick Murphy spoke on Monday. Pennsylvania voters are split.'));
  });
  it('two of the same state and party stay unknown: the state cannot tell them apart', () => {
    const text = 'Rep. Duncan Hunter spoke on Monday. California voters are split.';
    const a = annotateText(text, index, { publishedAt: '2016-05-01' }).actors.find((x) => /Hunter/.test(x.name));
    expect(a?.id ?? null).toBeNull();
  });
});
