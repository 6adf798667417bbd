import type { SpeechCue } from '../engine/findings';
import { isOn } from '../engine/rules/switched-off';
import { tokenAt } from '../text/tokens';
import type { CueContext } from './cues';
import { trailingCue } from './reported-source';

/**
 * cue:source-last — words quoted inside a sentence whose source is given at its end, wire style:
 * "Berg “felt a duty to fix” the gates, Mia Holt said." / "…, said harbor historian Ann Varga." The
 * verb of saying and its subject close the sentence after a comma (reported-source.ts, trailingCue:
 * the same reading as reported:source-last), and the quotation lies in what comes before that comma.
 */
export function cueSourceLast(c: CueContext): SpeechCue | null {
  const { text, tokens, sp, q, sentence, sentEnd } = c;
  if (q.close === null || !isOn('cue:source-last')) return null;
  const from = tokenAt(tokens, q.close);
  // (a quotation opening its sentence, the writer's words after it: "“…” for the win, Berg said." — the
  // words after the closing mark are read as what was said, the quotation left out)
  const opens = q.open <= sentence.start + 1;
  const read = opens ? { ...sentence, start: q.close + 1 } : sentence;
  // (and there a word or two in lower case after the mark will do, "for the win": the quotation is most of
  // what was said; not a name, "“…,” Harbor Board members, Mia Holt said")
  const goesOn = opens && /^[\s”"’]*\p{Ll}/u.test(text.slice(q.close + 1, q.close + 6));
  const said = trailingCue(text, tokens, sp, read, from, sentEnd, false, goesOn ? 1 : 4);
  // (the comma before the source comes after the closing mark: the quotation is inside what was said)
  if (!said || said.end <= q.close || said.subject.start <= q.close) return null;
  return { verb: said.cue, subject: said.subject, position: 'before', rule: 'cue:source-last' };
}
