import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

// A verb of saying right after a quotation's closing mark is the quotation's: its speaker comes after it, and
// the words before it are quoted, not a subject. Made-up sentences.
describe('a verb of saying after a closing quotation mark', () => {
  it('reports nothing of its own: the name after it is no reported words', () => {
    for (const text of [
      '“That is a problem for the council,” said Tomas Berg, a member of its water board.',
      '"Nobody asked the valley about it," said Mia Holt, who runs the farm near the river.',
      "''We will not pay for the new dam,'' said Peter Lind, the mayor of the town.",
    ])
      expect(reportedClaims(text)).toEqual([]);
  });

  it('still reads the reported words of a verb after a subject of its own', () => {
    expect(
      reportedClaims('“It is over,” he said. Tomas Berg said the council would cut the water supply next month.'),
    ).toEqual([{ text: 'the council would cut the water supply next month', speaker: 'Tomas Berg' }]);
  });
});
