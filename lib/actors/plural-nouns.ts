/**
 * A plural common noun with a capital only because it opens its sentence ("Mourners say …",
 * "Projections show …", "Figures released on Monday suggest …"): no name, though a verb of saying
 * follows it. Read by NotNames.singleAside (rule name:aside-plural-noun).
 */
import { alternation, isGivenName, PLURAL_NOUN_ENDINGS } from '../words';
import type { NameTable } from './lookup';
import { wordsAlsoLower } from './word-shapes';

/** A capitalised plural word: four letters or more before its "s" (not "-ss", "Ives", "Hess"). */
const PLURAL_SHAPE = /^\p{Lu}\p{Ll}{3,}[^s]s$/u;
/** Endings that only a common noun's plural has ("-ions", "-ists"). */
const NOUN_ENDING = new RegExp(`(?:${alternation(PLURAL_NOUN_ENDINGS)})$`);
/** The endings of doers' and doings' plurals, whose stem a surname may share ("Shoppers", "Sellers"). */
const DOER_ENDING = /(?:ers|ors)$/;

/** The lower-case words that show `lower` (a plural, lower-cased) to be a common noun. */
function lowerForms(lower: string): string[] {
  // "shoppers": the verb, "shop", "shops", "shopping", "shopped" (not the singular: "power" for "Powers")
  if (DOER_ENDING.test(lower)) {
    const stem = lower.slice(0, -3);
    if (stem.length < 4) return [];
    const last = stem.at(-1);
    return [
      stem,
      `${stem}ing`,
      `${stem}ed`,
      `${stem}${last}ing`,
      `${stem}${last}ed`,
      `${stem}s`,
      `${stem}e`,
      `${stem}es`,
    ];
  }
  // "things": "thing"; "cities": "city"; "boxes": "box"
  if (lower.endsWith('ies')) return [`${lower.slice(0, -3)}y`];
  if (/(?:x|ch|sh|ss|z)es$/.test(lower)) return [lower.slice(0, -2)];
  return [lower.slice(0, -1)];
}

/**
 * The lower-case forms of every plural-shaped name of a table that the text writes: one scan of the
 * text for all of them (wordsAlsoLower), at first need, not one per name.
 */
const FORMS_IN_TEXT = new WeakMap<NameTable, Set<string>>();

function formsInText(text: string, table: NameTable): Set<string> {
  let found = FORMS_IN_TEXT.get(table);
  if (!found) {
    const sought = new Set<string>();
    for (const core of table.cores)
      if (PLURAL_SHAPE.test(core)) for (const f of lowerForms(core.toLowerCase())) sought.add(f);
    FORMS_IN_TEXT.set(table, (found = wordsAlsoLower(text, [...sought])));
  }
  return found;
}

/**
 * Whether `word`, a capitalised word opening its sentence and unknown (one of `table`'s names), is
 * the plural of a common noun: it has an ending only such plurals have, or the text writes its singular
 * or its verb in lower case ("Things went bad" beside "one thing"; "Mourners say" beside "the city is
 * mourning"). A given name never is.
 */
export function pluralCommonNoun(text: string, word: string, table?: NameTable): boolean {
  if (!PLURAL_SHAPE.test(word)) return false;
  const lower = word.toLowerCase();
  if (isGivenName(lower)) return false;
  if (NOUN_ENDING.test(lower)) return true;
  const forms = lowerForms(lower);
  if (!forms.length) return false;
  // (with the name table: the forms of all its names, sought once; alone: this word's)
  const found = table ? formsInText(text, table) : wordsAlsoLower(text, forms);
  return forms.some((f) => found.has(f));
}
