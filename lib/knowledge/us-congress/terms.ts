/** Terms of office from the data as roles: consecutive terms of one seat joined. */
import type { Role } from '../schema';
import type { UsCongressCurrent, UsCongressExecutive } from './data';
import { partyPart, seatOf, titleOf } from './seats';

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);

/** Consecutive terms of the same seat and party are one role (a senator re-elected is one span). */
export function memberRoles(m: UsCongressCurrent, asOf: string): Role[] {
  const roles: Role[] = [];
  let last: { key: string; role: Role } | null = null;
  for (const t of [...m.terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const key = `${t.type}|${t.state}|${t.district ?? ''}|${t.party ?? ''}`;
    const to = t.end > asOf ? null : t.end;
    if (last && last.key === key && last.role.to !== null && t.start <= addDays(last.role.to, 7)) {
      last.role.to = to;
      continue;
    }
    const { title, aliases } = titleOf(t.type, t.state);
    const role: Role = {
      title,
      of: t.type === 'sen' ? 'us-senate' : 'us-house',
      kind: 'legislator',
      from: t.start,
      to,
      titleAliases: aliases,
      seat: `${seatOf(t.type, t.state, t.district)}${partyPart(t.party)}`.slice(0, 80),
    };
    roles.push(role);
    last = { key, role };
  }
  return roles;
}

export function executiveRoles(x: UsCongressExecutive, asOf: string): Role[] {
  const roles: Role[] = [];
  for (const t of [...x.terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const to = t.end > asOf ? null : t.end;
    const prev = roles[roles.length - 1];
    const title = t.type === 'prez' ? 'President' : 'Vice President';
    if (prev && prev.title === title && prev.to !== null && t.start <= addDays(prev.to, 7)) {
      prev.to = to;
      continue;
    }
    roles.push(
      t.type === 'prez'
        ? { title, of: 'country:usa', kind: 'head-of-state', from: t.start, to, titleAliases: ['US president'] }
        : { title, of: 'country:usa', kind: 'other', from: t.start, to, titleAliases: ['Vice President', 'VP'] },
    );
  }
  return roles;
}

export function executiveDescription(roles: Role[]): string {
  const prez = roles.filter((r) => r.title === 'President');
  const main = prez.length ? prez : roles;
  const title = main[0].title;
  const current = main.some((r) => r.to === null);
  const spans = main
    .map((r) => (r.to === null ? `since ${r.from.slice(0, 4)}` : `${r.from.slice(0, 4)}–${r.to.slice(0, 4)}`))
    .join(', ');
  return current ? `${title} of the United States ${spans}` : `Former ${title} of the United States (${spans})`;
}
