import type { Range, SpeechCue } from '../engine/findings';
import { tokenAt, type Token } from '../text/tokens';
import { NAME_DETERMINERS, PHRASE_ENDS, PRONOUNS, QUOTE_VERBS, TIMES_AFTER_VERB, VERB_FILLERS } from '../words';
import { isOn } from '../engine/rules/switched-off';
import type { CueContext } from './cues';
import type { Speakers } from './subjects';
import { JOB_WORD, onlyGap, TITLE_MODIFIER, TITLE_WORD, verbSpan } from './verbs';
import { nameRunThenVerb } from './cue-after-run';
import { nameApposedThenVerb } from './cue-after-apposed';
import { DESCRIBED_WORDS, describedThenVerb } from './cue-after-described';

/**
 * Cues right after a quotation's closing mark: "…,” he said", "…,” said Mr Smith", "…,” campaign
 * chairman Ann Lee said". Each rule is a row: its id and the function that finds its cue from the
 * first token after the mark.
 */

/** Past a closing mark: the first token after it, and where the mark ends. */
export interface AfterQuote {
  /** the offset past the closing mark (two of them in the ASCII style of ''…'') */
  shut: number;
  /** the first token after it */
  k: number;
}

/** Words that may open a description before a name ("the Rev. Sam Cole"; not "a", "one": "a Nevada Democrat" names no one). */
const LEAD_OPENERS = new Set(['the']);
/** Words that may join two titles in it ("former governor and party chairman"). */
const LEAD_JOINERS = new Set(['and', '&']);

/** The subject named first after the mark, and whether a comma closes its apposition before the verb. */
function nameAfterMark(
  text: string,
  tokens: Token[],
  sp: Speakers,
  k: number,
): { subj: Range; apposed: boolean } | null {
  // (past a title written in lower case: "…,” press secretary Karoline Leavitt said")
  let named = k;
  while (
    !sp.startAt.get(named) &&
    named < tokens.length &&
    named - k < 3 &&
    !tokens[named].cap &&
    tokens[named].marks & TITLE_WORD
  )
    named++;
  let subj = sp.startAt.get(named);
  if (!subj) return null;
  let apposed = false;
  // "…,” Aemet spokesman Rubén del Campo told reporters": the person after a body and a job word
  let j = tokenAt(tokens, subj.end);
  const from = j;
  while (j < tokens.length && j - from < 3 && !tokens[j].cap && tokens[j].marks & (TITLE_WORD | JOB_WORD)) j++;
  const person = j > from ? sp.startAt.get(j) : undefined;
  if (person && /^\s+$/.test(text.slice(subj.end, tokens[from].start))) subj = person;
  // "…,” Brazil's President Luiz Inácio Lula da Silva said", "…,” Ukraine's commander-in-chief, Oleksandr
  // Syrskyi, said": the person the country's title belongs to
  else if (!person && from < tokens.length && /^[’'ʼ]s\s+$/.test(text.slice(subj.end, tokens[from].start))) {
    let p = from;
    while (p < tokens.length && p - from < 5 && !sp.startAt.get(p) && !tokens[p].cap) p++;
    const owned = sp.startAt.get(p);
    if (owned && /^[\p{Ll}\s-]*,?\s*$/u.test(text.slice(tokens[from].start, owned.start))) {
      subj = owned;
      apposed = /,\s*$/.test(text.slice(tokens[from].start, owned.start)); // (a comma closes it before the verb)
    }
  }
  return { subj, apposed };
}

/** How long (characters) an apposition after a name may run; past APPOSITION_SHORT, with no verb of saying in it. */
const APPOSITION_SHORT = 60;
const APPOSITION_LONG = 120;

/** "Mr Smith, 45, said", "Ms Jones, a teacher at the school in the hills, said": the apposition from `at`, with its commas. */
function appositionAfter(text: string, tokens: Token[], at: number): RegExpExecArray | null {
  const m = /^,\s*[^,“”"\n]{1,120},\s*/.exec(text.slice(at, at + APPOSITION_LONG + 4));
  if (!m || m[0].length <= APPOSITION_SHORT + 4) return m;
  // (a long one holds no verb of saying: "Ms Jones, who told the board the plan would fail, said")
  for (let t = tokenAt(tokens, at); t < tokens.length && tokens[t].start < at + m[0].length; t++)
    if (QUOTE_VERBS.has(tokens[t].lower)) return null;
  return m;
}

/** "of the Harbor Fund", "at Acme": a preposition, "the" at most and a name right after offset `at`; where that name ends. */
function employerAfter(c: CueContext, at: number): number | null {
  const { text, tokens, sp } = c;
  const m = /^\s+(?:of|at|from)\s+(?:the\s+)?/.exec(text.slice(at, at + 12));
  if (!m) return null;
  const org = sp.startAt.get(tokenAt(tokens, at + m[0].length));
  return org && org.start === at + m[0].length ? org.end : null;
}

/** cue:after-quote-said — "…,” Mr Smith said", "…,” Ms Jones, a teacher, said", "…,” Thune (R-S.D.) said". */
function nameThenVerb(c: CueContext, at: AfterQuote): SpeechCue | null {
  const { text, tokens } = c;
  const named = nameAfterMark(text, tokens, c.sp, at.k);
  if (!named) return null;
  const { subj, apposed } = named;
  // ("…,” Senate Majority Leader John Thune (R-S.D.) said": past the party-and-state tag)
  const tag = /^\s*\([DRI][-‐][^)]{1,10}\)/.exec(text.slice(subj.end, subj.end + 16));
  // "Mr Smith, 45, said" / "Ms Jones, a teacher, said"
  const apposition = appositionAfter(text, tokens, subj.end);
  // ("…,” Ann Lee of the Harbor Fund wrote": past where they work)
  const where = apposition || tag ? null : employerAfter(c, subj.end);
  const from = apposition ? subj.end + apposition[0].length : tag ? subj.end + tag[0].length : (where ?? subj.end);
  let v = verbFrom(c, from, at.k, apposed);
  // "…,” Ann Lee, 67, a retired nurse in Dayton, Ohio, said": an apposition of several parts
  if (v < 0 && apposition) v = verbAfterParts(c, subj.end, at.k);
  return v < 0 ? null : { verb: verbSpan(tokens, v), subject: subj, position: 'after', rule: 'cue:after-quote-said' };
}

/** The verb of saying at offset `from` (past fillers, joined by spaces and words), else -1. */
function verbFrom(c: CueContext, from: number, k: number, apposed: boolean): number {
  const { text, tokens } = c;
  let v = tokenAt(tokens, from);
  while (v < tokens.length && VERB_FILLERS.has(tokens[v].lower) && v - k < 5) v++;
  return v < tokens.length &&
    QUOTE_VERBS.has(tokens[v].lower) &&
    onlyGap(text, from, tokens[v].start, apposed ? /^,?[\s\p{L}]*$/u : /^[\s\p{L}]*$/u)
    ? v
    : -1;
}

/** How many comma-separated parts an apposition after a name may hold. */
const APPOSITION_PARTS = 4;
/** One part of an apposition: a comma and words up to the next comma. */
const APPOSITION_PART = /^,\s*[^,“”"\n()]{1,60}(?=,)/;

/**
 * The verb of saying after an apposition of two to four parts, each with no verb of saying, the whole
 * within APPOSITION_LONG characters; else -1.
 */
function verbAfterParts(c: CueContext, at: number, k: number): number {
  const { text, tokens } = c;
  let end = at;
  for (let n = 0; n < APPOSITION_PARTS && end - at < APPOSITION_LONG; n++) {
    const m = APPOSITION_PART.exec(text.slice(end, end + 64));
    if (!m) return -1;
    for (let t = tokenAt(tokens, end); t < tokens.length && tokens[t].start < end + m[0].length; t++)
      if (QUOTE_VERBS.has(tokens[t].lower)) return -1;
    end += m[0].length;
    const close = /^,\s*/.exec(text.slice(end, end + 4));
    const v = n > 0 && close ? verbFrom(c, end + close[0].length, k, false) : -1;
    if (v >= 0) return v;
  }
  return -1;
}

/** A run of descriptions and names from token j: its last name, the token after it, and what it held. */
interface TitledRun {
  name: Range | null;
  next: number;
  endsWithName: boolean;
  described: number;
}

/** The last name in a run of descriptions and names from token j (`limit` is the sentence's end). */
function titledRun(text: string, tokens: Token[], sp: Speakers, j: number, limit: number): TitledRun {
  let name: Range | null = null;
  let endsWithName = false;
  let described = 0;
  const from = j;
  while (j < limit && j - from < 12) {
    if (j > from && !joined(text, tokens, j - 1, j)) break;
    const n = sp.startAt.get(j);
    if (n) {
      name = n;
      endsWithName = true;
      const after = tokenAt(tokens, n.end);
      if (after <= j) break;
      j = after;
      continue;
    }
    const t = tokens[j];
    if (describes(t, j === from) || (j > from && LEAD_JOINERS.has(t.lower) && tokens[j + 1]?.cap)) {
      endsWithName = false;
      described++;
      j++;
      continue;
    }
    // ("said former secretary of state Ann Lee": a title's "of" and the word after it)
    if (j > from && t.lower === 'of' && tokens[j - 1].marks & (TITLE_WORD | JOB_WORD) && j + 2 < limit) {
      if (!tokens[j + 1].cap && joined(text, tokens, j, j + 1)) {
        endsWithName = false;
        j += 2;
        continue;
      }
    }
    break;
  }
  return { name, next: j, endsWithName, described };
}

/** Whether token t may stand in a description before a name (`first`: it opens the run). */
const describes = (t: Token, first: boolean) =>
  t.cap || !!(t.marks & (TITLE_WORD | JOB_WORD | TITLE_MODIFIER)) || (first && LEAD_OPENERS.has(t.lower));

/** Whether tokens a and b are joined by spaces only (an abbreviation's full stop aside). */
const joined = (text: string, tokens: Token[], a: number, b: number) =>
  /^\.?\s+$/.test(text.slice(tokens[a].end, tokens[b].start));

/**
 * cue:after-quote-titled — the speaker named after a quotation behind a description of their job:
 * "…,” campaign chairman Ann Lee said", "…,” former FBI agent Tom Gill explained", "…,” said deputy
 * press secretary Ann Lee". The words between the closing mark and the name are all capitalised,
 * titles, jobs or words that widen them (an article may open them); the name ends right before the
 * verb (subject first), or ends the words after the verb (verb first).
 */
function titledAfterQuote(c: CueContext, at: AfterQuote): SpeechCue | null {
  const { text, tokens, sp, sentEnd: limit } = c;
  const k = at.k;
  // verb first: "…,” said campaign chairman Ann Lee."
  let v = k;
  while (v < limit && VERB_FILLERS.has(tokens[v].lower) && v - k < 2) v++;
  if (v < limit && QUOTE_VERBS.has(tokens[v].lower) && v + 1 < limit && joined(text, tokens, v, v + 1)) {
    const r = titledRun(text, tokens, sp, v + 1, limit);
    // (the run ends the clause: at the sentence's end, a comma, or a preposition naming where they work)
    const stop =
      r.next >= limit ||
      /^\s*[,.;(]/.test(text.slice(tokens[r.next - 1].end, tokens[r.next].start + 1)) ||
      /^(?:of|at|from|for|with|in|on|who)$/.test(tokens[r.next].lower);
    if (r.name && r.endsWithName && stop && r.described > 0)
      return { verb: verbSpan(tokens, v), subject: r.name, position: 'after', rule: 'cue:after-quote-titled' };
    return null;
  }
  // subject first: "…,” campaign chairman Ann Lee said." (past where they come from: "…,” former Gov.
  // Ann Lee of Ohio said")
  const r = titledRun(text, tokens, sp, k, limit);
  if (!r.name || !r.endsWithName || !r.described || r.next >= limit) return null;
  const where = employerAfter(c, r.name.end);
  let w = where === null ? r.next : tokenAt(tokens, where);
  while (w < limit && VERB_FILLERS.has(tokens[w].lower) && w - r.next < 3) w++;
  if (w < limit && QUOTE_VERBS.has(tokens[w].lower) && /^\s+$/.test(text.slice(tokens[w - 1].end, tokens[w].start))) {
    return { verb: verbSpan(tokens, w), subject: r.name, position: 'after', rule: 'cue:after-quote-titled' };
  }
  return null;
}

/** Whether token t is one word in lower case, no pronoun nor determiner, right before a mark that ends a clause ("next."). */
function closesClauseAlone(text: string, tokens: Token[], t: number): boolean {
  const w = tokens[t];
  if (!w || w.cap || PRONOUNS.has(w.lower) || NAME_DETERMINERS.has(w.lower) || !/^\p{Ll}+$/u.test(w.text)) return false;
  const next = tokens[t + 1];
  return !next || /^[.!?;,]/.test(text.slice(w.end, next.end).trimStart());
}

/** cue:after-quote-said-x — "…,” said Mr Smith", "…,” he said" read verb first (the name after it, if any). */
function verbThenName(c: CueContext, at: AfterQuote): SpeechCue | null {
  const { text, tokens, sp } = c;
  let v = at.k;
  while (v < tokens.length && VERB_FILLERS.has(tokens[v].lower) && v - at.k < 2) v++;
  if (v < tokens.length && QUOTE_VERBS.has(tokens[v].lower) && !/[.!?]/.test(text.slice(at.shut, tokens[v].start))) {
    const s = sp.startAt.get(v + 1) ?? null;
    // ("…”, spoke next.": one word in lower case that ends the clause is no speaker, and no description of one)
    if (!s && closesClauseAlone(text, tokens, v + 1)) return null;
    return { verb: verbSpan(tokens, v), subject: s, position: 'after', rule: 'cue:after-quote-said-x' };
  }
  return null;
}

/**
 * cue:after-quote-job — "…,” Acme organizing director Ann Lee told", "…,” screenwriter Tom Hale wrote":
 * up to six words joined by spaces (no clause word: "but", "when", "who") and then a name, right
 * before a verb of saying; the jobs and titles the word lists do not hold.
 */
function runThenName(c: CueContext, at: AfterQuote): SpeechCue | null {
  const { text, tokens, sp, sentEnd: limit } = c;
  const k = at.k;
  for (let j = k; j < limit && j - k <= DESCRIBED_WORDS; j++) {
    if (j > k && !joined(text, tokens, j - 1, j)) return null;
    const n = sp.startAt.get(j);
    if (n && j > k) {
      const w = tokenAt(tokens, n.end);
      if (w < limit && QUOTE_VERBS.has(tokens[w].lower) && /^[ \u00a0]+$/.test(text.slice(n.end, tokens[w].start)))
        return { verb: verbSpan(tokens, w), subject: n, position: 'after', rule: 'cue:after-quote-job' };
    }
    const lower = tokens[j].lower;
    if (PHRASE_ENDS.has(lower) || QUOTE_VERBS.has(lower) || VERB_FILLERS.has(lower)) return null;
  }
  return null;
}

/** How far (characters) the end of a sentence is looked for after a closing mark. */
const SENTENCE_AFTER_MAX = 400;
/** A full stop, question or exclamation mark before a space (or closing marks and a space), or a line's end. */
const SENTENCE_END = /[.!?](?=["”’']*(?:\s|$))|\n/g;

/** Where the sentence that holds offset `from` ends (a bounded look ahead). */
function sentenceEndAfter(text: string, from: number): number {
  // (read in a window of its own: a search through the rest of a long text for each quote was quadratic)
  const window = text.slice(from, from + SENTENCE_AFTER_MAX + 8);
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m && m.index <= SENTENCE_AFTER_MAX; m = SENTENCE_END.exec(window)) {
    const at = from + m.index;
    // (not the dot of a title or an initial: "said Sen. Ann Lee", "J. Smith")
    if (text[at] !== '.' || !abbreviated(text.slice(Math.max(0, at - 5), at))) return at;
  }
  return Math.min(text.length, from + SENTENCE_AFTER_MAX);
}
/** A capitalised word of up to four letters before a dot ("Sen", "Mr", "J"): an abbreviation. */
const ABBREVIATED = /(?:^|[\s(])\p{Lu}\p{Ll}{0,3}$/u;
/**
 * ABBREVIATED's test, run only where its plain shape is: after a space, a bracket or the start, a first
 * character no small ASCII letter or digit, then up to seven that are no ASCII capital or digit.
 */
export const abbreviated = (s: string): boolean =>
  /(?:^|[\s(])[^a-z\d\s(][^A-Z\d\s(]{0,7}$/.test(s) && ABBREVIATED.test(s);

/**
 * cue:after-quote-alone — "“… are missing.” Trump said.": after a quotation closed by a full stop, a
 * sentence of nothing but a name (or a pronoun) and a verb of saying, a day at most after it, can
 * report nothing else: it is the quotation's cue.
 */
function saidAlone(c: CueContext, shut: number, k: number): SpeechCue | null {
  const { text, tokens } = c;
  if (!onlyGap(text, shut, tokens[k].start, /^[ \u00a0]+$/)) return null;
  const end = sentenceEndAfter(text, tokens[k].start);
  if (end - tokens[k].start > 80 || text[end] !== '.') return null;
  const limit = tokenAt(tokens, end);
  const cue = nameThenVerb({ ...c, sentEnd: limit }, { shut, k });
  if (!cue) return null;
  // (the verb ends the sentence, or a day does: "Trump said Monday.")
  let w = tokenAt(tokens, cue.verb.end);
  if (w < limit && TIMES_AFTER_VERB.includes(tokens[w].lower)) w++;
  return w === limit ? { ...cue, rule: 'cue:after-quote-alone' } : null;
}

/** The rules of a cue after the closing mark, in the order they are tried. */
const AFTER_QUOTE_RULES: readonly {
  id:
    | 'cue:after-quote-said'
    | 'cue:after-quote-titled'
    | 'cue:after-quote-said-x'
    | 'cue:after-quote-job'
    | 'cue:after-quote-described'
    | 'cue:after-quote-name-run'
    | 'cue:after-quote-long-apposition';
  find: (c: CueContext, at: AfterQuote) => SpeechCue | null;
}[] = [
  { id: 'cue:after-quote-said', find: nameThenVerb },
  // (a job or title between the quote and the name: "…,” said campaign chairman Ann Lee")
  { id: 'cue:after-quote-titled', find: titledAfterQuote },
  { id: 'cue:after-quote-said-x', find: verbThenName },
  { id: 'cue:after-quote-job', find: runThenName },
  { id: 'cue:after-quote-described', find: describedThenVerb },
  // (a possessive, a hyphen, a comma or a party tag among the words before the name: cue-after-run.ts)
  { id: 'cue:after-quote-name-run', find: nameRunThenVerb },
  // (a comma and a long description, a party tag or a relative clause before the verb: cue-after-apposed.ts)
  { id: 'cue:after-quote-long-apposition', find: nameApposedThenVerb },
];

/**
 * Pass: a cue right after the closing mark: "…,” he said" / "…,” said Mr Smith"; not after a full stop
 * that ends the quote's sentence ("…countries.” The report also said …" starts another one).
 */
export function cueAfterQuote(c: CueContext): SpeechCue | null {
  const { text, tokens, q } = c;
  if (q.close === null) return null;
  const shut = q.close + (text[q.close] === "'" && text[q.close + 1] === "'" ? 2 : 1);
  const k = tokenAt(tokens, shut);
  const ended = text[q.close - 1] === '.' && k < tokens.length && tokens[k].start >= c.sentence.end;
  // ("…missing.” Trump said.": a sentence of nothing but its subject and verb says whose the words are)
  if (ended && isOn('cue:after-quote-alone')) return saidAlone(c, shut, k);
  if (!(k < tokens.length && !ended && onlyGap(text, shut, tokens[k].start, /^[ \u00a0,—–-]*$/))) return null;
  const at: AfterQuote = { shut, k };
  // (a quote of several sentences: the words after it end with the sentence its closing mark is in)
  const after = q.close > c.sentence.end ? { ...c, sentEnd: tokenAt(tokens, sentenceEndAfter(text, shut)) } : c;
  for (const rule of AFTER_QUOTE_RULES) {
    if (!isOn(rule.id)) continue;
    const cue = rule.find(after, at);
    if (cue) return cue;
  }
  return null;
}
