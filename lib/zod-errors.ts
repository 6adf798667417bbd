/** Any zod error (classic or mini): its issues are what we report. */
export interface ZodLikeError {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}

/** A zod error as one line: the paths and reasons of the first problems. */
export function describeZodError(error: ZodLikeError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((i) => `${formatPath(i.path)}: ${i.message}`)
    .join('; ');
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}
