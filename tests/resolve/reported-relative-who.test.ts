import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

/**
 * reported:relative-who — "Berg, who said …, left": the name the relative clause hangs on speaks,
 * also when that name is one word that opens the sentence; a clause with no commas that opens the
 * sentence ("Farmers who say X were divided") runs into the main verb and reports nothing.
 */
const index = loadKnowledgeIndex();
const reported = (text: string) =>
  annotateText(text, index, { publishedAt: '2025-03-17' })
    .claims.filter((c) => c.kind === 'reported')
    .map((c) => ({ text: c.text, speaker: c.speaker?.name ?? null }));

describe('reported speech in a relative clause', () => {
  it('finds the words of a one-word name that opens the sentence', () => {
    expect(reported('Berg, who said the dam would hold through the spring, left the valley on Monday.')).toContainEqual(
      {
        text: 'the dam would hold through the spring',
        speaker: 'Berg',
      },
    );
  });
  it('reads nothing into a clause with no commas that opens the sentence', () => {
    expect(
      reported('Farmers who say the dam is the main issue were evenly split between the two plans.').map((r) => r.text),
    ).toEqual([]);
  });
});
