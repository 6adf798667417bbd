import type { Range } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { BARE_SUBJECTS, SENTENCE_ADVERBS } from '../words';
import { complementedPhrase, describedEndingAt } from './reported-described';
import { REPORTING } from './reported-source';
import type { ReportedContext } from './reported';
import type { Subject } from './subjects';
import { afterOpeningPhrase } from './subject-head';

/**
 * reported:aside-subject — the subject that opens the sentence, then an aside set in commas, then the
 * verb: "Ann Lee, a member of the caucus who wants Hale removed from it, said …", "One former employee,
 * speaking on condition of anonymity, said …", "Some economists, like their rivals, say …", "Critics,
 * however, say …", "Proponents of the bill, however, say …" (an aside of one word is a sentence adverb).
 * Read only where no subject stands right before the verb.
 */

/** The longest aside, in tokens: longer ones run past a clause of their own. */
const ASIDE_TOKENS = 30;

/** A party-and-state tag after a name ("Ann Lee (D-Ohio), …"). */
const PARTY_TAG = /^\s*\([^()]{1,12}\)/;

/** The subject that opens the sentence, a name or a description, ending before the aside's comma. */
function openingSubject(c: ReportedContext, f: number, v: number): { range: Range; comma: number } | null {
  const { text, tokens, sp } = c;
  const name = sp.startAt.get(f);
  if (name) {
    let end = name.end;
    const tag = PARTY_TAG.exec(text.slice(end, end + 16));
    if (tag) end += tag[0].length;
    const comma = /^\s*,/.test(text.slice(end, end + 3)) ? text.indexOf(',', end) : -1;
    if (comma > 0 && comma < tokens[v].start) return { range: name, comma };
    // (a capitalised word that opens a description: "Proponents of the bill, however, say")
    if (tokenAt(tokens, name.end) !== f + 1) return null;
  }
  // a description: its head is the last word before the first comma ("One former employee,")
  for (let k = f; k < v - 1 && k - f < 8; k++) {
    const gap = text.slice(tokens[k].end, tokens[k + 1].start);
    if (!gap.includes(',')) continue;
    if (/[^\s,]/.test(gap)) return null;
    const comma = text.indexOf(',', tokens[k].end);
    const described = describedEndingAt(text, tokens, k, f);
    if (described?.range.start === tokens[f].start) return { range: described.range, comma };
    // ("Critics, however, say", "Proponents of the bill, like their rivals, say": a bare subject, a complement)
    if (k === f ? BARE_SUBJECTS.has(tokens[k].lower) : complementedPhrase(text, tokens, f, k))
      return { range: { start: tokens[f].start, end: tokens[k].end }, comma };
    return null;
  }
  return null;
}

/** The subject of the verb at v across an aside set in commas before it, or null. */
export function asideSubject(c: ReportedContext, v: number): Subject | null {
  const { text, tokens, first } = c;
  // (the comma that closes the aside is right before the verb)
  if (v - 1 <= first || !/^\s*,\s*$/.test(text.slice(tokens[v - 1].end, tokens[v].start))) return null;
  // ("Yet some economists, …": a conjunction or sentence adverb may open the sentence)
  let f = first;
  if (SENTENCE_ADVERBS.has(tokens[f].lower) && /^[\s,]+$/.test(text.slice(tokens[f].end, tokens[f + 1].start))) f++;
  const opening = openingSubject(c, f, v);
  if (!opening) return null;
  // the aside: at most ASIDE_TOKENS tokens, no verb of saying, no end of a clause, quotation marks closed
  let a = f;
  while (a < v && tokens[a].end <= opening.comma) a++;
  // (one word only where it is a sentence adverb: "Critics, however, say")
  if (a > v - 1 || (a === v - 1 && !SENTENCE_ADVERBS.has(tokens[a].lower)) || v - a > ASIDE_TOKENS) return null;
  const aside = text.slice(opening.comma + 1, tokens[v - 1].end);
  if (/[;:.!?]\s|—|–/.test(aside) || (aside.match(/[“”"]/g) ?? []).length % 2) return null;
  for (let k = a; k < v; k++) if (tokens[k].marks & REPORTING) return null;
  return { range: opening.range, bare: false };
}

/** How many conjuncts a coordinated subject may hold before the last ("Lee, Hale, Cole and …"). */
const CONJUNCTS = 4;

/** Whether token k opens the clause: first in the sentence, or after an opening conjunction or adverb. */
function opensClause(c: ReportedContext, k: number): boolean {
  const { text, tokens, first } = c;
  if (k === first || afterOpeningPhrase(text, tokens, first, k)) return true;
  return (
    k - 1 === first &&
    SENTENCE_ADVERBS.has(tokens[first].lower) &&
    /^[\s,]+$/.test(text.slice(tokens[first].end, tokens[k].start))
  );
}

/**
 * Where a coordinated subject that ends with the one starting at `start` opens: "Ann Lee and her aides",
 * "Lee, Hale and other leaders", "Current and former officials" (words joined by spaces from the
 * sentence's start); `start` itself where the conjuncts before "and" do not open the clause.
 */
export function coordinatedStart(c: ReportedContext, start: number): number {
  const { text, tokens, sp, first } = c;
  const s = tokenAt(tokens, start);
  // (back over the last conjunct's words in lower case: "and former officials", "and other leaders")
  let and = s - 1;
  while (and > first && s - and <= 2 && !tokens[and].cap && tokens[and].lower !== 'and') and--;
  if (
    and - 1 < first ||
    tokens[and].lower !== 'and' ||
    !/^ +$/.test(text.slice(tokens[and - 1].end, tokens[and].start))
  )
    return start;
  // the conjuncts before "and": names or pronouns, each after a comma, the first opening the clause
  let k = and - 1;
  for (let n = 0; n < CONJUNCTS; n++) {
    const r = sp.endAt.get(k);
    if (!r) break;
    const b = tokenAt(tokens, r.start);
    if (opensClause(c, b)) return SENTENCE_ADVERBS.has(tokens[b].lower) ? tokens[b + 1].start : r.start;
    if (b - 1 < first || !/^\s*,\s*$/.test(text.slice(tokens[b - 1].end, tokens[b].start))) return start;
    k = b - 1;
  }
  // "Current and former officials": a word or two joined by spaces from the clause's opening
  for (let b = and - 1; b >= first && and - b <= 2; b--) {
    if (!/^ +$/.test(text.slice(tokens[b].end, tokens[b + 1].start))) return start;
    if (!opensClause(c, b)) continue;
    // (not the word that opens the sentence before its subject: "But attorneys and legal experts said")
    if (!SENTENCE_ADVERBS.has(tokens[b].lower)) return tokens[b].start;
    return b + 1 < and ? tokens[b + 1].start : start;
  }
  return start;
}
