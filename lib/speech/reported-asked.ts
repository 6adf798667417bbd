import type { Range, ReportedSpan } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { splitLength } from '../text/chars';
import { QUESTION_OPENERS, SUBORDINATORS } from '../words';
import type { ReportedContext } from './reported';
import { contentEnd } from './reported-content';
import { subjectBefore } from './subjects';
import { describedBefore } from './reported-described';
import { isOn } from '../engine/rules/switched-off';
import { negatedBefore, nounUse, PASSIVE_BEFORE, WRITER } from './verbs';

/**
 * reported:asked — "Ann Lee asked the minister whether the plan was legal", "the group asked the court
 * to block the sale": the question or request is the subject's reported words.
 */

/** How many tokens the one asked may take: "asked the court", "asked Democratic leaders in Congress". */
const LISTENER_REACH = 5;

/** The reported span of the verb of asking at v, or null. */
export function askedAt(c: ReportedContext, v: number): ReportedSpan | null {
  const { text, tokens, sp, sentence, first, last } = c;
  const t = tokens[v];
  if (nounUse(text, tokens, v) || PASSIVE_BEFORE.has(tokens[v - 1]?.lower ?? '')) return null;
  const subj =
    subjectBefore(tokens, sp, v, first, text) ??
    (isOn('reported:described-subject') ? describedBefore(text, tokens, v, first) : null);
  if (!subj || subj.bare || WRITER.test(text.slice(subj.range.start, subj.range.end))) return null;
  if (negatedBefore(tokens, v, tokenAt(tokens, subj.range.end))) return null;
  // (a quotation or a colon after the verb: a quote, found as one)
  if (/[:“”"‘,]/.test(text.slice(t.end, tokens[v + 1]?.start ?? t.end))) return null;
  // the one asked (a name, a pronoun, a few words), then the question
  let w = v + 1;
  const listener = sp.startAt.get(w);
  if (listener) w = tokenAt(tokens, listener.end);
  let q = -1;
  let rule: 'reported:asked' | 'reported:asked-object' = 'reported:asked';
  for (let k = w; k < Math.min(last, w + LISTENER_REACH); k++) {
    if (QUESTION_OPENERS.has(tokens[k].lower)) {
      q = k;
      break;
    }
    // "asked for a recount", "asked the court for …", "asked her about …": what was asked for or about
    // (only "ask" itself, as lower case: "questioned X's claims about …", a headline's "Got Asked About")
    // (and not after a comma: "X, asked about …, said" was asked)
    if (
      ASKED_OBJECT.test(tokens[k].lower) &&
      /^ask/.test(t.text) &&
      !/,\s*$/.test(text.slice(tokens[v - 1].end, t.start))
    ) {
      if (k + 1 < last && !ABOUT_PRONOUN.test(tokens[k + 1].lower) && isOn('reported:asked-object')) {
        q = k + 1;
        rule = 'reported:asked-object';
      }
      break;
    }
    if (/[,;:“”"]/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end))) break;
  }
  // "asked to …" names no one asked: the subject was asked (or wants to be)
  if (q < 0 || (tokens[q].lower === 'to' && q === v + 1)) return null;
  const start = tokens[q].start;
  let end = contentEnd(text, sentence.end, start);
  // (what was asked for or about is a noun's words: they end at a comma, "asked for proof, and …")
  if (rule === 'reported:asked-object') {
    const comma = text.indexOf(',', start);
    if (comma >= 0 && comma < end) end = comma;
  }
  if (splitLength(text, start, end, 3) < 3) return null;
  return {
    start,
    end,
    cue: { start: t.start, end: t.end },
    subject: subj.range,
    sentence: c.si,
    rule,
  };
}

/** The prepositions after "asked" (or the one asked) that open what was asked for or about. */
const ASKED_OBJECT = /^(?:for|about)$/;

/** Words before a passive "asked" that make its clause: "when asked whether …", "Lee was asked if …", "if asked". */
const passiveOpener = (w: string) => SUBORDINATORS.has(w) || /^(?:is|are|was|were|been|being|if)$/.test(w);
/** Pronouns after "asked about" that say nothing of the question. */
const ABOUT_PRONOUN = /^(?:it|this|that|them|him|her|these|those)$/;
/** How many tokens may stand between "asked" (or the asker) and the question: "asked on Monday during a debate whether". */
const QUESTION_REACH = 6;

/** Where the question starts after `from` ("whether …", "about …": after it), and the asker "by X" if named; null when none. */
function questionAfter(c: ReportedContext, from: number): { q: number; asker: Range | null } | null {
  const { text, tokens, sp, last } = c;
  let w = from;
  let asker: Range | null = null;
  if (tokens[w]?.lower === 'by') {
    asker = sp.startAt.get(w + 1) ?? null;
    if (!asker) return null;
    w = tokenAt(tokens, asker.end);
  }
  for (let k = w; k < Math.min(last, w + QUESTION_REACH); k++) {
    const lower = tokens[k].lower;
    // ("asked about it", "about this": a pronoun says nothing of the question)
    if (lower === 'about') return k + 1 < last && !ABOUT_PRONOUN.test(tokens[k + 1].lower) ? { q: k + 1, asker } : null;
    // ("asked to …" is a request only from the one named asking)
    if (QUESTION_OPENERS.has(lower) && (lower !== 'to' || asker) && lower !== 'when') return { q: k, asker };
    if (/[,;:“”"(]/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end))) return null;
  }
  return null;
}

/**
 * reported:asked-passive — the question put to someone: "Asked whether he would run, Lee said …",
 * "Lee was asked about the plan", "…, she said when asked if she would stay". The question is the
 * words; its asker, where "by X" names one, the speaker.
 */
export function askedPassiveAt(c: ReportedContext, v: number): ReportedSpan | null {
  const { text, tokens, sentence, first } = c;
  const t = tokens[v];
  if (t.lower !== 'asked') return null;
  // (the clause opens the sentence, or a clause after "and" or a comma: "…, and when asked whether …, he said")
  const opens =
    v === first ||
    (tokens[v - 1].lower === 'when' &&
      (v - 1 === first ||
        /^(?:and|but)$/.test(tokens[v - 2].lower) ||
        /,\s*$/.test(text.slice(tokens[v - 2].end, tokens[v - 1].start))));
  if (!opens && !(v > first && passiveOpener(tokens[v - 1].lower))) return null;
  if (/[,;:“”"]/.test(text.slice(t.end, tokens[v + 1]?.start ?? t.end))) return null;
  const found = questionAfter(c, v + 1);
  if (!found) return null;
  const start = tokens[found.q].start;
  let end = contentEnd(text, sentence.end, start);
  // "Asked whether he would run, Lee said …": the question ends at the comma before the main clause
  // (not one that opens a clause of its own: ", which …")
  if (opens) {
    let comma = text.indexOf(',', start);
    while (comma >= 0 && comma < end && /^,\s*(?:which|who|whose|where)\b/.test(text.slice(comma, comma + 8)))
      comma = text.indexOf(',', comma + 1);
    if (comma < 0 || comma >= end) return null;
    end = comma;
  }
  if (/[“”"]/.test(text.slice(start, end)) || splitLength(text, start, end, 2) < 2) return null;
  return {
    start,
    end,
    cue: { start: t.start, end: t.end },
    subject: found.asker ?? { start: t.start, end: t.start },
    sentence: c.si,
    rule: 'reported:asked-passive',
  };
}
