/**
 * A plural common noun with a capital only because it opens its sentence ("Mourners say …",
 * "Projections show …", "Figures released on Monday suggest …"): no name, though a verb of saying
 * follows it. Read by NotNames.singleAside (rule name:aside-plural-noun).
 */
import { alternation, isGivenName, PLURAL_NOUN_ENDINGS } from '../words';

/** A capitalised plural word: four letters or more before its "s" (not "-ss", "Ives", "Hess"). */
const PLURAL_SHAPE = /^\p{Lu}\p{Ll}{3,}[^s]s$/u;
/** Endings that only a common noun's plural has ("-ions", "-ists"). */
const NOUN_ENDING = new RegExp(`(?:${alternation(PLURAL_NOUN_ENDINGS)})$`);
/** The endings of doers' and doings' plurals, whose stem a surname may share ("Shoppers", "Sellers"). */
const DOER_ENDING = /(?:ers|ors)$/;

/** The lower-case words that show `lower` (a plural, lower-cased) to be a common noun, as a regex alternation. */
function lowerForms(lower: string): string {
  // "shoppers": the verb, "shop", "shops", "shopping", "shopped" (not the singular: "power" for "Powers")
  if (DOER_ENDING.test(lower)) {
    const stem = lower.slice(0, -3);
    if (stem.length < 4) return '';
    return `${stem}(?:${stem.at(-1)}?(?:ing|ed)|s|e[sd]?)?`;
  }
  // "things": "thing"; "cities": "city"; "boxes": "box"
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (/(?:x|ch|sh|ss|z)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/**
 * Whether `word`, a capitalised word opening its sentence and unknown, is the plural of a common noun:
 * it has an ending only such plurals have, or the text writes its singular or its verb in lower case
 * ("Things went bad" beside "one thing"; "Mourners say" beside "the city is mourning"). A given name
 * never is.
 */
export function pluralCommonNoun(text: string, word: string): boolean {
  if (!PLURAL_SHAPE.test(word)) return false;
  const lower = word.toLowerCase();
  if (isGivenName(lower)) return false;
  if (NOUN_ENDING.test(lower)) return true;
  const forms = lowerForms(lower);
  return !!forms && new RegExp(`(?<![\\p{L}\\p{M}])(?:${forms})(?![\\p{L}\\p{M}])`, 'u').test(text);
}
