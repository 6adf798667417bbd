/**
 * How far the bundled knowledge covers the UN members (issue 17, section 2):
 * - heads of state and of government from 1990 to the knowledge date: series covered with under a
 *   year of gaps, and the gap years in all; periods in the coverage notes (a state or an office that
 *   did not exist yet, an office left vacant) are left out of the count, and said so;
 * - parties: members with two parties or more described (the governing and the main opposition),
 *   and members noted as having no parties (or no legal opposition).
 *   npx tsx scripts/world-coverage.ts [--list]
 */
import { readBuildInput, readCoverageNotes } from './build-knowledge';
import { readBundledJson } from '../lib/cli/project';
import { expandBundle } from '../lib/knowledge/bundle-form';
import { unMemberIds } from '../lib/knowledge/build';
import { COVERAGE_FROM, worldCoverage, type CoverageEntity } from '../lib/knowledge/build/world-coverage';

const { input } = readBuildInput();
const k = readBundledJson() as { knowledgeDate: string; entities: CoverageEntity[] };
// (the build writes the file compact; restored as the loader restores it)
expandBundle(k);
const { notes, errors } = readCoverageNotes();
for (const e of errors) console.error(e);
const members = unMemberIds(input.worldCountries);
const { heads, parties } = worldCoverage(k.entities, members, k.knowledgeDate, notes);
const list = process.argv.includes('--list');
console.log(
  `UN members (${members.length}) x head of state and head of government, ${COVERAGE_FROM} to ${k.knowledgeDate}: ` +
    `${heads.covered} of ${heads.series} series covered with under a year of gaps; ` +
    `${heads.uncoveredYears.toFixed(0)} of ${heads.officeYears.toFixed(0)} office-years uncovered ` +
    `(${((1 - heads.uncoveredYears / heads.officeYears) * 100).toFixed(1)}% covered; ` +
    `${heads.notedYears.toFixed(0)} years noted as no state, no such office or vacant, left out)`,
);
if (list) for (const g of heads.gaps) console.log(`${g.country} ${g.kind}: ${g.years.toFixed(1)} years uncovered`);
for (const c of heads.conflicts) console.log(`conflict: ${c}`);
console.log(
  `UN members with two parties or more described (governing and main opposition): ${parties.twoOrMore} of ${parties.members}; ` +
    `with one: ${parties.one}; noted as without parties or opposition: ${parties.noted.length}`,
);
if (list) console.log(`without two: ${parties.without.join(' ')}`);
