import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// "…,” <words on who they are> Name said": the speaker named after a quotation behind a possessive, a
// hyphenated word, a description set off by a comma or a party tag (cue:after-quote-name-run), not the
// one named before. Made-up sentences.
afterEach(() => setOff([]));

const BEFORE = 'Tomas Berg opened the harbor on Monday.\n';

describe('the speaker named after the quote behind words on who they are', () => {
  it('past a possessive: “…,” the Harbor Board’s dock foreman Mia Holt said', () => {
    const { said } = annotate(
      `${BEFORE}“The gates are rusted,” the Harbor Board’s dock foreman Mia Holt said. “They will fail.”`,
    );
    expect(said('gates are rusted')).toBe('Mia Holt');
    expect(said('They will fail')).toBe('Mia Holt');
  });

  it('past a hyphenated word: “…,” Ohio-based pollster Mia Holt said', () => {
    const { said } = annotate(`${BEFORE}“The county is close,” Ohio-based pollster Mia Holt said.`);
    expect(said('county is close')).toBe('Mia Holt');
  });

  it('past a description and a comma: “…,” another neighbour, Mia Holt told the paper', () => {
    const { said } = annotate(`${BEFORE}“He fed the cats every morning,” another neighbour, Mia Holt told the paper.`);
    expect(said('fed the cats')).toBe('Mia Holt');
  });

  it('past a party tag: “…,” state Sen. Mia Holt (D) said', () => {
    const { said } = annotate(`${BEFORE}“This bill ties their hands,” state Sen. Mia Holt (D) said on the floor.`);
    expect(said('ties their hands')).toBe('Mia Holt');
  });

  it('counter-example: a phrase in quotation marks inside a clause gets no speaker from a name after it', () => {
    const { notes } = annotate(`${BEFORE}Those with a “good” job, Harbor Board’s Mia Holt said, pay back their loans.`);
    expect(notes.claims.find((c) => c.kind !== 'reported' && c.text === 'good')).toBeUndefined();
  });

  it('counter-example: a comma after words that do not open with a determiner ends the run', () => {
    const { said } = annotate(`${BEFORE}“The gates are rusted,” Harbor Board members, Mia Holt said.`);
    expect(said('gates are rusted')).not.toBe('Mia Holt');
  });

  it('switched off, the speaker is carried over', () => {
    setOff(['cue:after-quote-name-run']);
    const { said } = annotate(`${BEFORE}“The county is close,” Ohio-based pollster Mia Holt said.`);
    expect(said('county is close')).not.toBe('Mia Holt');
  });
});

describe('a name signed after the quote with a dash', () => {
  it('on the quote’s line: “…” ― Mia Holt', () => {
    const { said } = annotate(
      'Readers wrote in after the vote.\n“The gates should have been fixed years ago.” ― Mia Holt\n“We will keep fishing.” ― Tomas Berg',
    );
    expect(said('gates should have been fixed')).toBe('Mia Holt');
    expect(said('keep fishing')).toBe('Tomas Berg');
  });

  it('on the next line, with where they are from: - Mia Holt, Dayton.', () => {
    const { said } = annotate(
      'Tomas Berg spoke first.\n“The gates should have been fixed years ago.”\n- Mia Holt, Dayton.',
    );
    expect(said('gates should have been fixed')).toBe('Mia Holt');
  });

  it('counter-example: a dash that goes on with a verb is no signature', () => {
    const { said } = annotate(
      'Tomas Berg spoke first.\n“The gates should have been fixed years ago.” ― Mia Holt disagreed with that.',
    );
    expect(said('gates should have been fixed')).not.toBe('Mia Holt');
  });
});
