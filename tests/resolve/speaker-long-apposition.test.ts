import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// "…,” Name, <a long description>, said": the speaker named right after a quotation, with a description
// the shorter rules do not read before the verb (cue:after-quote-long-apposition), not the one named
// before. Made-up sentences.
afterEach(() => setOff([]));

const BEFORE = 'Tomas Berg opened the harbor on Monday.\n';

describe('the speaker named after the quote, a long description before the verb', () => {
  it('a description of two long parts: “…,” Mia Holt, a senior fellow at … and a former envoy …, said', () => {
    const { said } = annotate(
      `${BEFORE}“The plan is to make it look like a close race,” Mia Holt, a senior fellow at the Harbor Institute and a former United States envoy to Chile, said of the board. “It is not.”`,
    );
    expect(said('close race')).toBe('Mia Holt');
    expect(said('It is not')).toBe('Mia Holt');
  });

  it('behind a party tag: “…,” Rep. Mia Holt (R-Ohio), a harbor panel member, said', () => {
    const { said } = annotate(
      `${BEFORE}“They would just go get them,” Rep. Mia Holt (R-Ohio), a harbor panel member, said.`,
    );
    expect(said('go get them')).toBe('Mia Holt');
  });

  it('a relative clause with no comma after it: “…,” Mia Holt, the analyst who founded riverwatch.org tweeted', () => {
    const { said } = annotate(
      `${BEFORE}“The river is low,” Mia Holt, the water analyst who founded riverwatch.org tweeted on Wednesday.`,
    );
    expect(said('river is low')).toBe('Mia Holt');
  });

  it('counter-example: the verb of saying of a relative clause is no cue', () => {
    const { said } = annotate(
      `${BEFORE}“The plan is to make it look like a close race,” Mia Holt, who said the board had lied to the whole harbor for years, walked out.`,
    );
    expect(said('close race')).not.toBe('Mia Holt');
  });

  it('switched off, the long description leaves the quote to the speaker before', () => {
    setOff(['cue:after-quote-long-apposition']);
    const { said } = annotate(
      `${BEFORE}“They would just go get them,” Rep. Mia Holt (R-Ohio), a harbor panel member, said.`,
    );
    expect(said('go get them')).not.toBe('Mia Holt');
  });
});

describe('a noun of the description is passed over', () => {
  it('“…,” Mia Holt, the harbor master of Dayton, one of the states suing the board, said', () => {
    const { said } = annotate(
      `${BEFORE}“It is an invasion of the harbor's rights,” Mia Holt, the harbor master of Dayton, one of the states suing the board, said at a dinner.`,
    );
    expect(said('invasion')).toBe('Mia Holt');
  });
});
