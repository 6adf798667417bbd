import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

/**
 * "they" for the speakers just described, not named (speaker:pronoun-they-described): in the sentence
 * of their speech or the one after, with no one named speaking since. Made-up sentences.
 */
afterEach(() => setOff([]));

const OPEN = 'The port of Varna is busy.\n';

describe('“they” after speakers known by a description', () => {
  it('the next sentence, set in commas', () => {
    const { said } = annotate(
      `${OPEN}Many shop owners say that the loans cost too much. What is more, they note, the rates keep rising.`,
    );
    expect(said('the rates keep rising')).toBe('Many shop owners');
  });

  it('switched off (with the plural-subject rule): the place named before', () => {
    setOff(['speaker:pronoun-they-described', 'speaker:they-plural-subject']);
    const { said } = annotate(
      `${OPEN}Many shop owners say that the loans cost too much. What is more, they note, the rates keep rising.`,
    );
    expect(said('the rates keep rising')).not.toBe('Many shop owners');
  });

  it('not when someone named spoke since', () => {
    const { said } = annotate(
      `${OPEN}Many shop owners say that the loans cost too much, and the city council said the port must grow. They added that the rates keep rising.`,
    );
    expect(said('the rates keep rising')).not.toBe('Many shop owners');
  });

  it('not two sentences on', () => {
    const { said } = annotate(
      `${OPEN}Many shop owners say that the loans cost too much. The harbour was quiet on Monday. They added that the rates keep rising.`,
    );
    expect(said('the rates keep rising')).not.toBe('Many shop owners');
  });
});
