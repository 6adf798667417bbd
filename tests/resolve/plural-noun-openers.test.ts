import { describe, expect, it } from 'vitest';
import { pluralCommonNoun } from '../../lib/actors/plural-nouns';
import { annotate } from './helpers';

describe('a plural common noun opening its sentence before a verb of saying (name:aside-plural-noun)', () => {
  it('is no actor where its ending is a common noun’s', () => {
    const { actor } = annotate('The harbour closed on Monday.\nEstimations suggest the repairs would cost more.');
    expect(actor('Estimations')).toBeUndefined();
    const b = annotate(
      'The mill shut on Friday. Economists said the town would suffer.\nColumnists wrote that it was over.',
    );
    expect(b.actor('Columnists')).toBeUndefined();
  });

  it('is no actor where the text writes its singular or its verb in lower case', () => {
    expect(annotate('Pickers said the crop was poor. One picking crew left early.').actor('Pickers')).toBeUndefined();
    expect(annotate('Ledgers show the debts grew.\nThe old ledger was lost.').actor('Ledgers')).toBeUndefined();
  });

  it('leaves a surname that speaks, with no such evidence', () => {
    const { actor } = annotate('The council met on Monday.\nBrackers said the gates would be fixed.');
    expect(actor('Brackers')).toBeDefined();
  });

  it('reads the shape alone', () => {
    expect(pluralCommonNoun('no lower case here', 'Forecasters')).toBe(false);
    expect(pluralCommonNoun('they forecast rain', 'Forecasters')).toBe(true);
    expect(pluralCommonNoun('a forecaster', 'Forecasters')).toBe(false);
    expect(pluralCommonNoun('the shop shopped; shopping', 'Shoppers')).toBe(true);
    expect(pluralCommonNoun('the boxes', 'Boxes')).toBe(false);
    expect(pluralCommonNoun('a bench', 'Benches')).toBe(true);
    expect(pluralCommonNoun('', 'Projections')).toBe(true);
    expect(pluralCommonNoun('the power', 'Powers')).toBe(false);
    expect(pluralCommonNoun('', 'Hess')).toBe(false);
  });
});
