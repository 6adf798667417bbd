import type { Range, ReportedSpan } from '../engine/findings';
import { tokenAt } from '../text/tokens';
import { splitLength } from '../text/chars';
import { datelineAt } from '../text/ascii';
import { AS_SOURCE_AFTER_VERB, CALENDAR, TIMES_AFTER_VERB, WHERE_PREPOSITIONS } from '../words';
import type { ReportedContext } from './reported';
import { contentEnd } from './reported-content';

/**
 * reported:as-source — the source in a clause of "as": "As the Daily Post reported, the council …"
 * (the words after the clause's comma) and "…, as Ann Lee noted in a column." (the words before the
 * comma that opens it). The clause holds the source and its verb, and after the verb at most a time,
 * a place or an adverb ("as the paper reported on Tuesday"), never a clause of its own ("as he said
 * he would": the way he said, not what).
 */

/** Words that may open the sentence before "As": "But as Lee noted, …", "And, as the paper reported, …". */
const BEFORE_AS = /^(?:but|and|yet|so|still)$/;

const WHERE = new Set(WHERE_PREPOSITIONS);
const TIMES = new Set(TIMES_AFTER_VERB);

/** After the verb: nothing, or up to four words of when or where ("on Tuesday", "in April", "a few days later", "recently"). */
function whenWhereOnly(words: string[]): boolean {
  if (words.length > 4) return false;
  if (!words.length) return true;
  const w = words[0];
  return (
    WHERE.has(w) || CALENDAR.has(w) || TIMES.has(w) || AS_SOURCE_AFTER_VERB.has(w) || (w.length > 4 && w.endsWith('ly'))
  );
}

/** The lower-case words of text[from, to) ("" marks and all): split on anything that is no letter. */
const wordsOf = (text: string, from: number, to: number) =>
  text
    .slice(from, to)
    .toLowerCase()
    .split(/[^\p{L}’'-]+/u)
    .filter(Boolean);

/**
 * The span of the verb at v whose subject `subject` opens a clause of "as"; null where the subject
 * follows no "as", or the clause is no source's.
 */
export function asSourceAt(c: ReportedContext, v: number, subject: Range): ReportedSpan | null {
  const { text, tokens, sentence, si, first } = c;
  let s = tokenAt(tokens, subject.start);
  // ("As Reuters reported": a sentence's first capitals may take "As" into the name)
  if (tokens[s].lower === 'as' && s + 1 < v) subject = { start: tokens[++s].start, end: subject.end };
  // ("as the paper noted", "As The Washington Post reported": the article before the name)
  const as = s - 1 > first && tokens[s - 1].lower === 'the' ? s - 2 : s - 1;
  if (as < first || tokens[as].lower !== 'as' || !/^[\s\p{L}]+$/u.test(text.slice(tokens[as].end, tokens[s].start)))
    return null;
  const t = tokens[v];
  // the clause ends at the first comma or the sentence's end after the verb
  const comma = text.indexOf(',', t.end);
  const clauseEnd = comma >= 0 && comma < sentence.end ? comma : sentence.end;
  if (!whenWhereOnly(wordsOf(text, t.end, clauseEnd))) return null;
  const cue = { start: t.start, end: t.end };
  // "As the Daily Post reported, …": first in the sentence (after "But" or "And,"), the words after its comma
  const opener = as === first || (as === first + 1 && BEFORE_AS.test(tokens[first].lower));
  if (opener && clauseEnd < sentence.end) {
    let start = clauseEnd + 1;
    while (start < sentence.end && /\s/.test(text[start])) start++;
    if (/^[“"‘]/.test(text.slice(start, start + 1))) return null;
    const end = contentEnd(text, sentence.end, start);
    if (splitLength(text, start, end, 3) < 3) return null;
    return { start, end, cue, subject, sentence: si, rule: 'reported:as-source' };
  }
  // "…, as Ann Lee noted in a column.": the clause ends the sentence, the words before its comma
  const before = text.slice(tokens[as - 1]?.end ?? tokens[as].start, tokens[as].start);
  if (as === first || !/^\s*[,(—–]\s*$/.test(before) || clauseEnd < sentence.end) return null;
  let start = sentence.start;
  const dateline = datelineAt(text.slice(start, tokens[as].start));
  if (dateline) start += dateline[0].length;
  while (start < tokens[as].start && /[\s“"‘(]/.test(text[start])) start++;
  let end = tokens[as - 1].end;
  while (end > start && /[\s,”"’]/.test(text[end - 1])) end--;
  if (/^[“"‘]/.test(text.slice(sentence.start, sentence.start + 1)) || splitLength(text, start, end, 4) < 4)
    return null;
  return { start, end, cue, subject, sentence: si, rule: 'reported:as-source' };
}
