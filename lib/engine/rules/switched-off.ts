/**
 * The rules switched off, as NEWSLENS_OFF=id,id gives them (read once; in the browser there is no
 * process: every rule is on). Only ids: checking them against the registry is switches.ts's job, so
 * the engine's passes, which ask isOn at every rule, bundle none of the registry's rows.
 */
let off: Set<string> = (() => {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return new Set(
    (env?.NEWSLENS_OFF ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
})();

/** Whether rule `id` is switched on. */
export const isOn = (id: string): boolean => off.size === 0 || !off.has(id);

/** The ids switched off. */
export const offIds = (): string[] => [...off];

/** Replaces the ids switched off (switches.ts, after checking them). */
export function replaceOff(ids: Set<string>): void {
  off = ids;
}
