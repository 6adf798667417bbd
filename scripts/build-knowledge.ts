/**
 * Builds the bundled knowledge (public/knowledge.json and its other parts) from world-countries, lib/knowledge/sources/*.json and the open data
 * in lib/knowledge/open-data/ (imported by `npm run knowledge:import`).
 * Run with `npm run knowledge`. Exits non-zero on any validation error, duplicate id,
 * dangling reference or unresolved alias collision.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildKnowledge, summarise, type BuildInput, type WorldCountry } from '../lib/knowledge/build';
import { readWordClasses } from '../lib/words/schema';
import { compactBundle, splitBundle } from '../lib/knowledge/bundle-form';
import { CoverageNotesFile, type CoverageNote } from '../lib/knowledge/build/world-coverage';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES_DIR = join(ROOT, 'lib/knowledge/sources');
export const OUTPUT = join(ROOT, 'public/knowledge.json');

function readJson(path: string): { json?: unknown; error?: string } {
  try {
    return { json: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Reads everything the build needs from disk; JSON syntax errors come back as errors. */
export function readBuildInput(root = ROOT): { input: BuildInput; errors: string[] } {
  const sourcesDir = join(root, 'lib/knowledge/sources');
  const errors: string[] = [];
  const worldCountries = JSON.parse(
    readFileSync(join(root, 'node_modules/world-countries/countries.json'), 'utf8'),
  ) as WorldCountry[];
  const files = existsSync(sourcesDir)
    ? readdirSync(sourcesDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  // countries-extra.json and ambiguous.json have their own schemas; the rest are KnowledgeSource.
  const input: BuildInput = { worldCountries, sources: [] };
  for (const file of files) {
    const { json, error } = readJson(join(sourcesDir, file));
    if (error) {
      errors.push(`${file}: invalid JSON: ${error}`);
      continue;
    }
    if (file === 'countries-extra.json') input.countryExtras = json;
    else if (file === 'ambiguous.json') input.ambiguous = json;
    else input.sources.push({ file, json });
  }
  // the US Congress open data, as imported into the project (npm run knowledge:import)
  const usDir = join(root, 'lib/knowledge/open-data/us-congress');
  if (existsSync(join(usDir, 'current.json'))) {
    const parts = ['current', 'executive', 'historical'].map((name) => ({
      name,
      ...readJson(join(usDir, `${name}.json`)),
    }));
    const bad = parts.filter((p) => p.error);
    for (const p of bad) errors.push(`open-data/us-congress/${p.name}.json: invalid JSON: ${p.error}`);
    if (!bad.length)
      input.usCongress = {
        current: parts[0].json,
        executive: parts[1].json,
        historical: parts[2].json,
      } as BuildInput['usCongress'];
  }
  return { input, errors };
}

/** The coverage notes (lib/knowledge/coverage/*.json): gaps in the world's data that are not errors. */
export function readCoverageNotes(root = ROOT): { notes: CoverageNote[]; errors: string[] } {
  const dir = join(root, 'lib/knowledge/coverage');
  const notes: CoverageNote[] = [];
  const errors: string[] = [];
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files.sort()) {
    const { json, error } = readJson(join(dir, file));
    const parsed = error ? null : CoverageNotesFile.safeParse(json);
    if (!parsed?.success)
      errors.push(
        `coverage/${file}: ${error ?? parsed?.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    else notes.push(...parsed.data.notes);
  }
  return { notes, errors };
}

function main(): number {
  const { input, errors: readErrors } = readBuildInput();
  const result = buildKnowledge(input);
  // the engine's word classes (lib/words/*.json) are checked here too: a bad file fails the build
  const { errors: wordErrors } = readWordClasses(join(ROOT, 'lib/words'));
  const { errors: noteErrors } = readCoverageNotes();
  const errors = [...readErrors, ...result.errors, ...wordErrors, ...noteErrors];
  if (errors.length > 0 || !result.knowledge) {
    for (const error of errors) console.error(error);
    console.error(`knowledge: ${errors.length} error(s); public/knowledge*.json not written`);
    return 1;
  }
  // (written compact and in parts, each under the 5 MiB that Firefox's add-on checks parse;
  // the loader joins and restores them)
  mkdirSync(dirname(OUTPUT), { recursive: true });
  let raw = 0;
  let gz = 0;
  const sizes: string[] = [];
  for (const part of splitBundle(compactBundle(result.knowledge))) {
    const text = JSON.stringify(part.json);
    writeFileSync(join(dirname(OUTPUT), part.file), text);
    raw += Buffer.byteLength(text);
    gz += gzipSync(text, { level: 9 }).length;
    sizes.push(`${part.file} ${Math.round(Buffer.byteLength(text) / 1000)} kB`);
  }
  console.log(`${summarise(result.knowledge, raw, gz)} -> public/ (${sizes.join(', ')})`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
