import type { Range, SpeechCue } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { datelineAt } from '../text/ascii';
import {
  NAMING_OBJECT_VERBS,
  NAMING_VERBS,
  PARTICIPLE_CUES,
  PHRASE_ENDS,
  PRONOUNS,
  QUOTE_VERBS,
  SUBORDINATORS,
  VERB_FILLERS,
} from '../words';
import { isOn } from '../engine/rules/switched-off';
import type { CueContext } from './cues';
import { headOfChain, subjectBefore } from './subjects';
import { accordingToBefore, passiveBy } from './cue-before-according';

export { cueAccordingLater, cuePassiveByLater, passiveBy } from './cue-before-according';
import { CUE_WINDOW, JOB_WORD, MODAL_BEFORE, nounUse, PASSIVE_BEFORE, TITLE_WORD, verbSpan } from './verbs';

/**
 * Cues before a quotation's opening mark: a colon or comma right before it ("the spokesperson told
 * reporters: “…"), and a verb of saying earlier in the sentence ("Mr Obama said it was “distressing”",
 * "according to X, …", "…, calling it “…”"); and "by X" right after it ("“heartbreaking” by the
 * department").
 */

/** The colon (or comma) right before a quotation's opening mark, and the last token before it. */
interface Colon {
  before: number;
  end: number;
}

/** cue:colon — a verb of saying in the dozen words before the colon or comma, with its subject. */
function verbBeforeColon(c: CueContext, { before, end }: Colon): SpeechCue | null {
  const { text, tokens, sp } = c;
  // (a colon ending the sentence before, "… the agency said:\n“…": the verb is read back into that sentence,
  // never past its start: "“…,” Lee stated.\nCole gloated: “…”" is not Lee's)
  const colonBefore = text[before] === ':' && before < c.sentence.start && c.prevSentence;
  const floor = colonBefore ? Math.max(tokenAt(tokens, c.prevSentence!.start), end - 12) : c.sentFirst;
  for (let v = end; v >= floor && end - v < 12; v--) {
    // "…, telling reporters: “…", "…, asking, “…": the main clause's subject, as cue:participle reads it
    const participle = isOn('cue:participle') ? participleRule(c, v) : null;
    if (participle) return { ...participleCue(c, v, floor), position: 'colon', rule: participle };
    if (!QUOTE_VERBS.has(tokens[v].lower)) continue;
    const s = subjectBefore(tokens, sp, v, floor, text, true);
    if (s) return { verb: verbSpan(tokens, v), subject: s.range, position: 'colon', rule: 'cue:colon' };
    const after = sp.startAt.get(v + 1);
    if (after && after.end <= tokens[end].end)
      return { verb: verbSpan(tokens, v), subject: after, position: 'colon', rule: 'cue:colon' };
  }
  return null;
}

/** cue:colon-name — a name right before the colon: "Mr Smith: “…”". */
function nameBeforeColon(c: CueContext, { before, end }: Colon): SpeechCue | null {
  if (c.text[before] !== ':' || end < 0) return null;
  const r = c.sp.endAt.get(end);
  // ("Lee delivered a message to Trump: “…”": a name after a word in lower case is the clause's object, no label)
  const k = r ? tokenAt(c.tokens, r.start) - 1 : -1;
  if (
    r &&
    k >= c.sentFirst &&
    /^\p{Ll}+$/u.test(c.tokens[k].text) &&
    /^\s+$/.test(c.text.slice(c.tokens[k].end, r.start))
  )
    return null;
  return r ? { verb: { start: before, end: before + 1 }, subject: r, position: 'colon', rule: 'cue:colon-name' } : null;
}

/** The rules of a cue before a colon, in the order they are tried. */
const COLON_RULES: readonly {
  id: 'cue:colon' | 'cue:colon-name';
  find: (c: CueContext, colon: Colon) => SpeechCue | null;
}[] = [
  { id: 'cue:colon', find: verbBeforeColon },
  { id: 'cue:colon-name', find: nameBeforeColon },
];

/** Pass: a colon (or comma) before the opening mark: "the spokesperson told reporters today: “…". */
export function cueColonBefore(c: CueContext): SpeechCue | null {
  const { text, tokens, q } = c;
  let before = q.open - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  if (text[before] !== ':' && text[before] !== ',') return null;
  const colon: Colon = { before, end: tokenAt(tokens, before) - 1 };
  for (const rule of COLON_RULES) {
    if (!isOn(rule.id)) continue;
    const cue = rule.find(c, colon);
    if (cue) return cue;
  }
  return null;
}

/**
 * cue:participle — "…, calling it “blatantly unconstitutional”", "…, saying it was “a betrayal”": the
 * main clause's subject. The subject of the verb of saying before it ("X, the Conservative leader,
 * said …, calling it “…”"), else the one that opens the clause (after an article at most: else the
 * sentence gives no speaker).
 */
function participleCue(c: CueContext, v: number, floor: number): SpeechCue {
  const { text, tokens, sp, sentence, sentFirst } = c;
  const t = tokens[v];
  let subject: Range | null = null;
  for (let u = v - 1; u > sentFirst && u >= floor && !subject; u--) {
    if (!QUOTE_VERBS.has(tokens[u].lower) || nounUse(text, tokens, u)) continue;
    const s = subjectBefore(tokens, sp, u, sentFirst, text);
    if (s && !s.bare) subject = s.range;
    break;
  }
  subject ??= openingSubject(c, v);
  return { verb: verbSpan(tokens, v), subject, position: 'before', rule: 'cue:participle' };
}

/**
 * The name or pronoun that opens the sentence's main clause, before token v (after an article at
 * most; past a wire dateline, "SEATTLE (AP) — A federal judge …"; past an opening phrase and its
 * comma, "On Friday, Mr. Carson endorsed him, calling …"); null for none.
 */
function openingSubject(c: CueContext, v: number): Range | null {
  const { text, tokens, sp, sentence, sentFirst } = c;
  const dateline = datelineAt(text.slice(sentence.start, tokens[v].start));
  const opens = dateline ? tokenAt(tokens, sentence.start + dateline[0].length) : sentFirst;
  let first: Range | null = null;
  for (let j = opens; j < v && j <= opens + 1 && !first; j++) first = sp.startAt.get(j) ?? null;
  // ("Speaking to reporters, Lee …": a participle opening the sentence is no name)
  if (first && /^\p{Lu}\p{Ll}+ing$/u.test(text.slice(first.start, first.end))) first = null;
  // past an opening phrase and its comma: "On Friday, Mr. Carson endorsed him, calling …", and "Hours
  // later, Trump …" (a capitalised word a word or two before the comma opens no clause)
  const clause = clauseAfterOpening(c, opens, v);
  let after: Range | null = null;
  if (clause >= 0 && (!first || clause - tokenAt(tokens, first.end) <= 1))
    for (let j = clause; j < v && j <= clause + 1 && !after; j++) after = sp.startAt.get(j) ?? null;
  const subject = after ?? first ?? describedOpening(c, opens, v);
  return subject && personAfterJob(c, subject, v);
}

/** How many words may follow the article of a description that opens a sentence. */
const OPENING_DESCRIPTION_WORDS = 3;

/**
 * "The conservative publication has been outspoken …, arguing “…”": "the" and up to three words in
 * lower case opening the sentence, up to an auxiliary or a verb of saying (the clause's verb).
 */
function describedOpening(c: CueContext, opens: number, v: number): Range | null {
  const { text, tokens } = c;
  if (opens >= v || tokens[opens].lower !== 'the') return null;
  for (let j = opens + 1; j < v && j - opens <= OPENING_DESCRIPTION_WORDS + 1; j++) {
    if (!/^[ \u00a0]+$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return null;
    const w = tokens[j].lower;
    if (j > opens + 1 && (VERB_FILLERS.has(w) || QUOTE_VERBS.has(w)))
      return { start: tokens[opens].start, end: tokens[j - 1].end };
    if (tokens[j].cap || !/^\p{Ll}[\p{L}-]*$/u.test(w) || PHRASE_ENDS.has(w)) return null;
  }
  return null;
}

/**
 * "Band member Flea shared …", "Cleveland Police Chief Calvin Moss lobbied …": past a name and the
 * job after it (in lower case, or a capitalised title), the person named next.
 */
function personAfterJob(c: CueContext, r: Range, v: number): Range {
  const { tokens, sp, text } = c;
  let j = tokenAt(tokens, r.end);
  const from = j;
  // (a capitalised title may open the person's own name: "Chief Calvin Moss")
  let next: Range | undefined;
  while (j < v && j - from < 2 && tokens[j].marks & (tokens[j].cap ? TITLE_WORD : JOB_WORD | TITLE_WORD)) {
    next = tokens[j].cap ? sp.startAt.get(j) : undefined;
    if (next) break;
    j++;
  }
  next ??= j > from && j < v ? sp.startAt.get(j) : undefined;
  return next && /^\s+$/.test(text.slice(r.end, tokens[from].start)) ? next : r;
}

/** How many tokens a phrase opening a sentence may hold before its comma ("In an interview on Sunday,"). */
const OPENING_MAX = 10;

/**
 * The first token of the main clause after a short opening phrase and its comma ("On Friday, …",
 * "In an interview with CNN, …"), before token v; -1 for none.
 */
function clauseAfterOpening(c: CueContext, opens: number, v: number): number {
  const { text, tokens } = c;
  for (let j = opens + 1; j < v - 1 && j - opens <= OPENING_MAX; j++) {
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    if (/[;:“”"(]/.test(gap)) return -1;
    if (/,/.test(gap)) return j;
  }
  return -1;
}

/**
 * The rule by which token v is a participle of saying: after a comma ("…, calling it": cue:participle),
 * or right after a noun in lower case ("sent a text message to supporters saying: “…”": the supporters
 * are no subject; not "is saying", "were telling", the clause's own verb: cue:participle-after-noun);
 * null for none.
 */
function participleRule(c: CueContext, v: number): 'cue:participle' | 'cue:participle-after-noun' | null {
  const { tokens, text } = c;
  if (!PARTICIPLE_CUES.has(tokens[v].lower) || v <= c.sentFirst) return null;
  const gap = text.slice(tokens[v - 1].end, tokens[v].start);
  if (/,\s*$/.test(gap)) return 'cue:participle';
  const before = tokens[v - 1];
  return /^\s+$/.test(gap) &&
    !before.cap &&
    /^\p{Ll}+$/u.test(before.lower) &&
    !VERB_FILLERS.has(before.lower) &&
    !PASSIVE_BEFORE.has(before.lower) &&
    !PRONOUNS.has(before.lower) &&
    isOn('cue:participle-after-noun')
    ? 'cue:participle-after-noun'
    : null;
}

/**
 * cue:before-quote / cue:modal-verb — the verb of saying at v, earlier in the sentence, with its
 * subject before it or right after it; 'passive' for "was described as “…”" (cue:passive-by when "by X"
 * follows the quote).
 */
function verbBefore(
  c: CueContext,
  v: number,
  rule: 'cue:before-quote' | 'cue:modal-verb',
): SpeechCue | null | 'passive' {
  const { text, tokens, sp, q, sentFirst } = c;
  if (v > sentFirst && PASSIVE_BEFORE.has(tokens[v - 1].lower) && !/^(?:has|have|had)$/.test(tokens[v - 1].lower)) {
    // "was described as “…” by the department"
    const by = isOn('cue:passive-by') ? passiveBy(c) : null;
    return by ? { verb: verbSpan(tokens, v), subject: by, position: 'by', rule: 'cue:passive-by' } : 'passive';
  }
  if (!isOn(rule)) return null;
  const s = subjectBefore(tokens, sp, v, sentFirst, text, true);
  if (s) return { verb: verbSpan(tokens, v), subject: s.bare ? null : s.range, position: 'before', rule };
  const relative = relativeName(c, v);
  if (relative)
    return { verb: verbSpan(tokens, v), subject: relative, position: 'before', rule: 'cue:before-quote-who' };
  // ("called Hale “a psychopath”", "described Hale as “…”": the name after a verb of naming is its object)
  const inv = NAMING_OBJECT_VERBS.has(tokens[v].lower) ? undefined : sp.startAt.get(v + 1);
  return inv && inv.end <= q.open ? { verb: verbSpan(tokens, v), subject: inv, position: 'before', rule } : null;
}

/**
 * "Trump, who has called the pact “insanity,”", "Lee, who says it is “disastrous”": the name right before
 * the relative "who" before the verb at v (past fillers) is the subject; null for none.
 */
function relativeName(c: CueContext, v: number): Range | null {
  const { text, tokens, sp, sentFirst } = c;
  let k = v - 1;
  while (k > sentFirst && VERB_FILLERS.has(tokens[k].lower) && v - k <= 3) k--;
  if (k - 1 < sentFirst || tokens[k].lower !== 'who' || !isOn('cue:before-quote-who')) return null;
  const name = sp.endAt.get(k - 1);
  // ("Sen. Ann Lee of Florida, who said …": the person, not the place)
  return name && /^\s*,?\s*$/.test(text.slice(name.end, tokens[k].start)) && !PRONOUNS.has(tokens[k - 1].lower)
    ? headOfChain(tokens, sp, name, sentFirst)
    : null;
}

/**
 * Pass: a verb of saying earlier in the sentence: "Mr Obama said it was “distressing”". Read back from
 * the opening mark, within CUE_WINDOW tokens (a sentence that never ends, full of quotes, was read back
 * to its start for each of them). "Peskov said Putin and Trump could speak “in the coming days”": a
 * verb after a modal ("could speak", "would speak") only when no other verb before it gives the words
 * a speaker.
 */
export function cueEarlier(c: CueContext): SpeechCue | null {
  const { text, tokens, sentFirst } = c;
  const openTok = tokenAt(tokens, c.q.open);
  let modal = -1;
  const floor = Math.max(sentFirst, openTok - CUE_WINDOW);
  for (let v = openTok - 1; v >= floor; v--) {
    if (isOn('cue:according-to')) {
      const according = accordingToBefore(c, v);
      if (according) return according;
    }
    const participle = isOn('cue:participle') ? participleRule(c, v) : null;
    if (participle) return { ...participleCue(c, v, floor), rule: participle };
    if (!QUOTE_VERBS.has(tokens[v].lower) || nounUse(text, tokens, v)) continue;
    if (v > sentFirst && MODAL_BEFORE.has(tokens[v - 1].lower)) {
      if (modal < 0) modal = v;
      continue;
    }
    const cue = verbBefore(c, v, 'cue:before-quote');
    if (cue && cue !== 'passive') return cue;
  }
  if (modal >= 0) {
    const cue = verbBefore(c, modal, 'cue:modal-verb');
    if (cue && cue !== 'passive') return cue;
  }
  return null;
}

/** How many tokens before the opening mark a verb of saying with no subject found may stand. */
const VERB_ONLY_WINDOW = 8;

/**
 * Pass (last): a verb of saying close before the opening mark whose subject no rule found ("One ad,
 * which is airing now, argues that “…”"): the cue with no subject, so the words stay a quotation and
 * the claim pass looks for its speaker.
 */
export function cueVerbOnly(c: CueContext): SpeechCue | null {
  const { text, tokens, sentFirst } = c;
  if (!isOn('cue:verb-before-quote')) return null;
  const openTok = tokenAt(tokens, c.q.open);
  for (let v = openTok - 1; v >= sentFirst && openTok - v <= VERB_ONLY_WINDOW; v--) {
    if (!QUOTE_VERBS.has(tokens[v].lower) || nounUse(text, tokens, v)) continue;
    // ("a show called “Brokers”": a name right after the verb, no words said; "called it “…”" still is)
    if (NAMING_VERBS.has(tokens[v].lower) && openTok - v === 1) return null;
    if (v > sentFirst && PASSIVE_BEFORE.has(tokens[v - 1].lower) && !/^(?:has|have|had)$/.test(tokens[v - 1].lower))
      return null;
    // (the subject that opens the sentence: "She greeted the crowd and told them that “…”")
    return {
      verb: verbSpan(tokens, v),
      subject: openingSubject(c, v),
      position: 'before',
      rule: 'cue:verb-before-quote',
    };
  }
  return null;
}

/**
 * Pass (cue:colon-subject): a colon (or a comma after a word in lower case) right before a quotation
 * that is a sentence of its own, where no verb of saying gave it a cue ("Rubio turned to the crowd: “…”",
 * "Lee was blunt, “…”", "The board was blunt in its ruling: “…”"): the person or body that opens the
 * sentence introduces the words; not the one after a subordinator ("After Lee spoke, …").
 */
export function cueColonSubject(c: CueContext): SpeechCue | null {
  const { text, tokens, q, sentence, sentFirst } = c;
  if (!isOn('cue:colon-subject')) return null;
  let before = q.open - 1;
  while (before >= sentence.start && /\s/.test(text[before])) before--;
  if (before <= sentence.start || (text[before] !== ':' && text[before] !== ',')) return null;
  if (!/^\p{Lu}/u.test(text.slice(q.start, q.start + 1))) return null;
  const last = tokenAt(tokens, before) - 1;
  if (last <= sentFirst || (text[before] === ',' && !/^\p{Ll}+$/u.test(tokens[last].text))) return null;
  if (SUBORDINATORS.has(tokens[sentFirst].lower)) return null;
  const subject = openingSubject(c, last + 1);
  return subject
    ? { verb: { start: before, end: before + 1 }, subject, position: 'colon', rule: 'cue:colon-subject' }
    : null;
}
