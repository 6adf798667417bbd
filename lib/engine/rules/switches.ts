import { BY_ID, ruleIds } from './registry';
import { offIds, replaceOff } from './switched-off';

/**
 * NEWSLENS_OFF, checked against the registry: the command line and the eval ask for it
 * (assertOffSwitches, setOff). isOn, which the engine asks at every rule, lives apart in
 * switched-off.ts, so what runs in the page needs none of the registry's rows.
 */

/** Parses a NEWSLENS_OFF value: the ids, or a message naming the unknown ones and the known ones. */
export function parseOff(value: string | undefined | null): { ids: Set<string>; problem: string | null } {
  const ids = new Set(
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const unknown = [...ids].filter((id) => !BY_ID.has(id));
  const fixed = [...ids].filter((id) => BY_ID.get(id)?.fixed);
  return {
    ids,
    problem: unknown.length
      ? `NEWSLENS_OFF: unknown rule ${unknown.join(', ')}; the rules are: ${ruleIds().join(', ')}`
      : fixed.length
        ? `NEWSLENS_OFF: ${fixed.join(', ')} cannot be switched off`
        : null,
  };
}

/** Throws when NEWSLENS_OFF names a rule that does not exist (the command line calls it first). */
export function assertOffSwitches(): void {
  const { problem } = parseOff(offIds().join(','));
  if (problem) throw new Error(problem);
}

/** Switches rules off (tests and the eval); [] switches every rule back on. */
export function setOff(ids: Iterable<string>): void {
  const parsed = parseOff([...ids].join(','));
  if (parsed.problem) throw new Error(parsed.problem);
  replaceOff(parsed.ids);
}

export { isOn, offIds as offRules } from './switched-off';
