import type { SpeechCue } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { PRONOUNS, QUOTE_VERBS, VERB_FILLERS } from '../words';
import type { CueContext } from './cues';
import type { AfterQuote } from './cue-after';
import { nounUse, TITLE_WORD, verbSpan } from './verbs';

/**
 * cue:after-quote-long-apposition — the speaker named right after a quotation, then a comma and a
 * description the other rules of a cue after the closing mark do not read, then the verb of saying:
 * a long one ("…,” Ann Lee, a senior fellow at the Harbor Institute and a former envoy to Chile, said"),
 * one behind a party tag ("…,” Rep. Ann Lee (R-Ohio), a panel member, said"), or a relative clause
 * whose closing comma is missing ("…,” Ann Lee, the analyst who founded riverwatch.org tweeted").
 * Tried last. The first verb of saying after the name, after a comma (or closing a relative clause), is
 * the cue: the description holds no quotation mark, colon, semicolon or dash and ends within
 * APPOSED_MAX characters; the verb is not a relative clause's ("Ann Lee, who said …, added": no cue),
 * nor an -ing form; a noun ("one of the states suing the board") is passed over. Only
 * after a quotation that ends a clause (a comma, stop or question mark before the closing mark).
 */

/** How far (characters) the description between the name and the verb may run. */
const APPOSED_MAX = 240;
/** A party tag right after the name: "(R-Ohio)", "(D)". */
const TAG = /^\s*\([DRI](?:[-‐][^)]{1,14})?\)/;
/** What may not stand between two words of the description. */
const BREAKS = /["“”:;—–]|''/;
/** Words that open a relative clause: a verb of saying right after one is the clause's, not the cue. */
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** A relative clause in the description lets its verb of saying follow with no comma before it. */
const HAS_RELATIVE = /,\s*(?:[^,]*\s)?(?:who|which)\s/;

export function nameApposedThenVerb(c: CueContext, at: AfterQuote): SpeechCue | null {
  const { text, tokens, sp, q, sentEnd: limit } = c;
  if (q.close === null || !/[,.!?…]$/.test(text.slice(q.open, q.close).trimEnd())) return null;
  // (past a title in lower case: "…,” state senator Ann Lee, …")
  let j = at.k;
  while (j < limit && j - at.k < 3 && !sp.startAt.get(j) && !tokens[j].cap && tokens[j].marks & TITLE_WORD) j++;
  const subj = sp.startAt.get(j);
  if (!subj || PRONOUNS.has(text.slice(subj.start, subj.end).toLowerCase())) return null;
  const tag = TAG.exec(text.slice(subj.end, subj.end + 20));
  const from = tag ? subj.end + tag[0].length : subj.end;
  const comma = /^,\s+/.exec(text.slice(from, from + 4));
  if (!comma) return null;
  const start = tokenAt(tokens, from + comma[0].length);
  for (let v = start; v < limit && tokens[v].start - from <= APPOSED_MAX; v++) {
    if (v > start && BREAKS.test(text.slice(tokens[v - 1].end, tokens[v].start))) return null;
    // (a capitalised word is part of a name: "the United States envoy")
    if (!QUOTE_VERBS.has(tokens[v].lower) || tokens[v].cap) continue;
    if (v === start || /ing$/.test(tokens[v].lower)) return null;
    // (a noun: "one of the states suing the board", "his claims")
    if (nounUse(text, tokens, v)) continue;
    let p = v - 1;
    while (p > start && VERB_FILLERS.has(tokens[p].lower)) p--;
    if (RELATIVE.has(tokens[p].lower)) return null;
    const before = text.slice(tokens[p].end, tokens[p + 1].start);
    const description = text.slice(from, tokens[p].end);
    // (no comma before it and no relative clause to close: a word of the description, "the states")
    if (!/^,\s+$/.test(before) && !HAS_RELATIVE.test(description)) continue;
    return { verb: verbSpan(tokens, v), subject: subj, position: 'after', rule: 'cue:after-quote-long-apposition' };
  }
  return null;
}
