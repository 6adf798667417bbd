/**
 * Imported first by the benches that time the engine as the extension runs it: zod is told not to
 * compile validators with `new Function` before any schema module is evaluated. (The extension's
 * pages and content scripts forbid eval, so zod there never builds its compiled fast path; in
 * Node, a schema made before this call would build it on first use and be timed doing so.)
 */
import { useJitlessZod } from '../lib/zod-setup';

useJitlessZod();
