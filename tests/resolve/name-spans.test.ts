import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';
import { toContractJson } from '../../lib/notes';

/** Each mention's text, and the bare name inside it where the mention gives one. */
function named(text: string, name: string) {
  const { notes } = annotate(text);
  const a = notes.actors.find((x) => x.name === name);
  return (a?.mentions ?? []).map((m) => ({
    text: m.text,
    name: m.nameStart === undefined ? null : text.slice(m.nameStart, m.nameEnd),
  }));
}

describe('bare name spans inside mentions (nameStart/nameEnd)', () => {
  it('a person’s titles stay in the mention, the name has its own span', () => {
    expect(named('Senate Majority Leader Tom Hale spoke on Monday. Later, Sen. Hale left.', 'Tom Hale')).toEqual([
      { text: 'Senate Majority Leader Tom Hale', name: 'Tom Hale' },
      { text: 'Sen. Hale', name: 'Hale' },
    ]);
    expect(named('Mrs. Ada Obi arrived late, and Ada Obi apologised.', 'Ada Obi')).toEqual([
      { text: 'Mrs. Ada Obi', name: 'Ada Obi' },
      { text: 'Ada Obi', name: null },
    ]);
  });

  it('honorifics and offices before a known person: "Sir", "President"', () => {
    expect(named('Sir Keir Starmer met Vladimir Putin. President Putin did not budge.', 'Vladimir Putin')).toEqual([
      { text: 'Vladimir Putin', name: null },
      { text: 'President Putin', name: 'Putin' },
    ]);
    expect(named('Sir Keir Starmer met allies.', 'Keir Starmer')).toEqual([
      { text: 'Sir Keir Starmer', name: 'Keir Starmer' },
    ]);
  });

  it('a court’s words before a judge are title, not name', () => {
    expect(named('Chief District Judge Mara Quill ruled on Friday.', 'Mara Quill')).toEqual([
      { text: 'Chief District Judge Mara Quill', name: 'Mara Quill' },
    ]);
    // (a country's abbreviation before them is the country's mention)
    expect(named('U.S. District Judge Mara Quill ruled on Friday.', 'Mara Quill').map((m) => m.name)).toEqual([
      'Mara Quill',
    ]);
  });

  it('the name span lies inside the mention and ends with it', () => {
    const text = 'Foreign Minister Ivo Brant and Dr. Lena Ruus met Prime Minister Sir Keir Starmer.';
    const { notes } = annotate(text);
    const inner = notes.actors.flatMap((a) => a.mentions).filter((m) => m.nameStart !== undefined);
    expect(inner.map((m) => text.slice(m.nameStart, m.nameEnd))).toEqual(['Ivo Brant', 'Lena Ruus', 'Keir Starmer']);
    for (const m of inner) {
      expect(m.nameStart).toBeGreaterThan(m.start);
      expect(m.nameEnd).toBe(m.end);
    }
  });

  it('a saint’s name keeps its "St"', () => {
    const text = 'The mayor of St Aubin spoke. St Aubin has 900 residents.';
    const { notes } = annotate(text);
    for (const a of notes.actors)
      for (const m of a.mentions) if (m.text.startsWith('St ')) expect(m.nameStart).toBeUndefined();
  });

  it('roles name no one: "the president", "a spokesman" carry no name span', () => {
    const text = 'Vladimir Putin spoke. The Russian leader said little, and a Kremlin spokesman declined to comment.';
    const { notes } = annotate(text);
    for (const a of notes.actors)
      for (const m of a.mentions) if (/^(?:the|a)\s/i.test(m.text)) expect(m.nameStart).toBeUndefined();
  });

  it('a body described after its name: the name inside "the Interfax news agency"', () => {
    expect(named('The figures were reported by the Interfax news agency on Monday.', 'Interfax')).toEqual([
      { text: 'the Interfax news agency', name: 'Interfax' },
    ]);
    // (a country's adjective is no body's name)
    const text = 'The Russian defence ministry said the drills were over.';
    const { notes } = annotate(text);
    for (const a of notes.actors) for (const m of a.mentions) expect(m.nameStart).toBeUndefined();
  });

  it('the printed JSON carries the span only where it is narrower than the mention', () => {
    const { notes } = annotate('Gov. Rosa Plum signed it. Rosa Plum said it would help.');
    const mentions = toContractJson(notes).actors.find((a) => a.name === 'Rosa Plum')!.mentions;
    expect(mentions.map((m) => Object.keys(m))).toEqual([
      ['text', 'start', 'end', 'nameStart', 'nameEnd', 'why', 'confidence'],
      ['text', 'start', 'end', 'why', 'confidence'],
    ]);
  });
});
