/**
 * Imports the US Congress open data (unitedstates/congress-legislators, CC0) from
 * ../shared/data/knowledge/us-congress/ into the project copy, lib/knowledge/open-data/us-congress/:
 * the fields the knowledge build reads, as compact JSON, with the LICENSE and PROVENANCE.md.
 * `npm run knowledge` builds from the project copy only; run this (`npm run knowledge:import`)
 * when the shared snapshot changes.
 *   npm run knowledge:import [-- --from DIR]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { UsCongressCurrent, UsCongressExecutive, UsCongressHistorical } from '../lib/knowledge/open-data';
import { parse as parseCsv } from 'csv-parse/sync';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_FROM = resolve(ROOT, '../shared/data/knowledge/us-congress');
export const OUT_DIR = join(ROOT, 'lib/knowledge/open-data/us-congress');

type Yaml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Drops empty values so the copy stays small. */
function compact<T extends object>(o: T): T {
  for (const [k, v] of Object.entries(o))
    if (v === undefined || v === null || v === '') delete (o as Record<string, unknown>)[k];
  return o;
}

function nameOf(n: Yaml) {
  return compact({
    first: n.first,
    middle: n.middle,
    last: n.last,
    suffix: n.suffix,
    nickname: n.nickname,
    official: n.official_full,
  });
}

export function convertCurrent(docs: Yaml[]): UsCongressCurrent[] {
  return docs.map(
    (d) =>
      compact({
        bioguide: d.id.bioguide,
        wikidata: d.id.wikidata,
        wikipedia: d.id.wikipedia,
        name: nameOf(d.name),
        birthday: d.bio?.birthday,
        gender: d.bio?.gender,
        terms: (d.terms as Yaml[]).map((t) =>
          compact({
            type: t.type,
            start: t.start,
            end: t.end,
            state: t.state,
            district: t.district ?? undefined,
            party: t.party,
          }),
        ),
      }) as UsCongressCurrent,
  );
}

export function convertExecutive(docs: Yaml[]): UsCongressExecutive[] {
  return docs.map(
    (d) =>
      compact({
        bioguide: d.id.bioguide,
        govtrack: d.id.govtrack,
        wikidata: d.id.wikidata,
        wikipedia: d.id.wikipedia,
        name: nameOf(d.name),
        birthday: d.bio?.birthday,
        gender: d.bio?.gender,
        terms: (d.terms as Yaml[]).map((t) =>
          compact({ type: t.type, start: t.start, end: t.end, party: t.party, how: t.how }),
        ),
      }) as UsCongressExecutive,
  );
}

/** The historical CSV's columns the build reads, in this order. */
export const HISTORICAL_COLUMNS = [
  'bioguide_id',
  'first_name',
  'middle_name',
  'last_name',
  'suffix',
  'nickname',
  'full_name',
  'birthday',
  'gender',
  'type',
  'state',
  'district',
  'party',
  'wikipedia_id',
] as const;

export function convertHistorical(csv: string): UsCongressHistorical {
  const [head, ...rows] = parseCsv(csv, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  const at = HISTORICAL_COLUMNS.map((c) => {
    const i = head.indexOf(c);
    if (i < 0) throw new Error(`legislators-historical.csv: no column ${c}`);
    return i;
  });
  return { columns: [...HISTORICAL_COLUMNS], rows: rows.map((r) => at.map((i) => r[i] ?? '')) };
}

function provenance(readme: string): string {
  return `# US Congress and the executive: open data (CC0)

Source: the public repository **unitedstates/congress-legislators**
(https://github.com/unitedstates/congress-legislators), public domain / CC0 1.0 (see LICENSE here).

Snapshot of **2026-06-15**, as described in the shared copy's README:

- \`legislators-current.yaml\`: branch \`main\` @ \`dfa9622\`: every sitting member of the House and Senate with all their terms.
- \`executive.yaml\`: branch \`main\` @ \`dfa9622\`: every US president and vice president, with terms.
- \`legislators-historical.csv\`: branch \`gh-pages\` @ \`61c9ce6\`: every former member since 1789, one row each, with the last
  term's chamber, state and party (no term dates).

The files here are those, converted to compact JSON by \`scripts/import-us-congress.ts\` (\`npm run knowledge:import\`),
keeping only the fields the knowledge build reads (ids, names, birthday, gender, terms: type, dates, state, district, party).
\`npm run knowledge\` builds from these files only. Every imported person keeps a source link (bioguide id →
https://bioguide.congress.gov/search/bio/<id>) and the as-of date 2026-06-15.

## The shared README at import time

${readme.trim()}
`;
}

export function importUsCongress(from: string, out: string): string {
  for (const f of ['legislators-current.yaml', 'executive.yaml', 'legislators-historical.csv', 'LICENSE', 'README.md'])
    if (!existsSync(join(from, f))) throw new Error(`${from}: ${f} is missing`);
  const current = convertCurrent(parse(readFileSync(join(from, 'legislators-current.yaml'), 'utf8')) as Yaml[]);
  const executive = convertExecutive(parse(readFileSync(join(from, 'executive.yaml'), 'utf8')) as Yaml[]);
  const historical = convertHistorical(readFileSync(join(from, 'legislators-historical.csv'), 'utf8'));
  mkdirSync(out, { recursive: true });
  // one record (or row) a line: compact, and a diff shows what changed
  const lines = (list: unknown[]) => `[\n${list.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`;
  writeFileSync(join(out, 'current.json'), lines(current));
  writeFileSync(join(out, 'executive.json'), lines(executive));
  writeFileSync(
    join(out, 'historical.json'),
    `{"columns":${JSON.stringify(historical.columns)},\n"rows":${lines(historical.rows)}}\n`,
  );
  writeFileSync(join(out, 'LICENSE'), readFileSync(join(from, 'LICENSE')));
  writeFileSync(join(out, 'PROVENANCE.md'), provenance(readFileSync(join(from, 'README.md'), 'utf8')));
  return `us-congress: ${current.length} sitting members, ${executive.length} presidents and vice presidents, ${historical.rows.length} former members -> ${out}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--from');
  const from = i > 0 ? resolve(process.argv[i + 1]) : DEFAULT_FROM;
  try {
    console.log(importUsCongress(from, OUT_DIR));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
