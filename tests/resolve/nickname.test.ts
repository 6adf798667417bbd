import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

/** A given name, a nickname in quotation marks and a surname (name:nickname). Made-up sentences. */
afterEach(() => setOff([]));

describe('a nickname in quotation marks inside a name', () => {
  it('is one person, with curly or straight marks, and the surname alone later joins it', () => {
    const { actor, said } = annotate(
      'The harbour was busy on Monday.\nPeter “Red” Berg of Westby brought the boats in. "We worked all night," he said. Later Berg went home.\nAnna "Bee" Holt helped.',
    );
    expect(actor('Peter “Red” Berg')?.type).toBe('person');
    expect(actor('Peter “Red” Berg')?.mentions.map((m) => m.text)).toContain('Berg');
    expect(actor('Anna "Bee" Holt')?.type).toBe('person');
    expect(actor('Tomas')).toBeUndefined();
    expect(said('We worked all night')).toBe('Peter “Red” Berg');
  });

  it('switched off: the given name and the surname apart', () => {
    setOff(['name:nickname']);
    const { actor } = annotate('The harbour was busy on Monday.\nPeter “Red” Berg of Westby brought the boats in.');
    expect(actor('Peter “Red” Berg')).toBeUndefined();
  });

  it('not a quoted word after a word that is no given name, nor a quoted phrase', () => {
    const a = annotate('The harbour was busy on Monday.\nThe boats were brought in by the “Red” Berg crew.');
    expect(a.notes.actors.some((x) => x.name.includes('“Red”'))).toBe(false);
    const b = annotate('The harbour was busy on Monday.\nTomas called it “Very Bad” News for the town.');
    expect(b.notes.actors.some((x) => x.name.includes('“'))).toBe(false);
  });
});
