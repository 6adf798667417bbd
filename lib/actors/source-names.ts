/**
 * Pass: names of unnamed sources. Decides the label of each unnamed source ("Prime Minister's official
 * spokesperson" over "Prime Minister Sir Keir Starmer's …"): the shortest of its mentions, those whose
 * owner is a role first. Reads the unnamed actors' mentions and the role candidates; writes their names.
 */
import type { Findings, NameCandidate, Range } from '../engine/findings';
import { startsBefore } from './search';
import type { ActorDraft } from './types';
import { alternation, SOURCE_LABEL_DETERMINERS } from '../words';

/** A determiner before an unnamed source's label ("the official"). */
const SOURCE_LABEL_DETERMINER = new RegExp(`^(?:${alternation(SOURCE_LABEL_DETERMINERS)})\\s+`, 'i');

/** Names for unnamed sources: "Prime Minister's official spokesperson" over "Prime Minister Sir Keir Starmer's …". */
export function nameUnnamedSources(text: string, findings: Findings, actors: ActorDraft[]) {
  let roles: NameCandidate[] | null = null; // the role candidates, picked out on first need (by start)
  /** Whether a role lies inside r: only the roles starting inside it are read (a binary search finds them). */
  const roleWithin = (r: Range): boolean => {
    roles ??= findings.names.filter((n) => n.kind === 'role').sort((x, y) => x.start - y.start);
    for (let i = startsBefore(roles, r.start); i < roles.length && roles[i].start < r.end; i++)
      if (roles[i].end <= r.end) return true;
    // (a role starting at r's end or after lies inside only when it is empty there)
    for (let i = startsBefore(roles, r.end); i < roles.length && roles[i].start === r.end; i++)
      if (roles[i].end <= r.end) return true;
    return false;
  };
  for (const a of actors) {
    if (!a.unnamed) continue;
    const ranked = a.mentions
      .map((m) => {
        const c = m.cand!;
        const ownerIsRole = c.owner ? roleWithin(c.owner) : false;
        const rank = c.owner ? (ownerIsRole ? 0 : 1) : c.qualifier ? 2 : 3;
        const label = text.slice(m.start, m.end).replace(SOURCE_LABEL_DETERMINER, '');
        return { rank, label };
      })
      .sort((x, y) => x.rank - y.rank || x.label.length - y.label.length);
    a.name = ranked[0]?.label ?? 'unnamed source';
  }
}
