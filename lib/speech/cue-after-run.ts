import type { SpeechCue } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { NAME_DETERMINERS, PHRASE_ENDS, PRONOUNS, QUOTE_VERBS, VERB_FILLERS } from '../words';
import { isOn } from '../engine/rules/switched-off';
import type { CueContext } from './cues';
import type { AfterQuote } from './cue-after';
import { verbSpan } from './verbs';

/**
 * cue:after-quote-name-run — the speaker named after a quotation behind words the other rules of a cue
 * after the closing mark do not read: a possessive ("…,” the Harbor Fund’s dock foreman Tomas Berg
 * said"), a hyphenated word ("…,” Ohio-based pollster Ann Lee said"), a description set off by one
 * comma ("…,” another neighbour, Ann Lee, told the paper"), a party tag ("…,” state Sen. Ann Lee (D)
 * said"). Tried last: the words run from the mark over at most RUN_TOKENS tokens, with no clause word,
 * preposition or verb of saying among them, to a name (not a pronoun) right before a verb of saying.
 * Only after a quotation that opens its sentence: not after a phrase in quotation marks inside a clause
 * ("a “good” job, he said", "on “Face the Nation,” Sen. Ann Lee said he …"); a comma only after words
 * that end a clause (a stop or a comma before the closing mark) and a run that opens with a determiner
 * ("another neighbour,").
 */

/** How many tokens the words before the name may hold. */
const RUN_TOKENS = 10;
/** Between two words of the run: spaces, a possessive, a hyphen, or a comma (at most one). */
const RUN_GAP = /^(?:[’'ʼ]s?)?\s+$|^[-‐–]$/;
const COMMA_GAP = /^,\s+$/;
/** After the name, before the verb: a party tag at most ("(D)", "(R-Tex.)"), a comma if one opened the apposition. */
const TAG = /^\s*\([DRI](?:[-‐][^)]{1,10})?\)/;

export function nameRunThenVerb(c: CueContext, at: AfterQuote): SpeechCue | null {
  const { text, tokens, sp, sentEnd: limit } = c;
  const k = at.k;
  const q = c.q;
  if (/\S/.test(text.slice(c.sentence.start, q.open))) return null;
  const clause = q.close !== null && /[,.!?…—–-]$/.test(text.slice(q.open, q.close));
  const determined = NAME_DETERMINERS.has(tokens[k].lower);
  let commas = 0;
  for (let j = k; j < limit && j - k <= RUN_TOKENS;) {
    if (j > k) {
      const gap = text.slice(tokens[j - 1].end, tokens[j].start);
      if (COMMA_GAP.test(gap)) {
        if (++commas > 1 || !clause || !determined) return null;
      } else if (!RUN_GAP.test(gap)) return null;
    }
    const n = sp.startAt.get(j);
    if (n && !PRONOUNS.has(text.slice(n.start, n.end).toLowerCase())) {
      const cue = verbAfterName(c, n, commas > 0);
      if (cue) return cue;
      const after = tokenAt(tokens, n.end);
      if (after <= j) return null;
      j = after;
      continue;
    }
    const lower = tokens[j].lower;
    if (PHRASE_ENDS.has(lower) || QUOTE_VERBS.has(lower) || VERB_FILLERS.has(lower)) return null;
    j++;
  }
  return null;
}

/** The cue when a verb of saying follows the name n (over a party tag and the fillers: "has said"). */
function verbAfterName(c: CueContext, n: { start: number; end: number }, comma: boolean): SpeechCue | null {
  const { text, tokens, sentEnd: limit } = c;
  const tag = TAG.exec(text.slice(n.end, n.end + 16));
  const from = tag ? n.end + tag[0].length : n.end;
  let v = tokenAt(tokens, from);
  if (v >= limit) return null;
  const gap = text.slice(from, tokens[v].start);
  if (!(/^\s+$/.test(gap) || (comma && COMMA_GAP.test(gap)))) return null;
  const first = v;
  while (v < limit && VERB_FILLERS.has(tokens[v].lower) && v - first < 3) v++;
  if (v >= limit || !QUOTE_VERBS.has(tokens[v].lower)) return null;
  if (v > first && !/^\s+$/.test(text.slice(tokens[v - 1].end, tokens[v].start))) return null;
  return { verb: verbSpan(tokens, v), subject: n, position: 'after', rule: 'cue:after-quote-name-run' };
}

/** After a closing mark: a dash, on its line or opening the next one, before a name (“…” ― Ann Lee). */
const DASH_AFTER = /^[ \u00a0]*(?:\n[ \u00a0]*)?[―—–-][ \u00a0]*/;

/**
 * cue:dash-name — a name set after a quotation with a dash, the way pull quotes and readers' voices are
 * signed (“…” ― Ann Lee; “…” on a line and "- Ann Lee, Ohio." on the next): the name ends its line or
 * is followed by a comma or a stop ("— Ann Lee, tweeting after the debate"), not by a verb.
 */
export function cueDashName(c: CueContext): SpeechCue | null {
  const { text, tokens, sp, q } = c;
  if (q.close === null || !isOn('cue:dash-name')) return null;
  const shut = q.close + (text[q.close] === "'" && text[q.close + 1] === "'" ? 2 : 1);
  const m = DASH_AFTER.exec(text.slice(shut, shut + 8));
  if (!m) return null;
  const at = shut + m[0].length;
  const n = sp.startAt.get(tokenAt(tokens, at));
  if (!n || n.start !== at || PRONOUNS.has(text.slice(n.start, n.end).toLowerCase())) return null;
  if (!/^[ \u00a0]*(?:[.,]|\n|$)/.test(text.slice(n.end, n.end + 3))) return null;
  const dash = shut + m[0].search(/[―—–-]/);
  return { verb: { start: dash, end: dash + 1 }, subject: n, position: 'after', rule: 'cue:dash-name' };
}
