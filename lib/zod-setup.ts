import { config } from 'zod/mini';

/**
 * Extension pages and content scripts forbid `eval` (the MV3 content security policy), so
 * zod is told not to try compiling validators with `new Function` at all.
 */
export function useJitlessZod(): void {
  config({ jitless: true });
}
