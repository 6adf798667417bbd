/**
 * Work written as a generator that yields now and then can run in one go (tests, the command
 * line) or in slices that pause for the page (the content script), from the same code.
 */
export type Steps<T> = Generator<void, T, void>;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps, pausing whenever `budgetMs` of work has gone by since the last pause. */
export async function runSliced<T>(steps: Steps<T>, pause: () => Promise<void>, budgetMs = 8): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}
