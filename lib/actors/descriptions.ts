/**
 * What the article itself says about a person: an apposition ("Ann Lee, an analyst at Acme
 * Research, said" → "analyst at Acme Research"), a title written before the name ("Acme spokeswoman
 * Ann Lee" → "Acme spokeswoman"; "Sen. Ann Lee, D-N.Y." → "Senator, D-N.Y."), a relative clause
 * ("Lee, who leads the union," → "leads the union") or "Lee is the union's leader". Short (≤ 80
 * characters), cut at clause ends, never a whole sentence, never headed by another person's name.
 */
import type { Actor } from '../notes';
import { alternation, PHRASE_CLAUSE_VERBS, WHO_ROLE_VERBS } from '../words';
import { codePointAt, classOf, isSpaceCode, LETTER } from '../text/chars';
import { organisationOf, organisationRanges, roleBeforeComma, titleInName } from './description-shapes';
import { isPersonAt, othersThan, peopleRanges, type OtherPeople } from './description-people';
import { modifierShaped, titleBefore, type Range } from './description-before';
import {
  AUX_OR_VERB,
  NOT_ROLE_HEAD,
  PARTY_TAG,
  cutAtClauseEnd,
  hasRoleWord,
  isPersonRole,
  isRoleWord,
  shorten,
  tidy,
} from './description-words';

/** ", who leads the union, …": a relative clause saying what the person does. */
const WHO_ROLE_VERB = new RegExp(
  String.raw`^,\s+who\s+(?:now\s+|also\s+|currently\s+|still\s+)?((?:${alternation(WHO_ROLE_VERBS)})\s+[^]*)$`,
  'iu',
);
/** An auxiliary in a found phrase: a clause ("the campaign has said"), not a description. */
const CLAUSE_VERB = new RegExp(String.raw`\b(?:${alternation(PHRASE_CLAUSE_VERBS)}|remains?|does|did)\b`, 'i');

interface AfterPhrase {
  phrase: string;
  /** Where the phrase starts in the text. */
  at: number;
  /** "…, who leads the union": a verb clause, not a noun phrase. */
  verbClause: boolean;
  /** "Lee is the union's leader". */
  copula: boolean;
  /** Says less than a title before the name would: "of Dunmore" after an age, "a Lee supporter". */
  weak?: boolean;
}

/** "Lee is the union's leader": the role after "is" or "was". */
const COPULA = /^\s+(?:is|was)\s+((?:an?|the)\s+[^]*)$/iu;

/** How the shapes below start, as plain regexes: the article's apposition, the relative clause, the copula. */
const ARTICLE_LEAD = /^(?:,\s+|\s*[—–]\s*|\s+--?\s+)(?:then\s+)?(?:an?|the|another|one)\s/i;
const WHO_LEAD = /^,\s+who\s/i;
const COPULA_LEAD = /^,?\s+(?:is|was)\s/i;
/** re.exec(s) where `ok`, else null. */
const execIf = (ok: boolean, re: RegExp, s: string) => (ok ? re.exec(s) : null);

/**
 * An apposition led by an article or a possessive: ", the company's chief executive,", ", Friends of Acme's
 * director," (set in commas or dashes, a hyphen standing for one: " - Acme's director -"; maybe after "then":
 * ", then Acme's director,"). The phrase is group 1.
 */
function apposition(rest: string): RegExpExecArray | null {
  // (the second shape only where a possessive is: a Unicode regex not run is not compiled on a page's first run)
  return (
    execIf(
      ARTICLE_LEAD.test(rest),
      /^(?:,\s+|\s*[—–]\s*|\s+--?\s+)((?:then\s+)?(?:an?|the|another|one of (?:the|his|her|their|its|\p{Lu}[\p{L}.&-]*[’']s))\s+[^]*)$/iu,
      rest,
    ) ??
    (/[’']s\s/.test(rest)
      ? /^(?:,\s+|\s*[—–]\s*|\s+--?\s+)((?:then\s+)?(?:\p{Lu}[\p{L}.&-]*\s+(?:(?:of|for|and|the)\s+)?){0,4}\p{Lu}[\p{L}.&-]*[’']s\s+[^]*)$/u.exec(
          rest,
        )
      : null)
  );
}

/** The phrase after a name that may describe the person, before its checks (see after). */
function phraseAfter(text: string, nameEnd: number): AfterPhrase | null {
  // an age is no description, but the apposition after it is: "Ann Lee, 52, a homemaker,"
  const age = /^,\s*\d{1,3}(?=\s*,)/.exec(text.slice(nameEnd, nameEnd + 8));
  if (age) nameEnd += age[0].length;
  const rest = text.slice(nameEnd, nameEnd + 200);
  // after an age, where the person is from: "Ann Lee, 59, of Dunmore," → "of Dunmore" (a place, no role word:
  // read as a clause is, without asking for one)
  const home = age && /^,\s+((?:of|from)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})/u.exec(rest);
  const from = home && cutAtClauseEnd(home[1]);
  if (from) return { phrase: from, at: nameEnd + rest.indexOf(from), verbClause: true, copula: false, weak: true };
  // (every shape below opens with a comma, a dash, or white space and "is", "was" or a dash: most names are done here)
  if (rest.charCodeAt(0) !== 44 && !/^\s*(?:[—–]|--)|^\s+-\s|^\s+(?:is|was)\s/i.test(rest)) return null;
  let copula = false;
  // (each Unicode regex below is run only where its plain start is, ARTICLE_LEAD, WHO_LEAD, COPULA_LEAD: a
  // regex not run is not compiled on a page's first run)
  const who = WHO_LEAD.test(rest);
  let m = apposition(rest);
  let phrase: string | null = null;
  let at = -1;
  let verbClause = false;
  if (m) {
    phrase = cutAtClauseEnd(m[1]);
    at = nameEnd + rest.indexOf(m[1]);
  } else if (
    (m = execIf(
      who,
      /^,\s+who\s+(?:is|was|has been|had been|serves as|served as)\s+((?:(?:an?|the|his|her|their|its|\p{Lu}[\p{L}.&-]*[’']s)\s+)?[^]*)$/iu,
      rest,
    ))
  ) {
    phrase = cutAtClauseEnd(m[1].replace(/\s+(?:who|which|that)\s[^]*$/, ''));
    at = nameEnd + rest.indexOf(m[1]);
    // (with no determiner, a title or a role must come first: "who served as U.S. ambassador", not "who is third")
    const first = m[1].split(/\s+/)[0];
    if (!/^(?:an?|the|his|her|their|its|one|also)$/i.test(first) && !/^\p{Lu}/u.test(first) && !isRoleWord(first))
      phrase = null;
  } else if ((m = execIf(who, WHO_ROLE_VERB, rest))) {
    phrase = cutAtClauseEnd(m[1]);
    at = nameEnd + rest.indexOf(m[1]);
    verbClause = true;
  } else if ((m = execIf(COPULA_LEAD.test(rest), age ? /^,?\s+(?:is|was)\s+((?:an?|the)\s+[^]*)$/iu : COPULA, rest))) {
    // (a comma before "is" only after an age, "Lee, 43, is a teacher": "the daughter of Lee, was the winner" is not Lee's)
    // "Lee is the union's leader." : only a role, never a judgement ("Lee is a liar")
    phrase = cutAtClauseEnd(m[1].replace(/\s+(?:who|which|that)\s[^]*$/, ''));
    at = nameEnd + rest.indexOf(m[1]);
    if (phrase && !hasRoleWord(phrase)) phrase = null;
    copula = true;
  } else {
    // no article, but a role first: ", executive director of the Acme Foundation,"
    const words = wordAfterComma(rest);
    if (words !== null) {
      const first = words.split(/\s+/)[0].toLowerCase();
      const second = words.split(/\s+/)[1]?.toLowerCase() ?? '';
      // (or a role after one word: ", House editor for the Cook Report,", ", former adviser")
      const third = words.split(/\s+/)[2] ?? '';
      if (
        isRoleWord(first) ||
        (isRoleWord(second) && !AUX_OR_VERB.test(first) && !/^\p{Lu}/u.test(third)) ||
        roleAfterNouns(words)
      ) {
        phrase = cutAtClauseEnd(words);
        at = nameEnd + rest.indexOf(words);
        // ("Lee, his son said": a possessive's phrase ending at a speech verb is the next clause's subject)
        if (phrase && /^(?:his|her|its|their|our)$/i.test(first) && !/^\s*[,;.)—–]/.test(words.slice(phrase.length)))
          phrase = null;
      }
    }
  }
  // (a hyphen set for a dash opens an apposition only when another closes it: "Lee - Acme's director - said")
  if (phrase && /^\s+-\s/.test(rest) && !/^\s+-\s/.test(text.slice(at + phrase.length, at + phrase.length + 3)))
    phrase = null;
  return phrase ? { phrase, at, verbClause, copula } : null;
}

/**
 * ", executive director of …": what /^,\s+((?:former\s+|acting\s+|…)?[\p{L}-]+\s+[^]*)$/u captures, read
 * by hand (that Unicode regex cost more to compile on a page's first run than the pass took): the rest
 * after the comma and its spaces, when it opens with a word of letters and hyphens and a space; else null.
 * (The optional "former " adds nothing: "former" is such a word itself.)
 */
export function wordAfterComma(rest: string): string | null {
  if (rest.charCodeAt(0) !== 44) return null;
  let i = 1;
  while (isSpaceCode(rest.charCodeAt(i))) i++;
  const from = i;
  if (from === 1) return null;
  for (;;) {
    const c = rest.charCodeAt(i);
    if (c === 45) i++;
    else if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
      i++;
    } else if (i < rest.length && classOf(codePointAt(rest, i)) & LETTER) i += codePointAt(rest, i) > 0xffff ? 2 : 1;
    else break;
  }
  return i > from && isSpaceCode(rest.charCodeAt(i)) ? rest.slice(from) : null;
}

/**
 * A job after two or three lower-case nouns, then a preposition or the clause's end: ", education and law
 * professor at Acme," (no article, the first word no verb).
 */
function roleAfterNouns(phrase: string): boolean {
  const words = phrase.split(/\s+/, 5);
  if (AUX_OR_VERB.test(words[0])) return false;
  for (let k = 2; k <= 3 && k < words.length; k++) {
    const lead = words.slice(0, k);
    if (!lead.every((w) => w === 'and' || modifierShaped(w))) return false;
    const role = words[k].replace(/[,;.]$/, '');
    if (isRoleWord(role) && (/[,;.]$/.test(words[k]) || /^(?:at|of|for|with|in)$/.test(words[k + 1] ?? '')))
      return true;
  }
  return false;
}

/** The apposition or relative clause after a name: ", an analyst at Acme," / ", who leads the union,". */
function after(
  text: string,
  nameEnd: number,
  otherPeople: OtherPeople,
): { phrase: string; copula: boolean; weak: boolean } | null {
  const found = phraseAfter(text, nameEnd);
  if (!found) return null;
  const { at, verbClause, copula } = found;
  let phrase = found.phrase;
  phrase = shorten(phrase);
  // (a time or comment head is lower case: "Lee, a day after …", not "Lee, Time’s managing editor")
  const notRole = NOT_ROLE_HEAD.test(phrase) && !/^(?:(?:the|an?)\s+)?\p{Lu}/u.test(phrase);
  if (notRole || (!verbClause && !hasRoleWord(phrase))) return null;
  // a clause, not a noun phrase ("the campaign has said …"), or cut inside a name ("the anchor of NBC's")
  if (!verbClause && CLAUSE_VERB.test(phrase)) return null;
  if (/[’']s$/.test(phrase)) return null;
  // no other person named inside, but as an owner ("Bob Smith's lawyer")
  const end = at + phrase.length;
  // (nor after a preposition: "chief of staff to President Bob Smith", "an attorney for Bob Smith")
  // (nor as a modifier of the role after it: "a Lee supporter", "a Lee campaign spokesman")
  let weak = found.weak === true;
  const owned = (r: Range) =>
    /^[’']s\b/.test(text.slice(r.end, r.end + 3)) ||
    OWNER_AFTER.test(text.slice(at, r.start)) ||
    (roleAfter(text, r.end) && (weak = true));
  if (otherPeople.within(at, end).some((r) => !owned(r))) return null;
  // never another person's name as the head: "Lee, Bob Smith's lawyer" is fine, "Lee, Bob Smith" is not
  const headAt = at + (/^(?:an?|the)\s+/i.exec(phrase)?.[0].length ?? 0);
  const head = otherPeople.at(headAt);
  if (head && !/^[’']s\b/.test(text.slice(head.end, head.end + 2)) && !roleAfter(text, head.end)) return null;
  const t = tidy(phrase);
  return t ? { phrase: t, copula, weak } : null;
}

/**
 * Another person named after a preposition inside the phrase, maybe after a few more words: "chief of staff to
 * President Bob Smith", "an attorney for Bob Smith", "attorney general under former President Bob Smith", "official
 * under Presidents Reagan and Bob Smith", "director for the conservative group Bob Smith", "governor challenged by Bob Smith".
 */
const OWNER_AFTER =
  /\b(?:to|for|of|under|with|by|from)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:\p{Lu}[\p{L}.]*\s+)*(?:(?:and|&)\s+(?:\p{Lu}[\p{L}.]*\s+)*)?$/u;

/** A person's role word right after a name, maybe after "campaign": the name modifies it ("a Lee supporter"). */
function roleAfter(text: string, end: number): boolean {
  const m = /^\s+(?:campaign\s+)?([\p{Ll}-]+)/u.exec(text.slice(end, end + 40));
  return !!m && isPersonRole(m[1]);
}

/** The party tag after a name, as written ("D-N.Y."). */
function partyTag(text: string, nameEnd: number): string | null {
  const m = PARTY_TAG.exec(text.slice(nameEnd, nameEnd + 40));
  return m ? `${m[1]}-${m[2].replace(/,$/, '')}` : null;
}

/** The article's own description of a person, from the text around its mentions; null when it gives none. */
export function articleDescriptionOf(
  text: string,
  actor: Actor,
  all: readonly Actor[],
  orgs = organisationRanges(all),
  people = peopleRanges(all),
): string | null {
  if (actor.type !== 'person' || actor.unnamed) return null;
  const otherPeople = othersThan(people, actor);
  const nameWords = new Set(actor.name.toLowerCase().split(/\s+/));
  const namesIt = (d: string) => {
    const words = d.toLowerCase().split(/[\s’']+/); // (once per phrase, not once per word of the name)
    return [...nameWords].some((w) => w.length > 2 && words.includes(w));
  };
  let title: string | null = null;
  let party: string | null = null;
  let copula: string | null = null;
  let weak: string | null = null;
  let before: string | null = null;
  let org: string | null = null;
  for (const m of actor.mentions) {
    const nameStart = m.nameStart ?? m.start;
    const nameEnd = m.nameEnd ?? m.end;
    const bare = text.slice(nameStart, nameEnd);
    // a mention by name, not by a pronoun or a role
    if (!/^\p{Lu}/u.test(bare) || !bare.split(/\s+/).some((w) => nameWords.has(w.toLowerCase().replace(/[’']s$/, ''))))
      continue;
    title ??= titleBefore(text, nameStart);
    if (title && namesIt(title)) title = null;
    party ??= partyTag(text, nameEnd);
    before ??= roleBeforeComma(text, nameStart, nameEnd);
    if (before && namesIt(before)) before = null;
    org ??= organisationOf(text, nameStart, nameEnd, orgs, (pos) => isPersonAt(all, pos));
    const desc = after(text, nameEnd, otherPeople);
    if (!desc || namesIt(desc.phrase)) continue;
    // ("Lee is the incumbent" only when no apposition says more: "Lee, the chairman of the committee,")
    // (a weak one only when nothing else says more: "Senator" beats "a Lee supporter")
    if (desc.weak) weak ??= desc.phrase;
    else if (!desc.copula) return desc.phrase;
    else copula ??= desc.phrase;
  }
  const set = before ? (tidy(before) ?? before) : copula;
  if (set) return set;
  if (title && party) return tidy(`${title}, ${party}`) ?? title;
  return title ?? party ?? org ?? weak ?? titleInName(actor.name, Boolean(actor.id));
}

/** Add each actor's `articleDescription` (people; null for the rest). */
export function addArticleDescriptions(text: string, actors: Actor[]): void {
  const orgs = organisationRanges(actors);
  const people = peopleRanges(actors); // once for the article: per actor it made the pass quadratic
  for (const a of actors) {
    let d: string | null = null;
    try {
      d = articleDescriptionOf(text, a, actors, orgs, people);
    } catch {
      d = null;
    }
    a.articleDescription = d;
  }
}
