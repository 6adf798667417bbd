import { describe, expect, it } from 'vitest';
import { bodyHeadBeforeOf } from '../../lib/actors/body-of';
import { postAcronymPlural } from '../../lib/actors/plural-groups';
import { annotate } from './helpers';

describe('a body’s name past “of” (name:body-of)', () => {
  it('keeps “of” inside after a body’s head word, and the name is one organisation', () => {
    const { actor, notes } = annotate(
      'On Monday the growers spoke to the Harbor Club of Westby.\nThe Joint Chiefs of Norland met the Field Workers of Eastland.',
    );
    expect(actor('Harbor Club of Westby')?.type).toBe('organization');
    expect(actor('Field Workers of Eastland')?.type).toBe('organization');
    expect(notes.actors.map((a) => a.name)).not.toContain('Eastland');
    expect(notes.actors.map((a) => a.name)).not.toContain('Westby');
  });

  it('keeps an office’s name whole after a hyphenated title: no person named “of …”', () => {
    const { notes } = annotate('A copy goes to the Inspector-General of Mines and Quarries, officials said on Monday.');
    const names = notes.actors.map((a) => a.name);
    expect(names).toContain('Inspector-General of Mines and Quarries');
    expect(names).not.toContain('Mines');
    expect(names).not.toContain('Quarries');
  });

  it('does not join “Hall of Famer”, a word for a person', () => {
    const { notes } = annotate('On Monday the growers cheered Hall of Famer Tomas Brevik at the fair.');
    expect(notes.actors.map((a) => a.name)).not.toContain('Hall of Famer Tomas Brevik');
  });

  it('reads a post or a place before “of” as no body', () => {
    expect(bodyHeadBeforeOf('Economic Club of Westby')).toBe(true);
    expect(bodyHeadBeforeOf('Friends of Westby')).toBe(true);
    expect(bodyHeadBeforeOf('Secretary of State of Westby')).toBe(false);
    expect(bodyHeadBeforeOf('Harbor House Chief of Staff')).toBe(false);
    expect(bodyHeadBeforeOf('House of Delegates Brevik')).toBe(false);
    expect(bodyHeadBeforeOf('Isle of Westby')).toBe(false);
    expect(bodyHeadBeforeOf('Westby Club')).toBe(false);
  });
});

describe('the plural of a post’s abbreviation (actor:people-acronym)', () => {
  it('is a group of people', () => {
    const { actor } = annotate('On Monday the growers met CEOs from the big banks, and MPs said no.');
    expect(actor('CEOs')?.type).toBe('group');
    expect(actor('MPs')?.type).toBe('group');
  });

  it('leaves other plural abbreviations alone', () => {
    expect(postAcronymPlural('CEOs')).toBe(true);
    expect(postAcronymPlural('PACs')).toBe(false);
    expect(postAcronymPlural('CEO')).toBe(false);
    expect(postAcronymPlural('Ceos')).toBe(false);
  });
});
