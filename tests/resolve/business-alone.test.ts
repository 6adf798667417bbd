import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

describe('a shop named by its owner’s possessive alone (name:business-alone)', () => {
  it('keeps the possessive after “at” when no noun follows, and the name is an organisation', () => {
    const { actor } = annotate(
      'On Monday the growers had lunch at Dolan’s in Westby.\nThe coats sell at Quillan’s, Nordberg and other stores.',
    );
    expect(actor('Dolan’s')?.type).toBe('organization');
    expect(actor('Quillan’s')?.type).toBe('organization');
    expect(actor('Dolan')).toBeUndefined();
  });

  it('leaves an owner’s possessive before a noun, or after another word, alone', () => {
    const { notes } = annotate('On Monday the growers ate at Dolan’s farm, and the size of Brevik’s in Westby grew.');
    const names = notes.actors.map((a) => a.name);
    expect(names).not.toContain('Dolan’s');
    expect(names).not.toContain('Brevik’s');
  });
});
