import { describe, expect, it } from 'vitest';
import { reportedClaims } from './bundled-reported';

/**
 * reported:described-subject — a plural description with no determiner, after a conjunction that opens
 * its clause: "But water engineers say …", "…, but farm specialists say …", "…, where party leaders say …".
 */
const reported = (text: string) => reportedClaims(text);

describe('reported speech of a description after a conjunction', () => {
  it('reads a description after a sentence-opening "But"', () => {
    expect(reported('But water engineers say the dam could fail within a decade.')).toContainEqual({
      text: 'the dam could fail within a decade',
      speaker: 'water engineers',
    });
  });
  it('reads a description after ", but"', () => {
    expect(reported('The river is low, but farm specialists say the harvest will be fine.')).toContainEqual({
      text: 'the harvest will be fine',
      speaker: 'farm specialists',
    });
  });
});
