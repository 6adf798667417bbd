import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

/** Invented sentences: "the Ohio Republican said" is one member of the party (speaker:party-member), not the party. */
const said = (text: string, words: string) => annotate(text).said(words);

describe('speaker:party-member: "the Ohio Republican" is a person, not the party', () => {
  it('stands for the person named before, as "the Democrat" does', () => {
    const text = 'Sen. Ann Varga voted against the bill.\n\nThe Ohio Republican said the bill would raise costs.';
    expect(said(text, 'the bill would raise costs')).toBe('Ann Varga');
  });

  it('reads the same after a quote', () => {
    const text = 'Rep. Tom Hale spoke first.\n\n“We are done,” the Texas Democrat said.';
    expect(said(text, 'We are done')).toBe('Tom Hale');
  });

  it('counter-example: the members in the plural are a group, not the person named before', () => {
    const text = 'Sen. Ann Varga voted against the bill.\n\nOhio Republicans said the bill would raise costs.';
    expect(said(text, 'the bill would raise costs')).not.toBe('Ann Varga');
  });

  it('counter-example: the party named in full is the party', () => {
    const text = 'Sen. Ann Varga voted against the bill.\n\nThe Republican Party said the bill would raise costs.';
    expect(said(text, 'the bill would raise costs')).toBe('Republican Party');
  });
});
