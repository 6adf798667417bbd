/**
 * An unknown name with a body's head word before "of" ("Economic Club of Westby", "Boy Scouts of Norland",
 * "National Academies of Arts"): an organisation, not the person a name of several words is taken for
 * (rule name:body-of; the name run keeps "of" after these words, lib/names/runs.ts).
 */
import { isOn } from '../engine/rules';
import { BODY_HEADS_BEFORE_OF, JOB_TITLES, ORG_HEADS, ORG_WORDS, TITLES } from '../words';

/** Head words before "of" that name a person's post, not a body: "Chief of Staff", "Head of Sales". */
const POSTS = new Set(['chief', 'head', 'earl']);

/** The word before each lower-case "of" inside a name: "Club" in "Economic Club of Westby". */
const WORD_BEFORE_OF = /(\S+) of (?=\p{Lu})/gu;

/**
 * Whether a name holds a body's head word before "of" (body-heads-before-of.json, org-heads.json, a body's
 * word of org-words.json) and no post's ("Governor of Westland", "Chief of Staff"); a place's ("Isle of
 * Man") is none.
 */
export function bodyHeadBeforeOf(core: string): boolean {
  if (!core.includes(' of ') || !isOn('name:body-of')) return false;
  let body = false;
  for (const m of core.matchAll(WORD_BEFORE_OF)) {
    const w = m[1].toLowerCase();
    // ("Secretary of State of Westland", "White House Chief of Staff": a post's name, a person's)
    if (TITLES.has(w) || JOB_TITLES.has(w) || POSTS.has(w)) return false;
    // (not "House of …": a chamber's name that a person's runs on into, "House of Delegates Ann Lee")
    if (BODY_HEADS_BEFORE_OF.has(w) || ORG_HEADS.has(w) || (w !== 'house' && ORG_WORDS.test(w))) body = true;
  }
  return body;
}
