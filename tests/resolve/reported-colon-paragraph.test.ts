import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/**
 * reported:colon-paragraph — a verb of saying and a colon close a paragraph: the next paragraph is what
 * was said, unless it opens on a quotation mark (a quote, found as one) or the colon is not last.
 */
const saidIn = (text: string) => reportedClaims(text, 'mention');
/** The opening paragraph of the examples: a verb of saying and a colon close it. */
const WROTE = 'The mayor spoke for an hour. In his column, Tomas Berg wrote:';

describe('a verb of saying and a colon closing the paragraph before', () => {
  it('reads the next paragraph as the speaker’s', () => {
    const claims = saidIn(`${WROTE}\nThe dam will not open this year. The farmers know it.`);
    expect(claims).toContainEqual({
      text: 'The dam will not open this year. The farmers know it',
      speaker: 'Tomas Berg',
    });
  });
  it('leaves a quotation in the next paragraph to the quotes', () => {
    const texts = saidIn(`${WROTE}\n“The dam will not open this year,” the farmers were told.`).map((r) => r.text);
    expect(texts.some((t) => t.includes('The dam will not open'))).toBe(false);
  });
  it('reads no paragraph after a colon inside the sentence', () => {
    const texts = saidIn('Tomas Berg wrote: the dam is shut.\nThe farmers will stay in the valley all year.');
    expect(texts.map((r) => r.text).some((t) => t.includes('The farmers will stay'))).toBe(false);
  });
});
