import { afterEach, describe, expect, it } from 'vitest';
import { extractFindings } from '../../lib/engine/extract';
import { setOff } from '../../lib/engine/rules';

/** A subject, a relative clause on it, then the verb of saying (reported:relative-then-verb). Made-up sentences. */
afterEach(() => setOff([]));

const OPEN = 'The harbour was busy on Monday.\n\n';

function reported(sentence: string): { content: string; subject: string; rule?: string }[] {
  const text = OPEN + sentence;
  return extractFindings(text).reported.map((r) => ({
    content: text.slice(r.start, r.end),
    subject: text.slice(r.subject.start, r.subject.end),
    rule: r.rule,
  }));
}

describe('a subject, a relative clause, then the verb of saying', () => {
  it('reads coordinated modifiers, a capitalised first word and an "of" complement', () => {
    expect(
      reported('Current and former officials who spoke with the Westby Herald said the board has failed.'),
    ).toEqual([
      { content: 'the board has failed', subject: 'Current and former officials', rule: 'reported:relative-then-verb' },
    ]);
    expect(reported('Executives who run the port say that the plan will fail.')[0]?.subject).toBe('Executives');
    expect(reported('But friends of the mayor who have seen him recently say his energy has faded.')[0]?.subject).toBe(
      'friends of the mayor',
    );
  });

  it('switched off, reads none of them', () => {
    setOff(['reported:relative-then-verb']);
    expect(
      reported('Current and former officials who spoke with the Westby Herald said the board has failed.'),
    ).toEqual([]);
  });

  it('leaves a clause set in commas, a plural of things, and a subject that does not open its clause', () => {
    expect(reported('The boats that sailed who knows where said nothing of the storm.')).toEqual([]);
    expect(reported('The new loans who cost too much said the rates would rise.')).toEqual([]);
    expect(
      reported('The mayor met officials who spoke with the Westby Herald and said the board has failed.')[0]?.subject,
    ).not.toBe('officials');
  });
});
