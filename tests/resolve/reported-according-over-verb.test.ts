import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/**
 * reported:according-over-verb — "according to X" last in a sentence whose verb reported words: the
 * source passes on the whole sentence, the verb's words with it; not where a clause set in commas
 * comes last (the source may vouch for that clause alone), nor over a quotation.
 */
const reported = (text: string) => reportedClaims(text, 'mention');

describe('"according to" last over a verb of saying', () => {
  it('reads the whole sentence as the source’s', () => {
    expect(reported('The mayor told the farmers that the dam would not open, according to Tomas Berg.')).toContainEqual(
      { text: 'The mayor told the farmers that the dam would not open', speaker: 'Tomas Berg' },
    );
  });
  it('gives no claim of the verb’s words alone', () => {
    const texts = reported('The mayor told the farmers that the dam would not open, according to Tomas Berg.').map(
      (r) => r.text,
    );
    expect(texts).not.toContain('the dam would not open');
  });
  it('keeps the verb’s words where a clause in commas comes last', () => {
    const texts = reported(
      'Ann Lee says the dam is proof the plan works, which stood at 40 percent last year, according to the Valley Courier.',
    ).map((r) => r.text);
    expect(texts.some((t) => t.startsWith('the dam is proof the plan works'))).toBe(true);
  });
});
