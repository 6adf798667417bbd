import { describe, expect, it } from 'vitest';
import { TEXT_YEAR, findTextYears } from '../../lib/actors/text-years';

/** What the scanner must give: every TEXT_YEAR match, as matchAll finds them. */
const byRegex = (text: string) =>
  [...text.matchAll(TEXT_YEAR)].map((m) => ({ year: Number(m[1] ?? m[2]), at: m.index }));

describe('findTextYears', () => {
  it('finds the times a text gives with a year, as the regex does', () => {
    const text =
      'The mayor, elected in 2015, lost the 2019 election. Since March 3, 2014 and by spring 2016 the town grew.';
    expect(findTextYears(text)).toEqual(byRegex(text));
    expect(findTextYears(text).map((y) => y.year)).toEqual([2015, 2019, 2014, 2016]);
  });

  it('gives nothing for numbers that are no such times', () => {
    for (const text of ['A rise of 2015 points.', 'In 20155 cases.', 'In 2016%', 'within 2016', 'in 2016.5', ''])
      expect(findTextYears(text)).toEqual(byRegex(text));
  });

  it('agrees with the regex on made-up texts of years, words, days and punctuation', () => {
    const pieces = [
      'in',
      'In',
      'SINCE',
      'mid-',
      'mid',
      'spring',
      'of',
      ' ',
      '\n',
      '\u00a0',
      ',',
      '.',
      '%',
      '-',
      '5',
      '12',
      '3,',
      '1999',
      '2016',
      '1920',
      '19',
      'election',
      'race',
      'x',
      '_',
      'é',
      'the',
    ];
    let seed = 11;
    const pick = () => pieces[(seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length];
    for (let t = 0; t < 3000; t++) {
      let text = '';
      for (let i = 0; i < 10; i++) text += pick() + (i % 3 ? ' ' : '');
      expect(findTextYears(text)).toEqual(byRegex(text));
    }
  });
});
