import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// The name of a show or a work in quotation marks is no quotation, also where a cue follows it. Made-up
// shows and sentences.
const quotes = (text: string) =>
  annotate(text)
    .notes.claims.filter((c) => c.kind !== 'reported')
    .map((c) => c.text);

describe('names of shows in quotation marks', () => {
  it('after "on", with a cue after it: on “Harbor Week,” Mia Holt said …', () => {
    expect(quotes('Later on “Harbor Week,” Mia Holt said the gates would be fixed.')).toEqual([]);
  });

  it('one word after a network’s possessive: told HBN’s “Dawn” on Monday', () => {
    expect(quotes('“The gates will hold,” Mia Holt told HBN’s “Dawn” on Monday.')).toEqual(['The gates will hold']);
  });

  it('after "on", with no stop in the marks: she appeared on “Dock & Harbor” to defend him', () => {
    expect(quotes('Mia Holt appeared on “Dock & Harbor” to defend him.')).toEqual([]);
  });

  it('counter-example: a slogan said, with a cue after it, stays a quote', () => {
    expect(quotes('“Stronger Docks Together,” Mia Holt said at the rally.')).toEqual(['Stronger Docks Together']);
  });

  it('counter-example: words in lower case after "on" are no title', () => {
    expect(quotes('Mia Holt spoke on “the need to fix the gates,” Tomas Berg said.')).toContain(
      'the need to fix the gates',
    );
  });

  it("a mark typed as two apostrophes: said on HBN's ''Harbor Week.''", () => {
    expect(quotes("''The gates will hold,'' Mia Holt said on HBN's ''Harbor Week.'' ''They always have.''")).toEqual([
      'The gates will hold',
      'They always have.',
    ]);
  });

  it('a longer name with a small word: the host of “The Late Hour with Tomas Berg.”', () => {
    expect(quotes('Mia Holt is now the host of HBN’s “The Late Hour with Tomas Berg.”')).toEqual([]);
  });

  it('a book with a subtitle after a colon: in her book “Harbor Days: A Life on the Docks.”', () => {
    expect(quotes('Mia Holt wrote about the strike in her book “Harbor Days: A Life on the Docks.”')).toEqual([]);
  });
  it('a kind of work before the title, a comma between them: in her memoir, “Harbor Days.”', () => {
    expect(quotes('Mia Holt wrote about the strike in her memoir, “Harbor Days.”')).toEqual([]);
    expect(quotes('Mia Holt starred in the documentary “Tidewater.”')).toEqual([]);
  });

  it('a title opening with a figure: on HBN’s “48 Hours.”', () => {
    expect(quotes('Mia Holt defended the plan on HBN’s “48 Hours.”')).toEqual([]);
  });

  it('counter-example: words that are no title after a kind of work stay a quote', () => {
    expect(quotes('Mia Holt wrote in her column, “The gates will not hold another winter.”')).toEqual([
      'The gates will not hold another winter.',
    ]);
  });
  it('a comma or a final ! of the title’s own, where the work is named before it: the podcast “Well, That Was Fast.”', () => {
    expect(quotes('Mia Holt spoke about the strike on the podcast “Well, That Was Fast.”')).toEqual([]);
    expect(quotes('Mia Holt starred in the movie “Up, Up and Away!” last year.')).toEqual([]);
  });
  it('a title with a subtitle after a colon names a book wherever it stands: according to “Harbor Days: …”', () => {
    expect(
      quotes('The strike began in May, according to “Harbor Days: The Docks and the Long Strike of 1990.”'),
    ).toEqual([]);
  });

  it('counter-example: words after a colon in lower case are speech', () => {
    expect(quotes('“Listen: we will not close the gates,” Mia Holt said.')).toEqual([
      'Listen: we will not close the gates',
    ]);
  });
  it('a list of titles goes on after a name of a work: starred in “Harbor Days” and “The Long Tide,”', () => {
    expect(quotes('Mia Holt, who starred in “Harbor Days” and “The Long Tide,” spoke on Monday.')).toEqual([]);
  });

  it('counter-example: a quotation after a title, with words between them, is speech', () => {
    expect(quotes('Mia Holt starred in “Harbor Days,” and said “Thank You, Harbor Town.”')).toContain(
      'Thank You, Harbor Town.',
    );
    expect(quotes('Mia Holt starred in “Harbor Days” and “Thank You, Harbor Town.”')).toEqual([]);
  });
});
