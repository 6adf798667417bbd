import { tokenAt, type Token } from '../text/tokens';
import { splitLength } from '../text/chars';
import {
  alternation,
  AUDIENCES,
  CLAUSE_AUXILIARIES,
  JUDGING_VERBS,
  leadingRuns,
  LISTENER_VERBS,
  SUBJECT_OPENERS,
  SUBORDINATORS,
  TIMES_AFTER_VERB,
  VENUES_AFTER_VERB,
  WHERE_PREPOSITIONS,
  opensWithRun,
} from '../words';
import type { ReportedContext } from './reported';

/**
 * What a verb of saying reports: where its words start (past a listener, "that", a time or a venue),
 * where they end (before another speaker, or a source that passes them on), and the words that are
 * no claim ("said in a statement", "did not say whether …").
 */

/** Words a reported clause opens with when it names no subject first: a bare noun ("defeat", "responsibility"). */
const BARE_OBJECT = new RegExp(`^(?!(?:${alternation(SUBJECT_OPENERS)})\\b)[a-z]`);
/** A verb that makes words a clause: an auxiliary, a modal, or a verb in the past or third person. */
const CLAUSE_WORD = new RegExp(String.raw`\b(?:${alternation(CLAUSE_AUXILIARIES)}|\w+ed|\w+s)\b`);
/** A time after the verb that passes words on: "…,” Bloomberg reported on Tuesday evening." */
const PASSED_ON_TIME = String.raw`(?:\s+(?:on\s+|late\s+|early\s+|last\s+|this\s+)?(?:${alternation(TIMES_AFTER_VERB)}|yesterday|today)(?:\s+(?:night|morning|afternoon|evening))?)?`;
/** A source named at the end of someone's reported words: ", according to …" or ", Chinese state media reported." */
const PASSED_ON = new RegExp(
  String.raw`[,”"’]\s*(?:according to\s|(?:[\p{L}’'-]+\s+){1,4}(?:reported|said|says|reports)${PASSED_ON_TIME}\s*[.!?]?\s*$)`,
  'iu',
);
/** What the end of such words holds: a verb of saying last, or before a time (cheap test before PASSED_ON). */
const PASSED_ON_HINT = new RegExp(String.raw`(?:reported|said|says|reports)${PASSED_ON_TIME}\s*[.!?]?\s*$`, 'i');
/** A second speaker later in the same sentence: ", while an Egyptian mediator, speaking anonymously, said". */
const OTHER_SPEAKER = new RegExp(
  String.raw`,?\s+(?:while|whereas|but)\s+(?:[^,.;:“”"]{1,60}?)(?:,[^,.;:“”"]{1,40},)?\s+(?:said|says|told|added|insisted|argued|warned|claimed)\b|,?\s+(?:while|whereas|but)\s+[A-Z][^,.;:“”"]{0,59}?\s+(?:${alternation(JUDGING_VERBS)})\b`,
);

/** A time or a venue right after a reporting verb ("on Monday", "late on Sunday", "in a statement"). */
const WHEN_WHERE = new RegExp(
  String.raw`^(?:(?:(?:late|early)\s+)?(?:(?:on|last|this)\s+)?(?:${alternation(TIMES_AFTER_VERB)})(?:\s+(?:night|morning|afternoon|evening))?|in\s+(?:a|an)\s+(?:${alternation(VENUES_AFTER_VERB)})(?:\s+on\s+\S+)?),?\s+(?=\S)`,
  'i',
);
/** The words WHEN_WHERE may open with (a case-blind regex of alternatives is run only after one of them). */
const WHEN_WHERE_LEADS = leadingRuns(['late', 'early', 'on', 'last', 'this', 'in', ...TIMES_AFTER_VERB]);
export const whenWhere = (s: string) => (opensWithRun(WHEN_WHERE_LEADS, s) ? WHEN_WHERE.exec(s) : null);

/**
 * The longest stretch of reported words, in characters: far longer than any sentence of news prose
 * (the test pages' longest is 396), and a bound on what each verb of a sentence that never ends reads.
 */
const REPORTED_MAX = 2000;

/** Whether the quotation marks in s all close ("“State of the Union”", "\"Today\""). */
function closedQuotes(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  const open = (s.match(/“/g) ?? []).length;
  return straight % 2 === 0 && open === (s.match(/”/g) ?? []).length && !s.includes('‘');
}

/**
 * The end of reported words that hold an opened quotation: past its closing mark when trimming
 * left the mark out ("accused them of “reckless vandalism”", not "… “reckless vandalism").
 */
function closingMarkEnd(text: string, start: number, end: number): number {
  let curly = 0;
  let straight = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    else if (c === 34) straight++;
  }
  if (curly <= 0 && straight % 2 === 0) return end;
  const close = curly > 0 ? '”' : '"';
  for (let i = end; i < Math.min(text.length, end + 3); i++) if (text[i] === close) return i + 1;
  return end;
}

/** ", that" after a clause of when or where, with no quotation or sentence's end before it. */
const THAT_AFTER_COMMA = /^[^“”"‘.;]*?,\s+that\s+/;

/** The token after the listener of "told" and the like: "told Mr Smith", "told a joint press conference". */
function pastListener(tokens: Token[], c: ReportedContext, w: number): number {
  const listener = c.sp.startAt.get(w);
  if (listener) return tokenAt(tokens, listener.end);
  w += /^(?:the|a|an)$/.test(tokens[w].lower) ? 2 : 1;
  // "told a joint press conference", "told the BBC's Today programme": the audience, to its head
  for (let k = w - 1; k < Math.min(c.last, w + 3); k++) {
    if (AUDIENCES.has(tokens[k].lower)) return k + 1;
  }
  return w;
}

/**
 * Where the words of the verb at v start, its first token after it at w (not object first: "said
 * (that) …", "told X (that) …"); -1 when what follows is no clause of its own (a colon or a quotation:
 * a quote, found as one).
 */
export function clauseStart(c: ReportedContext, v: number, w: number): number {
  const { text, tokens, sentence, last } = c;
  const t = tokens[v];
  if (LISTENER_VERBS.has(t.lower) || t.lower === 'telling') w = pastListener(tokens, c, w);
  // "said on Sunday that …": start after a nearby "that"
  let afterThat = false;
  for (let k = w; k < Math.min(last, w + 6); k++) {
    // ("said she agreed and that …": the words start before the conjunction)
    if (
      /^(?:and|but|or)$/.test(tokens[k].lower) ||
      (k > w && text.slice(tokens[k - 1].end, tokens[k].start).includes(','))
    )
      break;
    // ("said that was true", "say that would be their reaction": "that" is the clause's subject)
    if (k === w && tokens[k].lower === 'that' && CLAUSE_AUXILIARIES.includes(tokens[k + 1]?.lower ?? '')) break;
    if (tokens[k].lower === 'that') {
      w = k + 1;
      afterThat = true;
      break;
    }
  }
  if (w >= last) return -1;
  let start = tokens[w].start;
  // "said on Monday it would …", "said in a statement the plan …": when and where, not what
  const lead = whenWhere(text.slice(start, Math.min(sentence.end, start + 60)));
  if (lead && start + lead[0].length < sentence.end) start += lead[0].length;
  // (what was said opens on a word, not on a stray mark left after "on Monday ,")
  while (start < sentence.end && /[\s,;:.–—-]/.test(text[start])) start++;
  // (a title in quotation marks before "that" is where it was said: 'told CNN's "State of the Union" that …')
  const between = text.slice(t.end, start);
  if (
    between.includes(':') ||
    (/[“”"‘]/.test(between) && !(afterThat && closedQuotes(between))) ||
    /^[^“”"]{0,24}:\s*[“"‘]/.test(text.slice(start, start + 30))
  )
    return -1;
  if (/^[“"‘]/.test(text.slice(start - 1, start)) && tokens[w].start > 0) start = tokens[w].start;
  // "said Thursday during a taping in Buffalo, New York, that …": when and where, then what
  if (!afterThat && SUBORDINATORS.has(tokens[tokenAt(tokens, start)]?.lower ?? '')) {
    const that = THAT_AFTER_COMMA.exec(text.slice(start, Math.min(sentence.end, start + 140)));
    if (that) start += that.index + that[0].length;
  }
  return start;
}

/**
 * Where the words said from `start` end: the sentence's end (or REPORTED_MAX characters on: the words
 * of each verb of a sentence that never ends were read to its end, each verb's in turn), before
 * another speaker's words or the source that passes them on.
 */
export function contentEnd(text: string, sentenceEnd: number, start: number): number {
  let end = Math.min(sentenceEnd, start + REPORTED_MAX);
  while (end > start && /[\s.,;:!?”"’]/.test(text[end - 1])) end--;
  // "(Alibaba says it has no plans.)": the bracket that closes the aside is not said
  if (text[end - 1] === ')' && !text.slice(start, end).includes('(')) {
    end--;
    while (end > start && /[\s.,;:!?”"’]/.test(text[end - 1])) end--;
  }
  end = closingMarkEnd(text, start, end);
  // "the proposal was “not serious,” while an Egyptian mediator, speaking anonymously, said …":
  // another speaker's words begin at the conjunction
  // "…,” according to a statement." / "…,” Chinese state media reported.": who passes it on, not what was said
  const passedOn =
    PASSED_ON_HINT.test(text.slice(Math.max(start, end - 40), end)) || text.slice(start, end).includes('according to')
      ? PASSED_ON.exec(text.slice(start, end))
      : null;
  const other = passedOn ?? OTHER_SPEAKER.exec(text.slice(start, end));
  if (other) {
    end = start + other.index;
    while (end > start && /[\s,;”"’]/.test(text[end - 1])) end--;
    end = closingMarkEnd(text, start, end);
  }
  return end;
}

/** Reported words that open with where or when ("in a statement", "on Sunday"). */
const WHERE_LEAD = new RegExp(`^(?:${alternation(WHERE_PREPOSITIONS)})\\s`, 'i');
const WHERE_LEADS = leadingRuns(WHERE_PREPOSITIONS);
/** WHERE_LEAD's test, run only after a word it may open with. */
export const whereLead = (s: string): boolean => opensWithRun(WHERE_LEADS, s) && WHERE_LEAD.test(s);

/** Reported words that are no claim: each row a reason and its test on the words (text[start, end)). */
const NOT_SAID: readonly ((content: string, text: string, start: number, end: number) => boolean)[] = [
  // "conceded defeat shortly after 10pm", "claimed responsibility for the attack": a thing done, no clause said
  (content, text, start, end) =>
    splitLength(text, start, end, 6) <= 5 && BARE_OBJECT.test(content) && !CLAUSE_WORD.test(content),
  // "said in a statement", "told the BBC on Sunday": where, not what
  (content, text, start, end) => whereLead(content) && splitLength(text, start, end, 8) <= 7,
  // "said when asked whether …": when
  (content) =>
    /^(?:when|after|before|while|as)\s+(?:asked|questioned|pressed|speaking|interviewed|quizzed)\b/i.test(content),
  // "… told Mr. Modi, according to Chinese state media": who says so, not what was said
  (content) => /^according\s+to\b/i.test(content),
  // "said as he launched the process", "said after meeting …": when, not what
  (content, text, start) => {
    const m = /^(\w+)\s+(\S+)/.exec(content);
    if (!m || /\bthat\s+$/i.test(text.slice(Math.max(0, start - 6), start))) return false; // "said that when …, …"
    return SUBORDINATORS.has(m[1].toLowerCase()) && !/^(?:many|much|well|long|soon|far)$/i.test(m[2]);
  },
  // "thought of climate change as …", "spoke of the plan": what it was about, not what was said
  (content) => /^of\s/i.test(content),
  // "would not say whether …": a question, not a claim ("said if elected he would …" is a condition; "explained
  // how it works", "noted how happy she was" report what was said; questions asked: reported:asked)
  (content) => /^whether\b/i.test(content),
  // 'said in a statement, “We are ready.”': words wholly in one quotation are a quote, found as one
  (content) => WHOLLY_QUOTED.test(content),
];

/** One quotation and nothing else: “…”, "…" or ''…'' with no mark of its kind inside. */
const WHOLLY_QUOTED = /^(?:“[^“”]*”|"[^"]*"|''(?:[^']|'(?!'))*'')$/;

/** Whether text[start, end) is no claim: under three words, or one of NOT_SAID. */
export function notSaid(text: string, start: number, end: number): boolean {
  if (splitLength(text, start, end, 3) < 3) return true;
  const content = text.slice(start, end);
  for (const test of NOT_SAID) if (test(content, text, start, end)) return true;
  return false;
}
