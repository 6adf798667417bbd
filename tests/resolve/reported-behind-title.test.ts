import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/**
 * speaker:behind-title for reported speech whose source follows its cue: "…, said Acme chief economist
 * Ann Lee.", "according to Harbor Bank analyst Tom Hale, …": the person the words end on speaks, not
 * the employer or the party before the job. Made-up sentences.
 */
describe('a source after the cue, a person behind an employer and a job', () => {
  it('…, said Employer job Person.', () => {
    const { said } = annotate(
      'Rates at the harbor will rise again next year, said Eastfield Bank chief economist Ann Lee.',
    );
    expect(said('Rates at the harbor will rise')).toBe('Ann Lee');
  });

  it('according to Employer job Person, …', () => {
    const { said } = annotate(
      'According to Eastfield Bank analyst Tom Hale, the harbor fees will double by the spring.',
    );
    expect(said('the harbor fees will double')).toBe('Tom Hale');
  });

  it('counter-example: a body with no person after it stays the source', () => {
    const { said } = annotate('The harbor fees will double by the spring, according to a count by Eastfield Bank.');
    expect(said('The harbor fees will double')).toBe('Eastfield Bank');
  });
});
