import type { Range, ReportedSpan } from '../engine/findings';
import { isOn } from '../engine/rules';
import { DOCUMENTS, FINDING_VERBS } from '../words';
import type { ClaimState } from './state';
import type { Subject } from './subjects';
import { describedActor } from './described-actor';

/**
 * reported:poll-frame — "A poll in June found that 72 percent of voters said …", "According to a new
 * survey, 51 percent of respondents said …", "In a poll by the Harbor Times, just 28 percent said …":
 * the share that speaks speaks only through the poll, which the sentence names as its source before it.
 * The speaker is the poll (its words, up to its verb or comma), not the share. Null: no such frame.
 */

/** "According to X," / "In X,": the poll opens the sentence and a comma closes it. */
const OPENING = /^\s*(?:(?:But|And|Yet)\s+)?(?:According\s+to|In)\s+([^,;:“”"]{3,120}?),\s*$/u;
/** "X (also) found that (, aside,)": the poll is the subject of a verb of finding before "that". */
const FINDING =
  /^\s*(?:(?:But|And|Yet)\s+)?([^,;:“”"]{3,120}?)\s+(?:(?:also|now|again|are|is|has|have)\s+){0,2}(\p{L}+)\s+that\s*(?:,[^,;:“”"]{1,80},\s*)?$/u;

/** Whether the words name a poll, survey or study (a document of DOCUMENTS, or their plural). */
function namesPoll(words: string): boolean {
  return words
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => DOCUMENTS.has(w) || DOCUMENTS.has(w.replace(/s$/, '')) || w === 'results');
}

/** The poll a share or description speaks through, as its speaker; null where none frames it. */
export function pollFrame(st: ClaimState, r: ReportedSpan, s: Subject): Subject | null {
  // (a share only: a person, a pronoun or a group named speaks for themselves, "the poll finds that Lee
  // keeps her lead", "in a study, they estimated")
  if (!isOn('reported:poll-frame') || r.rule !== 'reported:share-subject' || r.cue.start < r.subject.end) return null;
  if (s.actor && !s.actor.unnamed) return null;
  const sentence = st.findings.sentences[r.sentence];
  if (!sentence || r.subject.start < sentence.start) return null;
  const before = st.text.slice(sentence.start, r.subject.start);
  const opening = OPENING.exec(before);
  const finding = opening ? null : FINDING.exec(before);
  if (finding && !FINDING_VERBS.has(finding[2].toLowerCase())) return null;
  const words = opening?.[1] ?? finding?.[1];
  if (!words || !namesPoll(words)) return null;
  const start = sentence.start + before.indexOf(words);
  const mention: Range = { start, end: start + words.length };
  return {
    actor: describedActor(st, words.replace(/\s+/g, ' ')),
    mention,
    pronoun: false,
    rule: 'speaker:described-reported',
  };
}
