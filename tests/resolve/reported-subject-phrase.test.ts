import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// reported:subject-phrase — the whole subject before a verb of saying is the speaker's words, and its
// head, not a name inside it, is the speaker. Made-up sentences.
afterEach(() => setOff([]));

const BEFORE = 'Tomas Berg opened the harbor on Monday.\n';

function speakerOf(text: string, words: string) {
  const { notes } = annotate(`${BEFORE}${text}`);
  const c = notes.claims.find((x) => x.kind === 'reported' && x.text.includes(words));
  return { name: c?.speaker?.name ?? null, mention: c?.speaker?.mention?.text ?? null, why: c?.why ?? [] };
}

describe('the whole subject of reported speech', () => {
  it('a description with a place: “Union organizers in Dayton say …”', () => {
    const s = speakerOf('Union organizers in Dayton say that the new rules will only make the strike longer.', 'rules');
    expect(s.mention).toBe('Union organizers in Dayton');
    expect(s.name).not.toBe('Dayton');
    expect(s.why).toContain('reported:subject-phrase');
  });

  it('no place is the speaker: “People in Dover said …”', () => {
    const s = speakerOf('People in Dover said the last storm was far worse than this one.', 'storm');
    expect(s.name).toBe('People in Dover');
    expect(s.mention).toBe('People in Dover');
  });

  it('a relative clause: the head, not the name inside it', () => {
    const s = speakerOf(
      'Voters in Ohio who watched the debate with Tomas Berg said they were not moved by it.',
      'moved',
    );
    expect(s.name).not.toBe('Tomas Berg');
    expect(s.mention).toBe('Voters in Ohio who watched the debate with Tomas Berg');
  });

  it('a description set before a name in commas: “One of the authors of the study, Mia Holt, said …”', () => {
    const s = speakerOf(
      'One of the authors of that 2011 study, Mia Holt, said the new rules would test its claims.',
      'rules',
    );
    expect(s.name).toBe('Mia Holt');
    expect(s.mention).toBe('One of the authors of that 2011 study, Mia Holt');
  });

  it('an example after “like”: “Critics like Mia Holt say …”', () => {
    const s = speakerOf('Critics like Mia Holt say the plan would cost the town far too much.', 'plan');
    expect(s.name).not.toBe('Mia Holt');
    expect(s.mention).toBe('Critics like Mia Holt');
  });

  it('a body spoken for stays the speaker: “A spokesman for the Harbor Board said …”', () => {
    const s = speakerOf('A spokesman for the Harbor Board said the gates would stay shut.', 'gates');
    expect(s.mention).toBe('A spokesman for the Harbor Board');
  });

  it('counter-example: an opening phrase is no part of the subject (“On Tuesday Mia Holt said”)', () => {
    const s = speakerOf('On Tuesday Mia Holt said the gates would stay shut.', 'gates');
    expect(s.name).toBe('Mia Holt');
    expect(s.mention).toBe('Mia Holt');
  });

  it('counter-example: a relative clause whose own subject speaks (“the others who he accused of”)', () => {
    const s = speakerOf('Mia Holt named Berg and the rest of the board who she accused of lying to the town.', 'lying');
    expect(s.mention).not.toMatch(/board/);
  });

  it('switched off: the name found stands', () => {
    setOff(['reported:subject-phrase']);
    const s = speakerOf('People in Dover said the last storm was far worse than this one.', 'storm');
    expect(s.mention).toBe('Dover');
  });
});
