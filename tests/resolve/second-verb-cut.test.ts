import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

/**
 * A second verb of saying of the same subject, after "and" or "but", ends the first verb's words
 * (lib/speech/subject-second-verb.ts, under reported:second-verb): each verb has its own. Made-up
 * sentences.
 */
afterEach(() => setOff([]));

const reported = (text: string) =>
  annotate(text)
    .notes.claims.filter((c) => c.kind === 'reported')
    .map((c) => [c.text, c.speaker?.name ?? null, c.why?.[0]]);

describe('a second verb of saying after the first one’s words', () => {
  it('“but insisted”: two claims, one speaker', () => {
    expect(
      reported('Tomas Berg said the plan for the harbour was sound but insisted that it needed more time.'),
    ).toEqual([
      ['the plan for the harbour was sound', 'Tomas Berg', 'reported:verb-that'],
      ['it needed more time', 'Tomas Berg', 'reported:second-verb'],
    ]);
  });

  it('“, and added”, after a quoted phrase: the comma stays out', () => {
    expect(
      reported('Ann Varga said the port was “a place of work,” and added that the new berths would open in May.'),
    ).toEqual([
      ['the port was “a place of work,”', 'Ann Varga', 'reported:verb-that'],
      ['the new berths would open in May', 'Ann Varga', 'reported:second-verb'],
    ]);
  });

  it('not before “to”: the promise may be the first words’ subject’s', () => {
    const claims = reported('Ann Varga said she was sorry for the long delay and promised to stay on.');
    expect(claims).toEqual([
      ['she was sorry for the long delay and promised to stay on', 'Ann Varga', 'reported:verb-that'],
    ]);
  });

  it('not where the second verb reports nothing: the first one’s words stay whole', () => {
    expect(reported('Tomas Berg said the old dock was unsafe and said nothing more.')).toEqual([
      ['the old dock was unsafe and said nothing more', 'Tomas Berg', 'reported:verb-that'],
    ]);
  });

  it('not after a verb of saying inside the first one’s words', () => {
    const claims = reported(
      'Tomas Berg said the council told him the dock was safe and added that it would stay open.',
    );
    expect(claims.map((c) => c[0])).not.toContain('it would stay open');
  });

  it('switched off (reported:second-verb), the first verb’s words run on', () => {
    setOff(['reported:second-verb']);
    const claims = reported(
      'Tomas Berg said the plan for the harbour was sound but insisted that it needed more time.',
    );
    expect(claims).toEqual([
      ['the plan for the harbour was sound but insisted that it needed more time', 'Tomas Berg', 'reported:verb-that'],
    ]);
  });
});
