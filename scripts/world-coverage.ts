/**
 * How far the bundled knowledge covers the UN members (issue 17, section 2):
 * - heads of state and of government from 1990 to the knowledge date: series covered with under a
 *   year of gaps, and the gap years in all (an office a country did not have counts as a gap, so
 *   the figure is a floor);
 * - parties: members with two parties or more described (the governing and the main opposition).
 *   npx tsx scripts/world-coverage.ts [--list]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuildInput, ROOT } from './build-knowledge';
import { expandBundle } from '../lib/knowledge/bundle-form';
import { unMemberIds } from '../lib/knowledge/build';

interface Role {
  kind: string;
  of: string;
  from?: string;
  to?: string;
}
interface Entry {
  id: string;
  type: string;
  description: string;
  country?: string;
  roles?: Role[];
}

const { input } = readBuildInput();
const k = JSON.parse(readFileSync(join(ROOT, 'public/knowledge.json'), 'utf8')) as {
  knowledgeDate: string;
  entities: Entry[];
};
// (the build writes the file compact; restored as the loader restores it)
expandBundle(k);
const byId = new Map(k.entities.map((e) => [e.id, e]));
const members = unMemberIds(input.worldCountries);
const day = (s: string) => new Date(s).getTime();
const terms = new Map<string, [number, number][]>();
for (const e of k.entities)
  for (const r of e.roles ?? []) {
    const kind = r.kind === 'monarch' ? 'head-of-state' : r.kind;
    if (kind !== 'head-of-state' && kind !== 'head-of-government') continue;
    const of = r.of.startsWith('country:') ? r.of : byId.get(r.of)?.country;
    if (!of) continue;
    const key = `${of}|${kind}`;
    terms.set(key, [...(terms.get(key) ?? []), [day(r.from ?? '1900-01-01'), day(r.to ?? '9999-12-31')]]);
  }
const YEAR = 365.25 * 864e5;
const start = day('1990-01-01');
const end = day(k.knowledgeDate);
let covered = 0;
let gapYears = 0;
const gaps: string[] = [];
for (const c of members)
  for (const kind of ['head-of-state', 'head-of-government']) {
    let t = start;
    let gap = 0;
    for (const [a, b] of (terms.get(`${c}|${kind}`) ?? []).sort((x, y) => x[0] - y[0])) {
      if (a > t) gap += a - t;
      t = Math.max(t, b);
    }
    if (t < end) gap += end - t;
    gapYears += gap / YEAR;
    if (gap < YEAR) covered++;
    else gaps.push(`${c} ${kind}: ${(gap / YEAR).toFixed(1)} years uncovered`);
  }
const series = members.length * 2;
console.log(
  `UN members (${members.length}) x head of state and head of government, 1990-01-01 to ${k.knowledgeDate}: ` +
    `${covered} of ${series} series covered with under a year of gaps; ` +
    `${gapYears.toFixed(0)} of ${((series * (end - start)) / YEAR).toFixed(0)} office-years uncovered ` +
    `(${((1 - (gapYears * YEAR) / (series * (end - start))) * 100).toFixed(1)}% covered)`,
);
if (process.argv.includes('--list')) console.log(gaps.join('\n'));

// parties: organisations of a member whose one line calls them a party
const parties = new Map<string, number>();
for (const e of k.entities)
  if (e.type === 'organization' && e.country && /\bpart(?:y|ies)\b/i.test(e.description))
    parties.set(e.country, (parties.get(e.country) ?? 0) + 1);
const twoOrMore = members.filter((c) => (parties.get(c) ?? 0) >= 2);
console.log(
  `UN members with two parties or more described (governing and main opposition): ${twoOrMore.length} of ${members.length}; ` +
    `with one: ${members.filter((c) => parties.get(c) === 1).length}`,
);
if (process.argv.includes('--list'))
  console.log(`without two: ${members.filter((c) => (parties.get(c) ?? 0) < 2).join(' ')}`);
