import type { ReportedSpan } from '../engine/findings';
import type { Sentence } from '../text/sentences';
import { tokenAt, type Token } from '../text/tokens';
import { splitLength } from '../text/chars';
import {
  ASKING_VERBS,
  COMMITMENT_VERBS,
  OBJECT_FIRST_VERBS,
  REPORTING_PARTICIPLES,
  REPORTING_VERBS_BEFORE_THAT,
  SUBORDINATORS,
} from '../words';
import { isOn } from '../engine/rules/switched-off';
import type { Speakers } from './subjects';
import { clauseStart, contentEnd, notSaid } from './reported-content';
import { participleAt } from './reported-participle';
import { circumstanceOnly } from './reported-circumstance';
import { colonParagraph } from './reported-colon';
import { askedAt, askedPassiveAt } from './reported-asked';
import { asSourceFirst } from './reported-as';
import { notVerbHere, speaksHere, verbSubject } from './reported-subject';
import {
  accordingToBetween,
  accordingToFirst,
  accordingToLast,
  CLAUSE_AFTER_CUE,
  REPORTING,
  sourceBetween,
  trailingCue,
} from './reported-source';

/**
 * Reported speech: "X said (that) …", "X has accused Y of …", "According to X, …", "…, X said.". The
 * verbs of saying of each sentence in turn, then the sources that stand apart from a verb's clause.
 */

/** What the reported-speech passes read: the sentence in hand, and the spans found so far. */
export interface ReportedContext {
  text: string;
  tokens: Token[];
  sp: Speakers;
  /** every span found so far, in order */
  out: ReportedSpan[];
  /** this sentence's spans that may still hold a later one (see nestedIn) */
  open: ReportedSpan[];
  sentence: Sentence;
  /** all the text's sentences */
  sentences: readonly Sentence[];
  /** the sentence's index */
  si: number;
  /** the sentence's first token, and the token after it */
  first: number;
  last: number;
}

/**
 * How deep reported words may nest in one sentence: "X said Y told him that …" is two deep; the
 * PolNeAR articles and the test pages have nothing deeper.
 */
const REPORTED_NESTING = 4;

/**
 * How many of a sentence's spans hold `pos` (they start before it, in order, and end after it). A span
 * that ends at or before `pos` holds no later position either (starts only grow): it leaves the list.
 */
function nestedIn(open: ReportedSpan[], pos: number): number {
  let n = 0;
  let kept = 0;
  for (const r of open) {
    if (r.end <= pos) continue;
    open[kept++] = r;
    if (r.start <= pos) n++;
  }
  open.length = kept;
  return n;
}

/** Whether what follows the verb at v (its next token w) is a quotation, a colon or an audience ("to", "in a statement:"). */
function quoteOrAudienceAfter(c: ReportedContext, afterVerb: string, w: number): boolean {
  const { text, tokens } = c;
  return (
    /[:“”"‘]/.test(afterVerb) ||
    // ("said to reporters"; not the aside's "It is his job, he said, to talk to Congress")
    (tokens[w].lower === 'to' && !afterVerb.includes(',')) ||
    (tokens[w].lower === 'in' &&
      tokens[w + 1]?.lower === 'a' &&
      tokens[w + 2]?.lower === 'statement' &&
      /:/.test(text.slice(tokens[w + 2].end, tokens[w + 3]?.start ?? c.sentence.end)))
  );
}

/**
 * "While the president has said he opposes X, his administration …": in a clause that opens the sentence
 * with a subordinator, the words end at the clause's comma (end, where there is none before it).
 */
function endOfOpeningClause(c: ReportedContext, subject: number, start: number, end: number): number {
  const { text, tokens, first } = c;
  const opener = tokens[first].lower === 'even' ? tokens[first + 1]?.lower : tokens[first].lower;
  if (!opener || !SUBORDINATORS.has(opener) || subject <= tokens[first].start) return end;
  // (the subject inside the opening clause: "After the attack, Bob said …" is the main clause's)
  if (text.slice(tokens[first].start, subject).includes(',')) return end;
  const comma = clauseComma(text, start);
  if (comma < 0 || comma >= end || /[“”"]/.test(text.slice(start, comma))) return end;
  return comma;
}

/** The first comma from `from` on that ends a clause: not one inside a figure ("2,400"); -1 for none. */
function clauseComma(text: string, from: number): number {
  let comma = text.indexOf(',', from);
  while (comma > 0 && /\d/.test(text[comma - 1]) && /\d/.test(text[comma + 1] ?? ''))
    comma = text.indexOf(',', comma + 1);
  return comma;
}

/**
 * The reported span of the reporting verb at v (rules reported:verb-that, reported:accused-of,
 * reported:second-verb); 'clause' when its words come before the speaker ("…, Ukraine's air force said
 * Sunday, as …": reported:source-then-clause, read after the sentence's verbs).
 */
function reportedAt(c: ReportedContext, v: number): ReportedSpan | 'clause' | null {
  const { text, tokens, si, last } = c;
  const t = tokens[v];
  if (notVerbHere(c, v)) return null;
  const found = verbSubject(c, v);
  if (!found || !speaksHere(c, v, found.subj)) return null;
  const { subj } = found;
  const w = v + 1;
  // "In a column, Ann Lee wrote:" closing its paragraph: the next paragraph (reported:colon-paragraph)
  if (w >= last) return isOn('reported:colon-paragraph') ? colonParagraph(c, v, subj.range, subj.head) : null;
  if (CLAUSE_AFTER_CUE.test(text.slice(t.end, Math.min(c.sentence.end, t.end + 80)))) return 'clause';
  // "…, Tom Ray warned on Wednesday.": only a listener, a time or a place after the verb (reported:source-last-circumstance)
  if (
    isOn('reported:source-last-circumstance') &&
    circumstanceOnly(text, tokens, c.sp, v, { first: c.first, last: c.last, end: c.sentence.end })
  )
    return null;
  const afterVerb = text.slice(t.end, tokens[w].start);
  // "vowed to soldier on", "promised to build a wall": the infinitive is what was promised
  const promised = COMMITMENT_VERBS.has(t.lower) && tokens[w].lower === 'to' && /^\s+$/.test(afterVerb);
  if (!promised && quoteOrAudienceAfter(c, afterVerb, w)) return null;
  // "accused Putin of …" reads from the verb; "warned that …" as any other verb
  const objectFirst = OBJECT_FIRST_VERBS.has(t.lower) && tokens[w].lower !== 'that';
  if (/[.,;]/.test(afterVerb) && !objectFirst)
    return isOn('reported:source-between') ? sourceBetween(c, v, subj.range) : null;
  // "The plan, he said Tuesday, is …": a time between the verb and the aside's comma
  if (isOn('reported:source-between') && !objectFirst) {
    const aside = sourceBetween(c, v, subj.range);
    if (aside) return aside;
  }
  const rule = found.how === 'reported:verb-that' && objectFirst ? 'reported:accused-of' : found.how;
  if (!isOn(rule)) return null;
  const start = objectFirst || promised ? (promised ? tokens[w].start : t.start) : clauseStart(c, v, w);
  if (start < 0) return null;
  // "the campaign responded that …" (reported:responded-that); "Germany responded by building …" is a thing done
  if (
    REPORTING_VERBS_BEFORE_THAT.has(t.lower) &&
    !(isOn('reported:responded-that') && RESPONDED_THAT.test(text.slice(t.end, start)))
  )
    return null;
  let end = endOfOpeningClause(c, subj.range.start, start, contentEnd(text, c.sentence.end, start));
  // "Ann Lee, who said she would stay, left": the clause set in commas ends at its comma
  if (found.inCommas) {
    const comma = clauseComma(text, start);
    if (comma > 0 && comma < end) end = comma;
  }
  if (notSaid(text, start, end)) return null;
  // (words reported inside words reported, "X said Y told him that …", go REPORTED_NESTING deep at
  // most: a sentence of nothing but verbs of saying made each verb's words hold all the next ones')
  if (nestedIn(c.open, start) >= REPORTED_NESTING) return null;
  const said =
    rule === 'reported:verb-that' && REPORTING_VERBS_BEFORE_THAT.has(t.lower) ? 'reported:responded-that' : rule;
  const span = { start, end, cue: { start: t.start, end: t.end }, subject: subj.range, sentence: si, rule: said };
  return subj.head ? { ...span, head: subj.head } : span;
}

/** Between "responded" and its words: "that", after a day or a capitalised listener at most ("responded Monday that"). */
const RESPONDED_THAT = /^\s+(?:(?:on\s+)?[A-Z][\w’'.-]*\s+)?that\s+$/;

/** A mark or a conjunction that ends one speaker's words before another's ("…, while Macron said"; not the comma of "250,000"). */
const CUT = /(?<!\d),|,(?!\d)|[;–—]|\s(?:while|whereas|but|although|though)\s|\sand\s+$/g;

/**
 * Where the last CUT of text[from, to) starts, relative to `from` (-1 for none). Read in windows growing
 * back from `to`, so the time is that of the distance to the last cut, not of the first speaker's words
 * (a sentence of thousands of speakers read each one's words again).
 */
function lastCutBefore(text: string, from: number, to: number): number {
  for (let w = 256; ; w *= 4) {
    const a = Math.max(from, to - w);
    let cut = -1;
    for (const m of text.slice(a, to).matchAll(CUT)) cut = m.index;
    if (cut >= 0) return a - from + cut;
    if (a === from) return -1;
  }
}

/**
 * A second speaker in the same sentence ends the first one's words: "…, while Macron said …". Cut at
 * the last comma or conjunction before the second speaker (at `speaker`); cut to under three words,
 * the first speaker said nothing this sentence shows: no claim.
 */
function endBeforeSecondSpeaker(c: ReportedContext, speaker: number): void {
  const { text, out, open } = c;
  const prev = out[out.length - 1];
  if (!(prev && prev.sentence === c.si && speaker < prev.end && speaker > prev.start)) return;
  const cut = lastCutBefore(text, prev.start, speaker);
  // "X said Y told him that …": no mark or conjunction between, Y's words are part of X's
  if (cut < 0) return;
  let e = cut > 0 ? prev.start + cut : speaker;
  while (e > prev.start && /[\s,;]/.test(text[e - 1])) e--;
  if (splitLength(text, prev.start, e, 3) < 3) {
    out.pop();
    const o = open.lastIndexOf(prev);
    if (o >= 0) open.splice(o, 1);
  } else prev.end = e;
}

/**
 * reported:participle — ", saying …": its words, after those of a verb before it in the sentence
 * ("X said A, adding B": A ends at the comma, when three words are left of it).
 */
function participleOfSentence(c: ReportedContext, v: number): void {
  const span = participleAt(c, v);
  if (!span) return;
  const prev = c.out[c.out.length - 1];
  if (prev && prev.sentence === c.si && prev.start < span.cue.start && span.cue.start < prev.end) {
    let e = c.tokens[v - 1].end;
    if (c.tokens[v - 1].lower !== 'while') e = c.tokens[v].start;
    while (e > prev.start && /[\s,;]/.test(c.text[e - 1])) e--;
    if (/^(?:while|and|by|before|after)$/.test(c.tokens[v - 1].lower)) e = c.tokens[v - 2].end;
    if (splitLength(c.text, prev.start, e, 3) < 3) return;
    prev.end = e;
  }
  c.out.push(span);
  c.open.push(span);
}

/** Whether the participle at v follows a form of "be" ("is saying", "are now telling", "’s telling"). */
function progressiveAt(c: ReportedContext, v: number): boolean {
  const { text, tokens, first } = c;
  let k = v - 1;
  if (k > first && /ly$|^(?:now|also|still|not)$/.test(tokens[k].lower)) k--;
  if (k <= first) return false;
  if (/^(?:is|are|was|were|isn’t|isn't|aren’t|aren't)$/.test(tokens[k].lower)) return true;
  return /^(?:’s|'s|’re|'re)\s/.test(text.slice(tokens[k].end - 2, tokens[k].end + 1));
}

/** Pass: the words each verb of saying of the sentence reports; whether one had a clause after it (see reportedAt). */
function verbsOfSentence(c: ReportedContext): boolean {
  let clauseCue = false;
  const tokens = c.tokens;
  // "Asked whether …, Lee said": the question first in the sentence
  const opening = c.first < c.last && isOn('reported:asked-passive') ? askedPassiveAt(c, c.first) : null;
  if (opening) {
    c.out.push(opening);
    c.open.push(opening);
  }
  for (let v = c.first + 1; v < c.last; v++) {
    if (ASKING_VERBS.has(tokens[v].lower)) {
      const span =
        (isOn('reported:asked') ? askedAt(c, v) : null) ??
        (isOn('reported:asked-passive') ? askedPassiveAt(c, v) : null);
      if (span) {
        c.out.push(span);
        c.open.push(span);
      }
      continue;
    }
    if (REPORTING_PARTICIPLES.has(tokens[v].lower)) {
      // "The White House is saying that …": a form of "be" makes it the clause's verb (reported:progressive)
      const progressive = isOn('reported:progressive') && progressiveAt(c, v);
      if (progressive) {
        const span = reportedAt(c, v);
        if (span && span !== 'clause') {
          endBeforeSecondSpeaker(c, span.subject.start);
          c.out.push({ ...span, rule: span.rule === 'reported:verb-that' ? 'reported:progressive' : span.rule });
          c.open.push(c.out[c.out.length - 1]);
        }
      } else if (isOn('reported:participle')) participleOfSentence(c, v);
      continue;
    }
    if (!(tokens[v].marks & REPORTING)) continue;
    // (the words before end before a second verb of their speaker only where it reports: subject-second-verb.ts)
    const prev = c.out[c.out.length - 1];
    const prevEnd = prev?.end ?? 0;
    const span = reportedAt(c, v);
    if (prev && (!span || span === 'clause')) prev.end = prevEnd;
    if (span === 'clause') clauseCue = true;
    else if (span) {
      endBeforeSecondSpeaker(c, span.subject.start);
      c.out.push(span);
      c.open.push(span);
    }
  }
  return clauseCue;
}

/** reported:source-then-clause — "…, Ukraine's air force said Sunday, as …", where no span of the sentence holds it. */
function sourceThenClause(c: ReportedContext, before: number): void {
  const { out } = c;
  const said = trailingCue(c.text, c.tokens, c.sp, c.sentence, c.first, c.last, true);
  if (said && !out.slice(before).some((r) => r.start < said.end && said.start < r.end))
    out.splice(before, 0, { ...said, sentence: c.si, rule: 'reported:source-then-clause' });
}

/**
 * reported:according-over-verb — "The president told her that it was not that simple, according to an
 * account she gave to the paper.": the source named last passes on the whole sentence, the verb's words
 * with it; its span stands for the sentence's verbs' (no quotation in it: a quote is found as one; no
 * clause set in commas after the verb's words).
 */
function accordingOverVerbs(c: ReportedContext, before: number): void {
  const { text, out } = c;
  const r = accordingToLast(text, c.tokens, c.sp, c.sentence, c.first, c.last);
  if (!r || /[“”"]|''/.test(text.slice(r.start, r.end))) return;
  for (let i = before; i < out.length; i++) if (out[i].start < r.start || out[i].end > r.end) return;
  // ("X says his streak is proof …, which stood at 263, according to the AP": the source vouches for the
  // clause set in commas last, the verb's words stay the verb's)
  // (nor words that open on a conjunction: "…, as the paper reported, and he will …, according to X")
  const words = text.slice(Math.max(c.sentence.start, out[before].start - 3), r.end);
  if (/,\s+(?:which|who|whose|where|and|but|or)\b/.test(words)) return;
  out.splice(before, out.length - before, { ...r, sentence: c.si, rule: 'reported:according-over-verb' });
}

/** The rules for a sentence whose verbs reported nothing, in the order they are tried (reported-source.ts). */
const SOURCE_RULES: readonly {
  id:
    | 'reported:according-to-first'
    | 'reported:as-source'
    | 'reported:source-last'
    | 'reported:according-to-last'
    | 'reported:according-to-between';
  find: (c: ReportedContext) => ReportedSpan | null;
}[] = [
  // "According to X, …"
  { id: 'reported:according-to-first', find: accordingToFirst },
  // "As the Harbor Times reported, …"
  { id: 'reported:as-source', find: asSourceFirst },
  // wire style, the source at the end: "…, the Russian space agency said." / "…, said Mr Smith."
  {
    id: 'reported:source-last',
    find: (c) => {
      const r = trailingCue(c.text, c.tokens, c.sp, c.sentence, c.first, c.last);
      return r && { ...r, sentence: c.si };
    },
  },
  {
    id: 'reported:according-to-last',
    find: (c) => {
      const r = accordingToLast(c.text, c.tokens, c.sp, c.sentence, c.first, c.last);
      return r && { ...r, sentence: c.si };
    },
  },
  // "Since May, according to the ministry, 400 people have died."
  { id: 'reported:according-to-between', find: accordingToBetween },
];

/** "X said (that) …", "X has accused Y of …": the reported content and its speaker. */
export function findReported(text: string, tokens: Token[], sp: Speakers, sentences: Sentence[]): ReportedSpan[] {
  const out: ReportedSpan[] = [];
  const c: ReportedContext = {
    text,
    tokens,
    sp,
    out,
    open: [],
    sentence: sentences[0],
    sentences,
    si: 0,
    first: 0,
    last: 0,
  };
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    c.sentence = sentence;
    c.si = si;
    c.first = tokenAt(tokens, sentence.start);
    c.last = tokenAt(tokens, sentence.end);
    c.open.length = 0;
    const before = out.length;
    if (verbsOfSentence(c) && isOn('reported:source-then-clause')) sourceThenClause(c, before);
    if (out.length > before && isOn('reported:according-over-verb')) accordingOverVerbs(c, before);
    if (out.length && out[out.length - 1].sentence === si) continue;
    for (const rule of SOURCE_RULES) {
      if (!isOn(rule.id)) continue;
      const span = rule.find(c);
      if (span) {
        out.push(span);
        break;
      }
    }
  }
  return out;
}
