import type { Range, ReportedSpan } from '../engine/findings';
import { splitLength } from '../text/chars';
import { tokenAt } from '../text/tokens';
import { datelineAt } from '../text/ascii';
import type { ReportedContext } from './reported';
import { clauseStart, contentEnd, notSaid } from './reported-content';
import { WRITER } from './verbs';
import { isOn } from '../engine/rules/switched-off';
import {
  AUXILIARIES,
  DESCRIPTION_ROLES,
  OBJECT_PREPOSITIONS,
  PRONOUNS,
  SUBJECT_QUANTIFIERS,
  SUBORDINATORS,
  TITLE_LEAD_WORDS,
} from '../words';

/**
 * reported:participle — "Ann Lee attacked the plan, saying it would fail": a participle of a verb of
 * saying after a comma reports what the main clause's subject said.
 */

/** The participles whose words may open without "that": "saying it would fail", "telling reporters she …". */
const BARE_CLAUSE = new Set(['saying', 'telling']);

/** ", and walked out": the main clause's second verb after the participle's words. */
const AND_VERB = /,\s+and\s+(?:then\s+)?[a-z]+ed\b/;

/** How far into the sentence the main clause's subject is looked for, in tokens. */
const SUBJECT_REACH = 40;

/**
 * The main clause's subject: the first name or pronoun that opens the sentence or follows a comma
 * ("In Iowa on Monday, Ann Lee …"), and is followed by a verb (a word in lower case) or an apposition.
 */
export function mainSubject(c: ReportedContext, v: number): Range | null {
  const { text, tokens, sp, first } = c;
  // (after a wire dateline, "DAYTON, Ohio — Ann Lee toured …", a conjunction and "the" that open the
  // sentence: "But the Court of Appeals overruled and said")
  const dateline = datelineAt(text.slice(tokens[first].start, tokens[v].start));
  const from = dateline ? tokenAt(tokens, tokens[first].start + dateline[0].length) : first;
  let lead = from;
  if (lead < v && OPENING_LINKS.test(tokens[lead].lower)) lead++;
  if (lead < v && tokens[lead].lower === 'the') lead++;
  for (let i = from; i < v && i - first <= SUBJECT_REACH; i++) {
    const r = sp.startAt.get(i);
    if (!r) continue;
    // (first, after a comma or a dash, "(Reuters) - Ann Lee met …", or after the opening words)
    const opens = i === from || i === lead || /[,—–]\s*$|\s-\s+$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
    if (!opens) continue;
    // "Democratic candidate Ann Lee met …": the name after a title in lower case speaks
    const titled = titledName(c, r.end);
    if (titled) return followedByVerb(text, titled.end) ? titled : null;
    // "A spokesman for Mayor Ann Lee of Dayton defended …": the place the name is of is part of it
    const end = placeOf(c, r.end) ?? r.end;
    // (followed by a verb, a bracket, an apposition: not "Lee's plan", "Lee and Kim"; "He’s comparing …")
    const pronounIs =
      /^(?:he|she|it)$/i.test(text.slice(r.start, r.end)) && /^[’']s\s+\p{Ll}/u.test(text.slice(end, end + 4));
    if (!pronounIs && !followedByVerb(text, end)) continue;
    if (WRITER.test(text.slice(r.start, r.end))) return null;
    return r;
  }
  return null;
}

/** Words that may open a sentence before its subject: "But the court overruled …". */
const OPENING_LINKS = /^(?:but|and|yet|so)$/;

/** Whether a verb (a word in lower case), a comma or a bracket follows `end` (not "and", "or", "of"). */
function followedByVerb(text: string, end: number): boolean {
  return (
    /^(?:\s+\p{Ll}|\s*,|\s*\()/u.test(text.slice(end, end + 3)) && !/^\s+(?:and|or|of)\b/.test(text.slice(end, end + 5))
  );
}

/** The name after a title in lower case that follows a name ending at `end` ("Democratic [presidential nominee] Ann Lee"). */
function titledName(c: ReportedContext, end: number): Range | undefined {
  const { text, tokens, sp } = c;
  let k = tokenAt(tokens, end);
  const from = k;
  const titleWord = (w: string) => (TITLE_LEAD_WORDS.has(w) && !OBJECT_PREPOSITIONS.has(w)) || DESCRIPTION_ROLES.has(w);
  while (k < tokens.length && k - from < 3 && titleWord(tokens[k].text)) k++;
  // (a role ends the title: "candidate", "presidential nominee")
  if (k === from || !DESCRIPTION_ROLES.has(tokens[k - 1].text) || !/^\s+$/.test(text.slice(end, tokens[from].start)))
    return undefined;
  return sp.startAt.get(k);
}

/** "… of Dayton" after a name ending at `end`: the end of the name after "of", or undefined. */
function placeOf(c: ReportedContext, end: number): number | undefined {
  const { text, tokens, sp } = c;
  const m = /^\s+of\s+/.exec(text.slice(end, end + 5));
  if (!m) return undefined;
  const k = tokenAt(tokens, end + m[0].length);
  const place = tokens[k]?.start === end + m[0].length ? sp.startAt.get(k) : undefined;
  return place?.end;
}

/** How many words a described main subject may hold ("a U.S. District Court judge"). */
const DESCRIBED_REACH = 8;

/**
 * reported:participle-described — the main clause's subject that is no name: "Several Democrats
 * cautioned …, saying …", "In May, a district judge sided with them, saying …": the words from the
 * clause's start (after an opening phrase and its comma) to its verb (a past form or an auxiliary),
 * opened by a determiner, a quantifier or a capital.
 */
function describedMainSubject(c: ReportedContext, v: number): Range | null {
  const { text, tokens, sp, first } = c;
  let i = first;
  for (let k = first; k < Math.min(v - 1, first + 6); k++)
    if (/,\s*$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) {
      i = k + 1;
      break;
    }
  const opener = tokens[i];
  const determined = !!opener && SUBJECT_QUANTIFIERS.has(opener.lower);
  if (!opener || !(determined || opener.cap)) return null;
  for (let k = i + 1; k < v && k - i <= DESCRIBED_REACH; k++) {
    const w = tokens[k];
    if (/[,;:()“”"—–]/.test(text.slice(tokens[k - 1].end, w.start))) return null;
    // (no pronoun, relative or subordinate word inside: "The talks on whether it …", "Today I've …")
    if (PRONOUNS.has(w.lower) || /^(?:whether|that|which|who|if|it)$/.test(w.lower)) return null;
    if (w.cap || !(AUXILIARIES.has(w.lower) || /[^e]ed$/.test(w.lower))) continue;
    // (a determiner alone is no subject; a capital opens one only where a name ends it: "U.S. District
    // Judge Ann Lee imposed", not "Today", "There", "Visiting Ohio")
    if (k - 1 === i && determined) return null;
    if (!determined && (!sp.endAt.get(k - 1) || /ing$/.test(opener.lower))) return null;
    const r = { start: opener.start, end: tokens[k - 1].end };
    return WRITER.test(text.slice(r.start, r.end)) ? null : r;
  }
  return null;
}

/** Words that open a clause of their own between the first verb and "and" ("… when he promised and said"), beside SUBORDINATORS. */
const CLAUSE_INSIDE = /^(?:who|whom|whose|which|that|where|if)$/;

/**
 * reported:second-verb-described — "Some officers chafed at the new rules and said …": the described
 * subject (opened by a determiner or quantifier: "Some officers", "the report"; not "China's … Acme") of
 * the first verb, where no mark and no clause of its own stand between that verb and the "and" at link.
 */
export function describedFirstVerbSubject(c: ReportedContext, link: number): Range | null {
  const { text, tokens } = c;
  const r = describedMainSubject(c, link);
  if (!r || !SUBJECT_QUANTIFIERS.has(tokens[tokenAt(tokens, r.start)].lower)) return null;
  if (/[,;:()“”"—–]/.test(text.slice(r.end, tokens[link].start))) return null;
  for (let k = tokenAt(tokens, r.end); k < link; k++)
    if (CLAUSE_INSIDE.test(tokens[k].lower) || SUBORDINATORS.has(tokens[k].lower)) return null;
  // ("the district party Chairman Tom Pelt": the name that ends it, not a description read as someone else)
  return c.sp.endAt.get(tokenAt(tokens, r.end) - 1) ?? r;
}

/** reported:participle — the span of the participle at v (", saying …"), or null. */
export function participleAt(c: ReportedContext, v: number): ReportedSpan | null {
  const { text, tokens, sentence, last } = c;
  const t = tokens[v];
  const before = text.slice(tokens[v - 1].end, t.start);
  // ", saying", "…, while saying", "and saying"
  // (", saying", "– saying", "and saying", "by saying", "…, while saying")
  const linked =
    /[,–—]\s*$/.test(before) ||
    /^(?:and|by)$/.test(tokens[v - 1].lower) ||
    (/^(?:while|before|after)$/.test(tokens[v - 1].lower) &&
      /,\s*$/.test(text.slice(tokens[v - 2]?.end ?? t.start, tokens[v - 1].start)));
  if (!linked || v + 1 >= last) return null;
  if (/^[\s]*[:“”"‘,]/.test(text.slice(t.end, t.end + 3))) return null; // a quotation: found as one
  // "adding that …", "arguing that …"; but "adding to her lead", "claiming victory": a thing done
  if (!BARE_CLAUSE.has(t.lower) && tokens[v + 1].lower !== 'that') return null;
  let subject = mainSubject(c, v);
  let rule = 'reported:participle';
  if (!subject && isOn('reported:participle-described')) {
    subject = describedMainSubject(c, v);
    rule = 'reported:participle-described';
  }
  if (!subject) return null;
  const start = clauseStart(c, v, v + 1);
  if (start < 0) return null;
  let end = contentEnd(text, sentence.end, start);
  // "…, saying it would fail, and walked out": the main clause goes on
  const more = AND_VERB.exec(text.slice(start, end));
  if (more) end = start + more.index;
  if (notSaid(text, start, end) || splitLength(text, start, end, 3) < 3) return null;
  return { start, end, cue: { start: t.start, end: t.end }, subject, sentence: c.si, rule };
}
