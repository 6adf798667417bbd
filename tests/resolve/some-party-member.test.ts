import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

/** "…,” said a Westby Republican": some member of a party, unnamed, not the party (speaker:some-party-member). Made-up sentences. */
afterEach(() => setOff([]));

const BEFORE = 'Tomas Berg spoke first.\n';

describe('some member of a party, not named', () => {
  it('after the verb, before it, and with "another"', () => {
    const { said } = annotate(
      `${BEFORE}“The river has never been this low,” said an Ohio Democrat. “The gates are rusted,” a Texas Republican said. “We need a plan,” added another Ohio Democrat.`,
    );
    expect(said('never been this low')).toBe('an Ohio Democrat');
    expect(said('gates are rusted')).toBe('a Texas Republican');
    expect(said('We need a plan')).toBe('another Ohio Democrat');
  });

  it('not the party named in full, nor its members in the plural, nor "the" one named before', () => {
    const { said } = annotate(
      `${BEFORE}“The river has never been this low,” said the Ohio Democrats. Sen. Ann Lee voted no. “The gates are rusted,” the Ohio Republican said.`,
    );
    expect(said('never been this low')).not.toBe('the Ohio Democrats');
    expect(said('gates are rusted')).toBe('Ann Lee');
  });

  it('switched off: the party, as before', () => {
    setOff(['speaker:some-party-member']);
    const { said } = annotate(`${BEFORE}“The river has never been this low,” said an Ohio Democrat.`);
    expect(said('never been this low')).not.toBe('an Ohio Democrat');
  });
});
