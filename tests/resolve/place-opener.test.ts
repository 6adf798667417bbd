import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

/** Unknown names typed by their first or last word (name:place-opener, org-words.json "command"). Made-up names. */
afterEach(() => setOff([]));

describe('an unknown name that opens with a place’s word', () => {
  it('is a place, not a person, and "he" does not stand for it', () => {
    const { actor, said } = annotate(
      'The harbour was busy on Monday.\nThe imam of the Fort Westby mosque, Tomas Nefzi, spoke. "We are in shock," he said.',
    );
    expect(actor('Fort Westby')?.type).toBe('place');
    expect(said('We are in shock')).toBe('Tomas Nefzi');
  });

  it('not when a body’s head word ends it', () => {
    const { actor } = annotate('The harbour was busy on Monday.\nShe was taken to Mount Westby Hospital on Friday.');
    expect(actor('Mount Westby Hospital')?.type).toBe('organization');
  });

  it('a military command is an organisation', () => {
    const { actor } = annotate(
      'The harbour was busy on Monday.\nThe Westby Command was disconnected, the admiral said.',
    );
    expect(actor('Westby Command')?.type).toBe('organization');
  });

  it('switched off: the place opener no longer types it', () => {
    setOff(['name:place-opener']);
    const { actor } = annotate('The harbour was busy on Monday.\nThe imam of the Fort Westby mosque spoke.');
    expect(actor('Fort Westby')?.type).not.toBe('place');
  });

  it('a party’s or a region’s adjective before a place word is no place name; a name before one still is', () => {
    const { notes } = annotate(
      'The harbour was busy on Monday.\nHe praised a heavily Democratic state and a Southern state. Shelling hit the Westmark region.',
    );
    const names = notes.actors.map((a) => a.name);
    expect(names.some((n) => /Democratic state|Southern state/.test(n))).toBe(false);
    expect(notes.actors.find((a) => a.name.startsWith('Westmark'))?.type).toBe('place');
  });
});
