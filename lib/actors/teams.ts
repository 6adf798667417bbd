/**
 * Clubs named after their towns: which names of a text are sides in its rows of scores, and which of
 * their other mentions are the club too (rules actor:score-row-side, actor:club-in-table,
 * actor:team-elsewhere). Read by the name pass (assign.ts).
 */
import type { Entity } from '../knowledge/schema';
import type { NameCandidate } from '../engine/findings';
import { isOn } from '../engine/rules';
import { isGivenName } from '../words';
import type { KnowledgeIndex } from '../knowledge/index';
import { COMPASS_WORD, placedAt, typeOfUnknown } from '../names/evidence';
import { scoreRowSide } from './name-patterns';
import { lowerBound } from '../text/search';
import type { NameTable } from './lookup';

export type TeamRule = 'actor:score-row-side' | 'actor:club-in-table' | 'actor:team-elsewhere';

/** "at" just before a name: where a game is played ("Eastfield at Northby"), the town. */
const AT_BEFORE = /\bat\s+$/i;

/**
 * Whether the name at ci can be a club: a known place or organisation, or an unknown name ('one'); of
 * several words, with no title and no given name first, by a bearing first, a place's or a body's word
 * last or a known place among its words ('several': "Port Westmoor", "East Northby", "Real Westmoor"),
 * else only beside other clubs ('beside': "Red Rovers" in a table of towns; not "Tomas Berg 68 70").
 */
function clubShape(text: string, table: NameTable, ci: number, index: KnowledgeIndex): Shape {
  const entity = table.resolved[ci];
  if (entity) return entity.type === 'place' || entity.type === 'organization' ? 'one' : null;
  const core = table.cores[ci];
  const space = core.indexOf(' ');
  if (space < 0) return 'one';
  const c = table.nameCands[ci];
  const first = core.slice(0, space);
  if (c.title || c.kind !== 'name' || isGivenName(first.toLowerCase())) return null;
  if (COMPASS_WORD.test(first) || typeOfUnknown(text, c, core, false) !== 'person') return 'several';
  return core.split(' ').some((w) => placeWord(w, index)) ? 'several' : 'beside';
}
type Shape = 'one' | 'several' | 'beside' | null;

/** Whether the knowledge holds a place or a country of this name ("Madrid" in "Real Madrid"). */
function placeWord(word: string, index: KnowledgeIndex): boolean {
  const e = index.lookupFirst(word);
  return e?.type === 'place' || e?.type === 'country';
}

/**
 * Each name's team rule, by index: a side in a row of scores ("Eastfield 2 Northby 1", "Port Westmoor 4 2
 * 1 1"); and elsewhere in the text the same name as a club where nothing places it ("Eastfield beat
 * Northby", not "in Eastfield", "at Eastfield" or a dateline).
 */
export function teamRules(text: string, table: NameTable, index: KnowledgeIndex): Map<number, TeamRule> {
  const rules = new Map<number, TeamRule>();
  const { nameCands, keys } = table;
  const beside: number[] = [];
  /** where the one-word sides stand, in text order */
  const oneStarts: number[] = [];
  const one = isOn('actor:score-row-side');
  const several = isOn('actor:club-in-table');
  for (let ci = 0; ci < nameCands.length; ci++) {
    const c = nameCands[ci];
    if (!scoreRowSide(text, c.start, c.end)) continue;
    const shape = clubShape(text, table, ci, index);
    if (shape === 'one' && one) {
      rules.set(ci, 'actor:score-row-side');
      oneStarts.push(c.start);
    } else if (shape === 'several' && several) rules.set(ci, 'actor:club-in-table');
    else if (shape === 'beside' && several) beside.push(ci);
  }
  for (const ci of beside) if (clubBeside(text, nameCands[ci], oneStarts)) rules.set(ci, 'actor:club-in-table');
  if (!rules.size || !isOn('actor:team-elsewhere')) return rules;
  const teamKeys = new Set([...rules.keys()].map((ci) => keys[ci]));
  for (let ci = 0; ci < nameCands.length; ci++) {
    if (rules.has(ci) || !teamKeys.has(keys[ci]) || !clubShape(text, table, ci, index)) continue;
    if (placedHere(text, nameCands[ci])) continue;
    rules.set(ci, 'actor:team-elsewhere');
  }
  return rules;
}

/**
 * Whether a one-word club stands in the name's row of scores or the row before or after it (oneStarts:
 * where the one-word sides stand, sorted; one search, not a pass over every side for every name).
 */
function clubBeside(text: string, c: NameCandidate, oneStarts: readonly number[]): boolean {
  const lineStart = text.lastIndexOf('\n', c.start - 1);
  const from = lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
  let lineEnd = text.indexOf('\n', c.end);
  if (lineEnd < 0) lineEnd = text.length;
  let to = text.indexOf('\n', lineEnd + 1);
  if (to < 0) to = text.length;
  const i = lowerBound(oneStarts, from);
  return i < oneStarts.length && oneStarts[i] < to;
}

/** Whether this mention places the name: a dateline, "in", "near", "visited", "at" before it. */
function placedHere(text: string, c: NameCandidate): boolean {
  return placedAt(text, c) || AT_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start));
}
