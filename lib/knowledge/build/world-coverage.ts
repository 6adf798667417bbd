import { z } from 'zod';

/**
 * How far the knowledge covers the UN members (issue 17, section 2): heads of state and of
 * government from 1990 to the knowledge date, and each member's governing and main opposition
 * parties. Coverage notes (lib/knowledge/coverage/*.json) are data for the gaps that are not
 * errors: a state or an office that did not exist yet, an office left vacant, a member without
 * parties. A noted period leaves the count (it is neither covered nor a gap); a noted member
 * without parties counts apart from those described.
 */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const CoverageNote = z
  .object({
    country: z.string().regex(/^country:[a-z]{3}$/),
    office: z.enum(['head-of-state', 'head-of-government', 'parties']),
    from: day.optional(),
    to: day.optional(),
    why: z.string().min(10),
    source: z.string().url(),
  })
  .strict()
  .refine((n) => (n.office === 'parties' ? !n.from && !n.to : !!n.from && !!n.to && n.from < n.to), {
    message: 'a note on an office needs from < to; a note on parties has no dates',
  });
export type CoverageNote = z.infer<typeof CoverageNote>;
export const CoverageNotesFile = z.object({ notes: z.array(CoverageNote) }).strict();

export const COVERAGE_FROM = '1990-01-01';
const YEAR = 365.25 * 864e5;
const time = (s: string) => new Date(s).getTime();
const HEAD_KINDS = ['head-of-state', 'head-of-government'] as const;

interface Role {
  kind: string;
  of: string;
  from?: string | null;
  to?: string | null;
}
export interface CoverageEntity {
  id: string;
  type: string;
  description: string;
  country?: string;
  roles?: readonly Role[];
}

export interface WorldCoverage {
  heads: {
    series: number;
    /** Series (member × office) with under a year of uncovered time, noted periods left out. */
    covered: number;
    officeYears: number;
    notedYears: number;
    uncoveredYears: number;
    gaps: { country: string; kind: string; years: number }[];
    /** Noted periods that a known term falls in by more than a day: the note or the term is wrong. */
    conflicts: string[];
  };
  parties: { members: number; twoOrMore: number; one: number; noted: string[]; without: string[] };
}

type Span = [number, number];

/** Total length of a set of spans once merged, clipped to [a, b]. */
function spanLength(spans: Span[], a: number, b: number): number {
  let total = 0;
  let t = a;
  for (const [s, e] of [...spans].sort((x, y) => x[0] - y[0])) {
    const from = Math.max(s, t);
    const to = Math.min(e, b);
    if (to > from) total += to - from;
    t = Math.max(t, Math.min(e, b));
  }
  return total;
}

function headTerms(entities: readonly CoverageEntity[]): Map<string, Span[]> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const terms = new Map<string, Span[]>();
  for (const e of entities)
    for (const r of e.roles ?? []) {
      const kind = r.kind === 'monarch' ? 'head-of-state' : r.kind;
      if (kind !== 'head-of-state' && kind !== 'head-of-government') continue;
      const of = r.of.startsWith('country:') ? r.of : byId.get(r.of)?.country;
      if (!of) continue;
      const key = `${of}|${kind}`;
      terms.set(key, [...(terms.get(key) ?? []), [time(r.from ?? '1900-01-01'), time(r.to ?? '9999-12-31')]]);
    }
  return terms;
}

function headsCoverage(
  entities: readonly CoverageEntity[],
  members: readonly string[],
  knowledgeDate: string,
  notes: readonly CoverageNote[],
): WorldCoverage['heads'] {
  const terms = headTerms(entities);
  const start = time(COVERAGE_FROM);
  const end = time(knowledgeDate);
  const out: WorldCoverage['heads'] = {
    series: members.length * 2,
    covered: 0,
    officeYears: 0,
    notedYears: 0,
    uncoveredYears: 0,
    gaps: [],
    conflicts: [],
  };
  for (const c of members)
    for (const kind of HEAD_KINDS) {
      const held = terms.get(`${c}|${kind}`) ?? [];
      const noted: Span[] = notes
        .filter((n) => n.country === c && n.office === kind)
        .map((n) => [time(n.from!), time(n.to!)]);
      for (const [a, b] of noted) {
        const overlap = spanLength(held, a, b);
        if (overlap > 864e5)
          out.conflicts.push(`${c} ${kind}: a term falls in the noted period by ${Math.round(overlap / 864e5)} days`);
      }
      const notedTime = spanLength(noted, start, end);
      const coveredTime = spanLength([...held, ...noted], start, end) - notedTime;
      const gap = end - start - notedTime - coveredTime;
      out.notedYears += notedTime / YEAR;
      out.officeYears += (end - start - notedTime) / YEAR;
      out.uncoveredYears += gap / YEAR;
      if (gap < YEAR) out.covered++;
      else out.gaps.push({ country: c, kind, years: Math.round((gap / YEAR) * 10) / 10 });
    }
  return out;
}

function partiesCoverage(
  entities: readonly CoverageEntity[],
  members: readonly string[],
  notes: readonly CoverageNote[],
): WorldCoverage['parties'] {
  // organisations of a member whose one line calls them a party
  const parties = new Map<string, number>();
  for (const e of entities)
    if (e.type === 'organization' && e.country && /\bpart(?:y|ies)\b/i.test(e.description))
      parties.set(e.country, (parties.get(e.country) ?? 0) + 1);
  const noted = new Set(notes.filter((n) => n.office === 'parties').map((n) => n.country));
  const count = (c: string) => parties.get(c) ?? 0;
  return {
    members: members.length,
    twoOrMore: members.filter((c) => count(c) >= 2).length,
    one: members.filter((c) => count(c) === 1).length,
    noted: members.filter((c) => count(c) < 2 && noted.has(c)),
    without: members.filter((c) => count(c) < 2 && !noted.has(c)),
  };
}

/** Heads and parties coverage of the UN members, with the coverage notes applied. */
export function worldCoverage(
  entities: readonly CoverageEntity[],
  members: readonly string[],
  knowledgeDate: string,
  notes: readonly CoverageNote[],
): WorldCoverage {
  return {
    heads: headsCoverage(entities, members, knowledgeDate, notes),
    parties: partiesCoverage(entities, members, notes),
  };
}
