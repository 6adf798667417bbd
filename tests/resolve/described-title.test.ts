import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/** Invented sentences: a description whose head is a title ("the prince", "the senator"), speaker:description-title. */
const said = (text: string, words: string) => annotate(text).said(words);

describe('speaker:description-title: a title stands for the person named with it', () => {
  it('is the person named before with that title, not whoever was named last', () => {
    const text =
      'Prince Talal Bin Omar owns hotels.\n\nTom Ray met him in May. In December, the prince said that the deal was off.';
    expect(said(text, 'the deal was off')).toBe('Talal Bin Omar');
  });

  it('reads short titles before a name ("Sen.")', () => {
    const text = 'Sen. Ann Varga spoke first.\n\nTom Ray met her in May. “We are done,” the senator said.';
    expect(said(text, 'We are done')).toBe('Ann Varga');
  });

  it('is the nearest of those named with the title', () => {
    const text =
      'Gov. Tom Hale and Gov. Bo Park met in May.\n\nPark left early. Ann Lee stayed. “We are done,” the governor said.';
    expect(said(text, 'We are done')).toBe('Bo Park');
  });

  it('counter-example: where no one named holds the title, the description is no one named (unknown, not a guess)', () => {
    const text = 'Tom Ray met the mayor in May. “We are done,” the prince said.';
    expect(said(text, 'We are done')).not.toBe('Tom Ray');
  });

  it('counter-example: a place before the title asks for a holder from there', () => {
    const text = 'Sen. Ann Varga of Ohio spoke first.\n\nTom Ray listened. “We are done,” the Vermont senator said.';
    expect(said(text, 'We are done')).not.toBe('Ann Varga');
  });

  it('counter-example: a description whose head is no title still reads as before', () => {
    const text = 'Tomas Berg has farmed here for years. The veteran said that the river had never been this low.';
    expect(said(text, 'the river had never been this low')).toBe('Tomas Berg');
  });
});
