import type { Range, ReportedSpan } from '../engine/findings';
import { isOn } from '../engine/rules/switched-off';
import type { Sentence } from '../text/sentences';
import { wordListMark, type Token } from '../text/tokens';
import { datelineAt } from '../text/ascii';
import { splitLength } from '../text/chars';
import { CLAUSE_AUXILIARIES, SUBORDINATORS } from '../words';
import type { ReportedContext } from './reported';
import type { Speakers } from './subjects';
import type { SourceSpan } from './reported-source';
import { describedEndingAt } from './reported-described';

/**
 * Reported speech whose source follows "according to": first in the sentence ("According to X, …"),
 * last ("…, according to the health ministry."), or set in commas inside the words. Each finds the
 * sentence's words before or after the source.
 */

const ACCORDING = wordListMark(new Set(['according']));

/** text.indexOf(ch, from) when it is before `to`, else -1: the search stops at `to`. */
function indexWithin(text: string, ch: string, from: number, to: number): number {
  const c = ch.charCodeAt(0);
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** ", was …", ", although …" (also after an apposition) after the source of "according to": the main clause goes on. */
function clauseGoesOn(rest: string): boolean {
  const goesOn = (m: RegExpExecArray | null) => !!m && (CLAUSE_AUXILIARIES.includes(m[1]) || SUBORDINATORS.has(m[1]));
  return goesOn(/^,\s*([a-z]+)\b/.exec(rest)) || goesOn(/^,[^,;:()“”"]{1,60},\s*([a-z]+)\b/.exec(rest));
}

/** The comma before "according to", after a closing bracket, a per cent sign or an abbreviation's dot at most ("22%,", "(R-Texas),", "Mass.,"). */
const CLOSED_COMMA = /^[)%.]?\s*,\s*$/;

/** Words that may open a sentence before "according to": "But according to the poll, …". */
const OPENS_ACCORDING = /^(?:but|and|yet|still|now|so)$/;

/**
 * reported:according-to-first — "According to X, …": the words after the comma that ends the source
 * (reported:according-to-document: "According to early results of the exit polls, …", a source that
 * names no one, up to its comma).
 */
export function accordingToFirst(c: ReportedContext): ReportedSpan | null {
  const { text, tokens, sp, sentence, last } = c;
  // ("But according to the poll, …": a conjunction or adverb before it)
  const first = OPENS_ACCORDING.test(tokens[c.first].lower) ? c.first + 1 : c.first;
  if (!(last - first > 4 && tokens[first].lower === 'according' && tokens[first + 1].lower === 'to')) return null;
  let subject = sp.startAt.get(first + 2) ?? sp.startAt.get(first + 3);
  // (the first comma within 40 characters of the subject, in the sentence: searched there only)
  let comma = subject ? indexWithin(text, ',', subject.end, Math.min(sentence.end, subject.end + 40)) : -1;
  let rule = 'reported:according-to-first';
  if (!subject || comma <= 0) {
    // the source up to its comma: a name in it ("early results of exit polls conducted for the AP"), or
    // a source that names no one
    const source = accordingSource(text, tokens, sp, sentence, first, last);
    if (!source || text[source.end] !== ',') return null;
    subject = source.subject;
    comma = source.end;
    if (source.document) rule = 'reported:according-to-document';
  }
  let start = comma + 1;
  while (start < sentence.end && /\s/.test(text[start])) start++;
  // "According to the ministry, which is run by Hamas, …": the clause describes the source
  if (/^(?:which|who|whose|where)\b/.test(text.slice(start, start + 6))) {
    const next = indexWithin(text, ',', start, sentence.end);
    if (next > 0) for (start = next + 1; start < sentence.end && /\s/.test(text[start]);) start++;
  }
  let end = sentence.end;
  while (end > start && /[\s.,;:!?”"’]/.test(text[end - 1])) end--;
  // (words in quotation marks there are a quote, found as one)
  if (/^[“"‘]/.test(text.slice(start, start + 1)) || splitLength(text, start, end, 3) < 3) return null;
  return {
    start,
    end,
    cue: { start: tokens[first].start, end: tokens[first + 1].end },
    subject,
    sentence: c.si,
    rule,
  };
}

/**
 * The source of "according to" at v (its tokens from v + 2 to a comma or the sentence's end): the first
 * name or source phrase in it ("a count by The Associated Press" → the Associated Press), else the
 * phrase itself ("a new poll", "FEC filings"), which names no one the article knows.
 */
function accordingSource(
  text: string,
  tokens: Token[],
  sp: Speakers,
  sentence: Sentence,
  v: number,
  last: number,
): { subject: Range; end: number; document: boolean } | null {
  let e = v + 2;
  while (e < last && !/[,;:(—–]/.test(text.slice(tokens[e - 1].end, tokens[e].start))) e++;
  if (e <= v + 2) return null;
  for (let k = v + 2; k < e; k++) {
    const r = sp.startAt.get(k);
    if (r && r.end <= tokens[e - 1].end) return { subject: r, end: tokens[e - 1].end, document: false };
  }
  if (!isOn('reported:according-to-document')) return null;
  // ("according to him" is a pronoun, found above; "according to some" names nothing; "according to
  // police" is a described subject of one plural word, as "police said")
  if (e - (v + 2) < 2 && !tokens[v + 2].cap && !describedEndingAt(text, tokens, v + 2, v + 2)) return null;
  const end = tokens[e - 1].end;
  return { subject: { start: tokens[v + 2].start, end: Math.min(end, sentence.end) }, end, document: true };
}

/**
 * reported:according-to-last — wire style, the source last: "More than 44,000 people have been killed,
 * according to the health ministry[, which …]." The words before "according to" are what the source says.
 */
export function accordingToLast(
  text: string,
  tokens: Token[],
  sp: Speakers,
  sentence: Sentence,
  first: number,
  last: number,
): SourceSpan | null {
  // (the source and a clause describing it fill the sentence's last few words)
  for (let v = last - 2; v > first && last - v <= 40; v--) {
    if (!(tokens[v].marks & ACCORDING) || tokens[v + 1].lower !== 'to') continue;
    const gap = text.slice(tokens[v - 1].end, tokens[v].start);
    // ", according to …", or no mark at all ("leads by 271 delegates according to a count by …"); the
    // words may end on a mark no token holds ("with 22%, according to …", "(R-Texas), according to …")
    // (or a dash that closes an aside: "… — including theft — according to …")
    if (!CLOSED_COMMA.test(gap) && !/^\s+$|^\s*[—–]\s*$/.test(gap)) return null;
    const source = accordingSource(text, tokens, sp, sentence, v, last);
    // the source ends the sentence, or a clause describing it does
    // (or a phrase after a comma that describes it or the figure: ", which …", ", driven by higher food prices";
    // not a clause of its own: ", and then left")
    // (or an aside in brackets: "according to exit polls (a wide margin, but …)"; not the main clause going
    // on, "…, according to Ann Lee, was a decision …": reported:according-to-between)
    if (
      !source ||
      clauseGoesOn(text.slice(source.end, Math.min(sentence.end, source.end + 90))) ||
      !/^[\s.!?”"’)':]*$|^,\s*(?!and\b|but\b|or\b|then\b)[a-z]|^\s+\([^()]*\)[\s.!?]*$/.test(
        text.slice(source.end, sentence.end),
      )
    )
      return null;
    const subject = source.subject;
    const commaAt = tokens[v - 1].end + Math.max(0, gap.indexOf(','));
    let start = sentence.start;
    const dateline = datelineAt(text.slice(start, commaAt));
    if (dateline) start += dateline[0].length;
    // ("That's according to …": the words before are no claim of their own)
    while (start < commaAt && /\s/.test(text[start])) start++;
    let end = commaAt;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    // (words in quotation marks there are a quote, found as one)
    if (/^[“"‘]/.test(text.slice(start, start + 1)) || splitLength(text, start, end, 4) < 4) return null;
    return {
      start,
      end,
      cue: { start: tokens[v].start, end: tokens[v + 1].end },
      subject,
      rule: source.document ? 'reported:according-to-document' : 'reported:according-to-last',
    };
  }
  return null;
}

/**
 * reported:according-to-between — "according to X" set in commas inside the words: "Since May, according
 * to the ministry, 400 people have died", "Only one person was killed, according to the police, and …".
 * The whole sentence is what was said (the source's own words included, as reported:source-between).
 */
export function accordingToBetween(c: ReportedContext): ReportedSpan | null {
  const { text, tokens, sp, sentence, first, last } = c;
  for (let v = first + 1; v < last - 4; v++) {
    if (!(tokens[v].marks & ACCORDING) || tokens[v + 1].lower !== 'to') continue;
    if (!CLOSED_COMMA.test(text.slice(tokens[v - 1].end, tokens[v].start))) continue;
    const source = accordingSource(text, tokens, sp, sentence, v, last);
    // (the source's comma, then words of the sentence's own: three at least)
    if (!source || !/^\s*,\s*[\p{L}\d$]/u.test(text.slice(source.end, Math.min(sentence.end, source.end + 8))))
      continue;
    let start = sentence.start;
    const dateline = datelineAt(text.slice(start, tokens[v].start));
    if (dateline) start += dateline[0].length;
    while (start < tokens[v].start && /\s/.test(text[start])) start++;
    let end = sentence.end;
    while (end > start && /[\s.,;:!?”"’]/.test(text[end - 1])) end--;
    if (/^[“"‘]/.test(text[start] ?? '') || splitLength(text, source.end, end, 3) < 3) return null;
    return {
      start,
      end,
      cue: { start: tokens[v].start, end: tokens[v + 1].end },
      subject: source.subject,
      sentence: c.si,
      rule: 'reported:according-to-between',
    };
  }
  return null;
}
