import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/**
 * reported:according-to-last / -between — the words may end on a mark no token holds ("22%,", "(R-Ohio),"),
 * an aside in brackets may follow the source, and where the main clause goes on after the source (", was
 * …") the whole sentence is said; reported:source-last — a pronoun after the verb opens the words unless
 * it ends the sentence; the main subject of a second verb comes after a wire dateline.
 */
const reported = (text: string) => reportedClaims(text, 'mention');

describe('"according to" after marks and before the main clause', () => {
  it('reads words that end on a per cent sign', () => {
    expect(reported('Tomas Berg leads the valley race with 31%, according to a new poll.')).toContainEqual({
      text: 'Tomas Berg leads the valley race with 31%',
      speaker: 'a new poll',
    });
  });
  it('reads words that end on a bracket', () => {
    expect(
      reported('Berg leads Sen. Ann Lee (R-Ohio) and Sen. Tom Hale (D-Ohio), according to the Valley Courier.').map(
        (r) => r.text,
      ),
    ).toContain('Berg leads Sen. Ann Lee (R-Ohio) and Sen. Tom Hale (D-Ohio)');
  });
  it('reads a source with an aside in brackets after it', () => {
    expect(
      reported('Berg won 54 percent of the farmers in the valley, according to exit polls (a wide margin).').map(
        (r) => r.text,
      ),
    ).toContain('Berg won 54 percent of the farmers in the valley');
  });
  it('reads the whole sentence where the main clause goes on after the source', () => {
    expect(
      reported(
        'At the heart of the dispute, according to Tomas Berg, a former envoy, was a decision to close the dam.',
      ).map((r) => r.text),
    ).toContain(
      'At the heart of the dispute, according to Tomas Berg, a former envoy, was a decision to close the dam',
    );
  });
  it('keeps a describing phrase after the source', () => {
    expect(
      reported('The dam will be rebuilt next year, according to Tomas Berg, the council’s engineer.').map(
        (r) => r.text,
      ),
    ).toContain('The dam will be rebuilt next year');
  });
});

describe('a pronoun after a trailing verb', () => {
  it('is no source when words follow it', () => {
    expect(
      reported('Among the farmers polled, about two-thirds, 67 percent, say they will vote for Berg.').map(
        (r) => r.speaker,
      ),
    ).not.toContain('they');
  });
});

describe('the main subject after a dateline', () => {
  it('is the name after the dateline', () => {
    expect(
      reported('DAYTON, Ohio — Tomas Berg toured the valley last week and said the dam would be rebuilt next year.'),
    ).toContainEqual({ text: 'the dam would be rebuilt next year', speaker: 'Tomas Berg' });
  });
});
