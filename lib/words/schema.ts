/**
 * The schema of a word-class file (lib/words/*.json) and the check every file must pass.
 * Used at build time only (tests/words and `npm run knowledge`); the engine imports the JSON
 * itself and compiles it into Sets and token marks in lib/words/sets.ts and lists.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const WordClassFile = z
  .object({
    /** What the class is for and where the engine reads it. */
    description: z.string().min(10),
    /** Whether the words are written lower case (the default) because the engine looks them up lower-cased. */
    caseFolded: z.boolean().optional(),
    /** Where a list of facts about the world came from. */
    source: z.string().min(1).optional(),
    /** Real-world phrases the class is for. */
    examples: z.array(z.string().min(1)).optional(),
    words: z.array(z.string()).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.words.forEach((w, i) => {
      if (w.trim() === '') ctx.addIssue({ code: 'custom', path: ['words', i], message: 'empty word' });
      else if (w !== w.trim() || /\s{2,}/.test(w))
        ctx.addIssue({ code: 'custom', path: ['words', i], message: `stray spaces in "${w}"` });
      if (file.caseFolded !== false && w !== w.toLowerCase())
        ctx.addIssue({
          code: 'custom',
          path: ['words', i],
          message: `"${w}" is not lower case (the class is case-folded)`,
        });
      if (seen.has(w)) ctx.addIssue({ code: 'custom', path: ['words', i], message: `duplicate "${w}"` });
      seen.add(w);
    });
  });
export type WordClassFile = z.infer<typeof WordClassFile>;

export const WORDS_DIR = dirname(fileURLToPath(import.meta.url));

/** Every word-class file in `dir`, parsed and checked: the classes by name and the errors as "file: path: message". */
export function readWordClasses(dir = WORDS_DIR): { classes: Map<string, WordClassFile>; errors: string[] } {
  const classes = new Map<string, WordClassFile>();
  const errors: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      errors.push(`lib/words/${file}: invalid JSON: ${(error as Error).message}`);
      continue;
    }
    const parsed = WordClassFile.safeParse(json);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        errors.push(`lib/words/${file}: ${issue.path.join('.')}: ${issue.message}`);
    else classes.set(file.replace(/\.json$/, ''), parsed.data);
  }
  return { classes, errors };
}

/** Words that sit in more than one class, with their classes (information, not an error). */
export function sharedWords(classes: Map<string, WordClassFile>): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const [name, file] of classes)
    for (const w of file.words) where.set(w.toLowerCase(), [...(where.get(w.toLowerCase()) ?? []), name]);
  return new Map([...where].filter(([, names]) => names.length > 1));
}
