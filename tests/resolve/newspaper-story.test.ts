import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// American broadsheet style: "Mr." titles, a dateline with a dash, "according to" sources, a body speaking in a statement.
const STORY = [
  'Trump Signs Executive Order on Border Security',
  'WASHINGTON — President Trump on Tuesday signed an executive order that would shut the border to migrants, the White House said in a statement.',
  '“We must face a simple truth,” Mr. Trump said in remarks at the White House. “We must first secure the border.”',
  'Lee Gelernt, a lawyer with the American Civil Liberties Union, said the group would sue. “It is illegal,” he said.',
  'According to two people familiar with the discussions, the administration had debated the order for months.',
].join('\n');

describe('a broadsheet story', () => {
  const { notes, said } = annotate(STORY, { publishedAt: '2025-06-04', site: 'nytimes.com' });
  const reported = notes.claims.filter((c) => c.kind === 'reported').map((c) => [c.text.slice(0, 30), c.speaker?.name]);

  it('reads the lead as the body’s statement, without the dateline', () => {
    expect(reported[0]).toEqual(['President Trump on Tuesday sig', 'White House']);
  });

  it('attributes the quotes', () => {
    expect(said('simple truth')).toBe('Donald Trump');
    expect(said('secure the border')).toBe('Donald Trump');
    expect(said('It is illegal')).toBe('Lee Gelernt');
  });

  it('skips "said in remarks at …" and reads "According to …, …"', () => {
    expect(reported.some(([t]) => t?.startsWith('in remarks'))).toBe(false);
    expect(reported).toContainEqual(['the administration had debated', 'people familiar with the discussions']);
  });
});
