import type { QuoteSpan, ReportedSpan, SpeechCue } from '../engine/findings';
import type { ActorDraft } from '../actors/actors';
import { alternation, THOUGHT_VERBS, TITLE_SMALL_WORDS, WORK_KINDS } from '../words';
import { attributionPriority, EXPLICIT, isOn, pickAttribution } from '../engine/rules';
import { addClaim, contextFor, makeClaim, speakerOf } from './assemble';
import { carryOverProposals } from './carry-over';
import type { Attribution, ClaimState } from './state';
import { subjectActor } from './subjects';
import { afterVerbSubject, unresolvedDescription } from './after-verb';
import { thingWhy } from './reported';

/**
 * A quotation: kept as speech or dropped (quoteRuleOf); every rule that can name its speaker
 * proposes one (its cue, the reported statement it sits in, carry-over); the registry's priorities
 * decide (pickAttribution: explicit evidence beats inference); the claim is added (addQuoteClaim).
 */
export function attributeQuote(st: ClaimState, q: QuoteSpan): void {
  const quoteRule = quoteRuleOf(q);
  const words = st.text.slice(q.start, q.end);
  const listed = inTitleList(st, q);
  const title =
    q.kind === 'not-speech'
      ? q.reason === 'quote:title-case'
      : isOn('quote:work-title') &&
        (listed || workBefore(st.text, q.open) || isSubtitled(words)) &&
        titleLike(words, q, st.text, q.open, listed);
  if (title) st.titleEnd = q.close ?? q.end;
  // (set aside, with the rule that did it: the notes list them, `annotate --explain` shows them)
  if (q.kind === 'not-speech' && q.reason) st.setAside.push({ start: q.start, end: q.end, why: [q.reason] });
  else if (title && quoteRule) st.setAside.push({ start: q.start, end: q.end, why: ['quote:work-title'] });
  if (!quoteRule || title) return;
  const proposals: Attribution[] = [];
  let cueAtt: Attribution | null = null;
  if (q.cue) cueAtt = cueAttribution(st, q.cue, quoteRule);
  // (a colon after the sentence's subject gives the words only to someone who speaks: a person, a body or a group)
  if (q.cue?.rule === 'cue:colon-subject' && !speaksNamed(cueAtt)) cueAtt = null;
  if (q.cue && cueAtt) {
    proposals.push(cueAtt);
    // (proposed first: at the tier of the verb that reported it, it wins the tie with the thought's own cue)
    const thought = reportedThought(st, q, q.cue, quoteRule);
    if (thought) proposals.unshift(thought);
  }
  // ("…,” Acme organizing director Ann Lee told reporters": the reported statement found right after the quote)
  if (!cueAtt?.actor) {
    const after = reportedAfterQuote(st, q, quoteRule);
    if (after) proposals.push(after);
  }
  carryOverProposals(st, q, quoteRule, cueAtt, proposals);
  const att: Attribution = pickAttribution<ActorDraft, Attribution>(proposals, explicitInSentence(st, q.sentence)) ??
    cueAtt ?? { actor: null, mention: null, cue: null, how: 'none', why: [quoteRule] };
  addQuoteClaim(st, q, att, quoteRule);
}

/** Small words a title may hold in lower case ("Face the Nation", "Meet the Press"). */
const TITLE_SMALL = new RegExp(`^(?:${alternation(TITLE_SMALL_WORDS)})$`);
/** How many words a title in quotation marks may hold (“The Nightly Show with Ann Lee”, a subtitle's). */
const TITLE_WORDS_MAX = 8;

/**
 * A name of a work or a show in quotation marks, its full stop or comma inside the marks (on CBS’s
 * “Face the Nation.”; the hit show “The Apprentice,”): two to five words, each capitalised or a
 * small word of a title, no other stop; not where a cue after the quote or a colon gives it a
 * speaker (“Stronger Together,” she said). Not speech.
 */
function titleLike(words: string, q: QuoteSpan, text: string, open: number, listed = false): boolean {
  // (after "on" or a network's possessive, a show's name even with a cue after it: "on “This Week,” Ann
  // Lee said", "told NBC’s “Today”", "on “Fox & Friends”"; one word or more, a subtitle after a colon)
  const before = beforeMark(text, open);
  const onShow = listed || SHOW_BEFORE.test(before) || KIND_BEFORE.test(before);
  if (!onShow && q.cue && (q.cue.position === 'after' || q.cue.position === 'colon')) return false;
  const stop = /[.,]$/.test(words);
  const subtitled = isSubtitled(words);
  if (!stop && !onShow && !subtitled) return false;
  const bare = (stop ? words.slice(0, -1) : words).replace(onShow ? /[!?]$/ : /$^/, '');
  // (where the work is named before it, a comma or a final ! may be the title's own: the podcast “So,
  // That Happened”, the movie “Up, Up and Away!”)
  if ((onShow ? /[.!?;]|:.*:/ : /[.!?,;]|:.*:/).test(bare)) return false;
  const list = bare
    .replace(/,/g, '')
    .split(/\s+/)
    .filter((w) => w && w !== '&' && w !== ':');
  return (
    list.length >= (onShow ? 1 : 2) &&
    list.length <= (subtitled ? SUBTITLED_WORDS_MAX : TITLE_WORDS_MAX) &&
    /^[\p{Lu}\d]/u.test(list[0]) &&
    list.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL.test(w))
  );
}

/**
 * A title and its subtitle after a colon, both capitalised (“The Long Game: A Life in Politics”):
 * a book's name wherever it stands, no stop needed; titleLike checks every word.
 */
const SUBTITLED = /^\p{Lu}[^:]*:\s+[\p{Lu}\d]/u;
/** SUBTITLED's test, run only where a colon and white space are. */
export const isSubtitled = (words: string): boolean => /:\s/.test(words) && SUBTITLED.test(words);
/** How many words a title with its subtitle may hold. */
const SUBTITLED_WORDS_MAX = 12;

/**
 * Whether the quotation goes on a list whose item before it is a name of a work: only a comma, "and"
 * or "or" between them (“Parks and Ports” and “Harbor Days,”; ''Tides,'' ''Docks'' and ''Gates.'').
 */
function inTitleList(st: ClaimState, q: QuoteSpan): boolean {
  if (st.titleEnd < 0 || q.open <= st.titleEnd || q.open - st.titleEnd > TITLE_LIST_GAP) return false;
  return TITLE_LIST_JOIN.test(st.text.slice(st.titleEnd + 1, q.open));
}
/** Between two items of a list of titles, after the first one's closing mark. */
const TITLE_LIST_JOIN = /^['’”"]?\s*,?\s*(?:(?:and|or)\s+)?['‘“"]?$/u;
const TITLE_LIST_GAP = 12;

/** "on" or a capitalised name's possessive right before the opening mark: where a show is named. */
const SHOW_BEFORE = /(?:\bon|\p{Lu}[\p{L}.&-]*[’'ʼ]s)\s*$/u;

/**
 * A kind of work right before the title, a comma between them or none ("her memoir, “…”", "the
 * documentary “…”"): a name, whatever cue follows. The verbs of naming in the list (titled, called)
 * are left out: after them a name needs its stop inside the marks.
 */
const KIND_BEFORE = new RegExp(`\\b(?:${alternation(WORK_KINDS.filter((w) => !w.endsWith('ed')))}),?\\s*$`, 'u');

/** What names a work before its title: a network's or an owner's possessive, "on", a kind of work. */
const WORK_BEFORE = new RegExp(`(?:\\p{Lu}[\\p{L}.&-]*[’'ʼ]s?|\\b(?:on|from|at|${alternation(WORK_KINDS)}))\\s*$`, 'u');

/** Whether the words before the opening mark name a work ("said on CBS’s “…”", "the hit show “…”"). */
function workBefore(text: string, open: number): boolean {
  const before = beforeMark(text, open);
  return mayNameWork(before) && (workBeforeTest(before) || KIND_BEFORE.test(before));
}
/** WORK_BEFORE's twin for text of ASCII and the two apostrophes (of which "ʼ" is a letter). */
const WORK_BEFORE_A = new RegExp(`(?:[A-Z][A-Za-zʼ.&-]*[’'ʼ]s?|\\b(?:on|from|at|${alternation(WORK_KINDS)}))\\s*$`);
export const workBeforeTest = (s: string): boolean =>
  /^[\x00-\x7f’ʼ]*$/.test(s) ? WORK_BEFORE_A.test(s) : WORK_BEFORE.test(s);
/** What WORK_BEFORE and KIND_BEFORE need, read plainly: the text ends, but for white space, in a possessive or one of their words. */
const WORK_ENDS = ['on', 'from', 'at', ...WORK_KINDS];
export function mayNameWork(before: string): boolean {
  const t = before.trimEnd();
  const u = t.endsWith(',') ? t.slice(0, -1) : t;
  return /[’'ʼ]s?$/.test(t) || WORK_ENDS.some((w) => t.endsWith(w) || u.endsWith(w));
}

/**
 * The 30 characters before a quotation's opening mark; a mark typed as two apostrophes (on NBC's
 * ''Meet the Press.'') is read as one, its first apostrophe left out.
 */
function beforeMark(text: string, open: number): string {
  const at = text[open] === "'" && text[open - 1] === "'" ? open - 1 : open;
  return text.slice(Math.max(0, at - 30), at);
}

/** The rule that keeps a quotation as speech, or null: not speech, or its rule switched off. */
export function quoteRuleOf(q: QuoteSpan): string | null {
  if (q.kind === 'not-speech') return null;
  // (a transcript's turn: "HARTLEY: …", in marks or not)
  if (q.cue?.rule === 'cue:transcript-label') return 'quote:transcript-turn';
  const quoteRule = q.mark === 'single' ? 'quote:single-marks' : 'quote:double-marks';
  return isOn(quoteRule) ? quoteRule : null;
}

/** Whether an attribution names (or resolves a pronoun to) a person, an organisation or a group. */
const speaksNamed = (att: Attribution | null): boolean =>
  !!att?.actor &&
  !att.why.includes('speaker:description') &&
  !att.why.includes('speaker:description-title') &&
  (att.actor.type === 'person' || att.actor.type === 'organization' || att.actor.type === 'group');

/** The speaker the quotation's cue names ("…,” Smith said; “…,” he said; according to …). */
function cueAttribution(st: ClaimState, cue: SpeechCue, quoteRule: string): Attribution {
  const found = afterVerbSubject(st, cue) ?? subjectActor(st, cue.subject);
  const s = found.actor ? found : (unresolvedDescription(st, cue) ?? found);
  const cueRule = cue.rule ?? 'cue:before-quote';
  return {
    actor: s.actor,
    mention: s.mention,
    cue: cue.verb,
    how: s.pronoun
      ? 'pronoun'
      : cue.position === 'according-to'
        ? 'according-to'
        : cue.position === 'colon'
          ? 'colon'
          : 'cue',
    why: [quoteRule, cueRule, s.actor ? s.rule : 'speaker:none', ...thingWhy(found)],
  };
}

/**
 * "Bessent said the administration expected inflation to remain “well contained”": words quoted
 * inside what someone said, after a verb of thinking, are the words of the one who said it.
 */
function reportedThought(st: ClaimState, q: QuoteSpan, cue: SpeechCue, quoteRule: string): Attribution | null {
  const outer = st.reported.length ? st.reported[st.reported.length - 1] : null;
  if (
    outer?.actor &&
    outer.start <= q.open &&
    q.end <= outer.end &&
    cue.verb.start >= outer.start &&
    THOUGHT_VERBS.has(st.text.slice(cue.verb.start, cue.verb.end).toLowerCase()) &&
    isOn('speaker:reported-thought')
  )
    return {
      actor: outer.actor,
      mention: outer.mention,
      cue: outer.cue,
      how: 'cue',
      why: [quoteRule, outer.rule, 'speaker:reported-thought'],
    };
  return null;
}

/** Between a closing mark and the subject of a statement that follows it: a comma and a few words of title at most. */
const AFTER_CLOSE = /^['’”"]?[\s,'’”"]*(?:[\p{L}\p{N}$&.’'-]+\s+){0,6}$/u;

/**
 * The speaker of a reported statement whose subject follows the quotation's closing mark in its
 * sentence, where findCue found no speaker ("…,” Acme organizing director Ann Lee told reporters"), or
 * whose words, its source after them, hold the quotation ("X signals “…” for the EU, said Ann Lee."):
 * explicit evidence next to the quote (`speaker:reported-after-quote`).
 */
function reportedAfterQuote(st: ClaimState, q: QuoteSpan, quoteRule: string): Attribution | null {
  if (q.close === null || !isOn('speaker:reported-after-quote')) return null;
  for (const r of reportedIn(st, q.sentence)) {
    if (r.subject.start <= q.close) continue;
    // (or the source after its verb, the quotation inside its words: "X signals “…” for the EU, said Ann Lee.")
    const inverted = r.cue.start < r.subject.end;
    if (
      inverted
        ? !(r.start <= q.open && q.close < r.end)
        : !AFTER_CLOSE.test(st.text.slice(q.close + 1, r.subject.start))
    )
      continue;
    const s = subjectActor(st, r.subject);
    if (!s.actor) return null;
    const rule = r.rule ?? 'reported:verb-that';
    return {
      actor: s.actor,
      mention: s.mention,
      cue: r.cue,
      how: s.pronoun ? 'pronoun' : 'cue',
      why: [quoteRule, rule, s.rule, 'speaker:reported-after-quote'],
    };
  }
  return null;
}

/** The reported statements of a sentence (found by findReported), worked out once for the article. */
function reportedIn(st: ClaimState, sentence: number): readonly ReportedSpan[] {
  if (!st.reportedBySentence) {
    st.reportedBySentence = new Map();
    for (const r of st.findings.reported) {
      const list = st.reportedBySentence.get(r.sentence);
      if (list) list.push(r);
      else st.reportedBySentence.set(r.sentence, [r]);
    }
  }
  return st.reportedBySentence.get(sentence) ?? [];
}

/**
 * Explicit evidence in the quotation's sentence (a verb of saying with its subject named): the one
 * it names, before whom an inference naming someone else is dropped; null for none.
 */
function explicitInSentence(st: ClaimState, sentence: number): ActorDraft | null {
  const { reported } = st;
  let explicit: ActorDraft | null = null;
  for (let i = reported.length - 1; i >= 0 && reported[i].sentence >= sentence; i--) {
    const r = reported[i];
    if (r.sentence === sentence && r.actor && attributionPriority(r.why) >= EXPLICIT) explicit = r.actor;
  }
  return explicit;
}

/**
 * The quotation's claim, with the speaker settled and the rules that settled it; left out when no one
 * said it (a phrase in quotation marks with no cue, or `speaker:none` off). Its speaker becomes the
 * last one who spoke.
 */
function addQuoteClaim(st: ClaimState, q: QuoteSpan, att: Attribution, quoteRule: string): void {
  if (!att.actor && q.kind === 'partial-quote' && !q.cue) return; // a phrase in quotation marks nobody said
  // (no one found: the quotation's rule and its cue's, then none)
  if (!att.actor && !isOn('speaker:none')) return;
  const made = att.actor ? att.why : [quoteRule, ...(q.cue?.rule ? [q.cue.rule] : []), 'speaker:none'];
  // (words someone used, "used the phrase “…”": the rule that kept them as speech, after the marks')
  const why = q.reason === 'quote:words-used' ? [made[0], 'quote:words-used', ...made.slice(1)] : made;
  const claim = makeClaim(
    st,
    q.kind === 'quote' ? 'quote' : 'partial-quote',
    q,
    speakerOf(st, att),
    att.cue ? st.text.slice(att.cue.start, att.cue.end) : null,
    contextFor(st, att.actor, q.sentence),
    why,
    att.actor ? att.how : null,
  );
  st.quoteClaims.set(q, { claim, index: addClaim(st, claim, att.actor) });
  if (att.actor) {
    st.said.push({ actor: att.actor, end: q.close ?? q.end, paragraph: q.paragraph, sentence: q.sentence });
    st.lastQuote = { actor: att.actor, paragraph: q.paragraph, end: q.end, mention: att.mention };
  }
}
