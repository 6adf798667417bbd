/**
 * Names the knowledge answers only weakly, kept where the article is about the entity's country: a bare
 * surname ("Biden"), a chamber's bare word ("House", "Senate"). Part of the names-by-knowledge pass
 * (lookup.ts); writes the table's `resolved` and `linkedBy`.
 */
import { escapeRegExp, MONTH_NAMES, OBJECT_PREPOSITIONS, PLACE_PREPOSITIONS } from '../words';
import { isOn } from '../engine/rules';
import { sentenceAt } from '../text/sentences';
import { placedAt } from '../names/evidence';
import type { ActorPassContext } from './context';
import type { NameTable } from './lookup';
import { wordsAlsoLower } from './word-shapes';

/**
 * Bare surnames keep their person only where the text names the person's country, or the sentence does
 * (or, actor:country-by-names, where it names places or bodies of that country); a chamber's bare word
 * ("House", "Senate") keeps its body only where the text names that body's country (actor:chamber-by-country).
 */
export function dropWeakNames(ctx: ActorPassContext, table: NameTable, weak: number[]) {
  const { text, index, findings } = ctx;
  const { resolved, nameCands } = table;
  /** Whether the sentence holding pos names the country, by a name, an alias or a demonym ("Italian"). */
  // (answered once per country and sentence: many surnames in one long sentence read it once)
  const countryNamed = new Map<string, boolean>();
  const countryInSentence = (countryId: string, pos: number): boolean => {
    const country = index.entity(countryId);
    const si = sentenceAt(findings.sentences, pos);
    const sentence = si >= 0 ? findings.sentences[si] : null;
    if (!country || !sentence) return false;
    const k = `${si}|${countryId}`;
    let named = countryNamed.get(k);
    if (named === undefined) {
      const said = text.slice(sentence.start, sentence.end);
      named = [country.name, ...country.aliases, ...country.demonyms].some(
        (w) => w.length > 2 && new RegExp(`\\b${escapeRegExp(w)}\\b`).test(said),
      );
      countryNamed.set(k, named);
    }
    return named;
  };
  // the countries the text names, and (actor:country-by-names) the countries of the places and bodies it
  // names by their own names ("Iowa", "Fox News": an article about the US), not by a bare surname
  const textCountries = new Set<string>();
  const namedCountries = new Set<string>();
  const weakSet = new Set(weak);
  resolved.forEach((e, ci) => {
    if (e?.type === 'country') textCountries.add(e.id);
    else if (e?.country && !weakSet.has(ci)) namedCountries.add(e.country);
  });
  const byNames = isOn('actor:country-by-names');
  const byCountry: number[] = [];
  for (const ci of weak) {
    const e = resolved[ci]!;
    // "the House", "the Senate": the chamber of the country the text is about, or none
    if (e.type !== 'person') {
      if (e.country && (textCountries.has(e.country) || namedCountries.has(e.country)))
        table.linkedBy.set(ci, 'actor:chamber-by-country');
      else resolved[ci] = null;
      continue;
    }
    // (or whose country the sentence names: "Ms. Meloni, the Italian prime minister, said")
    if (e.country && (textCountries.has(e.country) || countryInSentence(e.country, nameCands[ci].start))) continue;
    // (a surname alone, "Biden": not of several words, "Greene County", nor placed, "in Austin", nor
    // after a preposition, "at Austin")
    const c = nameCands[ci];
    if (
      byNames &&
      e.country &&
      namedCountries.has(e.country) &&
      !table.cores[ci].includes(' ') &&
      !placedAt(text, c) &&
      !prepositionBefore(text, c.start)
    )
      byCountry.push(ci);
    else resolved[ci] = null;
  }
  if (!byCountry.length) return;
  // (nor a word the text also writes in lower case, "may", "bush", or a month: one scan of the text for all)
  const lower = wordsAlsoLower(
    text,
    byCountry.map((ci) => table.cores[ci]),
  );
  for (const ci of byCountry) {
    const word = table.cores[ci].toLowerCase();
    if (lower.has(word) || MONTHS.has(word)) resolved[ci] = null;
    else table.linkedBy.set(ci, 'actor:country-by-names');
  }
}

/** The word before a name, in lower case (letters only), or ''. */
const WORD_BEFORE = /(\p{L}+)\s+$/u;
/** A preposition right before a word: "at Austin", "of Brown" (a place's or a body's more likely than a person's). */
function prepositionBefore(text: string, start: number): boolean {
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1].toLowerCase() ?? '';
  return OBJECT_PREPOSITIONS.has(w) || PLACE_PREPOSITIONS.includes(w);
}

/** The months' names and short forms in lower case ("may", "march"). */
const MONTHS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));
