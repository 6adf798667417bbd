import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';
import { shortStateCode } from '../../lib/actors/state-after-town';

/** actor:state-after-town, with the bundled knowledge (the states are in it). */
const index = loadKnowledgeIndex();
const annotate = (text: string) => annotateText(text, index, { publishedAt: '2025-03-17' });

describe('a US state shortened after a town', () => {
  it('a US state shortened after a town is the state, and the town a place; the letters elsewhere are not', () => {
    const notes = annotate(
      'Ann Lee of Tujunga, Calif., met Tom Berg of Gary, Ind., and Sam Orr of Albany, N.Y., in Washington, D.C. Miss Ind said she would come.',
    );
    const idOf = (text: string) => notes.actors.find((a) => a.mentions.some((m) => m.text === text))?.id;
    const typeOf = (text: string) => notes.actors.find((a) => a.mentions.some((m) => m.text === text))?.type;
    expect([idOf('Calif'), idOf('Ind'), idOf('N.Y.')]).toEqual(['california', 'indiana', 'new-york-state']);
    expect([typeOf('Tujunga'), typeOf('Gary'), typeOf('Albany')]).toEqual(['place', 'place', 'place']);
    expect(idOf('Washington')).toBe('washington-dc');
    expect(notes.actors.filter((a) => a.id === 'indiana')).toHaveLength(1);
  });

  it('reads the agencies’ forms with or without stops, and two letters only with them', () => {
    expect(['Calif.', 'Calif', 'N.H.', 'W.Va.', 'Fla'].map(shortStateCode)).toEqual(['CA', 'CA', 'NH', 'WV', 'FL']);
    expect(['NH', 'VA', 'LA', 'Ohio', 'Mr.', ''].map(shortStateCode)).toEqual(['', '', '', '', '', '']);
  });
});
