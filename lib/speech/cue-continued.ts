import type { SpeechCue } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { CLAUSE_AFTER_CUE_WORDS, QUOTE_VERBS } from '../words';
import { isOn } from '../engine/rules/switched-off';
import type { CueContext } from './cues';
import { cueAfterQuote } from './cue-after';

/**
 * cue:continues-quote — a quotation cut by its cue and taken up again after it: “The key was the
 * timing,” Ann Lee said, “because we had the votes.” The second part is the same quote, not a phrase
 * of its own: it takes the first part's cue and speaker. The first part ends with a comma inside its
 * marks; between its closing mark and the second's opening mark stand only its cue after the quote,
 * a few words in no clause of their own ("said on Tuesday") and a comma; all in one paragraph.
 */

/** How far (characters) back from the second part's opening mark the first part's closing mark may be. */
const GAP_MAX = 160;
/** The longest first part (characters) looked for: its opening mark is not searched for further back. */
const PART_MAX = 3000;
/** What may follow the cue before the comma: up to four words, no comma ("on Tuesday", "in a statement"). */
const AFTER_CUE = /^(?:\s+[\p{L}\d.’'-]+){0,4}$/u;
/** Words after the cue that open a clause of its own ("said, adding …", "said as …"): a new claim, not the quote taken up again. */
const CLAUSE_WORDS = /* @__PURE__ */ new Set(CLAUSE_AFTER_CUE_WORDS);

/**
 * The first part's opening and closing marks, where the text before `before` (a comma) ends a cue
 * after it; the opening mark is looked for back to `from` only (the sentence's start, at most PART_MAX
 * characters back: a page of closing marks and no opening one costs no walk to its start per quote).
 */
function firstPart(text: string, before: number, sentenceStart: number): { open: number; close: number } | null {
  const from = Math.max(0, before - GAP_MAX);
  const gap = text.slice(from, before);
  const shut = Math.max(gap.lastIndexOf('”'), gap.lastIndexOf('"'));
  if (shut < 1 || /[\n“]/.test(gap.slice(shut + 1))) return null;
  const close = from + shut;
  if (text[close - 1] !== ',') return null;
  const opener = text[close] === '”' ? '“' : '"';
  const floor = Math.max(sentenceStart, close - PART_MAX);
  let open = close - 1;
  while (open >= floor && text[open] !== opener) open--;
  if (open < floor || text.slice(open + 1, close).includes('\n')) return null;
  return { open, close };
}

/** The cue of the quotation this one takes up again, as its own (rule cue:continues-quote); else null. */
export function cueContinuedQuote(c: CueContext): SpeechCue | null {
  const { text, tokens, q } = c;
  if (q.mark !== 'double' || !isOn('cue:continues-quote')) return null;
  let before = q.open - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  if (text[before] !== ',') return null;
  const part = firstPart(text, before, c.sentence.start);
  if (!part) return null;
  const first = { ...q, open: part.open, close: part.close, start: part.open + 1, end: part.close - 1 };
  const cue = cueAfterQuote({ ...c, q: first });
  // (a described speaker is read by its own rule in the claim pass: left to the cue before the mark)
  if (!cue || cue.rule === 'cue:after-quote-described') return null;
  const end = Math.max(cue.verb.end, cue.subject?.end ?? 0);
  const rest = text.slice(end, before);
  if (end > before || !AFTER_CUE.test(rest)) return null;
  for (let t = tokenAt(tokens, end); t < tokens.length && tokens[t].start < before; t++)
    if (CLAUSE_WORDS.has(tokens[t].lower) || QUOTE_VERBS.has(tokens[t].lower)) return null;
  return { ...cue, rule: 'cue:continues-quote' };
}
