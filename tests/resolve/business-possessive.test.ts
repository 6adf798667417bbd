import { describe, expect, it } from 'vitest';
import { businessName } from '../../lib/actors/business-names';
import { annotate } from './helpers';

describe('a shop’s name with its owner’s possessive (name:business-possessive)', () => {
  it('is one organisation, not the owner and the head apart', () => {
    const { actor } = annotate('On Monday the crew met at Marlo’s Diner, then walked to Pell’s Hardware Store.');
    expect(actor('Marlo’s Diner')?.type).toBe('organization');
    expect(actor('Pell’s Hardware Store')?.type).toBe('organization');
    expect(actor('Marlo')).toBeUndefined();
    expect(actor('Diner')).toBeUndefined();
  });

  it('keeps "& Grill" and a given name as owner', () => {
    const { actor } = annotate("Voters gathered at Tessa's Bar & Grill on Friday.");
    expect(actor("Tessa's Bar & Grill")?.type).toBe('organization');
  });

  it('leaves a possessive before a name that runs on past the head', () => {
    const { actor } = annotate('The senator’s Kitchen Cabinet Committee met on Monday.');
    expect(actor('senator’s Kitchen Cabinet Committee')).toBeUndefined();
    expect(businessName('Bergstrom’s Tomas')).toBe(false);
    expect(businessName('Bergstrom’s Sporting Goods')).toBe(true);
  });
});
