import type { ContractJson } from './golden-diff';

/**
 * Coverage of the knowledge file: of the people an article names, the share the file knows
 * (`known: true` in the command line's JSON), and of the named people quoted, the share with a
 * description (the knowledge file's, or the article's own once the contract carries
 * `articleDescription`).
 */

type ContractActor = ContractJson['actors'][number] & { articleDescription?: string | null };

/** Lower-case name particles that may stand between capitalised words ("Mohammed bin Salman"). */
const PARTICLES = new Set([
  'al',
  'al-',
  'bin',
  'ibn',
  'da',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'van',
  'von',
  'y',
  'ter',
  'den',
]);

/**
 * A named person: a person actor whose name has two or more words, each capitalised (or a name
 * particle), so "Ann Lee" and "Mohammed bin Salman" are, and "Lee", "Critics" or "Downing Street
 * spokesperson" are not.
 */
export function isNamedPerson(a: { type: string; name: string }): boolean {
  return (
    a.type === 'person' &&
    isName(a.name) &&
    a.name
      .trim()
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w)).length >= 2
  );
}

/** A name, not a description: every word capitalised or a name particle ("Ann Lee", "Lee"; not "Clinton adviser"). */
const isName = (name: string): boolean =>
  name
    .trim()
    .split(/\s+/)
    .every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()));

export interface KnownRate {
  /** Named people, counted once per article. */
  people: number;
  known: number;
  rate: number | null;
}

export const ratio = (n: number, d: number): number | null => (d ? Math.round((n / d) * 1000) / 1000 : null);

/** Of the named people in these outputs (each article's actors), the share the knowledge file knows. */
export function knownRate(outputs: Iterable<Pick<ContractJson, 'actors'>>): KnownRate {
  let people = 0;
  let known = 0;
  for (const out of outputs)
    for (const a of out.actors)
      if (isNamedPerson(a)) {
        people++;
        if (a.known) known++;
      }
  return { people, known, rate: ratio(known, people) };
}

/** A PolNeAR article as its data file holds it (the fields read here). */
export interface GoldArticle {
  name: string;
  text: string;
  /** The article's date (YYYY-MM-DD), from the corpus's metadata. */
  date?: string;
  attributions: {
    content: [number, number][];
    source?: [number, number][];
    sourceText?: string;
    sourceKind?: string;
    noSource?: boolean;
  }[];
}

/** The words of a name, lower case, without possessives or edge punctuation ("O’Neill’s" → "o'neill"). */
export function nameWords(s: string): string[] {
  return s
    .replace(/[’ʼ]/g, "'")
    .split(/[\s\u00a0]+/)
    .map((w) =>
      w
        .replace(/'s?$/i, '')
        .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
        .toLowerCase(),
    )
    .filter(Boolean);
}

/**
 * The head word of a named source: the last word of its name, "Sen. Tim Kaine" → "kaine", "Trump’s" →
 * "trump". Where the gold source holds an apposition or a clause, the name is its first part that ends
 * in a capitalised word: "Gene Lane, a former party adviser" → "lane" (not "adviser"), "the mayor’s
 * spokesman, Ann Lee" → "lee", "Sen. Bo Ray of Ohio" → "ray".
 */
export function sourceHead(sourceText: string): string | null {
  const parts = sourceText.split(/[,;(]/).map((part) => part.split(/\s+(?:of|who|from|at)\s+/)[0].trim());
  for (const name of parts) {
    const last = name.split(/\s+/).pop() ?? '';
    const words = nameWords(name);
    if (words.length && /^[^\p{L}]*\p{Lu}/u.test(last)) return words[words.length - 1];
  }
  // no part ends in a capital ("the groups who wrote"): the first part's last word, its head
  const words = nameWords(parts.find((p) => nameWords(p).length) ?? '');
  return words.length ? words[words.length - 1] : null;
}

/** Some of the content lies in or next to quotation marks: a direct or partly quoted attribution. */
function isQuotation(text: string, content: [number, number][]): boolean {
  return content.some(([s, e]) => /[“”"]/.test(text.slice(Math.max(0, s - 2), e + 2)));
}

export interface SourceCoverage {
  /** Named sources of quotations (distinct per article by head word). */
  quotedSources: number;
  /** ...whose head word is a word of a person actor's name in the output. */
  foundAsPerson: number;
  /** ...of those, known to the knowledge file. */
  known: number;
  /** ...of those, with a description (the knowledge file's or the article's). */
  described: number;
  knownRate: number | null;
  /** described / foundAsPerson */
  descriptionShare: number | null;
}

/**
 * The named people the gold marks as sources of a quotation (a direct or partly quoted
 * attribution with a named source), found as person actors in the output by their head word (an
 * actor whose name is a name: an unnamed "party adviser" is not the named adviser):
 * how many the knowledge file knows and how many have a description.
 */
export function sourceCoverage(
  articles: Iterable<GoldArticle>,
  outputs: Map<string, Pick<ContractJson, 'actors'>>,
): SourceCoverage {
  let quotedSources = 0;
  let foundAsPerson = 0;
  let known = 0;
  let described = 0;
  for (const art of articles) {
    const out = outputs.get(art.name);
    const heads = new Set<string>();
    for (const a of art.attributions) {
      if (a.noSource || a.sourceKind !== 'named' || !a.sourceText || !isQuotation(art.text, a.content)) continue;
      const h = sourceHead(a.sourceText);
      if (h) heads.add(h);
    }
    for (const h of heads) {
      quotedSources++;
      const actor = out?.actors.find((x) => x.type === 'person' && isName(x.name) && nameWords(x.name).includes(h)) as
        ContractActor | undefined;
      if (!actor) continue;
      foundAsPerson++;
      if (actor.known) known++;
      if (actor.description?.trim() || actor.articleDescription?.trim()) described++;
    }
  }
  return {
    quotedSources,
    foundAsPerson,
    known,
    described,
    knownRate: ratio(known, foundAsPerson),
    descriptionShare: ratio(described, foundAsPerson),
  };
}
