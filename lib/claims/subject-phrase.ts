import type { Range, ReportedSpan } from '../engine/findings';
import type { MentionDraft } from '../actors/actors';
import { isOn } from '../engine/rules';
import {
  ADVERBS_BEFORE_REPORTING_VERB,
  AUXILIARIES,
  NAME_DETERMINERS,
  PRONOUNS,
  RECEIVED_PARTICIPLES,
  SPEECH_VERBS,
  SUBJECT_CLAUSE_OPENERS,
  SUBJECT_LINKS,
  SUBORDINATORS,
  VERB_FILLERS,
} from '../words';
import { lastBefore, type ClaimState } from './state';
import type { Subject } from './subjects';
import { describedActor } from './described-actor';

/**
 * reported:subject-phrase — the whole subject of a verb of saying, not only the name found in it:
 * "Voters in Dover who watched the debate said", "Union organizers in Dayton say", "Critics like Hale
 * say", "The firm's chief executive, Ann Lee, said". The speaker's words are the whole phrase; where
 * the name found is no head of it (a place after "in", a name in a relative clause), the speaker is the
 * head: the name that ends it ("Democrats in Iowa who …": the Democrats), else the unnamed one its
 * words describe ("People in Dover"). Reads only the subject before the verb in its own sentence.
 */

/** The rules whose subject ends right before their verb. */
const SUBJECT_FIRST = new Set([
  'reported:verb-that',
  'reported:described-subject',
  'reported:adverb-before-verb',
  'reported:coordinated-subject',
  'reported:described-complement',
  'reported:progressive',
  'reported:accused-of',
]);

/** Words that link a head to what follows it in the subject ("organizers in Dayton", "voters who …"). */
const LINKS = SUBJECT_LINKS;
/**
 * Whether token i links a head to what follows it: a word of LINKS, or "by" after a participle of
 * receiving ("Reports seen by the agency": the agency received them; "a statement issued by the
 * ministry" keeps the ministry as the speaker).
 */
const isLink = (toks: Tok[], i: number): boolean =>
  LINKS.has(toks[i].lower) || (toks[i].lower === 'by' && i > 0 && RECEIVED_PARTICIPLES.has(toks[i - 1].lower));
/** Links to a body spoken for ("a spokesman for Acme"): the name after them stays the speaker. */
const BODY_LINKS = new Set(['of', 'for', 'to', 'with']);
/** Words that open a clause: the subject starts after them. */
const OPENERS = SUBJECT_CLAUSE_OPENERS;
/** How many words the whole subject may hold. */
const MAX_WORDS = 24;
/** How many words its head may hold ("Large majorities of Republican primary voters": up to the link). */
const HEAD_WORDS = 6;
/** How many characters before the verb are read: more than MAX_WORDS words with an aside. */
const WINDOW = 1000;

const WORD = /\d[\d,.]*\d%?|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&/.-]*|—|–|--|\S/gu;

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** The words of text from `from` up to `to`. */
function wordsOf(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const start = from + (m.index ?? 0);
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

const isDash = (t: Tok) => /^(?:—|–|--)$/.test(t.text);
const isWord = (t: Tok) => /^[\p{L}\p{N}]/u.test(t.text);
/** A word in the head that reads as a verb or a time ("Lee said voters", "Last week Lee"): no head of a subject. */
const verbLike = (t: Tok) =>
  !/^\p{Lu}/u.test(t.text) &&
  (SPEECH_VERBS.has(t.lower) ||
    AUXILIARIES.has(t.lower) ||
    VERB_FILLERS.has(t.lower) ||
    SUBORDINATORS.has(t.lower) ||
    (PRONOUNS.has(t.lower) && !NAME_DETERMINERS.has(t.lower)) ||
    /(?:ed|ly)$/.test(t.lower));

/** Where the subject ends: before the verb's fillers and adverbs and a comma ("Ann Lee, has since said"). */
function subjectEnd(toks: Tok[]): number {
  let k = toks.length - 1;
  while (
    k >= 0 &&
    toks.length - 1 - k < 4 &&
    // (not the end of a name: "on Super Tuesday said")
    !(k > 0 && /^\p{Lu}/u.test(toks[k - 1].text) && /^\p{Lu}/u.test(toks[k].text)) &&
    (VERB_FILLERS.has(toks[k].lower) ||
      ADVERBS_BEFORE_REPORTING_VERB.has(toks[k].lower) ||
      (/ly$/.test(toks[k].lower) && toks[k].lower.length > 4))
  )
    k--;
  if (k >= 0 && toks[k].text === ',') k--;
  return k >= 0 && (isWord(toks[k]) || isDash(toks[k])) ? k : -1;
}

/** The first word of the subject that ends at token e (a dash aside before the verb is part of it), or -1. */
function subjectStart(toks: Tok[], e: number): number {
  let k = e;
  if (isDash(toks[k])) {
    let d = k - 1;
    while (d >= 0 && e - d < 30 && !isDash(toks[d]) && !/^[“”"()]$/.test(toks[d].text)) d--;
    if (d < 0 || !isDash(toks[d])) return -1;
    k = d;
  }
  let b = k - 1;
  // ("of that report": a determiner after a preposition, no clause's opening)
  const opens = (i: number) =>
    (OPENERS.has(toks[i].lower) || SUBORDINATORS.has(toks[i].lower)) &&
    !(toks[i].lower === 'that' && LINKS.has(toks[i - 1]?.lower));
  while (b >= 0 && isWord(toks[b]) && !opens(b)) b--;
  return b + 1 <= k ? b + 1 : -1;
}

/** The end of the last word before token k that is a word (the aside's closing dash is no part of the words). */
const lastWordEnd = (toks: Tok[], e: number) => {
  let k = e;
  while (k > 0 && !isWord(toks[k])) k--;
  return toks[k].end;
};

/** The whole subject of the reported span r, with its speaker; s where there is no longer one. */
export function subjectPhrase(st: ClaimState, r: ReportedSpan, s: Subject): Subject {
  const m = s.mention;
  if (!m || !SUBJECT_FIRST.has(r.rule ?? '') || !isOn('reported:subject-phrase')) return s;
  const sentence = st.findings.sentences[r.sentence];
  if (!sentence || m.start < sentence.start || m.end > r.cue.start) return s;
  const { text } = st;
  // (the words just before the verb only: a subject holds at most MAX_WORDS words, and a sentence of
  // thousands of cues must not be read again from its start for each)
  const from = Math.max(sentence.start, r.cue.start - WINDOW);
  if (m.start < from) return s;
  const toks = wordsOf(text, from, r.cue.start);
  const e = subjectEnd(toks);
  if (e < 0) return s;
  const end = lastWordEnd(toks, e);
  if (m.end > end) return s;
  // ("the rest of the field who he accused of": the relative clause's own subject speaks)
  const before = toks.findIndex((t) => t.start === m.start) - 1;
  if (before >= 0 && /^(?:who|whom|whose|which|that)$/.test(toks[before].lower)) return s;
  const apposed = apposition(st, toks, e, m, s);
  if (apposed) return apposed;
  // ("Ann Lee and other farmers say": coordinated subjects, from the first)
  const listed = r.rule === 'reported:coordinated-subject' ? toks.findIndex((t) => t.start === r.subject.start) : -1;
  const b = listed >= 0 && r.subject.start <= m.start ? listed : subjectStart(toks, e);
  // (a subject that runs back past the words read is too long to be one)
  if (b < 0 || (b === 0 && from > sentence.start) || toks[b].start > m.start || e - b + 1 > MAX_WORDS) return s;
  // the head: the words up to the first link ("Democrats" of "Democrats in Iowa who …")
  let h = b;
  while (h <= e && isWord(toks[h]) && !isLink(toks, h)) h++;
  if (h === b || h - b > HEAD_WORDS || toks.slice(b, h).some(verbLike)) return s;
  const whole: Range = { start: toks[b].start, end };
  if (whole.start === m.start && whole.end === m.end) return s;
  const headEnd = toks[h - 1].end;
  // (the name found inside the head, or after a link to a body it speaks for, "a spokesman for Acme":
  // it stays the speaker; after a place's, an example's or a relative clause's link, it is none)
  if (
    m.start < headEnd ||
    !toks.slice(h, e + 1).some((t, i) => t.start < m.start && isLink(toks, h + i) && !BODY_LINKS.has(t.lower))
  )
    return { ...s, mention: whole };
  return headSpeaker(st, whole, headEnd);
}

/** The speaker a subject's head names: the name it ends on, else the unnamed one its words describe. */
function headSpeaker(st: ClaimState, whole: Range, headEnd: number): Subject {
  // (the mentions outside quotations that start in the head, read back from its end: a binary search)
  const { outsideQuotes } = st;
  let named: MentionDraft | undefined;
  for (let i = lastBefore(st, headEnd); i >= 0 && outsideQuotes[i].start >= whole.start; i--)
    if (outsideQuotes[i].end === headEnd) {
      named = outsideQuotes[i];
      break;
    }
  if (named) return { actor: named.actor, mention: whole, pronoun: false, rule: 'speaker:named' };
  // (the words of the head and its complement, up to a relative clause: "People in Dover", "Supporters")
  const words = st.text
    .slice(whole.start, whole.end)
    .replace(/\s+(?:who|whose)\s.*$/s, '')
    .replace(/\s+/g, ' ');
  return {
    actor: describedActor(st, words),
    mention: whole,
    pronoun: false,
    rule: 'speaker:described-reported',
  };
}

/**
 * "The firm's chief executive, Ann Lee, said", "One of his advisers, Tom Hale, told": a person named
 * in commas right before the verb, after a description that opens the clause: the speaker's words are
 * both. Null where the subject is no such pair.
 */
function apposition(st: ClaimState, toks: Tok[], e: number, m: Range, s: Subject): Subject | null {
  if (s.actor?.type !== 'person' || s.actor.unnamed) return null;
  // (", Ann Lee, said": the comma after the name, then the verb)
  if (toks[e + 1]?.text !== ',' || toks[e].end !== m.end) return null;
  let c = e;
  while (c >= 0 && toks[c].start >= m.start) c--;
  if (c < 1 || toks[c].text !== ',' || toks[c + 1]?.start !== m.start) return null;
  const b = subjectStart(toks, c - 1);
  if (b < 0 || c - b > 12) return null;
  const first = toks[b];
  const opens = NAME_DETERMINERS.has(first.lower) || /[’']s$/.test(first.text);
  if (!opens || toks.slice(b, c).some((t) => !isWord(t) || (verbLike(t) && !NAME_DETERMINERS.has(t.lower))))
    return null;
  return { ...s, mention: { start: first.start, end: lastWordEnd(toks, e) } };
}
