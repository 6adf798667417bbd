/**
 * The type of an unknown name's actor: typeOfUnknown on the mention that makes it, corrected by its
 * other mentions where that one had no evidence (rules actor:placed-elsewhere, actor:body-elsewhere).
 */
import { isOn } from '../engine/rules';
import { bodyAt, placedAt, typeOfUnknown } from '../names/evidence';
import type { KnowledgeIndex } from '../knowledge/index';
import { normalizeKey } from '../knowledge/normalize';
import { ORG_WORDS, PLACE_WORDS } from '../words';
import type { NameTable } from './lookup';
import type { ActorDraft } from './types';

/** Which rule corrected a type, by the name's key (for the mentions' rule ids). */
export type TypeFixes = Map<string, 'actor:placed-elsewhere' | 'actor:body-elsewhere'>;

/**
 * typeOfUnknown for the name at ci; and
 *  - a single word it takes for an organisation for want of evidence is a place where another mention
 *    places it ("BONN 2024-03-01" as a dateline, "arrived in Bonn");
 *  - a name of several words it takes for a person (no title) is an organisation where another mention
 *    shows a body ("Norland Air chairman", "shares in Norland Air", "the airline Norland Air").
 */
export function unknownTypeOf(
  text: string,
  table: NameTable,
  ci: number,
  afterCountry: boolean,
  fixes: TypeFixes,
): ActorDraft['type'] {
  const { nameCands, cores, keys } = table;
  const c = nameCands[ci];
  const core = cores[ci];
  const type = typeOfUnknown(text, c, core, afterCountry);
  const single = !core.includes(' ');
  let rule: 'actor:placed-elsewhere' | 'actor:body-elsewhere';
  let test: typeof placedAt;
  if (type === 'organization' && single && !ORG_WORDS.test(core)) {
    rule = 'actor:placed-elsewhere';
    test = placedAt;
  } else if (type === 'person' && !single && !c.title) {
    rule = 'actor:body-elsewhere';
    test = bodyAt;
  } else return type;
  if (!isOn(rule)) return type;
  for (let j = 0; j < nameCands.length; j++)
    if (j !== ci && keys[j] === keys[ci] && test(text, nameCands[j])) {
      fixes.set(keys[ci], rule);
      return rule === 'actor:placed-elsewhere' ? 'place' : 'organization';
    }
  return type;
}

/**
 * "Australian Tom Berg", "a Mexican Ana Ruiz": a country's demonym before an unknown person's name
 * describes them; it is no part of the name. The offset in the core where the name starts, or -1
 * (only before two or three words that hold no body's or place's word: not "American Civil
 * Liberties Union").
 */
export function demonymPrefix(core: string, index: KnowledgeIndex): number {
  const space = core.indexOf(' ');
  if (space < 4) return -1;
  const rest = core.slice(space + 1);
  const words = rest.split(' ').length;
  if (words < 2 || words > 3 || ORG_WORDS.test(rest) || PLACE_WORDS.test(rest)) return -1;
  const first = core.slice(0, space);
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return -1;
  const e = index.lookupFirst(first, { type: 'country' });
  if (!e || e.type !== 'country') return -1;
  const k = normalizeKey(first);
  return e.demonyms.some((d) => normalizeKey(d) === k) ? space + 1 : -1;
}
