import type { ReportedSpan } from '../engine/findings';
import { isOn } from '../engine/rules/switched-off';
import { splitLength } from '../text/chars';
import { VERB_FILLERS } from '../words';
import type { ReportedContext } from './reported';
import { mainSubject } from './reported-participle';
import { REPORTING } from './reported-source';
import { tokenAt, type Token } from '../text/tokens';

/** The rules of the first verb's words a second verb may end: a subject's own verb of saying. */
const FIRST_RULES = new Set(['reported:verb-that', 'reported:adverb-before-verb']);

/**
 * reported:second-verb, where the first verb's words ran over the second verb: "Lee said the plan was
 * sound but insisted that it needed time", "Lee said the talks had stalled and added that …". The
 * second verb of saying, after "and" or "but" (and an auxiliary or an adverb at most), whose subject is
 * the sentence's, the one the first verb's words have, ends those words before the conjunction; the
 * second verb then reads its own. Not before "to" ("Lee said she was sorry and promised to stay": the
 * promise may be hers or Lee's) or "by" (a passive), nor after a verb of saying inside the first
 * verb's words, nor where fewer than three words of the first would be left.
 * Whether it cut `prev` (the words reported just before, in this sentence, holding the verb at v).
 */
export function endBeforeSecondVerb(c: ReportedContext, prev: ReportedSpan, v: number): boolean {
  const { text, tokens, first } = c;
  if (!isOn('reported:second-verb') || !prev.subject || !FIRST_RULES.has(prev.rule ?? '')) return false;
  if (v + 1 >= tokens.length || /^(?:to|by)$/.test(tokens[v + 1].lower) || tokens[v].lower.endsWith('ing'))
    return false;
  let link = v - 1;
  while (link - 1 > first && VERB_FILLERS.has(tokens[link].lower) && v - link <= 2) link--;
  if (!/^(?:and|but)$/.test(tokens[link].lower) || tokens[link].start <= prev.cue.end) return false;
  // ("X said the ministry requested that … and indicated …": a verb of saying, or a verb and "that", inside
  // the words may be the second verb's subject's)
  for (let i = tokenAt(tokens, prev.cue.end); i < link; i++)
    if (tokens[i].start >= prev.cue.end && (tokens[i].marks & REPORTING || thatAfterVerb(tokens, i, prev.cue.end)))
      return false;
  const main = mainSubject(c, link);
  if (!main || main.start !== prev.subject.start) return false;
  let e = tokens[link].start;
  while (e > prev.start && /[\s,;—–]/.test(text[e - 1])) e--;
  if (splitLength(text, prev.start, e, 3) < 3) return false;
  prev.end = e;
  return true;
}

/** "requested that", "decided that": a verb in the past before "that", a clause of its own. */
const thatAfterVerb = (tokens: Token[], i: number, cueEnd: number): boolean =>
  tokens[i].lower === 'that' && i > 0 && tokens[i - 1].start >= cueEnd && /ed$/.test(tokens[i - 1].lower);
