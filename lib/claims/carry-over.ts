import type { QuoteSpan, Range } from '../engine/findings';
import type { ActorDraft, MentionDraft } from '../actors/actors';
import { lastSubjectPerson, resolveBySex } from './pronouns';
import { attributionPriority, confidenceOf, isOn, priorityOf } from '../engine/rules';
import { lastBefore, lastSaid, paragraphOf, personsUpTo, type Attribution, type ClaimState } from './state';

/**
 * Speakers carried over to a quotation, proposed after its cue's: the speaker of the quote before in
 * its paragraph (or the one it continues); for a phrase with no cue, the one its sentence opens with;
 * and, for a paragraph of speech, whoever spoke in the paragraph before, else the person it was
 * about, else the last speaker close by.
 */
export function carryOverProposals(
  st: ClaimState,
  q: QuoteSpan,
  quoteRule: string,
  cueAtt: Attribution | null,
  proposals: Attribution[],
): void {
  const { lastQuote } = st;
  // (a quotation carried on into a new paragraph, its opening mark repeated and the one before left
  // open, is the same quotation: said so in its own words)
  const rule = lastQuote?.paragraph === q.paragraph ? 'speaker:same-paragraph' : 'speaker:quote-continues';
  if (lastQuote && (q.continues || lastQuote.paragraph === q.paragraph) && isOn(rule)) {
    proposals.push({
      actor: lastQuote.actor,
      mention: lastQuote.mention,
      cue: null,
      how: 'continuation',
      why: [quoteRule, rule],
    });
  }
  // ("the union pushed Lee to “stop the cuts”": the one the sentence opens with, where nothing else gives it)
  if (q.kind === 'partial-quote' && !q.cue && phraseOfWords(st.text, q) && isOn('speaker:sentence-subject')) {
    const m = sentenceSubject(st, q);
    if (m)
      proposals.push({
        actor: m.actor,
        mention: m.mention,
        cue: null,
        how: 'sentence-before',
        why: [quoteRule, 'speaker:sentence-subject'],
      });
  }
  // ("“…,” they said" where no body or group fits "they": nobody, rather than the last person who spoke)
  const theyUnresolved =
    !cueAtt?.actor && !!q.cue?.subject && /^they$/i.test(st.text.slice(q.cue.subject.start, q.cue.subject.end));
  if (q.kind !== 'quote' || theyUnresolved) return;
  // a paragraph of speech with no cue: whoever spoke in the paragraph before, else the person it
  // was about, else the last speaker close by
  const s = lastSaid(st, q.open);
  const prevPara = q.paragraph - 1;
  const named = personNamedBefore(st, q, prevPara);
  // ("“…,” Lee said.\nAnn Varga disagreed. “…”": a person who opened a sentence since the last speaker spoke)
  const since = s ? subjectSince(st, q, s.end, prevPara) : undefined;
  if (since && since.actor !== s?.actor && isOn('speaker:subject-since'))
    proposals.push({
      actor: since.actor,
      mention: { start: since.start, end: since.end },
      cue: null,
      how: 'sentence-before',
      why: [quoteRule, 'speaker:subject-since'],
    });
  if (s && s.paragraph >= prevPara && isOn('speaker:paragraph-before'))
    proposals.push({
      actor: s.actor,
      mention: null,
      cue: null,
      how: 'continuation',
      why: [quoteRule, 'speaker:paragraph-before'],
    });
  if (named && isOn('speaker:person-before'))
    proposals.push({
      actor: named.actor,
      mention: null,
      cue: null,
      how: 'sentence-before',
      why: [quoteRule, 'speaker:person-before'],
    });
  if (s && q.paragraph - s.paragraph <= 3 && isOn('speaker:recent-speaker'))
    proposals.push({
      actor: s.actor,
      mention: null,
      cue: null,
      how: 'continuation',
      why: [quoteRule, 'speaker:recent-speaker'],
    });
}

/**
 * Words someone might have said: two words or more, one of them in lower case (not a name, a
 * nickname or the title of a show: “Today”, “Girls, Girls, Girls”).
 */
const phraseOfWords = (text: string, q: QuoteSpan) =>
  /\S\s+\S/.test(text.slice(q.start, q.end)) && /(?:^|\s)\p{Ll}/u.test(text.slice(q.start, q.end));

/** How far (characters) into its sentence the name that opens it may start ("On Monday, Ann Lee …"). */
const SUBJECT_OPENS_WITHIN = 16;
/** How far, where only words with no stop between them (a title: "Republican front-runner Ann Lee") or one opening phrase and its comma come before it. */
const SUBJECT_LEAD_MAX = 48;
const TITLE_LEAD = /^[^,;:.!?"“”()]*$/;
const PHRASE_LEAD = /^[^,;:.!?"“”()]*,\s+$/;
/** Pronouns that may open a sentence as the one who speaks in it. */
const SUBJECT_PRONOUN = /^(?:he|she|they)$/i;

/**
 * The person or body a phrase's sentence opens with, outside quotation marks and before the phrase
 * (past a title or an opening phrase: "Republican front-runner Ann Lee", "On Monday, Ann Lee"), or the
 * one a "he", "she" or "they" opening it stands for; not a place.
 */
function sentenceSubject(st: ClaimState, q: QuoteSpan): { actor: ActorDraft; mention: Range } | undefined {
  const sentence = st.findings.sentences[q.sentence];
  if (!sentence) return undefined;
  const p = st.pronounAt.get(sentence.start);
  if (p && !p.inQuote && SUBJECT_PRONOUN.test(st.text.slice(p.start, p.end))) {
    const { actor } = resolveBySex(st, p.start, p.form);
    return actor && speaks(actor) ? { actor, mention: { start: p.start, end: p.end } } : undefined;
  }
  const m = st.outsideQuotes[lastBefore(st, sentence.start) + 1];
  if (!m || m.end > q.open || !speaks(m.actor)) return undefined;
  const lead = st.text.slice(sentence.start, m.start);
  if (
    lead.length > SUBJECT_OPENS_WITHIN &&
    !(lead.length <= SUBJECT_LEAD_MAX && (TITLE_LEAD.test(lead) || PHRASE_LEAD.test(lead)))
  )
    return undefined;
  return { actor: m.actor, mention: { start: m.start, end: m.end } };
}
const speaks = (a: ActorDraft) => a.type === 'person' || a.type === 'organization' || a.type === 'group';

/**
 * The person who opens the last sentence to open with one before the quote, named after the last
 * speaker spoke (`after`), in this paragraph or the one before.
 */
function subjectSince(st: ClaimState, q: QuoteSpan, after: number, prevPara: number): MentionDraft | undefined {
  const k = lastSubjectPerson(st, q.open);
  const m = k >= 0 ? st.outsideQuotes[k] : undefined;
  return m && m.start > after && m.end <= q.open && paragraphOf(st.findings, m.start) >= prevPara ? m : undefined;
}

/**
 * The last person named before the quote, in this paragraph or the one before (one jump back to the
 * last person: reading back through every other mention was quadratic in a long paragraph).
 */
function personNamedBefore(st: ClaimState, q: QuoteSpan, prevPara: number): MentionDraft | undefined {
  const { findings, outsideQuotes } = st;
  let named: MentionDraft | undefined;
  const persons = personsUpTo(st);
  for (let i = persons[lastBefore(st, q.open) + 1]; i >= 0 && !named; i = persons[i]) {
    const m = outsideQuotes[i];
    if (paragraphOf(findings, m.start) < prevPara) break;
    if (m.end <= q.open) named = m;
  }
  return named;
}

/**
 * A paragraph of speech left open takes the speaker named after its continuation ("“…\n“…,” he
 * said"), where its own was carried over or guessed (by the registry's priorities).
 */
export function namedAfterContinuation(st: ClaimState): void {
  const { quotes } = st.findings;
  for (let i = quotes.length - 1; i > 0; i--) {
    const q = quotes[i];
    const prev = quotes[i - 1];
    if (!q.continues || prev.close !== null) continue;
    const later = st.quoteClaims.get(q);
    const earlier = st.quoteClaims.get(prev);
    // (the name after the continuation beats a carried-over or guessed speaker: by the registry's priorities)
    const guessed =
      !earlier?.claim.speaker ||
      attributionPriority(earlier.claim.why ?? []) < (priorityOf('speaker:named-after-continuation') ?? 0);
    if (
      later?.claim.speaker &&
      earlier &&
      guessed &&
      later.claim.attribution !== 'continuation' &&
      isOn('speaker:named-after-continuation')
    ) {
      earlier.claim.speaker = later.claim.speaker;
      earlier.claim.attribution = 'continuation';
      earlier.claim.why = [
        ...(earlier.claim.why ?? []).filter((id) => id.startsWith('quote:')),
        'speaker:named-after-continuation',
      ];
      earlier.claim.confidence = confidenceOf(earlier.claim.why);
      st.claimActors[earlier.index] = st.claimActors[later.index];
    }
  }
}
