import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/** Invented sentences: a description of a thing, a body or many people (speaker:description-thing). */
const said = (text: string, words: string) => annotate(text).said(words);

describe('speaker:description-thing: a thing or many people is no person named before', () => {
  it('an email is not the person named last', () => {
    const text =
      'Tomas Berg runs the farm.\n\nHis campaign sent a note. “The river has never been this low,” the email read.';
    expect(said(text, 'The river has never been this low')).not.toBe('Tomas Berg');
  });

  it('a sign is not the person named last, nor is the gate it stands at', () => {
    const text = 'Tomas Berg runs the farm.\n\n“The river has never been this low,” the sign read.';
    expect(said(text, 'The river has never been this low')).not.toBe('Tomas Berg');
    const gate = 'Tomas Berg runs the farm.\n\nA sign at the gate reads “No sale of the farm without a vote.”';
    expect(said(gate, 'No sale of the farm without a vote.')).not.toBe('Tomas Berg');
  });

  it('a plural is not the person named last', () => {
    const text = 'Tomas Berg spoke first.\n\n“We want the river back,” the protesters said.';
    expect(said(text, 'We want the river back')).not.toBe('Tomas Berg');
  });

  it('a later "he" is not the email', () => {
    const text =
      'Tomas Berg runs the farm.\n\n“The river has never been this low,” the email read. “We will manage,” he said.';
    expect(said(text, 'We will manage')).toBe('Tomas Berg');
  });

  it('counter-example: a person word still stands for the person named before', () => {
    const text = 'Tomas Berg has farmed here for years. The veteran said that the river had never been this low.';
    expect(said(text, 'the river had never been this low')).toBe('Tomas Berg');
  });

  it('counter-example: the head is read before its complement ("the secretary of state")', () => {
    const text = 'Tomas Berg has farmed here for years. “It is low,” the farmer of the valley said.';
    expect(said(text, 'It is low')).toBe('Tomas Berg');
  });
});
