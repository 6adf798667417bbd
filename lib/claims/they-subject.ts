import type { ActorDraft } from '../actors/actors';
import { isOn } from '../engine/rules';
import type { Range } from '../engine/findings';
import {
  NOT_SUBJECT_HEADS,
  SPEAKING_PLURAL_ENDINGS,
  SPEAKING_PLURALS,
  SUBJECT_DETERMINERS,
  SUBJECT_QUANTIFIERS,
} from '../words';
import { describedActor } from './described-actor';
import { lastBefore, paragraphOf, sentenceOf, type ClaimState } from './state';

/** The rule that lets "they" stand for the plural subject of its sentence or one close before. */
export const THEY_SUBJECT = 'speaker:they-plural-subject';

/** How many sentences back (the pronoun's own counted) a plural subject is looked for. */
const SENTENCES_BACK = 2;
/** How many sentences opening with "they" are followed back. */
const CHAIN_MAX = 3;
/** Words that open a sentence before its subject: "But critics say …". */
const OPENERS = new Set(['but', 'and', 'yet', 'still', 'now', 'meanwhile', 'instead']);
/** A word (with its apostrophes, hyphens and dots) or a mark that ends a phrase. */
const PIECE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:“”"()—–]/gu;

/** A plural noun for people or bodies that speak: listed, or a longer word with a people's ending ("environmentalists"). */
const speakingPlural = (lower: string): boolean =>
  SPEAKING_PLURALS.has(lower) || (lower.length >= 7 && SPEAKING_PLURAL_ENDINGS.some((e) => lower.endsWith(e)));

interface Piece {
  text: string;
  start: number;
  end: number;
}

/** The words and marks of text[start, end), at most 40. */
function piecesOf(text: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  const slice = text.slice(start, Math.min(end, start + 300));
  for (const m of slice.matchAll(PIECE)) {
    out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
    if (out.length >= 40) break;
  }
  return out;
}

/**
 * The plural subject opening the words from i: at most four words of determiner, quantifier or
 * modifier ("Other Republican leaders", "the security contractors", "Critics"), then a plural noun
 * for people or bodies that speak, followed by a lower-case word (its verb, "of", "who") or a comma.
 */
function pluralSubjectAt(ps: Piece[], i: number): Range | null {
  for (let k = i; k < ps.length && k - i <= 4; k++) {
    const w = ps[k].text;
    const lower = w.toLowerCase();
    if (!/^\p{L}/u.test(w)) return null;
    // (lower case, or capitalised as the phrase's first word: "Critics of the plan say")
    if ((w === lower || (k === i && w.slice(1) === lower.slice(1))) && speakingPlural(lower)) {
      const next = ps[k + 1]?.text ?? '';
      if (!(next === ',' || /^\p{Ll}/u.test(next))) return null;
      return { start: ps[i].start, end: ps[k].end };
    }
    if (NOT_SUBJECT_HEADS.has(lower) && !SUBJECT_QUANTIFIERS.has(lower) && !SUBJECT_DETERMINERS.has(lower)) return null;
  }
  return null;
}

/** The plural subject of the sentence [start, end): first, after an opening conjunction, or after an opening phrase or clause of up to twelve words and its comma ("On Monday, …", "Should the firm fail, …"). */
function sentenceSubject(text: string, start: number, end: number): Range | null {
  const ps = piecesOf(text, start, end);
  let i = 0;
  if (ps[0] && OPENERS.has(ps[0].text.toLowerCase())) i = ps[1]?.text === ',' ? 2 : 1;
  const found = pluralSubjectAt(ps, i);
  if (found) return found;
  const comma = ps.findIndex((p, k) => k > i && p.text === ',');
  return comma > i && comma - i <= 12 && ps.slice(i, comma).every((p) => /^\p{L}/u.test(p.text))
    ? pluralSubjectAt(ps, comma + 1)
    : null;
}

/** Whether pos lies inside a quotation. */
const inQuote = (st: ClaimState, pos: number): boolean =>
  st.findings.quotes.some((q) => q.open <= pos && pos < (q.close ?? q.end));

/**
 * speaker:they-plural-subject — "Industry groups sued the agency on Monday. They say the rule …": "they"
 * stands for the plural noun for people or bodies that is the subject of its sentence (before it) or
 * of the one before (in its paragraph or the one before), where no one has spoken since and no body or group is named as
 * they are, later (a name inside the phrase, "Other Republican leaders", does not count). Without it
 * "they" went to the last body named, often a place ("Iraq", "Hawaii"). `named`: who the name rules
 * found, to weigh against.
 */
export function theySubject(st: ClaimState, pos: number, named: ActorDraft | null, depth = 0): ActorDraft | null {
  if (!isOn(THEY_SUBJECT)) return null;
  const { findings, text } = st;
  const si = sentenceOf(st, pos);
  const para = paragraphOf(findings, pos);
  for (let s = si; s >= 0 && si - s < SENTENCES_BACK; s--) {
    const sent = findings.sentences[s];
    if (!sent || para - sent.paragraph > 1) break;
    const end = s === si ? pos : sent.end;
    // "Critics … . They sent a letter … . “…,” they wrote.": a sentence before that opens with "they" is
    // the same people, and what that one stands for is looked for from there
    const opening = s < si && depth < CHAIN_MAX ? st.pronounAt.get(sent.start) : undefined;
    if (opening && !opening.inQuote && opening.form.toLowerCase() === 'they')
      return theySubject(st, opening.start, named, depth + 1);
    const subject = end > sent.start ? sentenceSubject(text, sent.start, end) : null;
    if (!subject || inQuote(st, subject.start)) continue;
    if ((named && namedSince(st, named, subject, pos)) || spokeSince(st, subject, pos)) return null;
    const words = text
      .slice(subject.start, subject.end)
      .replace(/^the\s+/i, '')
      .replace(/\s+/g, ' ');
    return describedActor(st, words);
  }
  return null;
}

/** Whether a claim after the subject and before pos has a speaker of its own (someone else spoke since). */
function spokeSince(st: ClaimState, subject: Range, pos: number): boolean {
  // (claims are few, and not all in text order: the last forty are read, as theyDescribed does)
  for (let i = st.claims.length - 1; i >= 0 && i >= st.claims.length - 40; i--) {
    const m = st.claims[i].speaker?.mention;
    if (m && m.start >= subject.end && m.end <= pos) return true;
  }
  return false;
}

/** What may stand right before a clause's subject (and its "the"): a sentence's start, a comma or semicolon, a joining word. */
const CLAUSE_BEFORE = /(?:^|[.!?;:,]|\b(?:and|but|while|whereas|as|because))\s*(?:the\s+)?$/i;

/**
 * Whether the actor is named after the subject (outside its words) and before pos, as a clause's
 * subject itself ("… . Republicans said"; not "few Wall Street investors").
 */
function namedSince(st: ClaimState, a: ActorDraft, subject: Range, pos: number): boolean {
  const { text } = st;
  for (let i = lastBefore(st, pos); i >= 0; i--) {
    const m = st.outsideQuotes[i];
    if (m.start < subject.start) return false;
    if (m.actor === a && m.start >= subject.end && CLAUSE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)))
      return true;
  }
  return false;
}
