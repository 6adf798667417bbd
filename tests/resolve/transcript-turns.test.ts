import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { extractAsText } from '../extract/helpers';
import { annotate } from './helpers';

/**
 * quote:transcript-turn, cue:transcript-label, name:speaker-label — a transcript's turns ("HARTLEY: …")
 * are quotations, each its label's. Made-up transcripts.
 */
afterEach(() => setOff([]));

const TRANSCRIPT = [
  'Harbour chief defends plan',
  'Governor Sam Brannagh spoke to Ann Hartley of the Valley Courier on Sunday. Partial transcript:',
  'HARTLEY: Let us start with the harbour. Will the ferry run again this year?',
  'BRANNAGH: It will run in May, and it will run on time.',
  'HARTLEY: Governor, the council says the money is not there.',
  'GOV. BRANNAGH: The money is there. We found it in the “port budget” last week.',
  'UPDATE: The council met again on Monday.',
].join('\n\n');

describe('a transcript’s turns', () => {
  it('are quotes of the named speakers, the label left out of the words', () => {
    const { said, notes } = annotate(TRANSCRIPT);
    expect(said('Will the ferry run again this year?')).toBe('Ann Hartley');
    expect(said('It will run in May')).toBe('Sam Brannagh');
    expect(said('The money is there.')).toBe('Sam Brannagh');
    const turn = notes.claims.find((c) => c.text.startsWith('It will run in May'))!;
    expect(turn.kind).toBe('quote');
    expect(turn.text).toBe('It will run in May, and it will run on time.');
    expect(turn.why).toEqual(['quote:transcript-turn', 'cue:transcript-label', 'speaker:named']);
  });

  it('a heading’s label is no turn; a quotation inside a turn is part of its words', () => {
    const { notes } = annotate(TRANSCRIPT);
    expect(notes.claims.some((c) => c.text.includes('The council met again'))).toBe(false);
    expect(notes.claims.some((c) => c.text === 'port budget')).toBe(false);
  });

  it('a label alone is a person, named as prose writes it', () => {
    const { actor, said } = annotate(
      'Talk of the bay\n\nHARTLEY: Will the ferry run?\n\nO’NEILL-HALE: It will run in May.',
    );
    expect(actor('Hartley')?.type).toBe('person');
    expect(said('It will run in May.')).toBe('O’Neill-Hale');
  });

  it('an archive’s mark opening each paragraph (“"HARTLEY: …”) is read the same', () => {
    const { said } = annotate(
      'Talk of the bay\n\n"HARTLEY: Will the ferry run this year?\n\n"BRANNAGH: It will run in May.',
    );
    expect(said('Will the ferry run this year?')).toBe('Hartley');
    expect(said('It will run in May.')).toBe('Brannagh');
  });

  it('one labelled line is no transcript', () => {
    const { quotes } = extractAsText('Talk of the bay\n\nHARTLEY: Will the ferry run this year?\n\nNo one knows.');
    expect(quotes).toEqual([]);
  });

  it('switched off, the turns are no quotes', () => {
    setOff(['quote:transcript-turn']);
    const { notes } = annotate(TRANSCRIPT);
    expect(notes.claims.some((c) => c.text.startsWith('It will run in May'))).toBe(false);
  });
});

describe('labels that take no turns', () => {
  it('three datelines or more, none twice, are no transcript', () => {
    const { notes } = annotate(
      'Roundup\n\nWESTBY: The council met on Monday.\n\nNORTHBY: The ferry ran late again.\n\nEASTFIELD: The school reopened.',
    );
    expect(notes.claims.filter((c) => c.kind === 'quote')).toEqual([]);
  });
});

describe('a turn of several paragraphs', () => {
  it('runs on to the next turn, up to a stage direction; the words after the last turn stay the article’s', () => {
    const text = [
      'Talk of the bay',
      'HARTLEY: Will the ferry run again this year?',
      'BRANNAGH: It will run in May.',
      'And it will run on time, every day of the week.',
      '(CROSSTALK)',
      'HARTLEY: Governor, the money is not there.',
      'BRANNAGH: The money is there.',
      'The council met again on Monday and asked for the auditors’ report.',
    ].join('\n\n');
    const { notes } = annotate(text);
    const quotes = notes.claims.filter((c) => c.kind === 'quote');
    const answer = quotes.find((c) => c.text.startsWith('It will run in May'))!;
    expect(answer.text).toContain('every day of the week');
    expect(answer.speaker?.name).toBe('Brannagh');
    expect(quotes.some((c) => c.text.includes('CROSSTALK'))).toBe(false);
    expect(quotes.some((c) => c.text.includes('The council met again'))).toBe(false);
  });
});
