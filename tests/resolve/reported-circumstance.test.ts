import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/**
 * reported:source-last-circumstance — after a verb of saying at the end of a sentence, only a listener,
 * a time or a place, and at most a clause of when: the words before the source are what was said.
 */
const reported = (text: string) => reportedClaims(text, 'mention');

describe('a trailing source with only a listener, a time or a place after its verb', () => {
  it('reads the words before a verb that takes its object first', () => {
    expect(reported('The valley farms are in deep trouble, Tomas Berg warned on Wednesday.')).toContainEqual({
      text: 'The valley farms are in deep trouble',
      speaker: 'Tomas Berg',
    });
  });
  it('reads the words before a listener and a time', () => {
    expect(reported('The dam plan will fail, Ann Lee told the Valley Courier earlier this week.')).toContainEqual({
      text: 'The dam plan will fail',
      speaker: 'Ann Lee',
    });
  });
  it('reads the words before a listener and a clause of when', () => {
    expect(
      reported('This is not about the dam, Tomas Berg told his closest aides as he worked on the speech.'),
    ).toContainEqual({ text: 'This is not about the dam', speaker: 'Tomas Berg' });
  });
  it('gives no claim of the listener or the time', () => {
    const texts = reported('The dam plan will fail, Ann Lee told the Valley Courier earlier this week.').map(
      (r) => r.text,
    );
    expect(texts).not.toContain('earlier this week');
  });
  it('still reads what a listener is told', () => {
    expect(reported('Tomas Berg told reporters the dam would open on Monday.').map((r) => r.text)).toContain(
      'the dam would open on Monday',
    );
  });
  it('still reads what is argued for, not a place', () => {
    expect(reported('Ann Lee also argued in favor of the valley keeping its dam.').map((r) => r.text)).toContain(
      'in favor of the valley keeping its dam',
    );
  });
  it('leaves a clause of when before the source unread', () => {
    const texts = reported('As the mayor spoke about the dam, Tomas Berg responded from the floor as he left.').map(
      (r) => r.text,
    );
    expect(texts).not.toContain('As the mayor spoke about the dam');
  });
});
