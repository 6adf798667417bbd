/**
 * Helper of the name pass (assign.ts): which person a surname with a title is ("President Obama",
 * "Mrs. Clinton", "Secretary Clinton") when the text has named several people of that surname, or one of
 * another sex or office. A title that tells a sex ("Mrs.", "Mr.") is never someone of the other sex (by a
 * title the text gave them or their given name); an office ("President") goes to the one of them who held
 * it (the text gave them the title, or the knowledge file knows them in it), then to one of whom nothing is
 * known, and only when everyone named is known never to have held it, to the one the knowledge file knows
 * in that office by that name: never to another member of the family named earlier. Also: whether a name is
 * a title alone ("Prime Minister makes five pledges"), the office for the role pass (titleAlone).
 */
import type { Entity } from '../knowledge/schema';
import type { NameCandidate } from '../engine/findings';
import { isOn } from '../engine/rules';
import type { ActorPassContext } from './context';
import { fitsMemberHint, type NameTable } from './lookup';
import { givenNameSex, HONORIFICS, TITLES } from '../words';
import { genderOf } from '../names/evidence';
import { sameOffice } from './role-lookups';
import { TITLE_ALIASES, type ActorDraft } from './types';

type Sex = 'm' | 'f';

/** A person's sex as their given name (the knowledge file's name first) or a title the text gave tells it. */
export function personSex(a: Pick<ActorDraft, 'name' | 'entity' | 'gender'>): Sex | null {
  return (a.entity ? givenNameSex(a.entity.name) : null) ?? givenNameSex(a.name) ?? a.gender;
}

/** Whether the knowledge file knows the entity in the office ("President", "Secretary" of "Secretary of State"). */
function entityHeld(e: Entity, office: string): boolean {
  return e.roles.some(
    (r) =>
      sameOffice(r.title.toLowerCase(), office) ||
      (r.titleAliases ?? []).some((t) => sameOffice(t.toLowerCase(), office)),
  );
}

/** Whether a person held the office: true (the text or the knowledge file says so), false (known, never in it), null (unknown). */
function held(a: ActorDraft, office: string): boolean | null {
  if (a.titles.some((t) => sameOffice(t.title, office))) return true;
  if (!a.entity) return null;
  return entityHeld(a.entity, office);
}

/** What a titled surname asks of the person it is: a sex, an office (not for an honorific: "Mr."). */
export function titleAsks(title: string): { sex: Sex | null; office: string | null } {
  const t = TITLE_ALIASES[title] ?? title;
  return { sex: genderOf(t), office: HONORIFICS.has(t) ? null : t };
}

/**
 * Of the people the text named in full with this surname (in the order they were noted), the one the
 * titled surname is; else, where none of them fits, a person the knowledge file knows by that surname who
 * fits (`known()`, read only then: exactly one fitting, else none). `null`: none of them.
 */
export function personForTitledSurname(
  people: readonly ActorDraft[],
  title: string,
  known: () => readonly Entity[],
): { actor: ActorDraft } | { entity: Entity } | null {
  const { sex, office } = titleAsks(title);
  const sexFits = (s: Sex | null) => !sex || !s || s === sex;
  const fit = people.filter((a) => sexFits(personSex(a)));
  if (office) {
    const holder = fit.find((a) => held(a, office) === true);
    if (holder) return { actor: holder };
  }
  // (someone of whom nothing is known of that office is more likely than a stranger of the same name)
  const unknown = office ? fit.find((a) => held(a, office) === null) : fit[0];
  if (unknown) return { actor: unknown };
  const others = known().filter(
    (e) =>
      e.type === 'person' &&
      !people.some((a) => a.entity?.id === e.id) &&
      sexFits(givenNameSex(e.name)) &&
      (!office || entityHeld(e, office)),
  );
  if (others.length === 1) return { entity: others[0] };
  return fit[0] ? { actor: fit[0] } : null;
}

/**
 * Whether an entity is of the other sex than the title tells ("Mrs. Clinton" is not Bill Clinton). A job
 * word in "-man" ("spokesman", "chairman") tells nothing of a woman: papers write it for women too
 * ("campaign spokesman Ann Lee").
 */
export function otherSex(e: Entity, title: string | null): boolean {
  const sex = title && !/man$/.test(title) ? titleAsks(title).sex : null;
  const s = e.type === 'person' ? givenNameSex(e.name) : null;
  return Boolean(sex && s && s !== sex);
}

/** The people the text named in full, by surname, in the order the name pass noted them. */
export class TitledSurnames {
  private readonly bySurname = new Map<string, ActorDraft[]>();

  note(surname: string, a: ActorDraft) {
    const list = this.bySurname.get(surname);
    if (!list) this.bySurname.set(surname, [a]);
    else if (!list.includes(a)) list.push(a);
  }

  /**
   * The person the titled surname at `ci` is ("President Obama", "Mrs. Clinton"): see personForTitledSurname;
   * null for none of those named, undefined where the text names no one of that surname in full.
   */
  person(ctx: ActorPassContext, table: NameTable, ci: number): ActorDraft | null | undefined {
    // ("Rep. Kelly (R-Miss.)": the one member the tag fits, as the lookup linked it, not another Republican Kelly)
    if (table.bySurname.has(ci)) return undefined;
    const people = (this.bySurname.get(table.keys[ci]) ?? []).filter(
      (a) => !a.entity || fitsMemberHint(a.entity, table.members[ci], ctx.date),
    );
    if (!people.length) return undefined;
    const known = () => ctx.index.lookup(table.cores[ci], table.lookup);
    const found = personForTitledSurname(people, table.nameCands[ci].title!, known);
    return !found ? null : 'actor' in found ? found.actor : ctx.entityActor(found.entity);
  }
}

/**
 * What a name or acronym of no known entity is when it is a title alone: 'office' for the role pass ("PM" as
 * tabloids write it; a title of some words with no name after it, opening a line: a headline, a summary, a
 * paragraph, "Prime Minister makes five pledges"); 'none' elsewhere ("with Ann Lee as his Secretary of
 * State", "Lee Hopes to Be Prime Minister": a title is never a person's name); null for a name. One word
 * is left to the name pass: headlines write it for the office of no one ("Qualified to Be President").
 */
export function titleAlone(c: NameCandidate, key: string, text: string): 'office' | 'none' | null {
  if (c.kind === 'acronym') return TITLE_ALIASES[key] ? 'office' : null;
  if (c.title || !key.includes(' ') || !TITLES.has(key) || HONORIFICS.has(key) || !isOn('actor:bare-title'))
    return null;
  return c.sentenceStart && (c.start === 0 || text[c.start - 1] === '\n') ? 'office' : 'none';
}
