/**
 * Names of made things, not actors (CoNLL's MISC): a model's or a class's code ("H-1B", "Progress MS-04":
 * letters, a hyphen and digits). Read by the name pass (not-names.ts) for unknown names only.
 */

/**
 * A model's or a class's code as a name's last word: one to four letters, a capital first, a hyphen and
 * digits, a capital letter after them or not ("H-1B", "MS-04", "MiG-29", "PF-9"); not "I-95" (a road).
 */
const MODEL_CODE = /(?:^| )(?!I-)\p{Lu}\p{L}{0,3}-\d{1,4}\p{Lu}?$/u;

/** Whether an unknown name ends in a model's or a class's code: a thing, no actor ("the K-9 visa", "a Norland XR-7"). */
export function modelCode(core: string): boolean {
  return core.includes('-') && MODEL_CODE.test(core);
}
