import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/**
 * A US state after a town and a comma ("Columbus, Ohio,") is no subject of its own: inside an
 * apposition it belongs to the name before ("X, who was to travel to Columbus, Ohio, on Wednesday,
 * said"), and after "of" the person before the chain speaks ("Tom Ray of Washington, D.C., explained").
 * Made-up sentences.
 */
describe('a town and its state inside the subject', () => {
  it('a relative clause holding a town and its state', () => {
    const { said } = annotate(
      'Vice President Tom Ray, who was to travel to Columbus, Ohio, on Wednesday to promote the rules, said they touched on a core issue.',
    );
    expect(said('they touched on a core issue')).toBe('Tom Ray');
  });

  it('the state written as an abbreviation, after "of"', () => {
    const { said } = annotate(
      'Another delegate, Tom Ray of Washington, D.C., explained that he would wait for the vote.',
    );
    expect(said('he would wait for the vote')).toBe('Tom Ray');
  });

  it('a name after another name and a comma that is no state still closes the apposition', () => {
    const { said } = annotate('Ann Lee, the editor of the town’s paper, the Courier, said the plan would fail.');
    expect(said('the plan would fail')).toBe('Ann Lee');
  });

  it('a state alone in brackets after the name, before its apposition', () => {
    const { said } = annotate(
      'Rep. Tom Ray (Mich.), a delegate backing Ann Lee, said he has spoken with many fellow delegates.',
    );
    expect(said('he has spoken with many fellow delegates')).toBe('Tom Ray');
  });
});
