import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

/**
 * The owner is not the employee: in "X, an engineer at Y, which …, said …" the person before the
 * apposition speaks, not the body the apposition ends with (the subject pass reads past the
 * apposition, for reported speech as for quotations).
 */
const index = loadKnowledgeIndex();
const speakerOf = (text: string) =>
  annotateText(text, index, { publishedAt: '2025-03-17' }).claims.find((c) => c.kind === 'reported')?.speaker?.name;

describe('reported speech after a person described by their employer', () => {
  it('is the person, with a relative clause after the employer', () => {
    expect(
      speakerOf('Tomas Berg, an engineer at the Valley Water Board, which runs the dam, said the supply would be cut.'),
    ).toBe('Tomas Berg');
  });
  it('is the person, with a title and a party tag before the apposition', () => {
    expect(
      speakerOf('Rep. Mia Holt (D-Ore.), chairwoman of the Harbor Fund, said the gates would open next week.'),
    ).toBe('Mia Holt');
  });
});
