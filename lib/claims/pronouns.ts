import type { ActorDraft } from '../actors/actors';
import type { Pronoun } from '../engine/findings';
import { isOn } from '../engine/rules';
import { classOf, codePointAt, isSpaceCode, LETTER, splitLength } from '../text/chars';
import {
  alternation,
  DESCRIPTION_ROLES,
  givenNameSex,
  JOB_WORDS,
  LISTENER_VERBS,
  OBJECT_PREPOSITIONS,
  PRONOUN_RELATION_WORDS,
  SENTENCE_ADVERBS,
} from '../words';
import { describedThing, descriptionHead } from './described-thing';
import { lastBefore, lastSaid, paragraphOf, sentenceOf, type ClaimState, type Want } from './state';
import { THEY_DESCRIBED, theyDescribed } from './they-described';
import { THEY_SUBJECT, theySubject } from './they-subject';

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his']);
/** Relation words before a name ("Her husband Mark"). */
const RELATION = new RegExp(`^(?:${alternation(PRONOUN_RELATION_WORDS)})$`, 'i');

/**
 * Whether the words before a name at a sentence's start only describe it: up to five words, each
 * capitalised or one of the name's title ("Former United captain Gary Neville"), no punctuation.
 */
function titleLead(lead: string, title: string | null): boolean {
  // (five words are far shorter than TITLE_LEAD_MAX: a longer lead is none, and is not read)
  if (lead.length > TITLE_LEAD_MAX || !wordsThenSpaces(lead, 5)) return false;
  const titleWords = title ? title.split(' ') : [];
  return lead
    .trim()
    .split(/\s+/)
    .every((w) => /^\p{Lu}/u.test(w) || titleWords.includes(w.toLowerCase()) || RELATION.test(w) || isJob(w));
}

const TITLE_LEAD_MAX = 200;

/** A character of a lead's word: a letter, an apostrophe, a full stop or a hyphen; its width (0: none). */
function leadCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45 ? 1 : 0;
  if (c === 0x2019) return 1;
  if (!(i < s.length)) return 0;
  const cp = codePointAt(s, i);
  return classOf(cp) & LETTER ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * /^(?:[\p{L}’'.-]+\s+){1,max}$/u read by hand (that Unicode regex cost more to compile on a page's
 * first run than titleLead's work): one to `max` words, each followed by white space, to the end.
 */
export function wordsThenSpaces(s: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length;) {
    const from = i;
    for (let w = leadCharAt(s, i); w; w = leadCharAt(s, i)) i += w;
    if (i === from) return false;
    const word = i;
    while (isSpaceCode(s.charCodeAt(i))) i++;
    if (i === word || ++n > max) return false;
  }
  return n > 0;
}

/** How many words a phrase before the subject may hold up to its comma ("In an interview on Sunday,"). */
const OPENING_WORDS = 10;

/**
 * Whether the words before a name at a sentence's start leave it the subject of its clause: a title
 * (titleLead), after a short opening phrase and its comma ("On Friday, Mr. Lee …", "In an interview,
 * Lee …") and words such as "But", "And even" (SENTENCE_ADVERBS).
 */
function clauseLead(lead: string, title: string | null): boolean {
  if (lead.length > TITLE_LEAD_MAX) return false;
  let rest = lead;
  const comma = rest.lastIndexOf(',');
  if (comma >= 0) {
    const opening = rest.slice(0, comma);
    if (/[,;:“”"()]/.test(opening) || opening.trim().split(/\s+/).length > OPENING_WORDS) return false;
    rest = rest.slice(comma + 1).replace(/^\s+/, '');
  }
  // (eight words or more are more than two adverbs and titleLead's five: most leads, cut no further)
  if (splitLength(rest, 0, rest.length, 10) >= 10) return false;
  const words = rest.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length && i < 2 && SENTENCE_ADVERBS.has(words[i].toLowerCase())) i++;
  const after = words.slice(i).join(' ');
  return after === '' || titleLead(`${after} `, title);
}

/** What a pronoun asks of the person it stands for, by the pronoun's form. */
const wantOf = (form: string): Want =>
  form === 'we'
    ? 'we'
    : form === 'they'
      ? 'they'
      : form === 'it'
        ? 'it'
        : form === 'she' || form === 'her'
          ? 'f'
          : PERSONAL.has(form)
            ? 'm'
            : 'any';

/**
 * The person "he" or "she" stands for, with the sex the given names of the people named tell
 * ("Hillary Clinton" is no "he": `speaker:pronoun-sex`) where that picks someone named in this
 * paragraph or the one before; else as without it (`bySex` false). Where the one found without it
 * has a given name of the other sex ("Jake Lee" is no "she"), the one that fits, if named close by
 * or of the sex asked for by title or given name, else no one.
 */
export function resolveBySex(st: ClaimState, pos: number, form: string, depth = 0): PronounChoice {
  const described = form === 'they' ? theyDescribed(st, pos) : null;
  if (described) return { actor: described, bySex: false, rule: THEY_DESCRIBED };
  // "She has faced … Hillary Clinton … . She said …": the same pronoun opening the sentence before
  const chained = depth < CHAIN_MAX ? chainedPronoun(st, pos, form) : null;
  if (chained) {
    const c = resolveBySex(st, chained.start, form, depth + 1);
    if (c.actor) return { actor: c.actor, bySex: c.bySex, rule: 'speaker:pronoun-chain' };
  }
  const found = resolveByName(st, pos, form);
  if (form === 'they') {
    const subject = theySubject(st, pos, found.actor);
    if (subject) return { actor: subject, bySex: false, rule: THEY_SUBJECT };
  }
  const want = wantOf(form);
  if (!found.actor || (want !== 'm' && want !== 'f') || !isOn('speaker:pronoun-known-sex')) return found;
  const known = knownSexNearer(st, pos, want, found.actor);
  return known ? { actor: known, bySex: true, rule: 'speaker:pronoun-known-sex' } : found;
}

/** How many sentences back a chain of the same pronoun opening each is followed. */
const CHAIN_MAX = 6;

/**
 * speaker:pronoun-chain — "He" or "She" opening its sentence right after a sentence (in the same
 * paragraph or the one before) that opens with the same pronoun outside quotation marks: that
 * pronoun, whose person this one continues (a chain of subjects: "She has faced criticism … over the
 * server Hillary Clinton used. She said …" is still the first "she"); null where there is none.
 */
function chainedPronoun(st: ClaimState, pos: number, form: string): Pronoun | null {
  const want = wantOf(form);
  if ((want !== 'm' && want !== 'f') || !isOn('speaker:pronoun-chain')) return null;
  const { findings } = st;
  const si = sentenceOf(st, pos);
  const sent = findings.sentences[si];
  const prev = findings.sentences[si - 1];
  if (!sent || !prev || pos - sent.start > 1 || sent.paragraph - prev.paragraph > 1) return null;
  const p = st.pronounAt.get(prev.start) ?? st.pronounAt.get(prev.start + 1);
  return p && !p.inQuote && p.form.toLowerCase() === form.toLowerCase() ? p : null;
}

/** Who a pronoun stands for; `bySex` where a sex told it, and which rule did (else speaker:pronoun-sex). */
export interface PronounChoice {
  actor: ActorDraft | null;
  bySex: boolean;
  rule?: string;
}

/** A word after a name that joins it to more or describes it: the name is no verb's subject ("Lee and Hale", "Lee, who"). */
const NOT_VERB = /^(?:and|or|as|who|whose|which|that)$/;
/** The lower-case word right after a name, and the word right before it (lower-cased). */
const WORD_AFTER = /^\s+(\p{Ll}+)/u;
const WORD_BEFORE = /(\p{L}+)\s+$/u;

/**
 * Whether the name at m is a verb's subject by its neighbours: a lower-case word after it that is no
 * preposition nor joining word ("Lee seized …"), and no preposition nor listener's verb before it
 * ("said of Lee", "told Lee").
 */
function subjectShape(text: string, m: { start: number; end: number }): boolean {
  const after = WORD_AFTER.exec(text.slice(m.end, m.end + 16))?.[1];
  if (!after || OBJECT_PREPOSITIONS.has(after) || NOT_VERB.test(after)) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1]?.toLowerCase() ?? '';
  return !OBJECT_PREPOSITIONS.has(before) && !LISTENER_VERBS.has(before) && !NOT_VERB.test(before);
}

/**
 * speaker:pronoun-known-sex: where the person found for "he" or "she" is an unknown lone word of no known
 * sex (no title, no given name: "Hale"), a person of the sex asked for, by title or given name, named after that one's
 * last mention as the subject of a verb ("When Hale asked, Ann Lee said no. “…,” she said.": Lee).
 */
function knownSexNearer(st: ClaimState, pos: number, want: 'm' | 'f', a: ActorDraft): ActorDraft | null {
  // (only a lone word that no knowledge knows: "Hale"; a full name's given name is simply not in the lists)
  if (a.type !== 'person' || a.unnamed || a.entity || a.name.includes(' ') || knownSex(a)) return null;
  const { outsideQuotes, text, findings } = st;
  const para = paragraphOf(findings, pos);
  for (let i = lastBefore(st, pos); i >= 0; i--) {
    const m = outsideQuotes[i];
    if (m.actor === a || para - paragraphOf(findings, m.start) > 1 || pos - m.start > 2000) return null;
    if (m.actor.type !== 'person' || m.actor.unnamed || knownSex(m.actor) !== want) continue;
    if (subjectShape(text, m)) return m.actor;
  }
  return null;
}

/** resolveBySex without speaker:pronoun-known-sex. */
function resolveByName(st: ClaimState, pos: number, form: string): PronounChoice {
  const plain = resolvePronoun(st, pos, form, false);
  const want = wantOf(form);
  if ((want !== 'm' && want !== 'f') || !isOn('speaker:pronoun-sex')) return { actor: plain, bySex: false };
  const sexed = resolvePronoun(st, pos, form, true);
  // (a person whose given name tells the other sex is never the one: "Jake Lee" is no "she")
  if (plain && sexed !== plain && !fitsSex(st, plain, want, true))
    return { actor: sexed && (namedNear(st, sexed, pos) || knownSex(sexed) === want) ? sexed : null, bySex: true };
  if (sexed === plain || !sexed || !namedNear(st, sexed, pos)) return { actor: plain, bySex: false };
  return { actor: sexed, bySex: true };
}

/** The sex a person's title or given name tells, if any. */
const knownSex = (a: ActorDraft): 'm' | 'f' | undefined => a.gender ?? personNameSex(a);

/** Whether the actor is named (outside quotation marks) before pos in its paragraph or the one before. */
function namedNear(st: ClaimState, a: ActorDraft, pos: number): boolean {
  const para = paragraphOf(st.findings, pos);
  for (let i = lastBefore(st, pos); i >= 0; i--) {
    const m = st.outsideQuotes[i];
    if (paragraphOf(st.findings, m.start) < para - 1) return false;
    if (m.actor === a) return true;
  }
  return false;
}

/**
 * The person a pronoun at `pos` stands for: whoever spoke just before, else the last person named.
 * A description resolves the same way, with the form it stands for ("the businesswoman": "she").
 */
export function resolvePronoun(st: ClaimState, pos: number, form: string, sexes = true): ActorDraft | null {
  // (officials, critics, sources: unnamed people in the plural are "they", never "he" or "she")
  // ("they" is no person named singly: a body, a group or people in the plural)
  const { findings, outsideQuotes } = st;
  const want = wantOf(form);
  const s = lastSaid(st, pos);
  const para = paragraphOf(findings, pos);
  // someone who became the subject since the last speaker spoke ("Putin disagreed. “…,” he said.")
  // (read from the persons who open their sentences and fit, one to the next: reading back through every
  // mention since the last speaker was quadratic where pronouns found no one)
  if (s) {
    const prev = subjectsFitting(st, want, sexes);
    for (let i = prev[lastBefore(st, pos) + 1]; i >= 0 && outsideQuotes[i].start > s.end; i = prev[i]) {
      if (outsideQuotes[i].actor !== s.actor) return outsideQuotes[i].actor;
    }
  }
  if (s && fitsWant(st, want, s.actor, sexes) && para - s.paragraph <= 1 && sentenceOf(st, pos) - s.sentence <= 2)
    return s.actor;
  // the subject of a sentence close before, over a person named later in one ("Lee met Ann Varga. “…,” he said.")
  if (want === 'm' || want === 'f') {
    const k = subjectsFitting(st, want, sexes)[lastBefore(st, pos) + 1];
    if (k >= 0 && para - paragraphOf(findings, outsideQuotes[k].start) <= 1) return outsideQuotes[k].actor;
  }
  for (let i = lastBefore(st, pos); i >= 0; i--) {
    const m = outsideQuotes[i];
    if (form === 'they' && para - paragraphOf(findings, m.start) > 1) break; // (a body named paragraphs ago is no "they")
    if (fitsWant(st, want, m.actor, sexes)) return m.actor;
    if (pos - m.start > 2000) break;
  }
  return s && fitsWant(st, want, s.actor, sexes) ? s.actor : null;
}

/** Whether an actor fits what the pronoun wants (`sexes`: with the sex their given name tells). */
const fitsWant = (st: ClaimState, want: Want, a: ActorDraft, sexes: boolean): boolean =>
  want === 'we'
    ? true
    : want === 'they'
      ? a.type !== 'person' || a.unnamed
      : want === 'it'
        ? a.type === 'organization' || a.type === 'group'
        : a.type === 'person' &&
          (want === 'any' || fitsSex(st, a, want, sexes)) &&
          !pluralSource(st, a) &&
          !(want !== 'any' && describedThingActor(a));

/** An unnamed speaker known by a description of a thing or many ("the email", "the protesters"): no "he" or "she". */
const describedThingActor = (a: ActorDraft): boolean =>
  a.unnamed && a.key.startsWith('described:') && describedThing(descriptionHead(a.name));

/** Whether a person may be the "he" or "she" asked for: their sex as a title (or, with `sexes`, their given name) tells it, or unknown. */
const fitsSex = (st: ClaimState, a: ActorDraft, want: Want, sexes: boolean): boolean => {
  const g = a.gender ?? (sexes ? personNameSex(a) : undefined);
  return !g || g === want;
};

/** The sex a person's given name tells ("Hillary Clinton"), when the name has one and it is almost always one sex's. */
function personNameSex(a: ActorDraft): 'm' | 'f' | undefined {
  if (a.unnamed || a.type !== 'person') return undefined;
  return givenNameSex(a.name) ?? undefined;
}

/** Whether an unnamed source is plural ("officials"), worked out once per actor. */
const pluralSource = (st: ClaimState, a: ActorDraft): boolean => {
  if (!a.unnamed) return false;
  let p = st.plural.get(a);
  if (p === undefined) st.plural.set(a, (p = a.mentions.some((m) => m.cand?.plural)));
  return p;
};

/**
 * By what a pronoun wants: for each k, the index of the last outside-quote mention before k (k - 1 or
 * earlier) that is a person opening its sentence (at its start, or after a few words of title:
 * "Former United captain Gary Neville") and fits; -1 for none. Worked out on first need.
 */
function subjectsFitting(st: ClaimState, want: Want, sexes: boolean): Int32Array {
  const key = sexes ? want : `${want}-`;
  let prev = st.fittingSubjects.get(key);
  if (prev) return prev;
  const { outsideQuotes } = st;
  const opensSentence = opensSentences(st);
  prev = new Int32Array(outsideQuotes.length + 1);
  prev[0] = -1;
  for (let k = 0; k < outsideQuotes.length; k++)
    prev[k + 1] = opensSentence[k] && fitsWant(st, want, outsideQuotes[k].actor, sexes) ? k : prev[k];
  st.fittingSubjects.set(key, prev);
  return prev;
}

/**
 * The last person before `pos` who opens their sentence (at its start or after a title or an opening
 * phrase: opensSentences), outside quotation marks: their mention's index in st.outsideQuotes, else -1.
 */
export const lastSubjectPerson = (st: ClaimState, pos: number): number =>
  subjectsFitting(st, 'any', true)[lastBefore(st, pos) + 1];

/** Lower-case words of a job between an owner and a person ("Obama consultant Cornell Belcher"). */
const JOB_RUN = /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u;
const isJob = (w: string) => JOB_WORDS.has(w) || DESCRIPTION_ROLES.has(w);

/** Whether mention i only owns the job of the person named right after it ("Obama consultant Cornell Belcher"). */
function ownerOfNext(st: ClaimState, i: number): boolean {
  const m = st.outsideQuotes[i];
  const next = st.outsideQuotes[i + 1];
  if (!next || next.actor.type !== 'person' || next.start - m.end > 60) return false;
  const gap = st.text.slice(m.end, next.start);
  // (the words first: most gaps hold none, and JOB_RUN, a Unicode regex, is then not compiled on a page's first run)
  return gap.trim().split(/\s+/).every(isJob) && JOB_RUN.test(gap);
}

/** For each outside-quote mention, 1 when it is a person opening its sentence; worked out once. */
function opensSentences(st: ClaimState): Uint8Array {
  if (st.opensSentence) return st.opensSentence;
  const { text, findings, outsideQuotes } = st;
  const opensSentence = new Uint8Array(outsideQuotes.length);
  outsideQuotes.forEach((m, i) => {
    const sent = findings.sentences[sentenceOf(st, m.start)];
    opensSentence[i] =
      m.actor.type === 'person' &&
      sent &&
      (m.start - sent.start <= 1 || clauseLead(text.slice(sent.start, m.start), m.cand?.title ?? null)) &&
      !ownerOfNext(st, i)
        ? 1
        : 0;
  });
  return (st.opensSentence = opensSentence);
}
