import type { Token } from '../text/tokens';
import { isOn } from '../engine/rules/switched-off';
import { ADVERBS_BEFORE_REPORTING_VERB, DESCRIBED_SUBJECT_VERBS, SUBORDINATORS, VERB_FILLERS } from '../words';
import { mayBeShare, SHARE } from './reported-described';
import type { Subject } from './speakers-index';

/**
 * Groups that speak without a name, where reported:share-subject and reported:described-subject find
 * none: a share set off by a lone dash ("Mr. Hale - 60 percent of voters said"), a share with an adverb
 * before its verb ("16 percent still say"), a share of a relative pronoun ("half of whom said").
 */

/** Words that open the clause a share is the subject of ("…, while 22% said", "found that 47% say"). */
const CLAUSE_OPENER = /^(?:and|but|or|yet|that|who|which)$/;
/** A mark that closes the clause before a share: a comma, a bracket, a quotation mark, a dash. */
const MARK = /[,;:()“”"—–]|\s-\s/;

/** Where the clause ending at token k opens (at most 14 tokens back): the sentence's start, a mark, or an opener. */
function opening(text: string, tokens: Token[], k: number, first: number): number {
  let j = k;
  while (j > first && k - j < 14) {
    const before = tokens[j - 1].lower;
    if (MARK.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
    if (CLAUSE_OPENER.test(before) || SUBORDINATORS.has(before)) break;
    j--;
  }
  return j;
}

/** Whether the words from token j to the end `end` make a share ("the 30 percent of voters"). */
function isShare(text: string, tokens: Token[], j: number, end: number): boolean {
  const clause = text.slice(tokens[j].start, end);
  return mayBeShare(clause) && SHARE.test(clause);
}

/**
 * reported:share-subject-more — the share ending before the verb at v, from its clause's opening, where
 * reported:share-subject reads none: "Mr. Hale - 60 percent of voters said", "16 percent of voters still
 * say", "half of whom said".
 */
export function shareEndingBefore(text: string, tokens: Token[], v: number, first: number): Subject | null {
  if (!isOn('reported:share-subject-more') || !DESCRIBED_SUBJECT_VERBS.has(tokens[v].lower)) return null;
  let k = v - 1;
  while (
    k > first &&
    (VERB_FILLERS.has(tokens[k].lower) || ADVERBS_BEFORE_REPORTING_VERB.has(tokens[k].lower)) &&
    v - k <= 3
  )
    k--;
  const end = tokens[k].end;
  if (k < first || /[,;:()“”"—–]/.test(text.slice(end, tokens[v].start))) return null;
  // (no relative word ends it: "a majority of those who said" is the relative clause's; "half of whom said" is a share)
  if (/^(?:who|whose|what)$/.test(tokens[k].lower)) return null;
  let j = opening(text, tokens, k, first);
  if (!isShare(text, tokens, j, end)) return null;
  // (without "the": "the 30 percent of voters" is a group of its own, no description of someone named before)
  if (j < k && tokens[j].lower === 'the') j++;
  return { range: { start: tokens[j].start, end }, bare: false };
}
