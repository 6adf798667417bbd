import type { ActorDraft } from '../actors/actors';
import { sameOffice } from '../actors/role-lookups';
import type { Entity } from '../knowledge/schema';
import { isOn } from '../engine/rules';
import { DESCRIBED_TITLES } from '../words';
import { lastBefore, type ClaimState } from './state';

/**
 * speaker:description-title — a description whose head names an office, a rank or a royal title ("the
 * prince", "the Florida senator", "the governor") stands for a person named before with that title
 * ("Prince Talal", "Sen. Ann Lee") or whose knowledge entry holds it, the nearest such person; not for
 * whoever was named last ("Prince Talal owns hotels. Tom Ray met him. The prince said …": Talal, not Ray).
 */

/** Short forms of titles as written before a name ("Sen. Ann Lee"). */
const SHORT: Record<string, string> = { sen: 'senator', gov: 'governor', gen: 'general', adm: 'admiral' };
/** Other words for a head's office in knowledge entries ("Representative" for "the congressman"). */
const ENTRY_TITLES: Record<string, string> = { congressman: '|representative', congresswoman: '|representative' };
/** A word before an office in a knowledge entry that makes it another office ("Vice President"). */
const OTHER = /(?:vice|deputy|shadow|former|ex)[\s-]+$/i;

/** What a description asks of the title's holder: the place words before its head, and whether it is a former one. */
interface Asked {
  head: string;
  places: string[];
  former: boolean;
}

/** The head of a description ("the former Florida senator") and what it asks ("Florida", former). */
function askedBy(description: string, head: string): Asked {
  const words = description.split(/\s+/).slice(1, -1);
  return {
    head,
    places: words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/[’'ʼ]s?$/, '')),
    former: words.some((w) => /^(?:former|ex-.*)$/i.test(w)),
  };
}

/** How many people before a description are tried for its title. */
const PEOPLE_BACK_MAX = 200;

/**
 * The nearest person before pos named with the title the description's head names (`head`, lower case)
 * or holding it by the knowledge file, as the description asks; null where no one is (or the rule is off).
 */
export function titledBefore(
  st: ClaimState,
  description: string,
  head: string,
  pos: number,
): ActorDraft | null | undefined {
  if (!isOn('speaker:description-title') || !DESCRIBED_TITLES.has(head)) return undefined;
  const asked = askedBy(description, head);
  const seen = new Set<ActorDraft>();
  // (back through the mentions, nearest first, over PEOPLE_BACK_MAX people at most: a page of many
  // descriptions and many people is read in bounded time per description)
  for (let i = lastBefore(st, pos); i >= 0 && seen.size < PEOPLE_BACK_MAX; i--) {
    const a = st.outsideQuotes[i].actor;
    if (a.type !== 'person' || a.unnamed || seen.has(a)) continue;
    seen.add(a);
    if (holdsTitle(a, asked, st.date)) return a;
  }
  return null;
}

/**
 * Whether the text gives the person the title (a present one, with no place asked), or their knowledge
 * entry holds it: at the article's date, or before it for a former one, in the place asked.
 */
function holdsTitle(a: ActorDraft, asked: Asked, date: string | null): boolean {
  if (!asked.former && !asked.places.length && a.titles.some((t) => sameOffice(SHORT[t.title] ?? t.title, asked.head)))
    return true;
  return !!a.entity && entityHolds(a.entity, asked, date);
}

/** A role of the entry with that title, held at the date (or ended before it); else its description names it. */
function entityHolds(e: Entity, asked: Asked, date: string | null): boolean {
  const re = new RegExp(`\\b(?:${asked.head}${ENTRY_TITLES[asked.head] ?? ''})\\b`, 'i');
  const named = (s: string) => {
    const m = re.exec(s);
    return !!m && !OTHER.test(s.slice(0, m.index));
  };
  const inPlace = (s: string) => !asked.places.length || asked.places.some((p) => s.includes(p));
  const held = (r: Entity['roles'][number]) =>
    asked.former ? !!r.to && (!date || r.to <= date) : !date || (r.from <= date && (!r.to || r.to >= date));
  const roles = e.roles.filter((r) => named(r.title));
  if (roles.length) return roles.some((r) => held(r) && inPlace(`${r.seat ?? ''} ${r.of} ${e.description}`));
  return !asked.former && named(e.description) && inPlace(e.description);
}
