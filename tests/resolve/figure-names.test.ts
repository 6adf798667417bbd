import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';
import { findFigureNames, knownNameCandidate, withFigureNames } from '../../lib/actors/figure-names';
import type { NameCandidate } from '../../lib/engine/findings';
import type { KnowledgeIndex } from '../../lib/knowledge/index';

/** name:known-figures, with the bundled knowledge (its courts and companies). */
const index = loadKnowledgeIndex();
const annotate = (text: string) => annotateText(text, index, { publishedAt: '2016-05-10' });
const mentions = (notes: ReturnType<typeof annotate>) =>
  notes.actors.flatMap((a) => a.mentions.map((m) => `${m.text}=${a.known ? a.id : a.type}`));

describe('known names that open with a figure', () => {
  it('are read whole and found in the knowledge file', () => {
    const notes = annotate('The judges of the 9th Circuit ruled on Monday, and 3M said it would appeal to the court.');
    const m = mentions(notes);
    expect(m.some((x) => x.startsWith('9th Circuit=') && !x.endsWith('=organization'))).toBe(true);
    expect(m.some((x) => x.startsWith('3M=') && !x.endsWith('=organization'))).toBe(true);
    expect(m.some((x) => x.startsWith('Circuit='))).toBe(false);
    const why = notes.actors.flatMap((a) => a.mentions).find((x) => x.text === '3M')?.why;
    expect(why).toContain('name:known-figures');
  });

  it('are the longest name the file knows', () => {
    const m = mentions(annotate('Lawyers for the state went to the 11th Circuit Court of Appeals in May.'));
    expect(m.some((x) => x.startsWith('11th Circuit Court of Appeals='))).toBe(true);
  });

  it('are written as the file writes them, and not inside other words or figures', () => {
    const text = 'Within 60 minutes, 13M shares and 3Ms were sold; the 3M-based index rose.';
    expect(findFigureNames(text, index).map((r) => text.slice(r.start, r.end))).toEqual(['3M']);
    const m = mentions(annotate(text));
    expect(m.some((x) => x.startsWith('60 minutes') || x.startsWith('13M') || x.startsWith('3M'))).toBe(false);
  });
});

describe('withFigureNames', () => {
  const none = { inQuote: () => false, describing: () => false };
  const fake = (names: string[]) => ({ figureNames: names }) as unknown as KnowledgeIndex;
  const cand = (start: number, end: number) => knownNameCandidate({ start, end }, false);

  it('replaces the candidates inside a name and leaves one a candidate runs across', () => {
    const text = 'The 4th Circuit and the 5th Circuit Court ruled.';
    const inside = cand(text.indexOf('Circuit'), text.indexOf('Circuit') + 7);
    const across = cand(text.lastIndexOf('Circuit'), text.lastIndexOf('Circuit') + 13);
    const made = new Map<NameCandidate, string>();
    const out = withFigureNames(text, [inside, across], fake(['4th Circuit', '5th Circuit']), made, none);
    expect(out.map((c) => text.slice(c.start, c.end))).toEqual(['4th Circuit', 'Circuit Court']);
    expect([...made.values()]).toEqual(['name:known-figures']);
  });

  it('reads a page of many names and candidates in one walk', () => {
    const unit = 'The 4th Circuit met Ann Lee. ';
    const text = unit.repeat(2000);
    const cands: NameCandidate[] = [];
    for (let i = 0; i < 2000; i++) {
      const at = i * unit.length;
      cands.push(cand(at + 8, at + 15), cand(at + 20, at + 27));
    }
    const out = withFigureNames(text, cands, fake(['4th Circuit']), new Map(), none);
    expect(out).toHaveLength(4000);
    expect(text.slice(out[0].start, out[0].end)).toBe('4th Circuit');
  });
});
