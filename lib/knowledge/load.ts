import { KnowledgeFile } from './schema';
import { describeZodError } from '../zod-errors';

/** Validates the bundled knowledge file; throws with the first problems' paths. */
export function parseKnowledgeFile(json: unknown): KnowledgeFile {
  const parsed = KnowledgeFile.safeParse(json);
  if (!parsed.success) throw new Error(`knowledge file is invalid: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
