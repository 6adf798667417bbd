import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

/** "…,” Berg’s former campaign strategist said": someone described by whose they are (speaker:owned-description). Made-up sentences. */
afterEach(() => setOff([]));

const BEFORE = 'Tomas Berg runs the harbor. Mia Holt spoke first.\n';

describe('a speaker described by an owner’s possessive, right after the quote', () => {
  it('a name’s possessive and several words: the person so described, not the body or the person named before', () => {
    const { said, notes } = annotate(
      `${BEFORE}“We will open the gates at dawn,” Berg’s former campaign strategist said.`,
    );
    expect(said('open the gates')).toBe('Berg’s former campaign strategist');
    const claim = notes.claims.find((c) => c.text.includes('open the gates'));
    expect(claim?.why).toContain('speaker:owned-description');
  });

  it('a thing’s possessive: someone of that thing’s, not the person named last', () => {
    const { said } = annotate(
      `${BEFORE}“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”`,
    );
    expect(said('makes him smart')).toBe('ad’s narrator');
    expect(said('what does he think')).toBe('ad’s narrator');
  });

  it('one word after a name’s possessive stays the named body or role', () => {
    const { said } = annotate(`${BEFORE}“We will open the gates at dawn,” Berg’s office said in a statement.`);
    expect(said('open the gates')).toBe('Berg’s office');
  });

  it('switched off: not so described', () => {
    setOff(['speaker:owned-description']);
    const { said } = annotate(`${BEFORE}“If he thinks that makes him smart,” the ad’s narrator says.`);
    expect(said('makes him smart')).not.toBe('ad’s narrator');
  });
});
