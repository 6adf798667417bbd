import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

/**
 * Titles the word lists hold (lib/words/titles.json) are no part of the name: plural titles ("Sens.",
 * "Senators", "Reps.", "Govs."), state and party offices ("Assemblywoman", "National Committeeman",
 * "Alderman") and ranks of the police ("Officer", "Trooper"). The name is the bare name, and a plural
 * member's title still tells the chamber.
 */
const index = loadKnowledgeIndex();
const annotate = (text: string) => annotateText(text, index, { publishedAt: '2025-03-17' });
const names = (text: string) => annotate(text).actors.map((a) => a.name);

describe('titles before a name', () => {
  it.each([
    ['Sens. Tilda Marsh and Owen Platt said the bill would pass.', 'Tilda Marsh'],
    ['Senators Tilda Marsh and Owen Platt said the bill would pass.', 'Tilda Marsh'],
    ['Reps. Tilda Marsh and Owen Platt wrote to the agency.', 'Tilda Marsh'],
    ['Govs. Tilda Marsh and Owen Platt met in the capital.', 'Tilda Marsh'],
    ['Assemblywoman Tilda Marsh said she would vote no.', 'Tilda Marsh'],
    ['Republican National Committeeman Owen Platt said the rules were fair.', 'Owen Platt'],
    ['Alderman Owen Platt said the ward was quiet.', 'Owen Platt'],
    ['Trooper Owen Platt said nobody was hurt.', 'Owen Platt'],
    ['Senate Majority Whip Owen Platt (R-Ohio) said the vote would hold.', 'Owen Platt'],
    ['House Budget Ranking Democrat Tilda Marsh (D-Iowa) said the vote would fail.', 'Tilda Marsh'],
  ])('%s', (text, name) => {
    const got = names(text);
    expect(got).toContain(name);
    expect(got.some((n) => n !== name && n.endsWith(name))).toBe(false);
  });
  it('a title with no name after it names no one', () => {
    const got = names('Owen Platt, the Republican National Committeeman from Utah, said the rules were fair.');
    expect(got.filter((n) => /Committeeman/.test(n))).toEqual([]);
  });
  it('a plural member title tells the chamber, as the singular does', () => {
    const one = annotate('Sen. Kelly (D-Ariz.) said the dam would hold.');
    const many = annotate('Sens. Kelly (D-Ariz.) and Platt said the dam would hold.');
    const id = one.actors.find((a) => a.mentions.some((m) => m.text.includes('Kelly')))?.id;
    expect(id).toMatch(/^us-congress:/);
    expect(many.actors.find((a) => a.mentions.some((m) => m.text.includes('Kelly')))?.id).toBe(id);
  });
  it('a job word in "-man" does not keep a woman of the knowledge file from her full name', () => {
    const notes = annotateText('Campaign spokesman Hope Hicks said the trip would go ahead.', index, {
      publishedAt: '2016-05-01',
    });
    expect(notes.actors.find((a) => a.name === 'Hope Hicks')?.id).toBe('hope-hicks');
  });
  it('an honorific still tells the sex', () => {
    const notes = annotate('Mrs. Clinton said the trip would go ahead.');
    expect(notes.actors.find((a) => /Clinton/.test(a.name))?.id).not.toBe('bill-clinton');
  });
});
