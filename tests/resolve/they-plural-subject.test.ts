import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

/**
 * "they" for the plural noun that is the subject of its sentence or one close before
 * (speaker:they-plural-subject). Made-up sentences.
 */
afterEach(() => setOff([]));

const OPEN = 'The port of Varna is busy.\n';

describe('“they” for a plural subject', () => {
  it('the subject of the sentence before', () => {
    const { said } = annotate(
      `${OPEN}Local shop owners filed a complaint on Monday. They say the loans cost too much.`,
    );
    expect(said('the loans cost too much')).toBe('Local shop owners');
  });

  it('capitalised as the first word, with its complement after it', () => {
    const { said } = annotate(
      `${OPEN}Critics of the harbour plan have long pointed to the cost. They say the loans cost too much.`,
    );
    expect(said('the loans cost too much')).toBe('Critics');
  });

  it('after an opening clause and its comma', () => {
    const { said } = annotate(
      `${OPEN}Should the port fail to pay, environmentalists worry that the town will. The cost could be high, they say.`,
    );
    expect(said('The cost could be high')).toBe('environmentalists');
  });

  it('through a sentence that opens with “they”', () => {
    const { said } = annotate(
      `${OPEN}Local shop owners filed a complaint on Monday. They sent a letter to the harbour master. “The loans cost too much,” they wrote.`,
    );
    expect(said('The loans cost too much')).toBe('Local shop owners');
  });

  it('with a name inside the phrase, the phrase', () => {
    const { said } = annotate(
      `${OPEN}Other Varna Traders Union leaders were less sure. They said the plan could fail.`,
    );
    expect(said('the plan could fail')).toBe('Other Varna Traders Union leaders');
  });

  it('switched off: not the plural subject', () => {
    setOff(['speaker:they-plural-subject']);
    const { said } = annotate(
      `${OPEN}Local shop owners filed a complaint on Monday. They say the loans cost too much.`,
    );
    expect(said('the loans cost too much')).not.toBe('Local shop owners');
  });

  it('not when a body is named since as a subject itself', () => {
    const { said } = annotate(
      `${OPEN}Local shop owners filed a complaint on Monday, and the Varna Traders Union joined it. They say the loans cost too much.`,
    );
    expect(said('the loans cost too much')).not.toBe('Local shop owners');
  });

  it('not a plural of things, nor one inside a quotation', () => {
    const things = annotate(`${OPEN}The new loans cost too much. They say the rates keep rising.`);
    expect(things.said('the rates keep rising')).not.toBe('new loans');
    const quoted = annotate(
      `${OPEN}Tomas Berg said: “Local shop owners filed a complaint.” They say the rates keep rising.`,
    );
    expect(quoted.said('the rates keep rising')).not.toBe('Local shop owners');
  });

  it('not two sentences back, nor when someone else spoke since', () => {
    const { said } = annotate(
      `${OPEN}Local shop owners filed a complaint on Monday. The harbour was quiet. They say the loans cost too much.`,
    );
    expect(said('the loans cost too much')).not.toBe('Local shop owners');
    const spoke = annotate(
      `${OPEN}Local shop owners filed a complaint on Monday, and Tomas Berg said the port must grow. They say the loans cost too much.`,
    );
    expect(spoke.said('the loans cost too much')).not.toBe('Local shop owners');
    expect(said('the loans cost too much')).not.toBe('Local shop owners');
  });
});
