import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

/**
 * An unknown name written as a person's full name is a person (actor:person-name-shape), whatever its
 * last word or the words around it say. Made-up sentences.
 */
afterEach(() => setOff([]));

describe('a person’s full name by its shape', () => {
  it('a given name and a number last: a person, not an organisation', () => {
    expect(annotate('The deal was signed by Harold Brannagh III on Monday.').actor('Harold Brannagh III')?.type).toBe(
      'person',
    );
    expect(annotate('Voters went to the polls.\nHenry XIV wrote a letter.').actor('Henry XIV')?.type).toBe('person');
  });

  it('middle initials: a person, not a place by “in … ’s book”', () => {
    expect(annotate('The plan is set out in Ann K. Brannagh’s book.').actor('Ann K. Brannagh')?.type).toBe('person');
  });

  it('middle initials after a first name the lists do not hold: a person too', () => {
    expect(annotate('The plan is set out in Brandt K. Holloway’s book.').actor('Brandt K. Holloway')?.type).toBe(
      'person',
    );
  });

  it('a body’s word last: a person only where the word alone has a person’s title', () => {
    const text = '“It will pass,” said Ann K. Trust.';
    expect(annotate(`${text} Ms. Trust left.`).actor('Ann K. Trust')?.type).toBe('person');
    expect(annotate(text).actor('Ann K. Trust')?.type).not.toBe('person');
    expect(annotate('The Ann K. Trust Foundation paid for it.').actor('Ann K. Trust Foundation')?.type).toBe(
      'organization',
    );
  });

  it('a number after words that are no name stays what it was', () => {
    expect(annotate('Voters went to the polls.\nThe Phase II trial ended.').actor('Phase II')?.type).not.toBe('person');
  });

  it('switched off, the number makes an organisation again', () => {
    setOff(['actor:person-name-shape']);
    expect(annotate('The deal was signed by Harold Brannagh III on Monday.').actor('Harold Brannagh III')?.type).toBe(
      'organization',
    );
  });
});
