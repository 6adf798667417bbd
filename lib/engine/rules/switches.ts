import { BY_ID, ruleIds } from './registry';

/** The rules switched off: NEWSLENS_OFF=id,id (read once; unknown ids are kept in `offProblem`). */
let off = new Set<string>();
let offProblem: string | null = null;

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

{
  // (in the browser there is no process: every rule is on)
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const parsed = parseOff(env?.NEWSLENS_OFF);
  off = parsed.ids;
  offProblem = parsed.problem;
}

/** Throws when NEWSLENS_OFF names a rule that does not exist (the command line calls it first). */
export function assertOffSwitches(): void {
  if (offProblem) throw new Error(offProblem);
}

/** Whether rule `id` is switched on. */
export const isOn = (id: string): boolean => off.size === 0 || !off.has(id);

/** Switches rules off (tests and the eval); [] switches every rule back on. */
export function setOff(ids: Iterable<string>): void {
  const parsed = parseOff([...ids].join(','));
  if (parsed.problem) throw new Error(parsed.problem);
  off = parsed.ids;
  offProblem = null;
}

export const offRules = (): string[] => [...off];
