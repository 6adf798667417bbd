import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

/**
 * A verb opening a sentence or a headline's line before a name is no part of it (rule name:verb-first):
 * a verb of saying ("Said Lee, …"), a headline's verb ("Says Ann Lee would …") or a gerund ("Using Tom
 * Berg?"). Names opening with a word that is also a verb or a given name stay whole. Made-up sentences.
 */
const index = loadKnowledgeIndex();
const annotate = (text: string) => annotateText(text, index, { publishedAt: '2016-06-01' });
const names = (text: string) => annotate(text).actors.flatMap((a) => a.mentions.map((m) => m.text));

describe('a verb before a name (name:verb-first)', () => {
  it('cuts a verb of saying, a headline verb and a gerund opening a line', () => {
    const text =
      'The mill closed in May.\n\nSays Ann Bergstrom would reopen it.\n\nUsing Tom Hale? The board was unsure.\n\nStated Hale: “We will see.”';
    const found = names(text);
    expect(found).toContain('Ann Bergstrom');
    expect(found).toContain('Tom Hale');
    expect(found.some((n) => /^(?:Says|Using|Stated) /.test(n))).toBe(false);
  });

  it('keeps a name that opens with a given name also a word: "Mark", "Chase", "Grant"', () => {
    const found = names('Mark Fenwick opened the mill. Chase Holloway left. Grant Tolley stayed.');
    expect(found).toEqual(expect.arrayContaining(['Mark Fenwick', 'Chase Holloway', 'Grant Tolley']));
  });

  it('keeps a body named by a gerund and two words: "Building Better Towns"', () => {
    expect(names('Building Better Towns said the mill would reopen.')).not.toContain('Better Towns');
  });
});
