/**
 * Helper of the names-by-knowledge pass (lookup.ts): what the text says of a member of Congress it names
 * (a title's chamber, a party-and-state tag, ", a Florida Democrat", the states the article names), and the
 * members a bare surname or a shared full name is by it (rules actor:member-by-surname,
 * actor:member-state-in-text).
 */
import type { Entity } from '../knowledge/schema';
import type { KnowledgeIndex, MemberHint } from '../knowledge/index';
import { anyStateCode, STATE_BY_NAME, US_STATES } from '../knowledge/us-congress/seats';
import type { NameCandidate } from '../engine/findings';
import { isOn } from '../engine/rules';
import type { LookupContext } from './lookup';

/** A member of Congress's title, by the last word of a name's title: the chamber. */
const MEMBER_TITLES: Record<string, 'sen' | 'rep'> = {
  sen: 'sen',
  senator: 'sen',
  sens: 'sen',
  senators: 'sen',
  rep: 'rep',
  reps: 'rep',
  representative: 'rep',
  congressman: 'rep',
  congresswoman: 'rep',
};
/** A party-and-state tag right after a name: "(D-Fla.)", ", R-N.Y.,", "(R-Ohio)". */
const PARTY_TAG_AFTER = /^\s*(?:\(|,\s*)([DRI])[-\u2010]\s?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s*[),]/u;
/** How PARTY_TAG_AFTER starts: "(D-", ", R‐". */
const PARTY_TAG_LEAD = /^\s*(?:\(|,\s*)[DRI][-\u2010]/;
/** An apposition naming a member's state and party: ", a Florida Democrat". */
const STATE_PARTY_AFTER = /^,\s+(?:a|the)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+(Democrat|Republican)\b/u;
const PARTY_OF_LETTER: Record<string, string> = { D: 'Democrat', R: 'Republican', I: 'Independent' };

/**
 * Whether a known person may be the member a hint describes: one who sits in Congress on the date sits
 * in the hinted chamber ("Rep. Lee" is not the senator named before: the same surname, another member);
 * one who no longer sits once sat in it ("Sen. Lee" of years before).
 */
export function fitsMemberHint(e: Entity, hint: MemberHint | undefined, date: string): boolean {
  if (!hint?.chamber) return true;
  const seats = e.roles.filter((r) => r.kind === 'legislator' && (r.of === 'us-senate' || r.of === 'us-house'));
  if (!seats.length) return true;
  const body = hint.chamber === 'sen' ? 'us-senate' : 'us-house';
  const on = seats.filter((r) => !date || ((!r.from || r.from <= date) && (!r.to || r.to > date)));
  return (on.length ? on : seats).some((r) => r.of === body);
}

/**
 * The one open-data member of Congress a bare surname with a state in its hint is (only with a state:
 * the open data's members are not all the members the knowledge file knows), and none where a person of
 * the file's own, so called, sits there too ("Sen. Lee" of two senators Lee stays unknown).
 */
export function memberBySurname(index: KnowledgeIndex, lk: LookupContext, core: string): Entity | undefined {
  const hint = lk.member!;
  const hit = index.memberBySurname(core, { ...lk, member: hint });
  if (!hit) return undefined;
  const others = index.lookup(core, { ...lk, type: 'person' });
  return others.some((e) => e.id !== hit.id && sitsAs(e, hint, lk.date)) ? undefined : hit;
}

/** Whether a person sits in Congress on the date in the hinted chamber (and state, where the seat says it). */
function sitsAs(e: Entity, hint: MemberHint, date: string): boolean {
  const body = hint.chamber === 'sen' ? 'us-senate' : hint.chamber === 'rep' ? 'us-house' : '';
  const state = hint.state ? (US_STATES[hint.state] ?? '') : '';
  return e.roles.some(
    (r) =>
      r.kind === 'legislator' &&
      (body ? r.of === body : r.of === 'us-senate' || r.of === 'us-house') &&
      (!date || ((!r.from || r.from <= date) && (!r.to || r.to > date))) &&
      (!state || !r.seat || r.seat.startsWith(state)),
  );
}

/**
 * US states by their full names, as a text names them ("Florida", "New Hampshire"): not "Washington",
 * which papers write for the capital far more often than for the state.
 */
const STATE_NAME = new RegExp(
  `\\b(?:${Object.values(US_STATES)
    .filter((n) => n !== 'Washington')
    .join('|')})\\b`,
  'g',
);

/** The postal codes of the states a text names by their full names (each once, in text order). */
export function statesNamed(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(STATE_NAME)) {
    const code = STATE_BY_NAME.get(m[0].replace(/\s/g, '').toLowerCase());
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

/**
 * What the text says of a member of Congress it names (rule actor:member-by-surname): the chamber by
 * the title ("Sen.", "Congresswoman"), the party and state by a tag after the name ("(D-Fla.)") or an
 * apposition (", a Florida Democrat"), the party by a party word before it. Undefined for none.
 */
export function memberHint(
  text: string,
  c: NameCandidate,
  party: string,
  textStates: () => string[],
): MemberHint | undefined {
  if (c.kind !== 'name' || !isOn('actor:member-by-surname')) return undefined;
  const hint: MemberHint = {};
  if (c.title) {
    const last = c.title.slice(c.title.lastIndexOf(' ') + 1).replace(/\.$/, '');
    if (MEMBER_TITLES[last]) hint.chamber = MEMBER_TITLES[last];
  }
  const after = text.slice(c.end, c.end + 40);
  // (each Unicode regex only where its plain start or its party word is: most names have neither, and a
  // regex not run is not compiled on a page's first run)
  const tag = PARTY_TAG_LEAD.test(after) ? PARTY_TAG_AFTER.exec(after) : null;
  const apposed = tag || !/Democrat|Republican/.test(after) ? null : STATE_PARTY_AFTER.exec(after);
  const state = tag
    ? anyStateCode(tag[2])
    : apposed
      ? (STATE_BY_NAME.get(apposed[1].replace(/\s/g, '').toLowerCase()) ?? '')
      : '';
  if (state) hint.state = state;
  const p = tag ? PARTY_OF_LETTER[tag[1]] : apposed && state ? apposed[2] : party;
  if (p) hint.party = p;
  // "Rep. Ann Lee" with no state: the states the article names tell apart members who share the name
  if (hint.chamber && !state && isOn('actor:member-state-in-text')) {
    const named = textStates();
    if (named.length) hint.textStates = named;
  }
  return hint.chamber || hint.state || hint.party ? hint : undefined;
}
