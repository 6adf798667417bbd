import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

describe('a job’s area before a title (name:job-area)', () => {
  it('reads the area into the title: a person, and no actor of the owner and the area', () => {
    const { actor, notes } = annotate(
      'State Agriculture Commissioner Jo Bell said the drought was worse.\nCampaign Communications Director Sam Reed said the numbers were good.',
    );
    const names = notes.actors.map((a) => a.name);
    expect(actor('Jo Bell')?.type).toBe('person');
    expect(actor('Sam Reed')?.type).toBe('person');
    expect(names).not.toContain('State Agriculture');
    expect(names).not.toContain('Campaign Communications');
    const m = actor('Jo Bell')!.mentions[0];
    // (the title kept out of the name: the mention's bare name is hers)
    expect(m.text.slice((m.nameStart ?? m.start) - m.start, (m.nameEnd ?? m.end) - m.start)).toBe('Jo Bell');
    expect(m.why).toContain('name:job-area');
  });

  it('keeps an owner of two words or more before the area as a name of its own', () => {
    const { notes } = annotate('Westby Growers Union Political Director Tomas Brevik said the vote was close.');
    const names = notes.actors.map((a) => a.name);
    expect(names).toContain('Tomas Brevik');
    expect(names).toContain('Westby Growers Union');
    expect(names).not.toContain('Westby Growers Union Political');
  });

  it('leaves a body’s name before a title alone', () => {
    const { notes } = annotate('Westby Harbor Council Chairman Tomas Brevik said the vote was close.');
    expect(notes.actors.map((a) => a.name)).toContain('Westby Harbor Council');
  });
});
