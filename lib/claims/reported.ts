import type { ReportedSpan } from '../engine/findings';
import { isOn } from '../engine/rules';
import { addClaim, contextFor, makeClaim, speakerOf } from './assemble';
import { paragraphOf, type ClaimState } from './state';
import { startsBefore } from '../actors/actors';
import { subjectActor, type Subject } from './subjects';
import { reportedBehindTitle } from './after-verb';
import { describedActor } from './described-actor';
import { subjectPhrase } from './subject-phrase';
import { pollFrame } from './poll-frame';
import {
  FUNCTION_WORDS,
  OBJECT_PREPOSITIONS,
  PRONOUNS,
  SENTENCE_ADVERBS,
  SHARE_QUANTIFIERS,
  SPEECH_VERBS,
} from '../words';

/**
 * Reported speech ("Smith said that …"): its speaker is its verb's subject, named, a pronoun or a
 * description. The claim is added (or left out when no one is found and `speaker:none` is off); the
 * speaker becomes the last one who spoke, and the statement is kept for the quotations inside it.
 */
export function attributeReported(st: ClaimState, r: ReportedSpan): void {
  const whole = wholeSubject(st, r);
  const found = behindTitle(st, r, unknownSubject(st, whole, r.subject, r.sentence));
  const phrase = subjectPhrase(st, r, found);
  const poll = pollFrame(st, r, phrase);
  const s = accordingPhrase(st, r, poll ?? phrase);
  const speaker = s.actor;
  const rule = r.rule ?? 'reported:verb-that';
  const why = [
    rule,
    ...(r.head ? [r.head] : []),
    ...(phrase !== found ? ['reported:subject-phrase'] : []),
    ...(poll ? ['reported:poll-frame'] : []),
    ...(overVerb(st, r) ? ['reported:source-over-verb'] : []),
    speaker ? s.rule : 'speaker:none',
    ...thingWhy(whole),
  ];
  if (!speaker && !isOn('speaker:none')) return;
  const claim = makeClaim(
    st,
    'reported',
    r,
    speakerOf(st, { actor: speaker, mention: s.mention, cue: r.cue, how: 'cue', why }),
    st.text.slice(r.cue.start, r.cue.end),
    contextFor(st, speaker, r.sentence),
    why,
    s.pronoun ? 'pronoun' : 'cue',
  );
  addClaim(st, claim, speaker);
  // (a speaker known only by the subject's words is no one a later pronoun, carry-over or quotation leans on)
  const known = s.rule === 'speaker:described-reported' || s.rule === 'speaker:lone-quantifier' ? null : speaker;
  if (known)
    st.said.push({
      actor: known,
      end: r.cue.end,
      paragraph: paragraphOf(st.findings, r.start),
      sentence: r.sentence,
    });
  st.reported.push({
    start: r.start,
    end: r.end,
    actor: known,
    mention: s.mention,
    cue: r.cue,
    rule,
    sentence: r.sentence,
    why,
  });
}

/**
 * speaker:described-reported — "Some Democrats said …", "Six in 10 voters say …", "a new poll suggests
 * …": a subject that names no one the article knows, nor a pronoun, is the speaker by its own words
 * (an unnamed speaker, one for the same words in an article).
 */
function unknownSubject(st: ClaimState, s: Subject, r: ReportedSpan['subject'], sentence: number): Subject {
  if (s.actor || !r || !isOn('speaker:described-reported')) return s;
  const words = st.text.slice(r.start, r.end).trim();
  if (!words || PRONOUNS.has(words.toLowerCase()) || st.pronounAt.has(r.start) || !speakerWords(words)) return s;
  const named = loneQuantifierNamed(st, words, r.start, sentence);
  const rule = named ? 'speaker:lone-quantifier' : 'speaker:described-reported';
  return { actor: describedActor(st, named ?? words), mention: r, pronoun: false, rule };
}

/** A quantifier standing alone for the people or things named before it ("as several have suggested"). */
const LONE_QUANTIFIER = new Set([...SHARE_QUANTIFIERS, 'others']);
/** Quantifiers of one or none, which no plural names ("one officials"): their words stand. */
const SINGLE_QUANTIFIER = /^(?:one|each|either|neither|none)$/;
/** How far back (characters) in its sentence a lone quantifier looks for the plural it stands for. */
const LONE_QUANTIFIER_REACH = 300;
/** A plural noun ("nations", "Republicans"; not "this", "has", "press"). */
const PLURAL_WORD = /^\p{L}{2,}[^s]s$/u;
/** Words before a plural that make it a verb, not a noun ("it remains unclear"). */
const SUBJECT_BEFORE_VERB = /^(?:it|this|that|there)$/;

/**
 * "…, which nations have committed troops, as several have suggested …", "nine of 10 Republicans were
 * worried; most said …": a quantifier alone as the subject stands for the sentence's first plural
 * noun, which names the speakers: "several nations", "most Republicans" (else null: the quantifier's
 * words stand).
 */
function loneQuantifierNamed(st: ClaimState, words: string, at: number, sentence: number): string | null {
  const q = words.toLowerCase();
  const span = st.findings.sentences[sentence];
  if (!LONE_QUANTIFIER.has(q) || SINGLE_QUANTIFIER.test(q) || !span || !isOn('speaker:lone-quantifier')) return null;
  // (a sentence that never ends, holding thousands of such subjects, is read a bounded way back from each)
  const before = st.text.slice(Math.max(span.start, at - LONE_QUANTIFIER_REACH), at).split(/[^\p{L}\p{N}’'-]+/u);
  // ("among others ― explains", "one of several": the quantifier is a preposition's object, no subject)
  const last = before.length > 1 ? before[before.length - 2].toLowerCase() : '';
  if (OBJECT_PREPOSITIONS.has(last)) return null;
  for (let i = 1; i < before.length; i++) {
    const w = before[i];
    const prev = before[i - 1].toLowerCase();
    if (!PLURAL_WORD.test(w) || FUNCTION_WORDS.en.has(w.toLowerCase())) continue;
    if (PRONOUNS.has(prev) || SUBJECT_BEFORE_VERB.test(prev)) continue;
    return `${q === 'others' ? 'other' : q} ${w}`;
  }
  return null;
}

/** "…, said Acme chief economist Ann Lee.": the person the source's words end on, where they follow the cue. */
function behindTitle(st: ClaimState, r: ReportedSpan, s: Subject): Subject {
  if (!r.subject || r.subject.start < r.cue.end) return s;
  if (r.rule !== 'reported:source-last' && !ACCORDING_RULES.test(r.rule ?? '')) return s;
  return reportedBehindTitle(st, r.cue.end, s) ?? s;
}

/** The rules whose source follows "according to". */
const ACCORDING_RULES = /^reported:according-to-/;

/**
 * "according to a CBS poll released Monday", "according to the RealClearPolitics average in Ohio": the
 * speaker named in the source is named by the whole phrase, to its comma or the sentence's end.
 */
function accordingPhrase(st: ClaimState, r: ReportedSpan, s: Subject): Subject {
  if (!s.actor || !s.mention || !ACCORDING_RULES.test(r.rule ?? '')) return s;
  const { text } = st;
  const sentence = st.findings.sentences[r.sentence];
  let start = r.cue.end;
  while (start < s.mention.start && /\s/.test(text[start])) start++;
  if (start > s.mention.start || !sentence) return s;
  let end = s.mention.end;
  while (end < sentence.end && end - start < 160 && !/[,;:()—–“”"]/.test(text[end])) end++;
  while (end > s.mention.end && /[\s.!?]/.test(text[end - 1])) end--;
  return { ...s, mention: { start, end } };
}

/**
 * Whether the subject's words can stand for a speaker: one word is no participle or adverb ("Based on …",
 * "Shortly after …", "Walking out, …") and no sentence adverb; more words can.
 */
function speakerWords(words: string): boolean {
  if (/\s/.test(words)) return true;
  const lower = words.toLowerCase();
  return !/(?:ed|ing|ly)$/.test(lower) && !SENTENCE_ADVERBS.has(lower);
}

/**
 * Subjects read whole: a share of a group, a description with its complement, a main clause's described
 * subject, coordinated subjects ("Current and former officials said": not "officials" alone; "Ann Lee
 * and her aides said": Ann Lee, the first).
 */
const WHOLE_RULES = new Set([
  'reported:share-subject',
  'reported:described-complement',
  'reported:participle-described',
  'reported:coordinated-subject',
]);

/**
 * The subject's actor. A share of a group ("47 percent of Democrats said") or a description with its
 * complement ("organizers of the boycott of Acme said") is no name inside it: the actor whose mention
 * opens it, else its words; a main clause's described subject is the name it ends on ("U.S. District
 * Judge Ann Lee imposed …, saying"), else the same.
 */
function wholeSubject(st: ClaimState, r: ReportedSpan): Subject {
  const named = subjectActor(st, r.subject);
  if (!WHOLE_RULES.has(r.rule ?? '')) return named;
  const none: Subject = { actor: null, mention: r.subject, pronoun: false, rule: 'speaker:none' };
  if (r.rule !== 'reported:participle-described') return named.mention?.start === r.subject.start ? named : none;
  const { mentions } = st.set;
  let head = null;
  for (let i = startsBefore(mentions, r.subject.start); i < mentions.length && mentions[i].start < r.subject.end; i++)
    if (mentions[i].end === r.subject.end) head = mentions[i];
  if (head) return { actor: head.actor, mention: r.subject, pronoun: false, rule: 'speaker:named' };
  // ("The departments declined …, saying": a plural is no one person named before)
  if (named.rule === 'speaker:description' && /s$/.test(st.text.slice(r.subject.start, r.subject.end))) return none;
  return named.mention?.start === r.subject.start ? named : none;
}

/**
 * reported:source-over-verb (lib/speech/reported-subject.ts) — the source named last passes on a
 * sentence that holds a verb of saying of its own ("Ann Lee told aides she would run, the paper reported").
 */
function overVerb(st: ClaimState, r: ReportedSpan): boolean {
  if (r.rule !== 'reported:source-last' || !isOn('reported:source-over-verb')) return false;
  const words = st.text
    .slice(r.start, r.end)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  return words.slice(1).some((w) => SPEECH_VERBS.has(w));
}

/** speaker:description-thing, where it kept a description of a thing from the person named last ("the email"). */
export const thingWhy = (s: Subject): string[] => (!s.actor && s.rule === 'speaker:description-thing' ? [s.rule] : []);
