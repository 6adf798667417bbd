/**
 * The other people named near a description (lib/actors/descriptions.ts): whose names stop a phrase being a
 * description of this person, found by position.
 */
import type { Actor } from '../notes';
import { countBefore } from '../text/search';
import { isRoleWord } from './description-words';

interface Range {
  start: number;
  end: number;
}

/**
 * Another person whose name inside an apposition stops it being a description: a known person, or a name
 * of two words or more that does not end in a role word (not the name pass's "Washington lawyer",
 * "Assistant Managing Editor", nor a one-word "Latino").
 */
function blocksDescription(a: Actor): boolean {
  if (a.id) return true;
  const words = a.name.split(/\s+/);
  return words.length >= 2 && !isRoleWord(words[words.length - 1]);
}

export interface PersonRange extends Range {
  actor: Actor;
}

/** The mentions of the people whose names stop a description (blocksDescription), sorted by start. */
export function peopleRanges(all: readonly Actor[]): PersonRange[] {
  return all
    .filter((a) => a.type === 'person' && blocksDescription(a))
    .flatMap((a) => a.mentions.map((m) => ({ start: m.nameStart ?? m.start, end: m.nameEnd ?? m.end, actor: a })))
    .sort((x, y) => x.start - y.start);
}

/** Other people's names near a phrase: those starting inside [from, to), and the one covering a position. */
export interface OtherPeople {
  within(from: number, to: number): PersonRange[];
  at(pos: number): PersonRange | undefined;
}

/** The longest span a name's range is looked back over for `at` (names are far shorter). */
const NAME_REACH = 200;

export function othersThan(people: PersonRange[], actor: Actor): OtherPeople {
  return {
    within(from, to) {
      const out: PersonRange[] = [];
      for (let i = countBefore(people, 'start', from); i < people.length && people[i].start < to; i++)
        if (people[i].actor !== actor) out.push(people[i]);
      return out;
    },
    at(pos) {
      for (let i = countBefore(people, 'start', pos + 1) - 1; i >= 0 && people[i].start > pos - NAME_REACH; i--)
        if (people[i].actor !== actor && people[i].end > pos) return people[i];
      return undefined;
    },
  };
}

/** Whether a person's mention covers this position (the owner in "Lee’s Ann Hale" is no body). */
export const isPersonAt = (all: readonly Actor[], pos: number): boolean =>
  all.some((a) => a.type === 'person' && a.mentions.some((m) => m.start <= pos && m.end > pos));
