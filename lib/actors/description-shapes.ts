/**
 * More shapes of what an article says about a person (issue 17), read by descriptions.ts when the
 * apposition after a name and the title before it give nothing:
 *   a role set before the name in commas: "The company's chief executive, Ann Lee, said" → "company's chief executive"
 *   the organisation a person is of: "Acme's Ann Lee" → "Acme"; "Ann Lee of Acme", "wrote Ann Lee for Acme" → "Acme";
 *   a body or place the file does not know: "Ann Lee of Northby Weekly said" → "of Northby Weekly"
 *   a title or party the name pass kept inside the name: "Secretary of State Ann Lee" → "Secretary of State",
 *   "Republican Ann Lee" → "Republican"
 */
import { isCapitals } from '../text/ascii';
import type { Actor } from '../notes';
import {
  alternation,
  DESCRIPTION_ROLES,
  JOB_WORDS,
  OF_RUN_VERBS,
  ROLE_DETERMINERS,
  ROLE_PHRASE_STOPS,
  TITLES,
  CALENDAR,
  SENTENCE_WORDS,
  isGivenName,
  lettersOf,
} from '../words';

interface Range {
  start: number;
  end: number;
}

/** Words that end a role phrase read backwards from its comma: a clause's verbs and joiners. */
const CLAUSE_WORD = ROLE_PHRASE_STOPS;

/** A party written before a name ("Republican Ann Lee"): a description of the person. */
const PARTY = /^(?:Republican|Democrat|Democratic|Independent|Libertarian|Conservative|Labour|Tory)$/;

const isDeterminer = (w: string): boolean => ROLE_DETERMINERS.has(w.toLowerCase());

const isRole = (w: string): boolean => {
  const l = lettersOf(w.toLowerCase()).replace(/^(?:then|ex)-/, '');
  return JOB_WORDS.has(l) || DESCRIPTION_ROLES.has(l) || TITLES.has(l);
};

/**
 * "The French interior minister, Ann Lee, said", "Acme's chief executive, Ann Lee,", "a spokeswoman for
 * Acme, Ann Lee,": the role phrase before the comma ahead of the name, when the name is itself followed by
 * a comma, a bracket, a full stop or a speech verb. The phrase starts at a determiner (dropped, but for a
 * possessive) at most seven words back and ends in a person's role word.
 */
export function roleBeforeComma(text: string, nameStart: number, nameEnd: number): string | null {
  const before = text.slice(Math.max(0, nameStart - 60), nameStart);
  // (the Unicode regexes only where their plain start or end is: not run, they are not compiled on a page's first run)
  const lead = /,\s*$/.exec(before) ?? (mayBePairBefore(before) ? PAIR_BEFORE.exec(before) : null);
  if (!lead) return null;
  // (two people after a plural role: "two analysts, Ann Lee and Tom Hale," gives each "analyst")
  const after = text.slice(nameEnd, nameEnd + 60);
  const pairAfter = /^\s+and\s/.test(after) && PAIR_AFTER.test(after);
  const plural = pairAfter || !/^,\s*$/.test(lead[0]);
  if (!pairAfter && !/^(?:\s*[,;.)—–]|\s+(?:said|says|told|added|wrote)\b)/.test(text.slice(nameEnd, nameEnd + 12)))
    return null;
  const commaAt = nameStart - lead[0].length;
  const clause = text.slice(Math.max(0, commaAt - 120), commaAt);
  const cut = Math.max(clause.search(/[^.;:!?“”"()\n—–]*$/), 0);
  const words = clause.slice(cut).trim().split(/\s+/).filter(Boolean);
  // (or one of several: "one of the firm's top executives, Ann Lee," → "firm's top executive")
  const oneOf = !plural && words.some((w, i) => /^one$/i.test(w) && words[i + 1] === 'of');
  const last = roleWordAt(words, plural, oneOf);
  if (last < 0) return null;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const w = words[i];
    // (the preposition after the role word is no clause's: "delegate on the slate", "chief of staff to Lee")
    if ((CLAUSE_WORD.has(w.toLowerCase()) && i !== last + 1) || /,$/.test(w)) return null;
    // (a possessive only before the role word: not "Ukraine's" in "a spokesman for Ukraine's Foreign Ministry")
    const possessive = i <= last && /^\p{Lu}[\p{L}.&-]*[’']s$/u.test(w);
    // (not a determiner after the role word: "the" in "secretary of state for the elderly")
    if (i <= last && (isDeterminer(w) || possessive || (plural && /^(?:two|three|four|both)$/i.test(w)))) {
      // (a possessive owner is part of the description: "Acme's chief executive"; "His chief strategist" is not,
      // but "her husband's adviser" keeps "her")
      const ownerNext = /[’']s$/.test(words[i + 1] ?? '');
      let from = !possessive && !(ownerNext && !/^(?:the|a|an|another)$/i.test(w)) ? i + 1 : i;
      while (from > 0 && possessive && /^\p{Lu}/u.test(words[from - 1]) && !isDeterminer(words[from - 1])) from--;
      const kept = words.slice(from);
      if (plural || (oneOf && !isRole(kept[last - from]))) kept[last - from] = kept[last - from].replace(/s$/, '');
      const phrase = kept.join(' ');
      return phrase.length >= 3 && phrase.length <= 80 ? phrase : null;
    }
  }
  return null;
}

/** Before the second of two names: ", Ann Lee and " (the comma after a plural role). */
const PAIR_BEFORE = /,\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+and\s+$/u;
/**
 * What every PAIR_BEFORE match has, read plainly: after the last comma, one to four words then "and", the
 * first word not opening in a small letter or digit.
 */
export function mayBePairBefore(before: string): boolean {
  if (!/\sand\s+$/.test(before)) return false;
  const words = before
    .slice(before.lastIndexOf(',') + 1)
    .trim()
    .split(/\s+/);
  return before.includes(',') && words.length >= 2 && words.length <= 5 && !/^[a-z\d]/.test(words[0]);
}
/** After the first of two names: " and Tom Hale," or " and Tom Hale said". */
const PAIR_AFTER =
  /^\s+and\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}(?:\s*[,;.)]|\s+(?:said|say|told|wrote|found)\b)/u;

/**
 * Where the role word is among the words before the comma, or -1: the last word ("the company's chief executive"),
 * or one before a preposition and what it governs ("a spokeswoman for Acme", "chief of staff", "delegate on the
 * Cruz slate"); a plural ("analysts") where two people follow.
 */
function roleWordAt(words: string[], plural: boolean, either = false): number {
  const many = (w: string) => /s$/.test(w) && isRole(w.replace(/s$/, ''));
  const role = (w: string) => (plural ? many(w) : isRole(w) || (either && many(w)));
  for (let k = words.length - 1; k >= 0 && k >= words.length - 6; k--) {
    if (role(words[k]) && (k === words.length - 1 || /^(?:for|of|at|to|on|in|from|with)$/.test(words[k + 1]))) return k;
    if (k < words.length - 1 && /[,]$/.test(words[k])) break;
  }
  return -1;
}

/** The organisations' mentions, in text order. */
export function organisationRanges(all: readonly Actor[]): Range[] {
  return (
    all
      // (known, or named in two words or an abbreviation: not a one-word place taken for a body, "Cheyenne")
      .filter(
        (a) =>
          a.type === 'organization' && !a.unnamed && (a.id || /\s/.test(a.name.trim()) || isCapitals(a.name.trim())),
      )
      .flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end })))
      .sort((x, y) => x.start - y.start)
  );
}

/**
 * The organisation written as a person's owner or after "of": "NBC’s Ann Lee", "The Acme Post's Ann Lee",
 * "Ann Lee of Acme" → the organisation's words as written, without "the" and the possessive.
 */
export function organisationOf(
  text: string,
  nameStart: number,
  nameEnd: number,
  orgs: Range[],
  isPersonAt: (pos: number) => boolean = () => false,
): string | null {
  const before = /([’']s|s[’'])\s+$/.exec(text.slice(Math.max(0, nameStart - 4), nameStart));
  if (before) {
    const ownerEnd = nameStart - before[0].length + (/^s/.test(before[1]) ? 1 : 0);
    const org = orgs.find((r) => r.end === ownerEnd);
    if (org) return tidyOrg(text.slice(org.start, org.end));
    // an owner the file does not know, no person: "Northby Weekly’s Ann Lee" → "of Northby Weekly"
    const owner = OWNER_RUN.exec(text.slice(Math.max(0, ownerEnd - 60), ownerEnd));
    const body = owner && ownerWords(owner[1]);
    if (body && !isPersonAt(ownerEnd - 1)) return `of ${body}`;
  }
  const of = /^(\s+(?:of|for)\s+)(?:the\s+)?/i.exec(text.slice(nameEnd, nameEnd + 11));
  if (of) {
    const from = nameEnd + of[1].length;
    const org = orgs.find((r) => r.start >= from && r.start <= nameEnd + of[0].length);
    if (org && /^(?:\s*[,;.)—–]|\s+(?:said|says|told|wrote|writes|added)\b)/.test(text.slice(org.end, org.end + 12)))
      return tidyOrg(text.slice(org.start, org.end));
    // a body or place the file does not know: "Ann Lee of Northby Weekly said" → "of Northby Weekly"
    const run = ofRun(text.slice(nameEnd, nameEnd + 80));
    if (
      run &&
      /^\s+of\b/i.test(run[0]) &&
      OF_RUN_END.test(text.slice(nameEnd + run[0].length, nameEnd + run[0].length + 12))
    )
      return tidyOrg(`of ${run[1]}`);
  }
  return null;
}

/** A capitalised run of one to three words ending where a possessive starts, not after another capital ("Northby Weekly"). */
const OWNER_RUN = /(?<![\p{L}.&’'-])(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2})$/u;

/**
 * The owner's words, without a clause's first word ("As The Post" → "The Post"); null for a clause's word, a pronoun,
 * a day or month or a given name alone ("That’s", "He’s", "Monday’s", "Robert’s"), or too long.
 */
function ownerWords(run: string): string | null {
  const words = run.split(/\s+/);
  while (words.length > 1 && SENTENCE_WORDS.has(words[0].toLowerCase()) && words[0] !== 'The') words.shift();
  const inner = words.slice(words[0] === 'The' && words.length > 1 ? 1 : 0);
  if (inner.some((w) => SENTENCE_WORDS.has(w.toLowerCase()) || CALENDAR.has(w.toLowerCase()))) return null;
  if (inner.length === 1 && isGivenName(inner[0].toLowerCase())) return null;
  const body = words.join(' ');
  return body.length >= 2 && body.length <= 60 ? body : null;
}

/** " of (the) Northby Weekly": a capitalised run of one to six words after "of", maybe joined by "of", "for", "on" (not "and": "of Texas and Ann Lee") ("of the University of Dunmore School of Law"). */
const OF_RUN =
  /^\s+of\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}&’'-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}&’'-]*){0,5})/u;
/** OF_RUN's match, read only where its plain start is: "of", maybe "the", then no small ASCII letter or digit. */
export const ofRun = (s: string) => (/^\s+of\s+(?:[Tt]he\s+)?[^a-z\d\s]/.test(s) ? OF_RUN.exec(s) : null);
/** What may follow that run: the clause's end or a verb of saying. */
const OF_RUN_END = new RegExp(`^(?:\\s*[,;)—–]|\\.(?:\\s|$)|\\s+(?:${alternation(OF_RUN_VERBS)})\\b)`);

function tidyOrg(s: string): string | null {
  const t = s
    .replace(/^the\s+/i, '')
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length >= 2 && t.length <= 80 ? t : null;
}

/** A title or job word, capitalised in a name ("Alderman", "Attorney", "Adviser"). */
const isPersonTitle = (w: string): boolean => {
  const l = w.toLowerCase();
  return TITLES.has(l) || JOB_WORDS.has(l) || DESCRIPTION_ROLES.has(l);
};

/** A title the name pass kept at the head of a person's name: "Secretary of State Ann Lee" → "Secretary of State" (`known`: the person is in the knowledge file). */
export function titleInName(name: string, known: boolean): string | null {
  const words = name.split(/\s+/);
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    // (what is left is a name: capitalised, and two words or known; not "Chief Executive", "Secretary of State")
    const rest = words.slice(k);
    if (!/^\p{Lu}/u.test(rest[0]) || (rest.length < 2 && !known)) continue;
    const head = words.slice(0, k).join(' ');
    const lower = head.toLowerCase();
    // (a party only before a short name: not a headline taken for a name, "Republican Officeholders Who …")
    const party = PARTY.test(head) && rest.length <= 3 && !isRole(rest[rest.length - 1]);
    if (TITLES.has(lower) || (k === 1 && (JOB_WORDS.has(lower) || party))) return head;
    // (a body or place before a title or job, or a party after one: "Chicago Alderman", "Assistant U.S. Attorney",
    // "House Republican"; every word capitalised, the rest two words or more)
    const last = words[k - 1];
    const partyLast = PARTY.test(last) && k === 2 && /^(?:House|Senate)$/.test(words[0]);
    if (
      k >= 2 &&
      rest.length >= 2 &&
      words.slice(0, k).every((w) => /^\p{Lu}/u.test(w)) &&
      (isPersonTitle(last) || partyLast)
    )
      return head;
  }
  return null;
}
